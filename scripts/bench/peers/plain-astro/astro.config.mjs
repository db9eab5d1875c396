// @ts-check
// The "plain Astro" peer of the benchmark: the same corpus and the same unified Markdown processor
// with the project's plugins (src/markdown), but no analysis (no entities, quotes, claims, events,
// no content guard) and only the pages a plain blog has: home, one page per article, one per tag.
// scripts/bench/peers.ts copies this template to bench/.work/plain-astro/ and builds it there.
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { markdownPlugins } from '../../../src/markdown/index.ts';

export default defineConfig({
	site: 'http://localhost:4321',
	...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
	trailingSlash: 'always',
	build: { format: 'directory' },
	markdown: {
		processor: unified({
			.../** @type {import('@astrojs/markdown-remark').UnifiedProcessorOptions} */ (markdownPlugins()),
			smartypants: false,
		}),
	},
});
