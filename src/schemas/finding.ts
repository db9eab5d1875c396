import { z } from 'astro/zod';
import type { ReferenceFactory } from './reference';

/** Sentences of one article that a finding rests on. */
export const createFindingEvidenceSchema = (reference: ReferenceFactory) =>
	z.strictObject({
		/** The article, by id (its file name in `content/articles/`). */
		article: reference('articles'),
		/**
		 * The exact sentence or sentences of the article, one list item per sentence, verbatim (only
		 * whitespace and Markdown emphasis markers may differ). The build checks each one and links it to its
		 * paragraph.
		 */
		text: z.array(z.string().trim().min(1)).min(1, 'give at least one sentence of the article'),
	});

/**
 * What the editors find across the archive, in a sentence or two, and the evidence it rests on: claims,
 * quotations and sentences of the articles. One YAML file per finding in `content/findings/`, named by a
 * short id. `/analysis/` opens with them, in the order of `order`.
 *
 * Every citation is checked at build (`src/lib/validation/finding-checks.ts`): the claims and quotations
 * must exist and the sentences must be in their articles word for word, so a finding whose evidence goes
 * away stops the build.
 */
export const createFindingSchema = (reference: ReferenceFactory) =>
	z
		.strictObject({
			/** A short headline by the editors, e.g. "Business leads the talks". */
			title: z.string().trim().min(1),
			/**
			 * The finding itself: one or two sentences in the editors' neutral voice, saying only what the cited
			 * evidence shows.
			 */
			statement: z.string().trim().min(1),
			/** Where the finding stands among the others on `/analysis/`: lower numbers first. */
			order: z.number().int().min(1),
			/** The claims the finding rests on, by id (files in `content/claims/`); may be empty. */
			claims: z.array(reference('claims')).default([]),
			/** The quotations the finding rests on, by id (files in `content/quotes/`); may be empty. */
			quotes: z.array(reference('quotes')).default([]),
			/** Sentences of the articles the finding rests on, each article at most once; may be empty. */
			evidence: z.array(createFindingEvidenceSchema(reference)).default([]),
		})
		.superRefine((finding, ctx) => {
			if (finding.claims.length + finding.quotes.length + finding.evidence.length === 0) {
				ctx.addIssue({
					code: 'custom',
					path: ['claims'],
					message: 'a finding needs evidence: at least one claim, quotation or sentence of an article',
				});
			}
		});

export type FindingData = z.infer<ReturnType<typeof createFindingSchema>>;
