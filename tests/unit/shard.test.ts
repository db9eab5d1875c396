/**
 * The pieces of a sharded build that need no Astro build: which job renders which page
 * (src/lib/routing/shard.ts), the shard files that carry the rendered articles between the stages
 * (src/lib/content/shard-entries.ts), and the content guard's check of one shard's bodies.
 * tests/build/sharded-build.test.ts builds a sharded site and compares it with a plain build.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { readShardFiles, readShardIds, shardFileName, type StoredEntry, writeShardFile } from '../../src/lib/content/shard-entries';
import { articlesOfThisJob, articleShardOwnsFile, jobRendersPage, jobRendersRoute, parseShardJob, pathsForThisJob, perArticleRoutes, type ShardJob, shardOfArticle } from '../../src/lib/routing/shard';
import { findContentProblems } from '../../src/lib/validation/content-validation';
import { mergeCase } from '../fixtures/content/cases';
import { mergeShards } from '../../scripts/shard/merge';
import { listFiles, shardJobNoteName, shardRunDigest, shardStageCheck } from '../../src/integrations/shard-output';

const tempRoot = mkdtempSync(path.join(os.tmpdir(), 'shard-'));
afterAll(() => rmSync(tempRoot, { recursive: true, force: true }));
let folders = 0;
const freshDir = () => path.join(tempRoot, `dir-${++folders}`);

const articleId = fc.stringMatching(/^[a-z0-9]+(?:-[a-z0-9]+){0,4}$/);

describe('the job a build makes', () => {
	it('is the whole site when SITE_SHARD is unset or empty, and reads "k/N" and "lists"', () => {
		expect(parseShardJob(undefined)).toEqual({ kind: 'whole' });
		expect(parseShardJob(' ')).toEqual({ kind: 'whole' });
		expect(parseShardJob('2/3')).toEqual({ kind: 'articles', index: 2, count: 3 });
		expect(parseShardJob('lists')).toEqual({ kind: 'lists' });
	});

	it.each(['0/2', '3/2', '1/0', 'one/two', '1-2', 'list'])('refuses SITE_SHARD="%s" and says what to write instead', (value) => {
		expect(() => parseShardJob(value)).toThrow(/write "k\/N" for shard k of N .*"lists"/);
	});

	it('puts every article in exactly one shard, the same one every time', () => {
		fc.assert(
			fc.property(articleId, fc.integer({ min: 1, max: 12 }), (id, count) => {
				const shard = shardOfArticle(id, count);
				expect(shard).toBeGreaterThanOrEqual(1);
				expect(shard).toBeLessThanOrEqual(count);
				expect(shardOfArticle(id, count)).toBe(shard);
				const owners = Array.from({ length: count }, (_, i) => i + 1).filter((index) => jobRendersPage({ kind: 'articles', index, count }, '/articles/[slug]/', { slug: id }));
				expect(owners).toEqual([shard]);
			}),
		);
	});

	it('gives the shards of 1,000 article ids nearly even sizes', () => {
		const sizes = [0, 0, 0, 0];
		for (let n = 0; n < 1000; n++) sizes[shardOfArticle(`article-${n}`, 4) - 1]! += 1;
		for (const size of sizes) expect(Math.abs(size - 250)).toBeLessThan(50);
	});

	it('renders each per-article page in one shard job only, and every other page in the lists job only', () => {
		const count = 3;
		const ids = Array.from({ length: 40 }, (_, n) => `story-${n}`);
		const paths = ids.map((slug) => ({ params: { slug } }));
		for (const route of perArticleRoutes) {
			const perShard = Array.from({ length: count }, (_, i) => pathsForThisJob(route, paths, { kind: 'articles', index: i + 1, count }).map(({ params }) => params.slug));
			expect(perShard.flat().sort()).toEqual([...ids].sort());
			expect(pathsForThisJob(route, paths, { kind: 'lists' })).toEqual([]);
			expect(pathsForThisJob(route, paths, { kind: 'whole' })).toEqual(paths);
		}
		for (const route of ['/[...page]/', '/tags/[tag]/[...page]/', '/entities/[id]/[...page]/', '/data/[dataset].json']) {
			expect(jobRendersRoute({ kind: 'lists' }, route)).toBe(true);
			expect(jobRendersRoute({ kind: 'articles', index: 1, count }, route)).toBe(false);
		}
		const articles = ids.map((id) => ({ id }));
		expect(articlesOfThisJob(articles, { kind: 'lists' })).toEqual([]);
		expect(articlesOfThisJob(articles, { kind: 'whole' })).toEqual(articles);
		expect(Array.from({ length: count }, (_, i) => articlesOfThisJob(articles, { kind: 'articles', index: i + 1, count })).flat()).toHaveLength(ids.length);
	});

	it('leaves the pages every build renders (about, feed, public files) to the lists job, and keeps the shared scripts and styles', () => {
		expect(articleShardOwnsFile('articles/x/index.html')).toBe(true);
		expect(articleShardOwnsFile('og/articles/x.png')).toBe(true);
		expect(articleShardOwnsFile('_astro/site.Ab12.css')).toBe(true);
		for (const file of ['about/index.html', 'rss.xml', 'robots.txt', 'favicon.svg', 'og/site.png', '404.html', 'index.html']) expect(articleShardOwnsFile(file)).toBe(false);
	});
});

/** An entry as Astro's glob loader stores an article: parsed data (dates, references), rendered HTML and metadata. */
const entry = (id: string): StoredEntry => ({
	id,
	data: { title: `Title of ${id}`, published: { date: new Date('2025-03-01T00:00:00.000Z'), precision: 'day' }, tags: [{ collection: 'tags', id: 'sanctions' }], standfirst: undefined },
	filePath: `content/articles/${id}.md`,
	digest: 'a1b2c3',
	rendered: { html: '<p id="p-1">Text with “quotes” &amp; a <a href="https://example.org">link</a>.</p>', metadata: { headings: [], imagePaths: [], frontmatter: { readingTime: { words: 5, minutes: 1 }, articleText: { blocks: [{ id: 'p-1', number: 1, text: 'Text' }] } } } },
});

