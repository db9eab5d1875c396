import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFragments } from '../../src/integrations/pagefind';

/*
 * Search indexing at scale, two failures first seen at 30,000 articles. The vocabulary of “Did you mean …” reads
 * every fragment of the index back, one file per indexed page: more files than a process may have open, so
 * readFragments keeps only a few open at once. And Pagefind's binary, killed for lack of memory, left the build
 * to end with exit code 0 and nothing published.
 */

const fragmentCount = 600;
let bundle = '';

const fragmentFile = (n: number) => `en_${String(n).padStart(5, '0')}.pf_fragment`;

beforeAll(async () => {
	bundle = await mkdtemp(path.join(tmpdir(), 'read-fragments-'));
	await mkdir(path.join(bundle, 'fragment'));
	for (let n = 0; n < fragmentCount; n++) {
		const json = JSON.stringify({ content: `page ${n}`, filters: { entity: [`Entity ${n % 7}`] }, meta: { title: `Title ${n}` } });
		await writeFile(path.join(bundle, 'fragment', fragmentFile(n)), gzipSync(`pagefind_dcd${json}`));
	}
});

afterAll(async () => {
	await rm(bundle, { recursive: true, force: true });
});

describe('reading the index’s fragments back', () => {
	it('returns every fragment, in the order of the file names', async () => {
		const fragments = await readFragments(bundle);
		expect(fragments.map((fragment) => fragment.content)).toEqual(Array.from({ length: fragmentCount }, (_, n) => `page ${n}`));
		expect(fragments[9]?.meta?.['title']).toBe('Title 9');
	});

	it('reads more fragments than the process may have files open', () => {
		// A child process limited to 200 open files must still read all 600.
		const script = `const { readFragments } = await import(${JSON.stringify(path.resolve('src/integrations/pagefind.ts'))}); console.log((await readFragments(${JSON.stringify(bundle)})).length);`;
		const child = spawnSync('sh', ['-c', `ulimit -n 200 && exec "$0" --disable-warning=ExperimentalWarning --import ./scripts/ts-hooks.mjs --input-type=module -e "$1"`, process.execPath, script], {
			encoding: 'utf8',
		});
		expect(child.stderr).toBe('');
		expect(child.stdout.trim()).toBe(String(fragmentCount));
	});

	it('names the file when a fragment is not in the format this code reads', async () => {
		const other = await mkdtemp(path.join(tmpdir(), 'read-fragments-bad-'));
		try {
			await mkdir(path.join(other, 'fragment'));
			await writeFile(path.join(other, 'fragment', fragmentFile(0)), gzipSync('{"content":"no signature"}'));
			await expect(readFragments(other)).rejects.toThrow(/en_00000\.pf_fragment does not start with “pagefind_dcd”/);
		} finally {
			await rm(other, { recursive: true, force: true });
		}
	});
});

describe('when Pagefind’s indexer dies part-way', () => {
	it('fails with a message instead of ending with exit code 0 and no index', async () => {
		const site = await mkdtemp(path.join(tmpdir(), 'pagefind-killed-'));
		try {
			await writeFile(path.join(site, 'index.html'), '<!doctype html><html lang="en"><body><main data-pagefind-body><p>Arctic</p></main></body></html>');
			// Stands in for pagefind_extended: starts, then is killed a second later, as the kernel's out-of-memory killer would.
			const binary = path.join(site, 'killed-indexer.sh');
			await writeFile(binary, '#!/bin/sh\nsleep 1\nkill -9 $$\n', { mode: 0o755 });
			const script = `const { buildSearchIndex } = await import(${JSON.stringify(path.resolve('src/integrations/pagefind.ts'))}); await buildSearchIndex(${JSON.stringify(site)}); console.log('indexed');`;
			const child = spawnSync(process.execPath, ['--disable-warning=ExperimentalWarning', '--import', './scripts/ts-hooks.mjs', '--input-type=module', '-e', script], {
				encoding: 'utf8',
				env: { ...process.env, PAGEFIND_EXTENDED_BINARY_PATH: binary, PAGEFIND_BINARY_PATH: binary },
				timeout: 60_000,
			});
			expect(child.stdout).not.toContain('indexed');
			expect(child.stderr).toContain("Pagefind's indexer stopped before it finished indexing");
			expect(child.status).toBe(1);
		} finally {
			await rm(site, { recursive: true, force: true });
		}
	});
});
