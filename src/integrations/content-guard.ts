import type { AstroIntegration } from 'astro';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openBodyCheckCache } from '../lib/validation/body-check-cache';
import { assertValidContent } from '../lib/validation/content-validation';
import { guardVersion } from '../lib/validation/guard-version';

/** Options of {@link contentGuard}. */
export interface ContentGuardOptions {
	/** The content directory, relative to the project root. */
	contentDir: string;
}

/**
 * Checks all content before Astro loads it and stops `astro build` / `astro dev` with one
 * message listing every problem (file, field, what was expected, how to fix it).
 * Astro alone only warns about duplicate ids and unknown references, and passes raw HTML through.
 *
 * What checking each article body found is kept in Astro's cache dir (`content-guard/`, see
 * src/lib/validation/body-check-cache.ts), so that a build parses again only the bodies that changed
 * since the last one; the checks across files run whole every time.
 */
export function contentGuard({ contentDir }: ContentGuardOptions): AstroIntegration {
	return {
		name: 'content-guard',
		hooks: {
			'astro:config:setup': async ({ config, logger }) => {
				const root = fileURLToPath(config.root);
				const cache = openBodyCheckCache(path.join(fileURLToPath(config.cacheDir), 'content-guard'), guardVersion(root));
				try {
					await assertValidContent(contentDir, root, { cache });
				} finally {
					cache.prune();
				}
				const unchanged = cache.reused === 0 ? '' : `; ${cache.reused} unchanged since the last build`;
				logger.info(`content in ${contentDir}/ is valid (${cache.checked} Markdown bodies checked${unchanged})`);
			},
		},
	};
}
