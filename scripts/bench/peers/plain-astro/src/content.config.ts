import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/** The corpus folder, relative to this project's root (set by scripts/bench/peers.ts). */
const contentDir = process.env.BENCH_CONTENT_DIR ?? '../corpus-100';

const articles = defineCollection({
	loader: glob({ pattern: '*.md', base: `${contentDir}/articles` }),
	// Only what the pages use; the rest of the frontmatter is kept as is.
	schema: z.looseObject({
		title: z.string(),
		summary: z.string(),
		published: z.looseObject({ date: z.string() }),
		tags: z.array(z.string()),
	}),
});

export const collections = { articles };
