/**
 * `npm run build` (scripts/build-site.ts): Astro's build, then the search index and the publish in the process
 * that started Astro's, once Astro's has exited, so that Pagefind's memory and Astro's are not in use at the same
 * time. It must make the same site as `astro build` alone, and a failure after Astro's process has exited must
 * still publish nothing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishFolders } from '../../src/integrations/atomic-publish';
import { siteFiles } from '../site/site';
import { astroBuild } from './run-astro-build';

const require = createRequire(import.meta.url);
const outDir = path.resolve('tests/.tmp/dist-build-site');
const scratch = path.resolve('tests/.tmp/build-site-scratch');

/** `npm run build` (scripts/build-site.ts) into tests/.tmp/dist-build-site, with its own cache. */
const buildSite = (env: Record<string, string>, options: { keepOutDir?: boolean } = {}) => astroBuild('build-site', env, { ...options, command: 'npm run build' });

/** Pagefind's own binary, as its Node API finds it on this platform. */
const pagefindBinary = path.join(path.dirname(require.resolve('@pagefind/linux-x64/package.json')), 'bin', 'pagefind_extended');

beforeAll(async () => {
	await rm(scratch, { recursive: true, force: true });
	await mkdir(scratch, { recursive: true });
});

afterAll(async () => {
	await rm(scratch, { recursive: true, force: true });
});

describe('npm run build', () => {
	it('makes the same site as astro build alone, indexing it after Astro’s process has exited', async () => {
		// The real indexer, behind a wrapper that notes which process started it.
		const parents = path.join(scratch, 'indexer-parents');
		const wrapper = path.join(scratch, 'noting-indexer.sh');
		await writeFile(wrapper, `#!/bin/sh\necho $PPID >> ${JSON.stringify(parents)}\nexec ${JSON.stringify(pagefindBinary)} "$@"\n`, { mode: 0o755 });

		const [deferred, alone] = [await buildSite({ PAGEFIND_EXTENDED_BINARY_PATH: wrapper }), await astroBuild('build-site-alone')];
		expect(deferred.code, deferred.output).toBe(0);
		expect(alone.code, alone.output).toBe(0);
		// The indexer was started by the build script's own process, the only one left once Astro's has exited.
		expect((await readFile(parents, 'utf8')).trim().split('\n')).toEqual([String(deferred.pid)]);
		expect(deferred.output).toMatch(/\[pagefind-search\] indexed \d+ of \d+ pages/);
		expect(deferred.output).toContain('[atomic-publish] published');

		const files = siteFiles(outDir);
		expect(files).toContain('pagefind/pagefind-entry.json');
		expect(files).toEqual(siteFiles(alone.outDir));
		const differing = files.filter((file) => !readFileSync(path.join(outDir, file)).equals(readFileSync(path.join(alone.outDir, file))));
		expect(differing).toEqual([]);
		expect(existsSync(publishFolders(outDir).staging)).toBe(false);
	}, 240_000);

	it('publishes nothing when indexing fails after Astro’s process has exited, and keeps the site in place', async () => {
		await rm(outDir, { recursive: true, force: true });
		await mkdir(outDir, { recursive: true });
		await writeFile(path.join(outDir, 'index.html'), 'the site in place');
		// Stands in for Pagefind's indexer: starts, then is killed a second later, as the out-of-memory killer would.
		const killed = path.join(scratch, 'killed-indexer.sh');
		await writeFile(killed, '#!/bin/sh\nsleep 1\nkill -9 $$\n', { mode: 0o755 });

		const result = await buildSite({ PAGEFIND_EXTENDED_BINARY_PATH: killed }, { keepOutDir: true });
		expect(result.code).toBe(1);
		expect(result.output).toContain("Pagefind's indexer stopped before it finished indexing");
		expect(result.output).not.toContain('[atomic-publish] published');
		expect(siteFiles(outDir)).toEqual(['index.html']);
		expect(await readFile(path.join(outDir, 'index.html'), 'utf8')).toBe('the site in place');
		expect(existsSync(publishFolders(outDir).staging)).toBe(false);
	}, 240_000);
});
