import { z } from 'astro/zod';
import type { ReferenceFactory } from './reference';

/**
 * How much of the speaker's words the article gives inside its quotation marks.
 *
 * - `direct`: a whole statement, set off in quotation marks and attributed with a verb of saying
 *   (“…,” he said).
 * - `partial`: a fragment of the speaker's words woven into the article's own sentence
 *   (Dmitriev expressed “cautious optimism” about …).
 */
export const quotationKinds = ['direct', 'partial'] as const;
export type QuotationKind = (typeof quotationKinds)[number];

/**
 * One quotation from an article: words in quotation marks that the article presents as someone's.
 * One YAML file per quotation in `content/quotes/`, named `<speaker>-<a few words>.yaml`, or
 * `unattributed-<a few words>.yaml` when the article does not say whose the words are.
 *
 * What counts as a quote: words the article sets in quotation marks *and* presents as someone's
 * speech or writing (said, stated, told, explained, expressed, praised, “his statement that …”).
 * When the article does not say who spoke them (“his reluctance to fund “hangers-on””), the quote is
 * recorded with `unattributed: true` instead of a speaker. Scare quotes in the article's own voice
 * (the diplomatic ‘reset’, a true “reset”) and labels and titles (the button mistranslated as
 * “overload”) are the article's own words and are not quotes. See the codebook, `content/pages/codebook.md`.
 *
 * The build checks that `text` occurs verbatim in the article's body, between quotation marks.
 */
export const createQuoteSchema = (reference: ReferenceFactory) =>
	z
		.strictObject({
			/**
			 * The quoted words exactly as the article prints them, without the surrounding quotation marks
			 * and without punctuation the article puts after the words but inside the closing mark
			 * (“Returning won’t be easy,” → `Returning won’t be easy`). Apostrophes and dashes as printed.
			 * Only whitespace and Markdown emphasis markers may differ from the article.
			 */
			text: z.string().trim().min(1),
			/** Who the article says spoke the words, by entity id (a file in `content/entities/`); omit only with `unattributed`. */
			speaker: reference('entities').optional(),
			/**
			 * `true` when the article sets the words in quotation marks as someone's but does not say whose;
			 * then there is no `speaker`, and `note` says what the text does tell.
			 */
			unattributed: z.literal(true).optional(),
			/** The article that quotes the words, by id (its file name in `content/articles/`). */
			article: reference('articles'),
			/** `direct` for a whole quoted statement, `partial` for a quoted fragment inside the article's own sentence. */
			quotation: z.enum(quotationKinds),
			/**
			 * Where or how the words were said, only as far as the article says so, in its terms:
			 * e.g. "televised interview on Russia 1", "separate statement to Reuters in February".
			 * Omit when the article does not say.
			 */
			occasion: z.string().trim().min(1).optional(),
			/** A note by the editors, e.g. why a fragment counts as the speaker's words; omit when there is none. */
			note: z.string().trim().min(1).optional(),
		})
		.superRefine((quote, ctx) => {
			if (quote.speaker === undefined && quote.unattributed !== true) {
				ctx.addIssue({
					code: 'custom',
					path: ['speaker'],
					message: 'a quote needs a "speaker" (an entity id), or "unattributed: true" when the article does not say who spoke the words',
				});
			}
			if (quote.speaker !== undefined && quote.unattributed === true) {
				ctx.addIssue({
					code: 'custom',
					path: ['unattributed'],
					message: 'a quote with a "speaker" is not unattributed; remove "unattributed" or "speaker"',
				});
			}
			if (quote.unattributed === true && quote.note === undefined) {
				ctx.addIssue({
					code: 'custom',
					path: ['note'],
					message: 'an unattributed quote needs a "note" saying what the article does tell about whose words they are',
				});
			}
		});

export type QuoteData = z.infer<ReturnType<typeof createQuoteSchema>>;
