import { z } from 'astro/zod';
import type { ReferenceFactory } from './reference';

/**
 * How an article stands to a claim.
 *
 * - `asserted`: the article says it in its own voice.
 * - `attributed`: the article reports someone saying it, without making it its own.
 * - `disputed`: the article contradicts it or casts doubt on it (it may also report who holds it).
 *
 * An article with no position on a claim has “not mentioned” it.
 */
export const claimStatuses = ['asserted', 'attributed', 'disputed'] as const;
export type ClaimStatus = (typeof claimStatuses)[number];

/** One article's position on a claim, with the sentences that show it. */
export const createClaimPositionSchema = (reference: ReferenceFactory) =>
	z
		.strictObject({
			/** The article, by id (its file name in `content/articles/`). Each article at most once per claim. */
			article: reference('articles'),
			/** `asserted`, `attributed` or `disputed`; see {@link claimStatuses}. */
			status: z.enum(claimStatuses),
			/**
			 * Whom the article reports as making the claim, by entity id. For `attributed` give this or
			 * `source`; for `disputed`, optionally, whose claim the article questions. Not for `asserted`.
			 */
			attributedTo: reference('entities').optional(),
			/**
			 * The source in the article's own words when it names no entity, e.g. "unnamed reports (“reportedly”)"
			 * or "the author's sources". Same rules as `attributedTo`; give one or the other.
			 */
			source: z.string().trim().min(1).optional(),
			/**
			 * The exact sentence or sentences of the article that take this position, one list item per
			 * sentence, copied verbatim from the article's body (only whitespace and Markdown emphasis
			 * markers may differ). The build checks each one and links it to its paragraph.
			 */
			evidence: z.array(z.string().trim().min(1)).min(1, 'give at least one sentence of the article as evidence'),
			/** A short note by the editors on a nuance of the position; omit when there is none. */
			note: z.string().trim().min(1).optional(),
		})
		.superRefine((position, ctx) => {
			const named = position.attributedTo !== undefined || position.source !== undefined;
			if (position.status === 'attributed' && !named) {
				ctx.addIssue({
					code: 'custom',
					path: ['attributedTo'],
					message: 'an attributed position needs "attributedTo" (an entity id) or "source" (the article’s words for an unnamed source)',
				});
			}
			if (position.status === 'asserted' && named) {
				ctx.addIssue({
					code: 'custom',
					path: [position.attributedTo !== undefined ? 'attributedTo' : 'source'],
					message: 'an asserted position is the article’s own voice and takes no "attributedTo" or "source"; use status "attributed" if the article reports someone saying it',
				});
			}
			if (position.attributedTo !== undefined && position.source !== undefined) {
				ctx.addIssue({
					code: 'custom',
					path: ['source'],
					message: 'give either "attributedTo" (an entity id) or "source" (an unnamed source), not both',
				});
			}
		});

const articleIdOf = (value: unknown): unknown =>
	value !== null && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value;

/**
 * A checkable claim the articles make, in the editors' neutral wording, with each article's
 * position on it. One YAML file per claim in `content/claims/`, named by a short id.
 */
export const createClaimSchema = (reference: ReferenceFactory) =>
	z
		.strictObject({
			/** The claim in the editors' neutral words, as one sentence that could be checked against the record. */
			statement: z.string().trim().min(1),
			/** The topic the claim belongs to, by id (a file in `content/topics/`). */
			topic: reference('topics'),
			/** Each article that takes a position on the claim, at most once per article; at least one. */
			positions: z.array(createClaimPositionSchema(reference)).min(1, 'a claim needs the position of at least one article'),
		})
		.superRefine((claim, ctx) => {
			const seen = new Map<unknown, number>();
			claim.positions.forEach((position, index) => {
				const id = articleIdOf(position.article);
				const first = seen.get(id);
				if (first !== undefined) {
					ctx.addIssue({
						code: 'custom',
						path: ['positions', index, 'article'],
						message: `the article "${String(id)}" already has a position (positions.${first}); merge the two into one`,
					});
				} else {
					seen.set(id, index);
				}
			});
		});

export type ClaimData = z.infer<ReturnType<typeof createClaimSchema>>;
export type ClaimPositionData = ClaimData['positions'][number];
