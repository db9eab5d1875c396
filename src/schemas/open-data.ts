/**
 * The open data published under `/data/`: one zod schema per file, composed from the content
 * schemas (the same field definitions the content is validated with), and the JSON Schema derived
 * from each. Reference fields are plain ids here (`plainIdReference`), each with the address of the
 * page it points at; every field carries a description, so that the JSON Schema documents itself
 * and the data page can list the fields from it.
 *
 * Cross-field rules of the content schemas (`superRefine`) cannot be written in JSON Schema; where
 * an export schema keeps such a schema whole (publication and event dates) zod still checks them.
 */
import { z } from 'astro/zod';
import { createArticleSchema } from './article';
import { createClaimKeyTermsSchema, createClaimPositionSchema, createClaimSchema } from './claim';
import { entitySchema } from './entity';
import { createEventDateSchema, createEventEvidenceSchema, createEventSchema } from './event';
import { createFindingEvidenceSchema, createFindingSchema } from './finding';
import { publishedSchema } from './published';
import { createQuoteSchema } from './quote';
import { idPattern, plainIdReference, type ReferencedCollection } from './reference';
import { createTopicSchema } from './topic';

/** The files, in the order the data page lists them. */
export const datasetNames = ['articles', 'entities', 'quotes', 'claims', 'timeline', 'coverage', 'findings'] as const;
export type DatasetName = (typeof datasetNames)[number];

/** A description for every field of an object schema: a field added to a content schema without one does not type-check. */
export type FieldDescriptions<S extends z.ZodObject> = { [K in keyof S['shape']]-?: string };

/**
 * The same object schema with a description on each field. Types and checks are kept (refinements
 * of the object included), so the result validates exactly what the original does.
 */
