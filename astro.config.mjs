// @ts-check
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { defineConfig } from 'astro/config';
import { contentGuard } from './src/integrations/content-guard';
import { colourSchemeInitScript } from './src/lib/site/colour-scheme';
import { loadEntities } from './src/lib/content/load-entities';
import { contentDir } from './src/lib/content/paths';
import { pagefindSearch } from './src/integrations/pagefind';
import { atomicPublish } from './src/integrations/atomic-publish';
import { incrementalCache } from './src/integrations/incremental-cache';
import { markdownPlugins } from './src/markdown';
import { currentShardStage, readShardIds, shardEntriesDir } from './src/lib/content/shard-entries';
import { currentShardJob } from './src/lib/routing/shard';
import { articleHref } from './src/lib/routing/routes';
import { shardOutput, shardStageCheck } from './src/integrations/shard-output';

const site = process.env.SITE_URL ?? 'http://localhost:4321';

/**
 * The sitemap, the search index and the end of a job, by the job (README, "Sharded builds"): a plain build has
 * the sitemap and the search index; in a sharded build's pages stage, the lists job writes the sitemap with
 * every article's page (the shards' jobs render those) and the merge indexes the whole site once.
 */
function siteIntegrations() {
	const stage = currentShardStage();
	const job = currentShardJob();
	if (stage !== 'pages') return [sitemap(), pagefindSearch()];
	const entries = shardEntriesDir(stage);
	if (job.kind !== 'lists') return [shardOutput(job, entries)];
	const articlePages = readShardIds(entries).ids.map((id) => new URL(articleHref(id), site).href);
	return [sitemap({ customPages: articlePages }), shardOutput(job, entries)];
}

/** Astro's cache (content store, social images); separate builds (tests, benchmarks) keep separate ones. Astro's default otherwise. */
const cacheDir = process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro';

export default defineConfig({
	site,
	cacheDir,
	vite: {
		define: {
			// Rendered social images are kept between builds in the cache dir too (src/lib/sharing/social-image/cache.ts).
			'import.meta.env.SOCIAL_IMAGE_CACHE_DIR': JSON.stringify(path.resolve(cacheDir, 'social-images')),
		},
	},
	trailingSlash: 'always',
	// A cached build restores each page whose cache key (what it shows: src/lib/routing/cache-keys.ts) and code are
	// unchanged since the previous build, instead of rendering it again; the copies are kept in the cache dir.
	experimental: { incrementalBuild: true },
	// Two pages at a time: while one waits for its social image (drawn off the JavaScript thread), the next is rendered.
	build: { format: 'directory', concurrency: 2 },
	// Content-Security-Policy on every page, as a <meta> tag: Astro adds the hashes of its own scripts and styles
	// to script-src and style-src; no 'unsafe-inline'. 'wasm-unsafe-eval' lets Pagefind's search run its WebAssembly.
	security: {
		csp: {
			directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
			// The one inline script of our own (src/lib/site/colour-scheme.ts) is allowed by its hash.
			scriptDirective: {
				resources: ["'self'", "'wasm-unsafe-eval'"],
				hashes: [`sha256-${createHash('sha256').update(colourSchemeInitScript, 'utf8').digest('base64')}`],
			},
			styleDirective: { resources: ["'self'"] },
		},
	},
	markdown: {
		// No syntax highlighting: the articles are prose, and Shiki's inline styles would break under the CSP below.
		syntaxHighlight: false,
		// Astro 7 renders Markdown with Sätteri by default; our remark/rehype plugins need unified.
		// markdownPlugins() also sets GFM on and SmartyPants off (the texts are copies, quotes and dashes as printed);
		// the content guard parses bodies with the same settings and remark plugins (articleRemarkProcessor).
		// unified's PluggableList and Astro's plugin list types describe the same thing.
		processor: unified(/** @type {import('@astrojs/markdown-remark').UnifiedProcessorOptions} */ (markdownPlugins({ entities: loadEntities(contentDir) }))),
	},
	// pagefindSearch indexes the build after its pages are written (pagefind/) and serves dist/'s index in `astro dev`
	// (siteIntegrations: the sitemap and pagefindSearch, or a sharded build's job's own).
	// incrementalCache makes a build after one that did not finish render every page (src/integrations/incremental-cache.ts).
	// shardStageCheck refuses a build that would publish one job of a sharded build as the whole site.
	// atomicPublish builds into a staging folder and swaps it for dist/ only once everything succeeded: it stays last.
	integrations: [shardStageCheck(currentShardJob(), currentShardStage()), contentGuard({ contentDir }), ...siteIntegrations(), incrementalCache(), atomicPublish()],
});
