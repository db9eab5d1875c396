/**
 * Verbatim matching of quotes and evidence sentences against an article's text model (`article-text.ts`).
 *
 * "Verbatim" allows exactly two differences: runs of whitespace (line breaks, double spaces) count
 * as one space, and Markdown emphasis markers (`*word*`, `**word**`, `_word_`, `__word__`) are
 * dropped. Quotation marks, apostrophes, dashes, spelling and punctuation must be as printed.
 *
 * Pure functions, shared by the content validator (which fails the build on a mismatch) and the
 * analysis (which finds the paragraph a sentence belongs to), both over the same blocks.
 */

const emphasis = /(\*\*|__|\*|_)(?=\S)([\s\S]*?\S)\1/g;

/** Drops Markdown emphasis markers and collapses whitespace; nothing else changes. */
export function normaliseVerbatim(text: string): string {
	let previous: string;
	let current = text;
	// Nested emphasis (***bold italic***) needs more than one pass.
	do {
		previous = current;
		current = current.replace(emphasis, '$2');
	} while (current !== previous);
	return current.replace(/\s+/g, ' ').trim();
}

/**
 * The text of an article's paragraphs as the functions below compare it: runs of whitespace as one
 * space. (The text model has no Markdown markers left to drop.) A quote or an evidence sentence
 * must lie within one paragraph, so that it can be linked to it.
 */
export function comparableBlocks(paragraphs: readonly { text: string }[]): string[] {
	return paragraphs.map((paragraph) => paragraph.text.replace(/\s+/g, ' ').trim());
}

/** Where a passage occurs: the index of the block and the offset in it; undefined when it does not. */
export interface Occurrence {
	block: number;
	offset: number;
}

/** Finds a passage (normalised first) in the blocks; the first occurrence wins. */
export function findPassage(blocks: readonly string[], passage: string): Occurrence | undefined {
	const needle = normaliseVerbatim(passage);
	if (needle === '') return undefined;
	for (let block = 0; block < blocks.length; block++) {
		const offset = blocks[block]?.indexOf(needle) ?? -1;
		if (offset >= 0) return { block, offset };
	}
	return undefined;
}

const openingMarks = new Set(['“', '"', '‘', "'", '«', '„']);
const closingMarks = new Set(['”', '"', '’', "'", '»', '“']);

/**
 * Whether a passage occurs in the blocks set off by quotation marks: an opening mark right before
 * it, and a closing mark right after it, or after one punctuation mark the article keeps inside the
 * quotation (“Returning won’t be easy,” → `Returning won’t be easy`).
 */
export function findQuoted(blocks: readonly string[], passage: string): Occurrence | undefined {
	const needle = normaliseVerbatim(passage);
	if (needle === '') return undefined;
	for (let block = 0; block < blocks.length; block++) {
		const text = blocks[block] ?? '';
		for (let offset = text.indexOf(needle); offset >= 0; offset = text.indexOf(needle, offset + 1)) {
			const before = text[offset - 1];
			let after = offset + needle.length;
			if (/[,.;:!?]/.test(text[after] ?? '')) after += 1;
			if (before !== undefined && openingMarks.has(before) && closingMarks.has(text[after] ?? '')) return { block, offset };
		}
	}
	return undefined;
}

/** How far a passage agrees with the article before it departs from it, for error messages. */
export interface NearMiss {
	/** The longest start of the passage found in the article (normalised). */
	agreed: string;
	/** What the passage says next, from where it departs. */
	passageContinues: string;
	/** What the article says next at the place of the longest agreement. */
	articleContinues: string;
}

/** The first `length` characters or so, cut after a whole word. */
function clip(text: string, length = 40): string {
	if (text.length <= length) return text;
	const cut = text.lastIndexOf(' ', length);
	return `${text.slice(0, cut > length / 2 ? cut : length)}…`;
}

/** The last `length` characters or so, cut before a whole word. */
function clipStart(text: string, length = 40): string {
	if (text.length <= length) return text;
	const cut = text.indexOf(' ', text.length - length);
	return `…${text.slice(cut >= 0 && cut < text.length - length / 2 ? cut + 1 : text.length - length)}`;
}

/**
 * The longest start of the passage that the article contains, and how both go on from there.
 * Undefined when not even the first word agrees.
 */
export function nearMiss(blocks: readonly string[], passage: string): NearMiss | undefined {
	const needle = normaliseVerbatim(passage);
	const findPrefix = (length: number) => {
		const prefix = needle.slice(0, length);
		for (const text of blocks) {
			const at = text.indexOf(prefix);
			if (at >= 0) return { text, at };
		}
		return undefined;
	};
	// Binary search for the longest prefix found: presence is monotone in the prefix length.
	let low = 0;
	let high = needle.length;
	while (low < high) {
		const mid = Math.ceil((low + high) / 2);
		if (findPrefix(mid)) low = mid;
		else high = mid - 1;
	}
	const firstWord = needle.split(' ')[0] ?? '';
	if (low < Math.min(firstWord.length, 3)) return undefined;
	// Report the difference from the start of the word it falls in, so that both sides show whole words.
	if (low < needle.length) {
		const space = needle.lastIndexOf(' ', low - 1);
		if (space >= 0) low = space + 1;
	}
	const hit = findPrefix(low);
	if (!hit) return undefined;
	const agreed = needle.slice(0, low);
	return {
		agreed: clipStart(agreed),
		passageContinues: clip(needle.slice(low)),
		articleContinues: clip(hit.text.slice(hit.at + low)) || '(the paragraph ends)',
	};
}

/** One sentence to explain a miss: where the passage and the article part ways. */
export function describeMiss(blocks: readonly string[], passage: string): string {
	const miss = nearMiss(blocks, passage);
	if (!miss) return 'not even its first words occur in the article';
	if (miss.passageContinues === '') return 'it occurs in the article, but not set off by quotation marks';
	return `it agrees with the article up to “${miss.agreed}”, then has “${miss.passageContinues}” where the article has “${miss.articleContinues}”`;
}