export function documented<S extends z.ZodObject>(schema: S, descriptions: FieldDescriptions<S>): S {
	const shape: Record<string, z.ZodType> = {};
	for (const [key, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
		const description = (descriptions as Record<string, string>)[key];
		if (!description) throw new Error(`documented(): no description for the field "${key}"`);
		shape[key] = field.describe(description);
	}
	return (schema as z.ZodObject).safeExtend(shape) as unknown as S;
}

/**
 * The output type of a schema built with `plainIdReference`. That factory is typed as Astro's
 * `reference()` (whose output is `{ id, collection }`) but yields the plain id string; this maps the
 * one to the other.
 */
export type PlainIds<T> = T extends { collection: string; id: string }
	? string
	: T extends readonly (infer U)[]
		? PlainIds<U>[]
		: T extends object
			? { [K in keyof T]: PlainIds<T[K]> }
			: T;

/** An id of an entry of a collection, as published: `plainIdReference`, typed as the string it is. */
const idOf = plainIdReference as unknown as (collection: ReferencedCollection) => z.ZodString;

/** The absolute address of a page of the site. */
const pageUrl = (description: string) => z.url({ protocol: /^https?$/ }).describe(description);

/** A whole number of things. */
const count = (description: string) => z.number().int().min(0).describe(description);

/** The paragraph a sentence is in: its number and its address. */
const paragraphFields = {
	paragraph: z.number().int().min(1).describe('The number of the paragraph in its article, counting from 1 (the site labels it ¶N).'),
	url: pageUrl('The address of the paragraph: the article page with the paragraph’s anchor, e.g. `…/articles/<id>/#p-3`.'),
};

// ── Articles ────────────────────────────────────────────────────────────────────────────────────

const articleSchema = createArticleSchema(plainIdReference);

/** An article's publication date, documented. */
export const publishedExportSchema = documented(publishedSchema, {
	date: 'The date written to its precision: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.',
	precision: 'How much of the date is known: `day`, `month` (only the month) or `year` (only the year).',
	basis: '`stated` when the source prints the date; `estimated` when the editors inferred it from the text.',
	reason: 'For an estimated date: what in the text the editors inferred it from.',
	asPrinted: 'For a stated date: the date exactly as the source prints it, e.g. "December 08, 2025". Events use the same field for the words the text uses for their date.',
});

const articleFields = documented(articleSchema, {
	slug: 'Not published: the article’s id is its slug.',
	title: 'The headline. Where the source has none the editors wrote one, and `titleSource` says so.',
	titleSource: '`source` when the headline is the source’s own; `editors` when the editors supplied it.',
	standfirst: 'The lede or standfirst the source prints under its headline, verbatim; absent when there is none.',
	summary: 'One sentence by the editors saying what the article is about.',
	authors: 'The credited authors, by id; an empty list means the author is unknown.',
	byline: 'The byline exactly as the source prints it, e.g. "By Charles Hecker"; absent when there is none.',
	outlet: 'The outlet that published the article, by id (see `outletUrl`), or null when the source does not say.',
	published: 'When the article was published, to what precision, and on whose word.',
	originalUrl: 'The address the source text was taken from, when the source gives it.',
	genre: 'News report, opinion, analysis or commentary, as judged by the editors.',
	language: 'The language of the text, as a BCP 47 tag such as `en`.',
	tags: 'The topics the article is filed under, by id (see `tagUrls`).',
	sourceFile: 'The name of the scraped source file the text was copied from.',
	sourceNotes: 'Lines of the source that belong to the article but not to its text (captions, disclaimers), verbatim.',
	editorialNotes: 'What the editors changed in copying the text, and why.',
	stance: 'The editors’ label for the article’s stance on US–Russia business diplomacy, with a one-line reason; absent when not labelled.',
}).extend({
	published: publishedExportSchema.describe('When the article was published, to what precision, and on whose word.'),
	stance: documented(articleSchema.shape.stance.unwrap(), {
		label: 'A few words, e.g. "Sceptical of business-first diplomacy".',
		reason: 'One sentence saying what in the text the label rests on.',
	})
		.optional()
		.describe('The editors’ label for the article’s stance on US–Russia business diplomacy; absent when not labelled.'),
});

/** One article in `/data/articles.json`. */
export const articleItemSchema = z
	.strictObject({
		id: idOf('articles').describe('The article’s id: its address under `/articles/`, and how the other files refer to it.'),
		url: pageUrl('The address of the article’s page.'),
	})
	.extend(z.strictObject(articleFields.shape).omit({ slug: true }).shape)
	.extend({
		authorNames: z.array(z.string()).describe('The names of the credited authors, in the order of `authors`.'),
		outletName: z.string().nullable().describe('The name of the outlet, or null when the source does not say.'),
		outletUrl: pageUrl('The address of the outlet’s page.').nullable().describe('The address of the outlet’s page, or null when the outlet is unknown.'),
		genreUrl: pageUrl('The address of the page listing the articles of this genre.'),
		tagUrls: z.array(z.url({ protocol: /^https?$/ })).describe('The addresses of the tags’ pages, in the order of `tags`.'),
		wordCount: count('Words in the text, headings included, as counted for the reading time.'),
		readingMinutes: z.number().int().min(1).describe('Estimated minutes to read the text (230 words a minute, rounded up).'),
		text: z
			.string()
			.min(1)
			.describe(
				'The article’s text as plain text: Markdown removed, one paragraph or heading per block, blocks separated by a blank line. Only in the JSON file.',
			),
	});

// ── Entities ────────────────────────────────────────────────────────────────────────────────────

const mentionItemSchema = z.strictObject({
	article: idOf('articles').describe('The article, by id.'),
	articleUrl: pageUrl('The address of the article’s page.'),
	count: z.number().int().min(1).describe('How often the article mentions the entity (name and aliases, case-sensitive, whole words).'),
});

/** One entity in `/data/entities.json`. */
export const entityItemSchema = z
	.strictObject({
		id: idOf('entities').describe('The entity’s id: its address under `/entities/`, and how the other files refer to it.'),
		url: pageUrl('The address of the entity’s page.'),
	})
	.extend(
		documented(entitySchema, {
			name: 'The name readers see, e.g. "Kirill Dmitriev". It is also matched in the text.',
			kind: 'Whether this is a `person`, an `organisation` or a `place`.',
			aliases: 'Other spellings matched in the text, exactly as they appear, e.g. "Dmitriev", "RDIF".',
			description: 'One line saying who or what this is, supplied by the editors (not taken from the articles), from the page in `link` where there is one.',
			link: 'A reference page about the entity (e.g. an encyclopedia article), chosen by the editors, when there is one.',
		}).shape,
	)
	.extend({
		mentions: count('Mentions across all articles.'),
		articleCount: count('How many articles mention the entity.'),
		mentionsByArticle: z
			.array(mentionItemSchema)
			.describe('The articles that mention the entity, with how often; most mentions first, then by title.'),
	});

// ── Quotes ──────────────────────────────────────────────────────────────────────────────────────

/** One quotation in `/data/quotes.json`. */
export const quoteItemSchema = z
	.strictObject({
		id: z.string().regex(idPattern).describe('The quotation’s id (its file name in the content).'),
		url: pageUrl('The address of the quotation on the quotes page.'),
	})
	.extend(
		documented(createQuoteSchema(plainIdReference), {
			text: 'The quoted words exactly as the article prints them, without the surrounding quotation marks.',
			speaker: 'Who the article says spoke the words, by entity id (see `speakerUrl`); absent when the quotation is unattributed.',
			unattributed: '`true` when the article presents the words as someone’s without saying whose; then there is no speaker.',
			article: 'The article that quotes the words, by id (see `articleUrl`).',
			quotation: '`direct` for a whole quoted statement, `partial` for a quoted fragment inside the article’s own sentence.',
			occasion: 'Where or how the words were said, as far as the article says so; absent when it does not.',
			note: 'A note by the editors, e.g. why a fragment counts as the speaker’s words.',
		}).shape,
	)
	.extend({
		speakerName: z.string().optional().describe('The speaker’s name; absent when the quotation is unattributed.'),
		speakerUrl: pageUrl('The address of the speaker’s entity page; absent when the quotation is unattributed.').optional(),
		articleTitle: z.string().describe('The title of the article.'),
		articleUrl: pageUrl('The address of the article’s page.'),
		paragraph: paragraphFields.paragraph,
		paragraphUrl: paragraphFields.url,
	});

// ── Claims ──────────────────────────────────────────────────────────────────────────────────────

const positionFields = documented(createClaimPositionSchema(plainIdReference), {
	article: 'The article, by id (see `articleUrl`).',
	status: '`asserted` (the article says it in its own voice), `attributed` (it reports it as someone’s) or `disputed` (it argues that it is false); see the codebook on the About page.',
	attributedTo: 'Whom the article reports as making the claim, by entity id; absent when it names no entity.',
	source: 'The source in the article’s own words when it names no entity, e.g. "the author’s sources".',
	evidence: 'The sentences of the article that take this position.',
	note: 'One line by the editors on a call that is not obvious, e.g. a hedge that does not change the status.',
});

const placedSentenceSchema = z.strictObject({
	sentence: positionFields.shape.evidence.element.describe('The sentence, verbatim from the article.'),
	...paragraphFields,
});

/** One article's position on a claim. */
export const claimPositionItemSchema = z
	.strictObject(positionFields.shape)
	.omit({ evidence: true })
	.extend({
		articleTitle: z.string().describe('The title of the article.'),
		articleUrl: pageUrl('The address of the article’s page.'),
		attributedToName: z.string().optional().describe('The name of the entity in `attributedTo`.'),
		attributedToUrl: pageUrl('The address of the page of the entity in `attributedTo`.').optional(),
		evidence: z.array(placedSentenceSchema).min(1).describe('The sentences of the article that take this position, each with its paragraph.'),
	});

const claimFields = documented(createClaimSchema(plainIdReference), {
	statement: 'The claim in the editors’ neutral words, as one sentence that could be checked against the record.',
	topic: 'The topic the claim belongs to, by id (see `topicLabel`).',
	keyTerms: 'The entities (by id) and words of which every evidence sentence list must contain at least one.',
	positions: 'Each article that takes a position on the claim.',
});
const topicFields = createTopicSchema(plainIdReference).shape;
const keyTermsFields = documented(createClaimKeyTermsSchema(plainIdReference), {
	entities: 'Entities the claim is about, by id; a sentence mentions one when it has the entity’s name or an alias (case-sensitive, on word boundaries).',
	words: 'Words or phrases the claim turns on, found without regard to case from the start of a word ("sanction" finds "sanctions").',
});

/** One claim in `/data/claims.json`. */
export const claimItemSchema = z
	.strictObject({
		id: z.string().regex(idPattern).describe('The claim’s id (its file name in the content).'),
		url: pageUrl('The address of the claim on the claims page.'),
	})
	.extend(z.strictObject(claimFields.shape).omit({ positions: true }).shape)
	.extend({
		keyTerms: keyTermsFields.describe(claimFields.shape.keyTerms.description ?? ''),
		topicLabel: topicFields.label.describe('The topic as readers see it.'),
		topicUrl: pageUrl('The address of the topic’s rows in the table of the claims page.'),
		positions: z
			.array(claimPositionItemSchema)
			.min(1)
			.describe('Each article that takes a position on the claim, oldest article first. An article not listed does not mention the claim.'),
	});

// ── Timeline ────────────────────────────────────────────────────────────────────────────────────

const eventSchema = createEventSchema(plainIdReference);
const eventEvidenceFields = createEventEvidenceSchema(plainIdReference).shape;

/** An event's date, documented. */
export const eventDateExportSchema = documented(createEventDateSchema(plainIdReference), {
	date: 'The date written to its precision: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.',
	precision: 'How much of the date is known: `day`, `month` (only the month) or `year` (only the year).',
	basis: '`stated` when an article gives the date to this precision; `estimated` when the editors inferred it (the same words as an article’s date).',
	reason: 'For an estimated date: what it was inferred from.',
	asPrinted: 'The words the article uses for the date, verbatim, e.g. "in 2009" or "Tuesday\'s"; also beside an estimated date.',
	before: 'For an event the text only places before another one: that event’s id.',
});

/** Where the timeline places an entry. */
const placedAt = z.iso
	.datetime()
	.describe(
		'Where the timeline places the entry (UTC): an event in the middle of the period its date stands for (just before the event it precedes), an article at the end of its publication period.',
	);
const timelineNumber = z.number().int().min(1).describe('The entry’s number on the timeline, in date order from 1 (as on the timeline page).');

/** An event on the timeline. */
export const timelineEventItemSchema = z.strictObject({
	number: timelineNumber,
	kind: z.literal('event').describe('`event` for something that happened, `article` for an article’s publication.'),
	id: idOf('events').describe('The event’s id (its file name in the content), or the article’s id.'),
	url: pageUrl('The address of the entry on the timeline page.'),
	title: eventSchema.shape.title.describe('A short neutral headline by the editors, or the article’s title.'),
	date: eventDateExportSchema.describe('When it happened or was published, to what precision, and on whose word.'),
	placedAt,
	description: eventSchema.shape.description.describe('One or two sentences by the editors saying what happened, as far as the articles tell it.'),
	participants: eventSchema.shape.participants.describe('The people, organisations and places the articles name as taking part, by entity id.'),
	participantUrls: z.array(z.url({ protocol: /^https?$/ })).describe('The addresses of the participants’ entity pages, in the order of `participants`.'),
	evidence: z
		.array(
			z.strictObject({
				article: eventEvidenceFields.article.describe('The article, by id.'),
				articleUrl: pageUrl('The address of the article’s page.'),
				sentence: eventEvidenceFields.text.element.describe('A sentence of the article that refers to the event, verbatim.'),
				...paragraphFields,
			}),
		)
		.min(1)
		.describe('The sentences of the articles that refer to the event, each with its paragraph.'),
});

/** An article's publication on the timeline. */
export const timelineArticleItemSchema = z.strictObject({
	number: timelineNumber,
	kind: z.literal('article').describe('`event` for something that happened, `article` for an article’s publication.'),
	id: idOf('articles').describe('The event’s id (its file name in the content), or the article’s id.'),
	url: pageUrl('The address of the entry on the timeline page.'),
	title: articleSchema.shape.title.describe('A short neutral headline by the editors, or the article’s title.'),
	date: publishedExportSchema.describe('When it happened or was published, to what precision, and on whose word.'),
	placedAt,
	articleUrl: pageUrl('The address of the article’s page.'),
});

/** One entry of `/data/timeline.json`: an event or an article's publication. */
export const timelineItemSchema = z.discriminatedUnion('kind', [timelineEventItemSchema, timelineArticleItemSchema]);

// ── Findings ────────────────────────────────────────────────────────────────────────────────────

const findingFields = createFindingSchema(plainIdReference).shape;
const findingEvidenceFields = createFindingEvidenceSchema(plainIdReference).shape;
const siteUrls = (description: string) => z.array(z.url({ protocol: /^https?$/ })).describe(description);

/** One finding in `/data/findings.json`. */
export const findingItemSchema = z.strictObject({
	id: z.string().regex(idPattern).describe('The finding’s id (its file name in the content).'),
	url: pageUrl('The address of the finding on the analysis page.'),
	title: findingFields.title.describe('A short headline by the editors.'),
	statement: findingFields.statement.describe('The finding in the editors’ neutral words, saying only what the cited evidence shows.'),
	order: findingFields.order.describe('Where the finding stands among the others on the analysis page: lower numbers first.'),
	claims: z.array(idOf('claims')).describe('The claims the finding rests on, by id (see `/data/claims.json`); may be empty.'),
	claimUrls: siteUrls('The addresses of those claims on the claims page, in the order of `claims`.'),
	quotes: z.array(idOf('quotes')).describe('The quotations the finding rests on, by id (see `/data/quotes.json`); may be empty.'),
	quoteUrls: siteUrls('The addresses of those quotations on the quotes page, in the order of `quotes`.'),
	evidence: z
		.array(
			z.strictObject({
				article: findingEvidenceFields.article.describe('The article, by id.'),
				articleUrl: pageUrl('The address of the article’s page.'),
				sentence: findingEvidenceFields.text.element.describe('A sentence of the article the finding rests on, verbatim.'),
				...paragraphFields,
			}),
		)
		.describe('The sentences of the articles the finding rests on, each with its paragraph; may be empty.'),
});

// ── Coverage ────────────────────────────────────────────────────────────────────────────────────

/** One cell of the comparison's coverage grid in `/data/coverage.json`: one topic in one article. */
export const coverageItemSchema = z.strictObject({
	id: z
		.string()
		.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/)
		.describe('The topic’s id and the article’s id joined by a slash: `<topic>/<article>`.'),
	url: pageUrl('The address of the topic’s row of the coverage grid on the comparison page that shows the article.'),
	topic: idOf('topics').describe('The topic, by id (see `/data/claims.json`, whose claims name their topic).'),
	topicLabel: topicFields.label.describe('The topic as readers see it.'),
	article: idOf('articles').describe('The article, by id (see `/data/articles.json`).'),
	articleUrl: pageUrl('The address of the article’s page.'),
	articleParagraphs: count('How many paragraphs the article has.'),
	keywords: z.array(z.string().min(1)).describe('The topic’s keywords the article’s paragraphs match, as printed, without repeats, in order of appearance; may be empty.'),
	paragraphs: z
		.array(
			z.strictObject({
				...paragraphFields,
				evidence: z.boolean().describe('Whether the paragraph holds an evidence sentence of an article’s position on one of the topic’s claims (otherwise it matches a keyword).'),
			}),
		)
		.describe('The paragraphs of the article that cover the topic, in reading order: those that match one of its keywords or hold evidence of a position on one of its claims; empty when the article does not cover it.'),
});

