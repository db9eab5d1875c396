// @ts-check
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { contentGuard } from './src/integrations/content-guard';
import { markdownPlugins } from './src/markdown';

/** Where articles and their data live; tests point this at fixtures. */
const contentDir = process.env.CONTENT_DIR ?? 'content';

export default defineConfig({
	site: process.env.SITE_URL ?? 'http://localhost:4321',
	// Separate builds (tests, benchmarks) keep separate caches so that they never share a content store.
	...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
	trailingSlash: 'always',
	build: { format: 'directory' },
	markdown: {
		// Astro 7 renders Markdown with Sätteri by default; our remark/rehype plugins need unified.
		// SmartyPants stays off: the texts are copies, and their quotes and dashes are kept as printed.
		processor: unified({
			// unified's PluggableList and Astro's plugin list types describe the same thing.
			.../** @type {import('@astrojs/markdown-remark').UnifiedProcessorOptions} */ (markdownPlugins()),
			smartypants: false,
		}),
	},
	integrations: [contentGuard({ contentDir }), sitemap()],
});
