/**
 * Where each article stands on each claim, worked out once per build for the claims page and the open data
 * (`/data/claims.json`): the article, its status, who it attributes the claim to (an entity, or the source in
 * the article's words), the evidence sentences placed in their paragraphs, and the editors' note; each claim's
 * positions oldest article first (the claims matrix's columns, left to right).
 */
import type { ClaimStatus } from '../../schemas/claim';
import type { Article } from '../content/articles';
import { oncePerBuildFor } from '../content/once-per-build';
import { entityHref } from '../routing/routes';
import type { Analysis, Claim, PlacedSentence } from './analysis';

export interface ClaimPosition {
	article: Article;
	status: ClaimStatus;
	/** The entity the article attributes the claim to (or, for a disputed claim, whose claim it questions). */
	attributedTo: { id: string; name: string; href: string } | undefined;
	/** The source in the article's own words, when it names no entity. */
	source: string | undefined;
	/** Who the article reports as making the claim, in words, with an entity link where there is one. */
	who: { name: string; href?: string } | undefined;
	evidence: PlacedSentence[];
	note: string | undefined;
}

/** Each claim's positions, by claim id, once per build. */
const positionsByClaim = oncePerBuildFor((analysis: Analysis): Map<string, ClaimPosition[]> => {
	const age = new Map(analysis.chronological.map((article, index) => [article.id, index]));
	return new Map(
		analysis.claims.map((claim) => {
			const positions = claim.data.positions.map((position, index): ClaimPosition => {
				const articleId = position.article.id;
				const article = analysis.articleById.get(articleId);
				if (!article) throw new Error(`content/claims/${claim.id}.yaml, positions.${index}.article: no article "${articleId}"`);
				const attributedTo = position.attributedTo
					? { id: position.attributedTo.id, name: analysis.nameOf(position.attributedTo.id), href: entityHref(position.attributedTo.id) }
					: undefined;
				return {
					article,
					status: position.status,
					attributedTo,
					source: position.source,
					who: attributedTo ? { name: attributedTo.name, href: attributedTo.href } : position.source ? { name: position.source } : undefined,
					evidence: position.evidence.map((sentence, n) =>
						analysis.place(articleId, sentence, `content/claims/${claim.id}.yaml, positions.${index}.evidence.${n}`),
					),
					note: position.note,
				};
			});
			// Stable: two positions of one article keep the order of the claim's file.
			positions.sort((a, b) => (age.get(a.article.id) ?? 0) - (age.get(b.article.id) ?? 0));
			return [claim.id, positions];
		}),
	);
});

/** The positions the articles take on `claim`, oldest article first, their evidence placed in paragraphs. */
export function claimPositions(analysis: Analysis, claim: Claim): ClaimPosition[] {
	return positionsByClaim(analysis).get(claim.id) ?? [];
}
