/**
 * The coverage of the comparison page: which paragraphs of each article are about each topic.
 *
 * A paragraph covers a topic when it matches one of the topic's keywords (see
 * `src/schemas/topic.ts` for the matching rules) or holds an evidence sentence of one of the
 * topic's claims. Nothing is typed per cell: the grid follows from the data.
 */
import type { Article } from '../content/articles';
import { forEntry } from '../content/build-errors';
import { oncePerBuildFor } from '../content/once-per-build';
import type { ParagraphBlock } from '../text/article-text';
import type { Analysis } from './analysis';
import { articlesPerComparison } from '../routing/pagination';
import { analysisEntryHref } from '../routing/routes';

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

/**
 * {@link keywordPattern} once per list of keywords (a topic's list is the same array for every article), so
 * that the comparison compiles one expression per topic, not one per article and topic.
 */
const patternOf = oncePerBuildFor((keywords: readonly string[]) => keywordPattern(keywords));

/**
 * The keywords (as found in the text) that a text matches, without repeats, in order of appearance. The
 * pattern is run in place from the start of the text (its `lastIndex` is left at 0), not copied for each
 * text: the comparison runs it on every paragraph of the archive.
 */
export function matchedKeywords(text: string, pattern: RegExp): string[] {
	const global = pattern.global ? pattern : new RegExp(pattern.source, `${pattern.flags}g`);
	const found = new Set<string>();
	global.lastIndex = 0;
	for (let match = global.exec(text); match; match = global.exec(text)) {
		found.add(match[0]);
		// An empty match moves on by one character (a whole code point in a Unicode pattern), as `matchAll` does.
		if (match[0] === '') global.lastIndex += global.unicode && (text.codePointAt(global.lastIndex) ?? 0) > 0xffff ? 2 : 1;
	}
	global.lastIndex = 0;
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
	const pattern = patternOf(keywords);
	return {
		paragraphs: paragraphs
			.map((paragraph) => ({ paragraph, keywords: matchedKeywords(paragraph.text, pattern), evidence: evidenceParagraphNumbers.has(paragraph.number) }))
			.filter((entry) => entry.keywords.length > 0 || entry.evidence),
	};
}

/** An article of the comparison and, by topic id, the paragraphs of it that cover the topic. */
export interface ArticleCoverage {
	article: Article;
	coverage: Map<string, CoverageCell>;
}

/** The coverage of every article, oldest first, with what the comparison's grid needs on every page. */
export interface Coverage {
	/** Every article, oldest first (timeline order), with its coverage of every topic. */
	columns: ArticleCoverage[];
	/** The most paragraphs any article has on any topic: the top of the coverage shading, the same on every page. */
	maxCovered: number;
	/** How many claims each topic has, by topic id. */
	claimsPerTopic: Map<string, number>;
	/** The address of a topic's row on the page of the comparison that shows an article. */
	rowHref: (topicId: string, articleId: string) => string;
}

/**
 * Topic × article coverage, from the topics' keywords and the evidence of the articles' positions on each
 * topic's claims; worked out once per analysis (once per build), so that every page of the comparison
 * shades its grid on the same scale and `/data/coverage.json` holds the same cells. The comparison shows
 * `articlesPerComparison` articles a page, in this order.
 */
export const coverageOf = oncePerBuildFor((analysis: Analysis): Coverage => {
	const columns = analysis.chronological.map((article): ArticleCoverage => {
		const positions = analysis.positionsOf(article.id);
		const coverage = new Map(
			analysis.topics.map((topic) => {
				const evidenceParagraphs = new Set(
					positions
						.filter(({ claim }) => claim.data.topic.id === topic.id)
						.flatMap(({ claim, position }) =>
							// A sentence that cannot be placed is reported with the claim's file (src/lib/content/build-errors.ts).
							forEntry(claim, () => position.evidence.map((sentence) => analysis.place(article.id, sentence, `content/claims/${claim.id}.yaml`).paragraph.number)),
						),
				);
				return [topic.id, topicCoverage(analysis.paragraphsOf(article.id), topic.data.keywords, evidenceParagraphs)];
			}),
		);
		return { article, coverage };
	});
	// A loop, not Math.max(...cells): spread into arguments, the cells of a large archive overflow the call stack.
	let maxCovered = 1;
	for (const { coverage } of columns) for (const cell of coverage.values()) maxCovered = Math.max(maxCovered, cell.paragraphs.length);
	const claimsPerTopic = new Map<string, number>();
	for (const claim of analysis.claims) claimsPerTopic.set(claim.data.topic.id, (claimsPerTopic.get(claim.data.topic.id) ?? 0) + 1);
	const pageOfArticle = new Map(columns.map(({ article }, index) => [article.id, Math.floor(index / articlesPerComparison) + 1]));
	const rowHref = (topicId: string, articleId: string) => analysisEntryHref('coverage', topicId, pageOfArticle.get(articleId) ?? 1);
	return { columns, maxCovered, claimsPerTopic, rowHref };
});