describe('the shard files', () => {
	it('give back every entry exactly as it was stored, dates and undefined fields included', () => {
		const dir = freshDir();
		writeShardFile(dir, { index: 1, count: 2, entries: [entry('a'), entry('b')] });
		writeShardFile(dir, { index: 2, count: 2, entries: [entry('c')] });
		const files = readShardFiles(dir);
		expect(files.map((file) => file.entries.map((e) => e.id))).toEqual([['a', 'b'], ['c']]);
		const back = files[0]!.entries[0]!;
		expect(back).toEqual(entry('a'));
		expect((back.data['published'] as { date: unknown }).date).toBeInstanceOf(Date);
		expect('standfirst' in back.data).toBe(true);
		expect(readShardIds(dir)).toEqual({ count: 2, ids: ['a', 'b', 'c'] });
	});

	it('are refused when a shard is missing, naming the missing file', () => {
		const dir = freshDir();
		writeShardFile(dir, { index: 1, count: 3, entries: [entry('a')] });
		writeShardFile(dir, { index: 3, count: 3, entries: [entry('c')] });
		expect(() => readShardFiles(dir)).toThrow(`The shard file ${shardFileName(2, 3)} is missing from ${dir}`);
	});

	it('are refused when they come from two different splits, or when there are none', () => {
		const dir = freshDir();
		writeShardFile(dir, { index: 1, count: 1, entries: [entry('a')] });
		writeShardFile(dir, { index: 1, count: 2, entries: [entry('a')] });
		expect(() => readShardFiles(dir)).toThrow(/different splits \(of 1, of 2\)/);
		expect(() => readShardFiles(freshDir())).toThrow(/No shard files/);
		// The id lists (the sitemap's and the merge's) are refused alike, not read from whichever split is listed first.
		expect(() => readShardIds(dir)).toThrow(/different splits \(of 1, of 2\)/);
		expect(() => readShardIds(freshDir())).toThrow(/No shard files/);
	});

	it('are refused when an article is in two of them, or one cannot be read', () => {
		const dir = freshDir();
		writeShardFile(dir, { index: 1, count: 2, entries: [entry('a')] });
		writeShardFile(dir, { index: 2, count: 2, entries: [entry('a')] });
		expect(() => readShardFiles(dir)).toThrow(/"a" is in the shard files of shards 1 and 2/);
		writeFileSync(path.join(dir, shardFileName(2, 2)), '{ not devalue');
		expect(() => readShardFiles(dir)).toThrow(/articles-2-of-2\.devalue cannot be read .*Run its prepare stage again/);
	});
});

