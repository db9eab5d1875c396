/**
 * A small sentence splitter for English news text, used to quote the sentence around a mention.
 *
 * A sentence ends at `.`, `!` or `?` (possibly several, possibly followed by closing quotes or
 * brackets: `.”`, `?’`, `.)`) when whitespace follows and the next sentence visibly starts: with
 * an upper-case letter or a digit, possibly after an opening quote or bracket. A full stop does
 * NOT end a sentence when the word it closes is
 * - an initialism of single letters and full stops: "U.S.", "U.K.", "J." (a middle initial), or
 * - a known abbreviation: "Dr.", "Mr.", "Mrs.", "Ms.", "Prof.", "St.", "Jr.", "Sr.", "Gen.", "Col.",
 *   "Lt.", "Gov.", "Sen.", "Rep.", "Rev.", "Inc.", "Ltd.", "Co.", "Corp.", "vs.", "etc.", "e.g.",
 *   "i.e.", "cf.", "approx." and the abbreviated months ("Jan." … "Dec.").
 *
 * Known limits: a sentence that really ends with such a word ("… talks in the U.S. The next day …")
 * is not split there; an ellipsis (`…`) never ends a sentence; a sentence starting with a lower-case
 * letter is joined to the one before it. The text's last sentence needs no final punctuation.
 */

/** Where one sentence lies in a text: `text.slice(start, end)`, without surrounding whitespace. */
export interface SentenceSpan {
	start: number;
	end: number;
}

const abbreviations = new Set([
	'Dr.', 'Mr.', 'Mrs.', 'Ms.', 'Prof.', 'St.', 'Jr.', 'Sr.', 'Gen.', 'Col.', 'Lt.', 'Gov.', 'Sen.', 'Rep.', 'Rev.',
	'Inc.', 'Ltd.', 'Co.', 'Corp.', 'vs.', 'etc.', 'e.g.', 'i.e.', 'cf.', 'approx.',
	'Jan.', 'Feb.', 'Mar.', 'Apr.', 'Jun.', 'Jul.', 'Aug.', 'Sep.', 'Sept.', 'Oct.', 'Nov.', 'Dec.',
]);

/** Single letters each followed by a full stop: "U.S.", "J.". */
const initialism = /^(?:\p{Lu}\.)+$/u;

/** Sentence-ending punctuation, closing quotes/brackets, the whitespace after, and a visible sentence start. */
const boundary = /([.!?]+)(["'”’)\]]*)(\s+)(?=["'“‘(\[]*[\p{Lu}\p{N}])/gu;

/** Whether the full stop at `dotIndex` closes an abbreviation or an initialism rather than a sentence. */
function closesAbbreviation(text: string, dotIndex: number): boolean {
	const before = text.slice(0, dotIndex + 1);
	const word = (/\S+$/.exec(before)?.[0] ?? '').replace(/^["'“‘(\[]+/, '');
	return abbreviations.has(word) || initialism.test(word);
}

/** Trims whitespace off a span. */
function trimmed(text: string, start: number, end: number): SentenceSpan | undefined {
	let s = start;
	let e = end;
	while (s < e && /\s/.test(text[s] ?? '')) s++;
	while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
	return s < e ? { start: s, end: e } : undefined;
}

/** Splits `text` into sentences, as spans of the original text (see the module comment for the rules). */
export function splitSentences(text: string): SentenceSpan[] {
	const spans: SentenceSpan[] = [];
	let start = 0;
	for (const match of text.matchAll(boundary)) {
		const [, punctuation = '', closers = ''] = match;
		if (punctuation === '.' && closesAbbreviation(text, match.index)) continue;
		const end = match.index + punctuation.length + closers.length;
		const span = trimmed(text, start, end);
		if (span) spans.push(span);
		start = end;
	}
	const last = trimmed(text, start, text.length);
	if (last) spans.push(last);
	return spans;
}

/** The sentence of `spans` that contains the offset `index` (the last one if none does). */
export function sentenceAt(spans: readonly SentenceSpan[], index: number): SentenceSpan | undefined {
	for (const span of spans) {
		if (index < span.end) return span;
	}
	return spans.at(-1);
}
