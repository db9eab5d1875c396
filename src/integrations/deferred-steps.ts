import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/**
 * The last steps of a build that `npm run build` (scripts/build-site.ts) runs after Astro's process has exited,
 * instead of in `astro:build:done`: indexing for search, then publishing. Pagefind's indexer and Astro's process
 * each need several GiB at 10,000 articles and more (12–13 GiB each at 30,000); one after the other, their peaks
 * no longer add up.
 *
 * The integrations that own these steps (`pagefindSearch`, `atomicPublish`) write what the step needs into the
 * file named by {@link deferredStepsVariable} when it is set, and do nothing else there; without it (`astro
 * build` on its own), they run the steps in Astro's process as before.
 */
export interface DeferredSteps {
	/** Index the built pages for search: `buildSearchIndex(siteDir, { excludeSelectors })` (src/integrations/pagefind.ts). */
	searchIndex?: {
		/** The folder of the built pages (the staging folder). */
		siteDir: string;
		/** Pagefind's `excludeSelectors`, as the integration was configured. */
		excludeSelectors: string[];
	};
	/** Publish the build: `publishStaged(staging, outDir)` (src/integrations/atomic-publish.ts). */
	publish?: {
		/** The staging folder the build was written to. */
		staging: string;
		/** The output folder it replaces. */
		outDir: string;
	};
}

/** The environment variable that names the file where an `astro build` leaves its {@link DeferredSteps}. */
export const deferredStepsVariable = 'SITE_BUILD_DEFERRED_STEPS';

/** The file the current build leaves its deferred steps in, when the process that started it asked for them. */
export function deferredStepsFile(): string | undefined {
	return process.env[deferredStepsVariable] || undefined;
}

/** The deferred steps written to `file` so far (none when it does not exist). */
export function readDeferredSteps(file: string): DeferredSteps {
	return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as DeferredSteps) : {};
}

/** Adds one step to the deferred steps in `file`, keeping the others. */
export function deferStep<K extends keyof DeferredSteps>(file: string, step: K, value: NonNullable<DeferredSteps[K]>): void {
	writeFileSync(file, JSON.stringify({ ...readDeferredSteps(file), [step]: value }, null, '\t'));
}