// ── The files ───────────────────────────────────────────────────────────────────────────────────

/** What each file holds, in words: the data page and each file's envelope say it. */
export const datasetInfo: Record<DatasetName, { title: string; description: string }> = {
	articles: {
		title: 'Articles',
		description:
			'The articles with their metadata (headline, authors, outlet, publication date and its basis, genre, tags, stance) and, in the JSON file, their full text as plain text. Newest first.',
	},
	entities: {
		title: 'Entities',
		description: 'The people, organisations and places the articles name, with their aliases and how often each article mentions them. By name.',
	},
	quotes: {
		title: 'Quotes',
		description: 'Every direct quotation in the articles, with its speaker, its article and the paragraph it is in. Oldest article first, in reading order.',
	},
	claims: {
		title: 'Claims',
		description:
			'The checkable claims the articles make and each article’s position on them, with the evidence sentences and their paragraphs. By topic; the CSV file has one row per claim and position.',
	},
	timeline: {
		title: 'Timeline',
		description: 'The events the articles refer to and the articles’ own publication dates, on one axis, in the order of the timeline page.',
	},
	coverage: {
		title: 'Coverage',
		description:
			'Which paragraphs of each article cover each topic, as the comparison page’s grid shows them: every topic with every article, oldest article first, the paragraphs that match the topic’s keywords or hold evidence for its claims.',
	},
	findings: {
		title: 'Findings',
		description: 'What the editors find across the articles, each with the claims, quotations and sentences it rests on. In the order of the analysis page.',
	},
};