describe('the content guard on one shard', () => {
	/** A fixture tree with an overlay, in its own root. */
	const treeWith = (caseName: string) => {
		const root = freshDir();
		mergeCase(caseName, path.join(root, 'content'));
		return root;
	};

	it('reports a refused body in its own shard with the file and leaves other shards\' bodies to their jobs', async () => {
		const root = treeWith('raw-html-body');
		const mine = await findContentProblems('content', root, { articleBodies: (id) => id === 'energy-firms-eye-return' });
		expect(mine.map((problem) => [problem.file, problem.field])).toEqual([['content/articles/energy-firms-eye-return.md', 'body']]);
		expect(await findContentProblems('content', root, { articleBodies: (id) => id !== 'energy-firms-eye-return' })).toEqual([]);
	});

	it('leaves the checks across files to the pages stage, which sees every article', async () => {
		const root = treeWith('entity-not-mentioned');
		expect(await findContentProblems('content', root, { articleBodies: () => true })).toEqual([]);
		const whole = await findContentProblems('content', root);
		expect(whole.map((problem) => problem.file)).toEqual(['content/entities/mars.yaml']);
	});

	it('still checks every file against its schema in each shard', async () => {
		const root = treeWith('bad-genre');
		const problems = await findContentProblems('content', root, { articleBodies: () => false });
		expect(problems.map((problem) => problem.field)).toContain('genre');
	});
});

