/**
 * `npm run build`: `astro build`, and then, once Astro's process has exited, the search index and the publish
 * (src/integrations/deferred-steps.ts). The site is the same as `astro build` alone makes; only the memory
 * differs: Pagefind's indexer no longer runs beside Astro's process, whose memory stays in use until it exits
 * (at 30,000 articles, 13.2 GiB for Astro and 12.4 GiB for Pagefind: together more than a 24 GiB machine, one
 * after the other not).
 *
 *   npm run build                       the whole build into dist/
 *   npm run build -- --outDir <dir>     any option of `astro build` is passed on to it
 *
 * Node's `--max-old-space-size` and `--cpu-prof*` options given to this script are passed on to Astro's process.
 * If any step fails, nothing is published: the staging folder is removed and the site in place stays as it was.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { publishStaged } from '../src/integrations/atomic-publish.ts';
import { deferredStepsVariable, readDeferredSteps } from '../src/integrations/deferred-steps.ts';
import { buildSearchIndex } from '../src/integrations/pagefind.ts';

const root = process.cwd();
const astroBin = path.join(root, 'node_modules/astro/bin/astro.mjs');

/** Lines in the form of Astro's own log (`16:04:05 [label] message`), so that the build log reads as one. */
function logger(label: string) {
	const time = () => new Date().toTimeString().slice(0, 8);
	return {
		info: (message: string) => console.log(`${time()} [${label}] ${message}`),
		error: (message: string) => console.error(`${time()} [${label}] ${message}`),
	};
}

/** The options of this Node process that Astro's process should have too: its heap limit and CPU profiling. */
const forwardedNodeOptions = process.execArgv.filter((option) => /^--(max-old-space-size|cpu-prof)/.test(option));

/** Runs `astro build` with the given arguments, leaving its last steps in `stepsFile`; resolves with its exit code. */
function astroBuild(args: string[], stepsFile: string): Promise<number> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [...forwardedNodeOptions, astroBin, 'build', ...args], {
			cwd: root,
			stdio: 'inherit',
			env: { ...process.env, [deferredStepsVariable]: stepsFile },
		});
		// Ctrl-C reaches Astro's process as well (same process group); this one waits for it to stop.
		for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
		child.on('error', reject);
		child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
	});
}

const stepsDir = mkdtempSync(path.join(tmpdir(), 'site-build-'));
const stepsFile = path.join(stepsDir, 'deferred-steps.json');
let staging: string | undefined;
let published = false;
// Whatever way this process ends (a failed step, or Pagefind's indexer killed so that Node's event loop empties),
// an unpublished staging folder goes, and the site in place stays.
process.once('exit', () => {
	if (staging && !published) rmSync(staging, { recursive: true, force: true });
	rmSync(stepsDir, { recursive: true, force: true });
});

const code = await astroBuild(process.argv.slice(2), stepsFile);
if (code !== 0) process.exit(code);

const steps = readDeferredSteps(stepsFile);
staging = steps.publish?.staging;
try {
	if (steps.searchIndex) {
		const log = logger('pagefind-search');
		log.info(`indexing ${path.relative(root, steps.searchIndex.siteDir) || '.'}/ in a process of its own`);
		await buildSearchIndex(steps.searchIndex.siteDir, { excludeSelectors: steps.searchIndex.excludeSelectors, logger: log });
	}
	if (steps.publish) {
		await publishStaged(steps.publish.staging, steps.publish.outDir);
		published = true;
		logger('atomic-publish').info(`published ${path.relative(root, steps.publish.outDir) || steps.publish.outDir}/`);
	}
} catch (error) {
	console.error(`\n${error instanceof Error ? error.message : String(error)}\n\nNothing was published: the site in place stays as it was.`);
	process.exit(1);
}
