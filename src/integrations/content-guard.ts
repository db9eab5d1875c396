import type { AstroIntegration } from 'astro';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openBodyCheckCache } from '../lib/validation/body-check-cache';
import { assertValidContent } from '../lib/validation/content-validation';
import { guardVersion } from '../lib/validation/guard-version';
import { currentShardStage, shardEntriesDir } from '../lib/content/shard-entries';
import { currentShardJob, shardOfArticle } from '../lib/routing/shard';
import { exportGuardCache, importGuardCaches } from '../lib/validation/shard-guard-cache';

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
 *
 * In a sharded build (src/lib/content/shard-entries.ts), stage 1 checks every file's schema and references but
 * only its own shard's bodies, and hands what it found to stage 2 with the shard's file (`guard-k-of-N/`); each
 * job of stage 2 takes every shard's findings into its cache before it checks the whole archive, so the checks
 * across files run over every article while no body is parsed twice.
 */
export function contentGuard({ contentDir }: ContentGuardOptions): AstroIntegration {
	return {
		name: 'content-guard',
		hooks: {
			'astro:config:setup': async ({ config, logger }) => {
				const root = fileURLToPath(config.root);
				const cacheDir = path.join(fileURLToPath(config.cacheDir), 'content-guard');
				const stage = currentShardStage();
				const job = currentShardJob();
				const shard = stage === 'prepare' && job.kind === 'articles' ? job : undefined;
				if (stage === 'pages') importGuardCaches(shardEntriesDir(stage), cacheDir);
				const cache = openBodyCheckCache(cacheDir, guardVersion(root));
				const articleBodies = shard && ((id: string) => shardOfArticle(id, shard.count) === shard.index);
				try {
					await assertValidContent(contentDir, root, { cache, articleBodies });
				} finally {
					cache.prune();
				}
				if (shard) exportGuardCache(cacheDir, shardEntriesDir(stage), shard);
				const unchanged = cache.reused === 0 ? '' : `; ${cache.reused} unchanged since the last build`;
				const scope = shard ? ` (shard ${shard.index}/${shard.count}'s bodies; the checks across files follow in each job of the pages stage)` : '';
				logger.info(`content in ${contentDir}/ is valid${scope} (${cache.checked} Markdown bodies checked${unchanged})`);
			},
		},
	};
}
