/**
 * A sharded build (scripts/shard/build.ts, README "Sharded builds") of a generated archive, against a plain
 * `astro build` of the same archive: the merged site must be the same site, file for file and byte for byte
 * (the search index included, so any query finds the same pages in the same order with the same excerpts),
 * and a bad article in one shard must stop the whole build, naming the file, with the published site untouched.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus, readRealTexts, writeCorpus } from '../../scripts/bench/corpus';
import { siteFiles } from '../site/site';
import { astroBuild, type BuildResult } from './run-astro-build';

const contentDir = 'tests/.tmp/shard-content';
const work = 'tests/.tmp/shard-work';
const site = path.resolve('tests/.tmp/shard-site');

/** Runs `npm run build:sharded` with these arguments on the generated archive; resolves with its exit code and output. */
function shardedBuild(args: string[]): Promise<{ code: number | null; output: string }> {
	const child = spawn(process.execPath, ['--disable-warning=ExperimentalWarning', '--import', './scripts/ts-hooks.mjs', 'scripts/shard/build.ts', '--work', work, '--out', site, ...args], {
		env: { ...process.env, CONTENT_DIR: contentDir, NO_COLOR: '1', FORCE_COLOR: '0' },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let output = '';
	child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
	child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
	return new Promise((resolve, reject) => {
		child.on('error', reject);
		child.on('close', (code) => resolve({ code, output }));
	});
}

/** SHA-256 of every file of a site, by path. */
function fingerprint(dir: string): Map<string, string> {
	return new Map(siteFiles(dir).map((file) => [file, createHash('sha256').update(readFileSync(path.join(dir, file))).digest('hex')]));
}

/** The pages a Pagefind index holds (its fragments' URLs), with their word counts. */
function indexedPages(dir: string): Map<string, number> {
	const pages = new Map<string, number>();
	for (const file of siteFiles(dir).filter((name) => name.startsWith('pagefind/fragment/'))) {
		const fragment = JSON.parse(gunzipSync(readFileSync(path.join(dir, file))).toString('utf8').replace(/^pagefind_dcd/, '')) as { url: string; word_count: number };
		pages.set(fragment.url, fragment.word_count);
	}
	return pages;
}

describe('a sharded build', () => {
	let plain: BuildResult;
	let sharded: { code: number | null; output: string };
	let articleIds: string[];

	beforeAll(async () => {
		rmSync(path.resolve(contentDir), { recursive: true, force: true });
		rmSync(path.resolve(work), { recursive: true, force: true });
		rmSync(site, { recursive: true, force: true });
		const corpus = generateCorpus({ size: 24, seed: 'sharded-build', realTexts: await readRealTexts('content') });
		articleIds = corpus.articles.map((article) => article.id);
		await writeCorpus(corpus, path.resolve(contentDir));
		// The two builds side by side: the plain one is one process, the sharded one at most two at a time.
		[plain, sharded] = await Promise.all([astroBuild('shard-plain', { CONTENT_DIR: contentDir }), shardedBuild(['--shards', '2', '--jobs', '2'])]);
	}, 240_000);

	afterAll(() => {
		rmSync(path.resolve(work), { recursive: true, force: true });
	});

	it('of two shards merges into the same site as a plain build, byte for byte', () => {
		expect(plain.code, plain.output).toBe(0);
		expect(sharded.code, sharded.output).toBe(0);
		const a = fingerprint(plain.outDir);
		const b = fingerprint(site);
		const differing = [...a.keys()].filter((file) => b.has(file) && a.get(file) !== b.get(file));
		expect({ onlyPlain: [...a.keys()].filter((file) => !b.has(file)), onlySharded: [...b.keys()].filter((file) => !a.has(file)), differing }).toEqual({ onlyPlain: [], onlySharded: [], differing: [] });
		// Both shards had articles, and each rendered only its own; the pages stage parsed no body again.
		const rendered = [...sharded.output.matchAll(/shard (\d)\/2: (\d+) of 24 articles rendered/g)].map((match) => Number(match[2]));
		expect(rendered).toHaveLength(2);
		expect(rendered.every((count) => count > 0) && rendered.reduce((sum, count) => sum + count, 0)).toBe(24);
		expect(sharded.output).not.toMatch(/\[(?:lists|\d-of-2)\] .*content-guard.* \([1-9]\d* Markdown bodies checked/);
	});

	it('indexes every article for search, as the plain build does', () => {
		const pages = indexedPages(site);
		for (const id of articleIds) expect(pages.get(`/articles/${id}/`), id).toBeGreaterThan(100);
		expect(pages).toEqual(indexedPages(plain.outDir));
	});

	it('with a refused article in one shard fails as a whole, naming the file, and leaves the published site as it was', async () => {
		const before = fingerprint(site);
		const bad = path.resolve(contentDir, 'articles', `${articleIds[3]}.md`);
		const text = readFileSync(bad, 'utf8');
		writeFileSync(bad, `${text}\n<script>alert(1)</script>\n`);
		try {
			const result = await shardedBuild(['--shards', '2', '--jobs', '2']);
			expect(result.code).not.toBe(0);
			expect(result.output).toContain(`${contentDir}/articles/${articleIds[3]}.md`);
			expect(result.output).toMatch(/The prepare stage failed in "prepare-\d-of-2".*nothing was published/);
			expect(fingerprint(site)).toEqual(before);
		} finally {
			writeFileSync(bad, text);
		}
	}, 120_000);
});
