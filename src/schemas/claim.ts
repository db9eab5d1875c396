import { z } from 'astro/zod';
import type { ReferenceFactory } from './reference';

/**
 * How an article stands to a claim.
 *
 * - `asserted`: the article says it in its own voice, hedged or not (“could”, “appears”: a `note` says so).
 * - `attributed`: the article reports it as someone's (a person, an organisation, a publication it cites,
 *   or a source it does not name) without saying it in its own voice; a sentence that names its source
 *   (“according to …”, “… said”, a cited publication in parentheses) is attributed to that source.
 * - `disputed`: the article argues that it is false. Reporting a claim and then qualifying it or weighing
 *   obstacles to it is not disputing it: that is `attributed` (or `asserted`) with a `note`.
 *
 * An article with no position on a claim has “not mentioned” it. The full rules are in the codebook,
 * `content/pages/codebook.md`.
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
			/**
			 * One line by the editors on a call that is not obvious: a hedge or qualification (which does not
			 * change the status), a source named in a neighbouring sentence, why a sentence counts as evidence.
			 * Omit when the position is plain.
			 */
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

/**
 * The words and entities without which a sentence cannot be about the claim. The build refuses a
 * position whose evidence sentences contain none of them (see `src/lib/validation/key-terms.ts`).
 */
export const createClaimKeyTermsSchema = (reference: ReferenceFactory) =>
	z
		.strictObject({
			/**
			 * Entities the claim is about, by id: a sentence mentions one when it has the entity's name or one
			 * of its aliases, matched as entity mentions are (case-sensitive, on word boundaries).
			 */
			entities: z.array(reference('entities')).default([]),
			/**
			 * Words or phrases the claim turns on, matched without regard to case from the start of a word, so
			 * that "sanction" also finds "sanctions" and "Sanctioned" (but not "unsanctioned").
			 */
			words: z.array(z.string().trim().min(1)).default([]),
		})
		.refine((terms) => terms.entities.length + terms.words.length > 0, {
			message: 'name at least one key term: an entity id under "entities" or a word under "words"',
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
			/** The entities and words that any evidence for the claim must contain at least one of; see {@link createClaimKeyTermsSchema}. */
			keyTerms: createClaimKeyTermsSchema(reference),
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
