/**
 * What an entity's page shows of the analysis: the quotations the articles give the entity as speaker, and
 * the claims the articles attribute to it, each linking to its row on the quotes or claims page. At most
 * `entityAnalysisLimit` of each, with the number and a link to the rest, so that the page stays bounded as
 * the archive grows.
 */
import { claimPages, type QuoteItem, quoteList } from './analysis-pages';
import { quoteExcerpt } from './article-hub';
import { type Analysis, type ArticlePosition, shortTitle } from './analysis';
import type { ClaimStatus } from '../../schemas/claim';
import { oncePerBuildFor } from '../content/once-per-build';

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

/** Appends `item` to the list under `key`. */
function push<T>(lists: Map<string, T[]>, key: string, item: T): void {
	const list = lists.get(key);
	if (list) list.push(item);
	else lists.set(key, [item]);
}

/**
 * For every entity, its quotations in the quotes page's order and the claim positions attributed to it in the
 * claims page's order, made once per analysis (filtering every quotation and position for each entity page
 * made a build grow with entities × quotations).
 */
const byEntity = oncePerBuildFor((analysis: Analysis) => {
	const quotes = new Map<string, QuoteItem[]>();
	for (const item of quoteList(analysis).items) {
		const speaker = item.quote.data.speaker?.id;
		if (speaker !== undefined) push(quotes, speaker, item);
	}
	const attributed = new Map<string, ArticlePosition[]>();
	for (const claim of analysis.claims) {
		for (const position of claim.data.positions) {
			const entity = position.attributedTo?.id;
			if (entity !== undefined) push(attributed, entity, { claim, position });
		}
	}
	return { quotes, attributed };
});

export function entityAnalysis(entityId: string, analysis: Analysis): EntityAnalysis {
	const quotes = quoteList(analysis);
	const claims = claimPages(analysis);
	const index = byEntity(analysis);
	const own = index.quotes.get(entityId) ?? [];
	const attributed = index.attributed.get(entityId) ?? [];
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
