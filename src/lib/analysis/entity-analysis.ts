/**
 * What an entity's page shows of the analysis: the quotations the articles give the entity as speaker, and
 * the claims the articles attribute to it, each linking to its row on the quotes or claims page. At most
 * `entityAnalysisLimit` of each, with the number and a link to the rest, so that the page stays bounded as
 * the archive grows.
 */
import { claimPages, quoteList } from '../routing/analysis-pages';
import { quoteExcerpt } from './article-hub';
import { type Analysis, shortTitle } from './analysis';
import type { ClaimStatus } from '../../schemas/claim';

/** How many quotations and claims an entity's page lists. */
export const entityAnalysisLimit = 10;

export interface EntityQuotation {
	excerpt: string;
	article: string;
	href: string;
}

export interface EntityClaim {
	statement: string;
	status: ClaimStatus;
	article: string;
	href: string;
}

export interface EntityAnalysis {
	quotes: EntityQuotation[];
	quoteCount: number;
	/** Where all the entity's quotations begin on the quotes pages. */
	allQuotesHref: string;
	claims: EntityClaim[];
	claimCount: number;
}

export function entityAnalysis(entityId: string, analysis: Analysis): EntityAnalysis {
	const quotes = quoteList(analysis);
	const claims = claimPages(analysis);
	const own = quotes.items.filter((item) => item.quote.data.speaker?.id === entityId);
	const attributed = analysis.claims.flatMap((claim) =>
		claim.data.positions.filter((position) => position.attributedTo?.id === entityId).map((position) => ({ claim, position })),
	);
	const titleOf = (id: string) => shortTitle(analysis.articleById.get(id)?.data.title ?? id, 48);
	return {
		quotes: own.slice(0, entityAnalysisLimit).map((item) => ({
			excerpt: quoteExcerpt(item.quote.data.text, 12),
			article: titleOf(item.placed.article.id),
			href: quotes.quoteHref(item.quote.id),
		})),
		quoteCount: own.length,
		allQuotesHref: quotes.speakerHref(entityId),
		claims: attributed.slice(0, entityAnalysisLimit).map(({ claim, position }) => ({
			statement: claim.data.statement,
			status: position.status,
			article: titleOf(position.article.id),
			href: claims.claimHref(claim.id),
		})),
		claimCount: attributed.length,
	};
}