describe('the merge of the jobs\' outputs', () => {
	/** A split of two shards (articles "a" and "b") with the three jobs' outputs, as the pages stage leaves them. */
	const jobsOf = () => {
		const dir = freshDir();
		const entriesDir = path.join(dir, 'entries');
		writeShardFile(entriesDir, { index: 1, count: 2, entries: [entry('a')] });
		writeShardFile(entriesDir, { index: 2, count: 2, entries: [entry('b')] });
		const run = shardRunDigest(entriesDir);
		const page = (title: string) => `<!doctype html><html lang="en"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>Words about ${title} and the talks.</p></main></body></html>`;
		const files: Record<string, Record<string, string>> = {
			lists: { 'index.html': page('Home'), '_astro/site.css': 'body{}', 'favicon.svg': '<svg/>' },
			'1-of-2': { 'articles/a/index.html': page('Article a'), 'og/articles/a.png': 'png a', '_astro/site.css': 'body{}' },
			'2-of-2': { 'articles/b/index.html': page('Article b'), 'og/articles/b.png': 'png b', '_astro/site.css': 'body{}' },
		};
		for (const [job, contents] of Object.entries(files)) {
			for (const [file, text] of Object.entries({ ...contents, [shardJobNoteName]: JSON.stringify({ job, run }) })) {
				mkdirSync(path.dirname(path.join(dir, 'jobs', job, file)), { recursive: true });
				writeFileSync(path.join(dir, 'jobs', job, file), text);
			}
		}
		const target = path.join(dir, 'site');
		mkdirSync(target);
		writeFileSync(path.join(target, 'index.html'), 'the site published before');
		return { entriesDir, jobsDir: path.join(dir, 'jobs'), target };
	};
	const unchanged = (target: string) => expect(readdirSync(target).map((name) => [name, readFileSync(path.join(target, name), 'utf8')])).toEqual([['index.html', 'the site published before']]);

	it('lays the jobs side by side, the shared files once, without the jobs\' notes, searchable', async () => {
		const options = jobsOf();
		const summary = await mergeShards(options);
		expect(summary.jobs).toEqual(['lists', '1-of-2', '2-of-2']);
		expect(summary.sharedFiles).toBe(2);
		expect(listFiles(options.target).filter((file) => !file.startsWith('pagefind/')).sort()).toEqual(['_astro/site.css', 'articles/a/index.html', 'articles/b/index.html', 'favicon.svg', 'index.html', 'og/articles/a.png', 'og/articles/b.png']);
		expect(summary.search.pagesIndexed).toBe(3);
	}, 30_000);

	it('refuses a missing job and publishes nothing', async () => {
		const options = jobsOf();
		rmSync(path.join(options.jobsDir, '2-of-2'), { recursive: true });
		await expect(mergeShards(options)).rejects.toThrow(/The output of the job "2-of-2" is missing/);
		unchanged(options.target);
	});

	it('refuses a job built from other shard files', async () => {
		const options = jobsOf();
		writeFileSync(path.join(options.jobsDir, 'lists', shardJobNoteName), JSON.stringify({ job: 'lists', run: 'an earlier run' }));
		await expect(mergeShards(options)).rejects.toThrow(/"lists" .* was built from other shard files/);
		unchanged(options.target);
	});

	it('refuses a file two jobs made with different bytes, naming the file and both jobs', async () => {
		const options = jobsOf();
		writeFileSync(path.join(options.jobsDir, '2-of-2', '_astro/site.css'), 'body{color:red}');
		await expect(mergeShards(options)).rejects.toThrow('The file _astro/site.css was made by the jobs "lists" and "2-of-2" with different bytes');
		unchanged(options.target);
	});

	it('refuses an article without its social image', async () => {
		const options = jobsOf();
		rmSync(path.join(options.jobsDir, '2-of-2', 'og/articles/b.png'));
		await expect(mergeShards(options)).rejects.toThrow(/A file of the articles' own pages is missing .* og\/articles\/b\.png/);
		unchanged(options.target);
	});
});

describe('a build of part of the site', () => {
	const setup = (job: ShardJob, stage: 'prepare' | 'pages' | undefined, command: 'build' | 'sync' | 'dev') => () => {
		const hook = shardStageCheck(job, stage).hooks['astro:config:setup'] as unknown as (options: { command: string }) => void;
		hook({ command });
	};

	it('is refused when SITE_SHARD is set without the pages stage, since it would be published as the whole site', () => {
		expect(setup({ kind: 'articles', index: 1, count: 2 }, undefined, 'build')).toThrow(/SITE_SHARD=1\/2 without SITE_SHARD_STAGE=pages would publish only that job's pages/);
		expect(setup({ kind: 'lists' }, undefined, 'build')).toThrow(/SITE_SHARD=lists without/);
	});

	it('is refused for the prepare stage, which has no pages, and for the pages stage without a job', () => {
		expect(setup({ kind: 'articles', index: 1, count: 2 }, 'prepare', 'build')).toThrow(/builds no pages/);
		expect(setup({ kind: 'whole' }, 'pages', 'build')).toThrow(/set SITE_SHARD to "k\/N" or "lists"/);
	});

	it('lets a plain build, a job of the pages stage and the prepare stage\'s sync through', () => {
		expect(setup({ kind: 'whole' }, undefined, 'build')).not.toThrow();
		expect(setup({ kind: 'lists' }, 'pages', 'build')).not.toThrow();
		expect(setup({ kind: 'articles', index: 2, count: 2 }, 'pages', 'build')).not.toThrow();
		expect(setup({ kind: 'articles', index: 2, count: 2 }, 'prepare', 'sync')).not.toThrow();
	});
});
