import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { collectionBase, collectionPattern, type CollectionName, contentDir } from './lib/content/paths';
import { articleLoader } from './lib/content/shard-entries';
import { createArticleSchema } from './schemas/article';
import { createAuthorSchema } from './schemas/author';
import { createClaimSchema } from './schemas/claim';
import { createEventSchema } from './schemas/event';
import { createFindingSchema } from './schemas/finding';
import { createQuoteSchema } from './schemas/quote';
import { createTopicSchema } from './schemas/topic';
import { entitySchema } from './schemas/entity';
import { outletSchema } from './schemas/outlet';
import { pageSchema } from './schemas/page';
import { tagSchema } from './schemas/tag';

/**
 * A collection's files, where src/lib/content/paths.ts says they are (`CONTENT_DIR`, the folder, the extension).
 * The raw file text is not kept in Astro's data store (`retainBody: false`): nothing reads it from there (the
 * content guard reads the files itself), and an article's body is about a quarter of its entry; the rendered
 * HTML and the text model (`src/lib/text/article-text.ts`) are kept.
 */
const filesOf = (collection: CollectionName) => ({ pattern: collectionPattern(collection), base: collectionBase(collection), retainBody: false });
const files = (collection: CollectionName) => glob(filesOf(collection));

/** The articles: globbed like the rest, except in a stage of a sharded build (src/lib/content/shard-entries.ts). */
const articles = defineCollection({
	loader: articleLoader(filesOf('articles')),
	schema: createArticleSchema(reference),
});
const authors = defineCollection({
	loader: files('authors'),
	schema: createAuthorSchema(reference),
});
const outlets = defineCollection({
	loader: files('outlets'),
	schema: outletSchema,
});
const tags = defineCollection({
	loader: files('tags'),
	schema: tagSchema,
});
/** People, organisations and places named in the articles; their mentions are found by the Markdown pipeline. */
const entities = defineCollection({
	loader: files('entities'),
	schema: entitySchema,
});

/** The analysis data (quotes, claims, events, topics); src/lib/validation/analysis-validation.ts checks them against the articles. */
const topics = defineCollection({ loader: files('topics'), schema: createTopicSchema(reference) });
const quotes = defineCollection({ loader: files('quotes'), schema: createQuoteSchema(reference) });
const claims = defineCollection({ loader: files('claims'), schema: createClaimSchema(reference) });
const events = defineCollection({ loader: files('events'), schema: createEventSchema(reference) });

/** The editors' findings across the archive, each citing claims, quotations and sentences; src/lib/validation/finding-checks.ts checks the citations. */
const findings = defineCollection({ loader: files('findings'), schema: createFindingSchema(reference) });

/**
 * The editors' own pages (the codebook), as Markdown with a title and description. Globbed from the content
 * directory itself (a content directory need not have pages/); ids are the file names.
 */
const pages = defineCollection({
	loader: glob({
		pattern: 'pages/*.md',
		base: `./${contentDir}`,
		generateId: ({ entry }) => entry.replace(/^pages\//, '').replace(/\.md$/, ''),
		retainBody: false,
	}),
	schema: pageSchema,
});

export const collections = { articles, authors, outlets, tags, entities, topics, quotes, claims, events, findings, pages };
