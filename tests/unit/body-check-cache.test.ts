/**
 * The content guard's per-file cache (src/lib/validation/body-check-cache.ts), used the way the guard
 * uses it: `findContentProblems` over the valid fixture tree in a temporary directory, run again after
 * changes, with a cache folder of its own. A cached build must find exactly what an uncached one finds.
 */
import { appendFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openBodyCheckCache } from '../../src/lib/validation/body-check-cache';
import { findContentProblems } from '../../src/lib/validation/content-validation';
import { mergeCase } from '../fixtures/content/cases';

const tempRoot = mkdtempSync(path.join(os.tmpdir(), 'body-check-cache-'));
afterAll(() => rmSync(tempRoot, { recursive: true, force: true }));

/** The valid fixture tree in a fresh folder, with an empty cache folder beside it. */
function freshSite(name: string): { root: string; content: string; cacheDir: string } {
	const root = path.join(tempRoot, name);
	mergeCase(undefined, path.join(root, 'content'));
	return { root, content: path.join(root, 'content'), cacheDir: path.join(root, 'cache') };
}

/** One run of the guard with the cache, as a build runs it: the problems, and how many bodies were checked or reused. */
async function run(site: { root: string; cacheDir: string }, version = 'v1') {
	const cache = openBodyCheckCache(site.cacheDir, version);
	const problems = await findContentProblems('content', site.root, { cache });
	cache.prune();
	return { problems, checked: cache.checked, reused: cache.reused };
}

const riyadh = 'articles/talks-resume-in-riyadh.md';

describe('the content guard’s per-file cache', () => {
	it('reuses the check of every unchanged body, and checks a changed body again and reports its problem', async () => {
		const site = freshSite('changed');
		expect(await run(site)).toEqual({ problems: [], checked: 2, reused: 0 });
		expect(await run(site)).toEqual({ problems: [], checked: 0, reused: 2 });

		appendFileSync(path.join(site.content, riyadh), '\nA paragraph with <b>raw HTML</b>.\n');
		const changed = await run(site);
		expect(changed.checked).toBe(1);
		expect(changed.reused).toBe(1);
		expect(changed.problems).toHaveLength(1);
		expect(changed.problems[0]).toMatchObject({ file: `content/${riyadh}`, field: 'body' });
		expect(changed.problems[0]?.problem).toMatch(/HTML/);
	});

	it('reports a cached body’s problem again at every build until the body is fixed', async () => {
		const site = freshSite('problem');
		appendFileSync(path.join(site.content, riyadh), '\nA paragraph with <b>raw HTML</b>.\n');
		const first = await run(site);
		expect(first.problems).toHaveLength(1);
		const second = await run(site);
		expect(second.reused).toBe(2);
		expect(second.problems).toEqual(first.problems);
		// And it matches what the guard finds without a cache.
		expect(await findContentProblems('content', site.root)).toEqual(first.problems);
	});

	it('lets an unchanged, cached article take part in the checks across files: its text still tells a mentioned entity from one never mentioned', async () => {
		const site = freshSite('cross-file');
		expect((await run(site)).problems).toEqual([]);

		mkdirSync(path.join(site.content, 'entities'), { recursive: true });
		writeFileSync(path.join(site.content, 'entities/riyadh.yaml'), 'name: "Riyadh"\nkind: place\ndescription: "The capital of Saudi Arabia."\n');
		const mentioned = await run(site);
		expect(mentioned).toEqual({ problems: [], checked: 0, reused: 2 });

		writeFileSync(path.join(site.content, 'entities/mars.yaml'), 'name: "Mars"\nkind: place\ndescription: "The fourth planet from the Sun."\n');
		const notMentioned = await run(site);
		expect(notMentioned.reused).toBe(2);
		expect(notMentioned.problems).toHaveLength(1);
		expect(notMentioned.problems[0]?.file).toBe('content/entities/mars.yaml');
		expect(notMentioned.problems).toEqual(await findContentProblems('content', site.root));
	});

	it('ignores a corrupt or foreign cache file, checks the body again and writes a good one', async () => {
		const site = freshSite('corrupt');
		await run(site);
		const files = readdirSync(site.cacheDir);
		expect(files).toHaveLength(2);
		// One file cut short, one valid JSON in another shape.
		writeFileSync(path.join(site.cacheDir, files[0] ?? ''), '{"file": "content/articles/');
		writeFileSync(path.join(site.cacheDir, files[1] ?? ''), JSON.stringify({ file: 'elsewhere.md', problems: 'none' }));
		expect(await run(site)).toEqual({ problems: [], checked: 2, reused: 0 });
		expect(await run(site)).toEqual({ problems: [], checked: 0, reused: 2 });
	});

	it('uses nothing cached by another version of the guard, and prunes what it no longer needs', async () => {
		const site = freshSite('version');
		await run(site, 'v1');
		expect(await run(site, 'v2')).toEqual({ problems: [], checked: 2, reused: 0 });
		expect(readdirSync(site.cacheDir)).toHaveLength(2);
		rmSync(path.join(site.content, riyadh));
		await run(site, 'v2');
		expect(readdirSync(site.cacheDir)).toHaveLength(1);
	});
});
