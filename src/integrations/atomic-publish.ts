import { existsSync, rmSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { deferredStepsFile, deferStep } from './deferred-steps';

/** The folders {@link atomicPublish} uses beside the output directory `outDir`. */
export function publishFolders(outDir: string): { staging: string; previous: string } {
	const parent = path.dirname(outDir);
	const name = path.basename(outDir);
	return { staging: path.join(parent, `.${name}.staging`), previous: path.join(parent, `.${name}.previous`) };
}

/**
 * Moves the finished build in `staging` to `outDir`: the old output is renamed aside, the new one
 * renamed into place, and the old one removed. Both renames happen in the same parent folder, so
 * `outDir` is at every moment either the whole old site or the whole new one.
 */
export async function publishStaged(staging: string, outDir: string): Promise<void> {
	const { previous } = publishFolders(outDir);
	await rm(previous, { recursive: true, force: true });
	const hadPrevious = existsSync(outDir);
	if (hadPrevious) await rename(outDir, previous);
	try {
		await rename(staging, outDir);
	} catch (error) {
		if (hadPrevious) await rename(previous, outDir);
		throw error;
	}
	await rm(previous, { recursive: true, force: true });
}

/**
 * Atomic publish for `astro build`: the site is built into a staging folder beside the output
 * directory (`.dist.staging/` for `dist/`), and replaces the output directory only once every
 * `astro:build:done` hook before this one (sitemap, search index) has finished. A build that fails
 * anywhere — a page, a social image, the open data, the search index — leaves the previous output
 * untouched, byte for byte, and its staging folder is removed when the process exits.
 *
 * List it LAST among the integrations, so that its `astro:build:done` runs after all the others.
 * `astro dev` and `astro preview` are not affected: they keep using the configured `outDir`.
 *
 * Under `npm run build` (scripts/build-site.ts) the swap is left to the process that started Astro's, after the
 * search index (src/integrations/deferred-steps.ts): this hook hands the staging folder over and keeps it.
 */
export function atomicPublish(): AstroIntegration {
	let outDir = '';
	let staging = '';
	let published = false;
	return {
		name: 'atomic-publish',
		hooks: {
			'astro:config:setup': ({ command, config, updateConfig }) => {
				if (command !== 'build') return;
				outDir = fileURLToPath(config.outDir).replace(/[\\/]+$/, '');
				({ staging } = publishFolders(outDir));
				// A staging folder left by a build that was killed is stale.
				rmSync(staging, { recursive: true, force: true });
				updateConfig({ outDir: pathToFileURL(`${staging}${path.sep}`) });
				process.once('exit', () => {
					if (!published) rmSync(staging, { recursive: true, force: true });
				});
			},
			'astro:build:done': async ({ dir, logger }) => {
				if (!staging) return;
				const built = fileURLToPath(dir).replace(/[\\/]+$/, '');
				if (built !== staging) throw new Error(`atomic-publish: the build went to ${built}, not to the staging folder ${staging}; is atomicPublish() the last integration?`);
				const deferred = deferredStepsFile();
				if (deferred) {
					deferStep(deferred, 'publish', { staging, outDir });
					// The staging folder now belongs to the process that started this build: it publishes it or removes it.
					published = true;
					logger.info(`${path.relative(process.cwd(), staging) || staging}/ is published once this process has exited (npm run build)`);
					return;
				}
				await publishStaged(staging, outDir);
				published = true;
				logger.info(`published ${path.relative(process.cwd(), outDir) || outDir}/`);
			},
		},
	};
}
