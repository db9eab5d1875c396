/**
 * Turns a scraped source text into the paragraphs of an article draft: page markup undone, page
 * chrome dropped (and recorded), one paragraph per non-empty line.
 */
import { cleanScrapedLine, pageChromeOf } from '../page-chrome.ts';

/** A line of the source that was left out as page chrome. */
export interface DroppedChrome {
	/** The kind of chrome, from `pageChrome` in scripts/authoring/page-chrome.ts, e.g. "share button". */
	kind: string;
	/** The line as it reads after its page markup was undone. */
	line: string;
	/** Its 1-based line number in the source. */
	lineNumber: number;
}

/** What {@link cleanSourceText} returns. */
export interface CleanedText {
	/** The text, one paragraph per non-empty line of the source, in order. */
	paragraphs: string[];
	/** The page-chrome lines that were left out, in order. */
	dropped: DroppedChrome[];
}

/** Text that ends a sentence: a full stop, question or exclamation mark or ellipsis, then any closing quotes or brackets. */
const sentenceEnd = /[.!?…]["'”’)]*$/;

/**
 * Cleans a scraped source text: each line loses its page markup (`cleanScrapedLine`), blank
 * lines go, lines that are page chrome go (and are listed in `dropped`), and every other line
 * becomes a paragraph. Nothing else changes: no word is added, dropped or altered.
 */
export function cleanSourceText(raw: string): CleanedText {
	const paragraphs: string[] = [];
	const dropped: DroppedChrome[] = [];
	raw.split(/\r?\n/).forEach((rawLine, index) => {
		const line = cleanScrapedLine(rawLine);
		if (line === '') return;
		const chrome = pageChromeOf(line);
		if (chrome) dropped.push({ kind: chrome.kind, line, lineNumber: index + 1 });
		else paragraphs.push(line);
	});
	return { paragraphs, dropped };
}

/** Dropped chrome grouped by line: each distinct line once, with its kind and how often it occurred. */
export function countDroppedChrome(dropped: readonly DroppedChrome[]): { kind: string; line: string; count: number }[] {
	const byLine = new Map<string, { kind: string; line: string; count: number }>();
	for (const { kind, line } of dropped) {
		const entry = byLine.get(line);
		if (entry) entry.count += 1;
		else byLine.set(line, { kind, line, count: 1 });
	}
	return [...byLine.values()];
}

/**
 * The first paragraph, when it looks like a headline: at most 20 words and 160 characters, and
 * either without a sentence-ending full stop or written in title case (most words of four or more
 * letters capitalised, as in "Global Business Didn't Save Russia in the 1990s. It Won't Today, Either.").
 * Only ever a suggestion: the editors decide.
 */
export function headlineCandidate(paragraphs: readonly string[]): string | undefined {
	const first = paragraphs[0];
	if (first === undefined) return undefined;
	const words = first.split(/\s+/);
	if (words.length > 20 || first.length > 160) return undefined;
	if (!sentenceEnd.test(first)) return first;
	const long = words.filter((word) => /^\p{L}/u.test(word) && (word.match(/\p{L}/gu) ?? []).length >= 4);
	const capitalised = long.filter((word) => /^\p{Lu}/u.test(word));
	return long.length >= 2 && capitalised.length / long.length >= 0.75 ? first : undefined;
}

/**
 * Paragraphs that do not end a sentence. In a scraped text these are usually a headline, a
 * byline, a date, a caption or a subheading (to move into the frontmatter, or to mark with `## `),
 * or a sentence cut in two by a stray line break (to join).
 */
export function paragraphsWithoutSentenceEnd(paragraphs: readonly string[]): string[] {
	return paragraphs.filter((paragraph) => !sentenceEnd.test(paragraph));
}
