import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** Options of {@link remarkReadingTime}. */
export interface RemarkReadingTimeOptions {
	/** Reading speed used for the estimate, in words per minute. Default: 230, an adult's silent reading of non-fiction. */
	wordsPerMinute?: number;
}

/** What the plugin adds to the page's frontmatter (`remarkPluginFrontmatter` in Astro). */
export interface ReadingTime {
	/** Words in the text, headings included; a word is a run of letters or digits, with inner apostrophes and hyphens. */
	words: number;
	/** Estimated minutes to read, rounded up, at least 1. */
	minutes: number;
}

const wordPattern = /[\p{L}\p{N}]+(?:['’\-‐][\p{L}\p{N}]+)*/gu;

/** The mdast nodes whose text is read as one run; everything else is a container of these. */
const textBlocks = new Set<string>(['paragraph', 'heading', 'tableCell', 'code']);

/** Counts the words of a text the way the reading-time estimate does. */
export function countWords(text: string): number {
	return text.match(wordPattern)?.length ?? 0;
}

/**
 * Counts the words of a Markdown document and estimates its reading time.
 * The result is stored as `readingTime` in `file.data.astro.frontmatter`.
 */
export function remarkReadingTime(options: RemarkReadingTimeOptions = {}) {
	const wordsPerMinute = options.wordsPerMinute ?? 230;
	if (!(wordsPerMinute > 0)) {
		throw new TypeError(`remarkReadingTime: wordsPerMinute must be a positive number, got ${wordsPerMinute}`);
	}
	return function transform(tree: Root, file: VFile): void {
		// Count block by block, so that a heading and the paragraph after it, or two list items, never run together.
		let words = 0;
		visit(tree, (node: Nodes) => {
			if (textBlocks.has(node.type)) {
				words += countWords(toString(node, { includeHtml: false }));
				return SKIP;
			}
			return undefined;
		});
		const readingTime: ReadingTime = { words, minutes: Math.max(1, Math.ceil(words / wordsPerMinute)) };
		const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
		data.astro ??= {};
		data.astro.frontmatter ??= {};
		data.astro.frontmatter.readingTime = readingTime;
	};
}
