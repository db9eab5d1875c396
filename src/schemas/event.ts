import { z } from 'astro/zod';
import { checkDate, datedFields } from './published';
import type { ReferenceFactory } from './reference';

/**
 * When an event happened, as precisely as the articles allow, and on whose word. The same vocabulary
 * as an article's `published` field (`stated` or `estimated`, a `reason` for an estimate, `asPrinted`
 * for the text's own words), with one difference: an event's `asPrinted` may also stand beside an
 * estimated date, because the words the text uses ("Tuesday's", "early this year") are what the
 * estimate is worked out from, whereas an article's estimated date has no printed date to quote.
 */
export const createEventDateSchema = (reference: ReferenceFactory) =>
	z
		.strictObject({
			/**
			 * `date`, `precision`, `basis` and `reason` as for an article's publication: `stated` when an article's text
			 * gives the date to this precision (“in 2009”, “in February 2022”); `estimated` when the editors inferred it
			 * (from a weekday, “early this year”, “recent”, or a date the text leaves out), with the `reason`.
			 */
			...datedFields,
			/**
			 * The words the article uses for the date, verbatim, e.g. "in 2009" or "Tuesday's"; optional, and
			 * allowed beside an estimated date too. The build checks that they are in an evidence sentence.
			 */
			asPrinted: z.string().trim().min(1).optional(),
			/**
			 * For an event the text only places before another one (“in the run-up to Tuesday's Kremlin
			 * meeting”): that other event's id. The timeline then lists this event just before it.
			 */
			before: reference('events').optional(),
		})
		.superRefine(checkDate);

/** Sentences of one article that refer to an event. */
export const createEventEvidenceSchema = (reference: ReferenceFactory) =>
	z.strictObject({
		/** The article, by id (its file name in `content/articles/`). */
		article: reference('articles'),
		/**
		 * The exact sentence or sentences of the article that refer to the event, one list item per
		 * sentence, verbatim (only whitespace and Markdown emphasis markers may differ). Checked at build.
		 */
		text: z.array(z.string().trim().min(1)).min(1, 'give at least one sentence of the article'),
	});

/**
 * Something that happened which the articles refer to: a meeting, an election, a war, a deal.
 * One YAML file per event in `content/events/`, named by a short id. The timeline shows the events
 * on one axis with the articles' publication dates.
 */
export const createEventSchema = (reference: ReferenceFactory) =>
	z.strictObject({
		/** A short neutral headline by the editors, e.g. "Talks in Riyadh". */
		title: z.string().trim().min(1),
		/**
		 * The label of the event's mark on the timeline chart, by the editors, when the title is longer than the
		 * chart has room for, e.g. "Miami Beach meeting". Left out, the chart shows the title's first words.
		 */
		chartLabel: z.string().trim().min(1).max(24, 'keep the chart label to 24 characters; the title is shown in full beside the chart').optional(),
		/** One or two sentences by the editors saying what happened, only as far as the articles tell it. */
		description: z.string().trim().min(1),
		/** When it happened, to what precision, and on whose word. */
		date: createEventDateSchema(reference),
		/** The people, organisations and places the articles name as taking part, by entity id; may be empty. */
		participants: z.array(reference('entities')).default([]),
		/** The sentences of each article that refer to the event; at least one article, each at most once. */
		evidence: z.array(createEventEvidenceSchema(reference)).min(1, 'an event needs evidence from at least one article'),
	});

export type EventData = z.infer<ReturnType<typeof createEventSchema>>;
export type EventDate = EventData['date'];
