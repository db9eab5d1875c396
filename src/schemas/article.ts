import { z } from 'astro/zod';
import { publishedSchema } from './published';
import { oneSentence } from './text';
import { idPattern, type ReferenceFactory } from './reference';

/** The kinds of journalism the site distinguishes. */
export const genres = ['news-report', 'opinion', 'analysis', 'commentary'] as const;
export type Genre = (typeof genres)[number];

/**
 * One article: a faithful Markdown copy of a source text in `content/articles/`.
 * The body is the article's own text; everything about it lives here.
 */
export const createArticleSchema = (reference: ReferenceFactory) =>
	z.strictObject({
		/** The article's address under `/articles/`; defaults to the file name. Must be unique. */
		slug: z.string().regex(idPattern, 'must be lower-case words joined by hyphens').optional(),
		/** The headline. Where the source has none, the editors write one and `titleSource` says so. */
		title: z.string().trim().min(1),
		/** `source` when the headline is the source's own; `editors` when the editors supplied it. */
		titleSource: z.enum(['source', 'editors']),
		/** The lede or standfirst the source shows under its headline, verbatim; omit when there is none. */
		standfirst: z.string().trim().min(1).optional(),
		/** One sentence by the editors saying what the article is about. */
		summary: oneSentence(),
		/** The credited authors, by id. An empty list means the author is unknown. */
		authors: z.array(reference('authors')),
		/** The byline exactly as printed by the source, e.g. "By Charles Hecker"; omit when there is none. */
		byline: z.string().trim().min(1).optional(),
		/** The outlet that published the article, by id, or `null` when the source does not say. */
		outlet: reference('outlets').nullable(),
		/** When the article was published, to what precision, and on whose word. */
		published: publishedSchema,
		/** The address the source text was taken from, when the source gives it. */
		originalUrl: z.url({ protocol: /^https?$/ }).optional(),
		/** News report, opinion, analysis or commentary, as judged by the editors. */
		genre: z.enum(genres),
		/** The language of the text, as a BCP 47 tag such as `en`. */
		language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, 'must be a BCP 47 language tag such as "en"'),
		/** The topics the article is filed under, by id; at least one. */
		tags: z.array(reference('tags')).min(1, 'an article needs at least one tag'),
		/** The name of the scraped source file the text was copied from. */
		sourceFile: z.string().regex(/^[\w.-]+\.txt$/, 'must be the file name of a source text, e.g. "000_3a7a.txt"'),
		/** Lines of the source that belong to the article but not to its text (captions, disclaimers, sign-offs), verbatim. */
		sourceNotes: z.array(z.string().trim().min(1)).default([]),
		/** What the editors changed in copying the text, and why (e.g. repaired line breaks). */
		editorialNotes: z.array(z.string().trim().min(1)).default([]),
		/**
		 * The editors' label for the article's stance on US–Russia business diplomacy, with a one-line reason,
		 * shown on the comparison page. Neutral and defensible from the text: describe, do not judge.
		 */
		stance: z
			.strictObject({
				/** A few words, e.g. "Sceptical of business-first diplomacy". */
				label: z.string().trim().min(1).max(60, 'keep the label to a few words; put the rest in "reason"'),
				/** One sentence saying what in the text the label rests on. */
				reason: oneSentence(),
			})
			.optional(),
	});