const itemSchemas = {
	articles: articleItemSchema,
	entities: entityItemSchema,
	quotes: quoteItemSchema,
	claims: claimItemSchema,
	timeline: timelineItemSchema,
	coverage: coverageItemSchema,
	findings: findingItemSchema,
} satisfies Record<DatasetName, z.ZodType>;

/** The item type of a file, with reference fields as the plain ids they are. */
export type DatasetItem<N extends DatasetName> = PlainIds<z.output<(typeof itemSchemas)[N]>>;

/** A whole file: a small envelope that says what the file is, around the items. */
function envelopeOf<N extends DatasetName>(name: N) {
	const { title, description } = datasetInfo[name];
	return z
		.strictObject({
			$schema: z.literal(`./${name}.schema.json`).describe('The JSON Schema of this file, relative to it.'),
			title: z.literal(title).describe('What the file is.'),
			description: z.string().min(1).describe('What the file holds.'),
			documentation: pageUrl('The page that documents the open data.'),
			count: count('How many items the file holds.'),
			items: z.array(itemSchemas[name]).describe('The records.'),
		})
		.refine((file) => file.count === file.items.length, { message: '`count` must equal the number of items', path: ['count'] })
		.meta({ title: `${title} · US–Russia Business Talks open data`, description });
}

/** The zod schema of each whole file. */
export const datasetSchemas = {
	articles: envelopeOf('articles'),
	entities: envelopeOf('entities'),
	quotes: envelopeOf('quotes'),
	claims: envelopeOf('claims'),
	timeline: envelopeOf('timeline'),
	coverage: envelopeOf('coverage'),
	findings: envelopeOf('findings'),
};

/** A whole file as published. */
export interface DatasetFile<N extends DatasetName> {
	$schema: `./${N}.schema.json`;
	title: string;
	description: string;
	documentation: string;
	count: number;
	items: DatasetItem<N>[];
}

/** A JSON Schema document, as far as this module's callers read it. */
export type JsonSchema = { [key: string]: unknown };

/**
 * The JSON Schema (draft 2020-12) of a whole file, derived from its zod schema. Output types are
 * described (the published data is parsed data); anything zod cannot express in JSON Schema throws,
 * so that a schema never silently says less than the data.
 */
export function jsonSchemaOf(name: DatasetName): JsonSchema {
	return z.toJSONSchema(datasetSchemas[name], { target: 'draft-2020-12', io: 'output', unrepresentable: 'throw' }) as JsonSchema;
}
