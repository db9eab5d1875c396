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
 * One direct quotation from an article: words in quotation marks that the article attributes to a
 * named speaker. One YAML file per quotation in `content/quotes/`, named `<speaker>-<a few words>.yaml`.
 *
 * What counts as a quote: words the article sets in quotation marks *and* presents as someone's
 * speech or writing (said, stated, told, explained, expressed, praised, “his statement that …”).
 * Scare quotes in the article's own voice (the diplomatic ‘reset’, a true “reset”), labels and
 * titles (the button mistranslated as “overload”), and quoted words the article does not tie to a
 * named speaker are not quotes.
 *
 * The build checks that `text` occurs verbatim in the article's body, between quotation marks.
 */
export const createQuoteSchema = (reference: ReferenceFactory) =>
	z.strictObject({
		/**
		 * The quoted words exactly as the article prints them, without the surrounding quotation marks
		 * and without punctuation the article puts after the words but inside the closing mark
		 * (“Returning won’t be easy,” → `Returning won’t be easy`). Apostrophes and dashes as printed.
		 * Only whitespace and Markdown emphasis markers may differ from the article.
		 */
		text: z.string().trim().min(1),
		/** Who the article says spoke the words, by entity id (a file in `content/entities/`). */
		speaker: reference('entities'),
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
	});

export type QuoteData = z.infer<ReturnType<typeof createQuoteSchema>>;
