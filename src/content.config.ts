import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { createArticleSchema } from './schemas/article';
import { createAuthorSchema } from './schemas/author';
import { outletSchema } from './schemas/outlet';
import { tagSchema } from './schemas/tag';

/** Where the content lives; tests point this at fixtures. */
const contentDir = process.env.CONTENT_DIR ?? 'content';

const articles = defineCollection({
	loader: glob({ pattern: '*.md', base: `./${contentDir}/articles` }),
	schema: createArticleSchema(reference),
});
const authors = defineCollection({
	loader: glob({ pattern: '*.yaml', base: `./${contentDir}/authors` }),
	schema: createAuthorSchema(reference),
});
const outlets = defineCollection({
	loader: glob({ pattern: '*.yaml', base: `./${contentDir}/outlets` }),
	schema: outletSchema,
});
const tags = defineCollection({
	loader: glob({ pattern: '*.yaml', base: `./${contentDir}/tags` }),
	schema: tagSchema,
});

export const collections = { articles, authors, outlets, tags };
