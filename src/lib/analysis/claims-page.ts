/**
 * What one page of `/claims/` shows, worked out from the analysis and the page's share of the claims
 * (`claimPages`), so that the page is its markup: the page's claims grouped by topic with each article's
 * position, the matrix's columns, how many positions of each kind each article takes, and the totals.
 */
import type { Page } from 'astro';
import { getReferenceNames } from '../content/names';
import type { Article } from '../content/articles';
import { pageRange } from '../routing/pagination';
import type { ClaimStatus } from '../../schemas/claim';
import type { Claim, Topic } from './analysis';
import type { Analysis } from './analysis';
import { type ClaimPage, claimPages } from './analysis-pages';
import { type ClaimPosition, claimPositions } from './claim-positions';

/** A claim with each article's position on it, by article id. */
export interface ClaimRow {
	claim: Claim;
	positions: Map<string, ClaimPosition>;
}

export interface ClaimsPageView {
	/** The page's claims, in order. */
	claims: Claim[];
	/** The matrix's columns: the articles that take a position on one of the page's claims, oldest first. */
	articles: Article[];
	/** The claims grouped by topic, in the analysis's order. */
	groups: { topicId: string; topic: Topic | undefined; rows: ClaimRow[] }[];
	/** Whether the claims take more than one page, and which claims this one shows, e.g. "Claims 5–8 of 30". */
	paged: boolean;
	range: string;
	/** The archive's claims, positions and articles. */
	totals: { claims: number; positions: number; articles: number };
	/** The articles not in this page's matrix: they take no position on any of its claims. */
	otherArticles: number;
	/** An article's outlet, by name, where the sources give it. */
	outletOf: (article: Article) => string | undefined;
	/** How many of the page's claims an article takes this position on. */
	countOf: (article: Article, status: ClaimStatus) => number;
}

/** Whose claim a position reports or disputes, in words, e.g. "to Kirill Dmitriev", "claim of the Kremlin". */
export const whoPhrase = (position: ClaimPosition): string | undefined =>
	position.who ? (position.status === 'disputed' ? `claim of ${position.who.name}` : `to ${position.who.name}`) : undefined;

export async function claimsPageView(analysis: Analysis, page: Page<ClaimPage>): Promise<ClaimsPageView> {
	// A site with no claims yet has one empty page.
	const { claims, before, articles }: ClaimPage = page.data[0] ?? { claims: [], before: 0, articles: [] };
	const totals = { claims: analysis.claims.length, positions: claimPages(analysis).positions, articles: analysis.articles.length };
	const { outlets: outletNames } = await getReferenceNames();
	const topicById = new Map(analysis.topics.map((topic) => [topic.id, topic]));
	const rows = claims.map((claim): ClaimRow => ({
		claim,
		positions: new Map(claimPositions(analysis, claim).map((position) => [position.article.id, position])),
	}));
	const groups = [...new Set(rows.map((row) => row.claim.data.topic.id))].map((topicId) => ({
		topicId,
		topic: topicById.get(topicId),
		rows: rows.filter((row) => row.claim.data.topic.id === topicId),
	}));
	return {
		claims,
		articles,
		groups,
		paged: page.lastPage > 1,
		range: pageRange({ start: before, end: before + claims.length - 1, total: totals.claims, lastPage: page.lastPage }, { one: 'claim', many: 'claims' }),
		totals,
		otherArticles: totals.articles - articles.length,
		outletOf: (article) => (article.data.outlet ? outletNames.get(article.data.outlet.id) : undefined),
		countOf: (article, status) => rows.filter((row) => row.positions.get(article.id)?.status === status).length,
	};
}
