import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Astro's record of the previous build's pages and keys, in the cache dir (`experimental.incrementalBuild`). */
export const incrementalManifestName = 'incremental-build.json';

/** Left in the cache dir while a build runs; still there at the start of the next one, it says the last build did not finish. */
export const unfinishedMarkerName = 'incremental-build.unfinished';

/**
 * Starts a build's use of the incremental cache in `cacheDir`: when the previous build did not finish (its
 * marker is still there), forgets that build's record, so that every page is rendered; then marks this build
 * as unfinished. Returns whether the record was forgotten.
 */
export function startIncrementalBuild(cacheDir: string): boolean {
	const marker = path.join(cacheDir, unfinishedMarkerName);
	const forget = existsSync(marker);
	if (forget) rmSync(path.join(cacheDir, incrementalManifestName), { force: true });
	mkdirSync(cacheDir, { recursive: true });
	writeFileSync(marker, `${new Date().toISOString()}\n`);
	return forget;
}

/** Ends a build's use of the incremental cache: it finished, so its record can be trusted by the next build. */
export function finishIncrementalBuild(cacheDir: string): void {
	rmSync(path.join(cacheDir, unfinishedMarkerName), { force: true });
}

/**
 * Keeps Astro's incremental build from publishing a stale page after a build that failed or was stopped.
 *
 * Astro writes each page it renders into its cache copy at once, but the record of keys only when every page
 * is written. A build that stops in between leaves new copies under the old record: if the content were then
 * put back as it was, the next build would find the old keys and restore the new copies. So a build marks
 * itself as unfinished when it starts and unmarks itself when every `astro:build:done` hook before this one
 * (sitemap, search index) has run; a build that finds the mark renders every page.
 *
 * List it after every integration whose build may fail, and before `atomicPublish()`.
 */
export function incrementalCache(): AstroIntegration {
	let cacheDir = '';
	let enabled = false;
	return {
		name: 'incremental-cache',
		hooks: {
			'astro:config:done': ({ config }) => {
				cacheDir = fileURLToPath(config.cacheDir);
				enabled = config.experimental.incrementalBuild === true;
			},
			'astro:build:start': ({ logger }) => {
				if (!enabled) return;
				if (startIncrementalBuild(cacheDir)) logger.info('the previous build did not finish: every page is rendered again');
			},
			'astro:build:done': () => {
				if (enabled) finishIncrementalBuild(cacheDir);
			},
		},
	};
}
