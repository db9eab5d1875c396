/**
 * Pure helpers of the comparison page: which paragraphs of an article are about a topic.
 *
 * A paragraph covers a topic when it matches one of the topic's keywords (see
 * `src/schemas/topic.ts` for the matching rules) or holds an evidence sentence of one of the
 * topic's claims. Nothing is typed per cell: the grid follows from the data.
 */
import type { ParagraphBlock } from '../text/article-text';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * One regular expression for a list of keywords: case-insensitive, whole words only, a trailing
 * `*` matching any ending ("mineral*" → "minerals"). Apostrophes and dashes are matched as printed.
 */
export function keywordPattern(keywords: readonly string[]): RegExp {
	const alternatives = keywords
		.map((keyword) => keyword.trim())
		.filter((keyword) => keyword.length > 0)
		.map((keyword) => {
			const open = keyword.endsWith('*');
			const core = escape(open ? keyword.slice(0, -1) : keyword);
			// A keyword ending in punctuation ("energy,") needs no word end after it.
			const end = open ? '[\\p{L}\\p{N}]*' : /[\p{L}\p{N}]$/u.test(keyword) ? '(?![\\p{L}\\p{N}])' : '';
			const start = /^[\p{L}\p{N}]/u.test(keyword) ? '(?<![\\p{L}\\p{N}])' : '';
			return `${start}${core}${end}`;
		});
	// Longer alternatives first, so that the reported match is the fullest one.
	alternatives.sort((a, b) => b.length - a.length);
	return new RegExp(alternatives.length > 0 ? alternatives.join('|') : '(?!)', 'giu');
}

/** The keywords (as found in the text) that a text matches, without repeats, in order of appearance. */
export function matchedKeywords(text: string, pattern: RegExp): string[] {
	const found = new Set<string>();
	for (const match of text.matchAll(new RegExp(pattern.source, pattern.flags))) found.add(match[0]);
	return [...found];
}

/** One cell of the coverage grid: the paragraphs of one article that cover one topic. */
export interface CoverageCell {
	paragraphs: { paragraph: ParagraphBlock; keywords: string[]; evidence: boolean }[];
}

/**
 * The paragraphs of an article that cover a topic, in order: those matching its keywords and
 * those holding one of `evidenceSentences` (sentences of the topic's claims in this article).
 */
export function topicCoverage(
	paragraphs: readonly ParagraphBlock[],
	keywords: readonly string[],
	evidenceParagraphNumbers: ReadonlySet<number> = new Set(),
): CoverageCell {
	const pattern = keywordPattern(keywords);
	return {
		paragraphs: paragraphs
			.map((paragraph) => ({ paragraph, keywords: matchedKeywords(paragraph.text, pattern), evidence: evidenceParagraphNumbers.has(paragraph.number) }))
			.filter((entry) => entry.keywords.length > 0 || entry.evidence),
	};
}
