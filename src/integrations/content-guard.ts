import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { assertValidContent } from '../lib/validation/content-validation';

/** Options of {@link contentGuard}. */
export interface ContentGuardOptions {
	/** The content directory, relative to the project root. */
	contentDir: string;
}

/**
 * Checks all content before Astro loads it and stops `astro build` / `astro dev` with one
 * message listing every problem (file, field, what was expected, how to fix it).
 * Astro alone only warns about duplicate ids and unknown references, and passes raw HTML through.
 */
export function contentGuard({ contentDir }: ContentGuardOptions): AstroIntegration {
	return {
		name: 'content-guard',
		hooks: {
			'astro:config:setup': async ({ config, logger }) => {
				await assertValidContent(contentDir, fileURLToPath(config.root));
				logger.info(`content in ${contentDir}/ is valid`);
			},
		},
	};
}
