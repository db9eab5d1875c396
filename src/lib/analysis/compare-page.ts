/**
 * What one page of `/compare/` shows about its articles, worked out from the analysis, so that the page is its
 * markup: the coverage grid (topic by topic, one cell per article) and, per article, the facts set side by side.
 */
import type { Page } from 'astro';
import { getReferenceNames } from '../content/names';
import type { Article } from '../content/articles';
import { mentionsOf } from '../content/entities';
import { pageRange } from '../routing/pagination';
import type { ClaimStatus } from '../../schemas/claim';
import { entityKinds } from '../../schemas/entity';
import type { Analysis, Topic } from './analysis';
import { timelineList } from './analysis-pages';
import type { ArticleCoverage, CoverageCell } from './coverage';

export interface ComparePageView {
	/** The page's articles, oldest first, left to right. */
	articles: Article[];
	/** Whether the comparison takes more than one page, and which articles this one compares, e.g. "Articles 11–20 of 157". */
	paged: boolean;
	range: string;
	/** Each topic with its claims' number and, per article of the page, the paragraphs that cover it. */
	grid: { topic: Topic; claimCount: number; cells: { article: Article; coverage: CoverageCell }[] }[];
	outletOf: (article: Article) => string | undefined;
	authorName: (authorId: string) => string | undefined;
	/** Where the article's publication is on the timeline. */
	publishedHref: (articleId: string) => string;
	paragraphCount: (article: Article) => number;
	quotesIn: (article: Article) => number;
	/** How many claims the article takes this position on. */
	positionsIn: (article: Article, status: ClaimStatus) => number;
	eventsIn: (article: Article) => number;
	/** How often the article names entities of each kind, in the order of `entityKinds`. */
	mentionsByKind: (article: Article) => number[];
}

export async function comparePageView(analysis: Analysis, page: Page<ArticleCoverage>, claimsPerTopic: Map<string, number>): Promise<ComparePageView> {
	const { outlets: outletNames, authors: authorNames } = await getReferenceNames();
	return {
		articles: page.data.map(({ article }) => article),
		paged: page.lastPage > 1,
		range: pageRange(page),
		grid: analysis.topics.map((topic) => ({
			topic,
			claimCount: claimsPerTopic.get(topic.id) ?? 0,
			cells: page.data.map(({ article, coverage }) => ({ article, coverage: coverage.get(topic.id) as CoverageCell })),
		})),
		outletOf: (article) => (article.data.outlet ? outletNames.get(article.data.outlet.id) : undefined),
		authorName: (authorId) => authorNames.get(authorId),
		publishedHref: timelineList(analysis).publishedHref,
		paragraphCount: (article) => analysis.paragraphsOf(article.id).length,
		quotesIn: (article) => analysis.quotesOf(article.id).length,
		positionsIn: (article, status) =>
			new Set(analysis.positionsOf(article.id).flatMap(({ claim, position }) => (position.status === status ? [claim.id] : []))).size,
		eventsIn: (article) => analysis.eventsOf(article.id).length,
		mentionsByKind: (article) => {
			const mentions = mentionsOf(article);
			return entityKinds.map((kind) =>
				Object.entries(mentions)
					.filter(([id]) => analysis.entityById.get(id)?.data.kind === kind)
					.reduce((sum, [, found]) => sum + found.count, 0),
			);
		},
	};
}
