/**
 * Builds the site for real on a generated archive longer than one list page (the bench's seeded corpus
 * generator, scripts/bench/corpus.ts), and checks that the home page and a tag page are split into pages of
 * `articlesPerPage`, linked to each other, that together list every article once, newest first.
 */
import { readFileSync, existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus, readRealTexts, writeCorpus, type Corpus } from '../../scripts/bench/corpus';
import { publishedStart } from '../../src/lib/dates';
import { articlesPerPage } from '../../src/lib/pagination';
import type { Published } from '../../src/schemas/published';
import { astroBuild, type BuildResult } from './run-astro-build';

const contentDir = 'tests/.tmp/pagination-content';
/** Enough articles for four home pages, the last one short, and for a tag longer than one page. */
const size = articlesPerPage * 3 + 7;
const homePaths = ['/', '/2/', '/3/', '/4/'];
let corpus: Corpus;
let build: BuildResult;

beforeAll(async () => {
	corpus = generateCorpus({ size, seed: 'pagination', realTexts: await readRealTexts('content') });
	rmSync(contentDir, { recursive: true, force: true });
	await writeCorpus(corpus, contentDir);
	build = await astroBuild('pagination', { CONTENT_DIR: contentDir });
}, 600_000);
afterAll(() => {
	rmSync(contentDir, { recursive: true, force: true });
	if (build) rmSync(build.outDir, { recursive: true, force: true });
});

const page = (urlPath: string) => readFileSync(path.join(build.outDir, urlPath, 'index.html'), 'utf8');
/** The articles a list page shows, in order: the links of its cards. */
const listed = (html: string) => [...html.matchAll(/<h[23] class="card-title"><a href="\/articles\/([^/"]+)\/">/g)].map((m) => m[1] ?? '');
const relLink = (html: string, rel: 'prev' | 'next') => new RegExp(`<a href="([^"]+)" rel="${rel}"`).exec(html)?.[1];
const title = (html: string) => /<title>([^<]*)<\/title>/.exec(html)?.[1];
/** When an article of the corpus was published (the start of its day, month or year), by id. */
const publishedAt = (id: string) => {
	const article = corpus.articles.find((a) => a.id === id);
	if (!article) throw new Error(`${id} is not in the corpus`);
	return publishedStart(article.frontmatter.published as Published).getTime();
};

describe(`a ${size}-article archive`, () => {
	it('builds', () => {
		expect(build.code, build.output.slice(-3000)).toBe(0);
	});

	it(`splits the home page into pages of ${articlesPerPage} that together list every article once, newest first`, () => {
		const pages = homePaths.map(page);
		expect(pages.map((html) => listed(html).length)).toEqual([articlesPerPage, articlesPerPage, articlesPerPage, size - 3 * articlesPerPage]);
		const all = pages.flatMap(listed);
		expect(new Set(all).size).toBe(size);
		expect(new Set(all)).toEqual(new Set(corpus.articles.map((a) => a.id)));
		expect(existsSync(path.join(build.outDir, '5', 'index.html'))).toBe(false);
		const outOfOrder = all.slice(1).filter((id, index) => publishedAt(id) > publishedAt(all[index] ?? ''));
		expect(outOfOrder, 'articles listed after an older one').toEqual([]);
	});

	it('links each page of the home page to the newer and older ones, and titles each page differently', () => {
		const pages = homePaths.map(page);
		expect(pages.map((html) => [relLink(html, 'prev'), relLink(html, 'next')])).toEqual([
			[undefined, '/2/'],
			['/', '/3/'],
			['/2/', '/4/'],
			['/3/', undefined],
		]);
		expect(new Set(pages.map(title)).size).toBe(pages.length);
		expect(pages[1]).toContain(`Articles ${articlesPerPage + 1}–${2 * articlesPerPage} of ${size}`);
	});

	it('splits a tag with more articles than a page the same way, and the pages together list each of its articles once', () => {
		const counts = new Map<string, number>();
		for (const article of corpus.articles) for (const tag of article.frontmatter.tags as string[]) counts.set(tag, (counts.get(tag) ?? 0) + 1);
		const [tag = '', count = 0] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
		expect(count, 'the largest tag must need more than one page').toBeGreaterThan(articlesPerPage);
		const pages: string[] = [];
		for (let n = 1; existsSync(path.join(build.outDir, 'tags', tag, n === 1 ? '' : String(n), 'index.html')); n++) {
			pages.push(page(`/tags/${tag}/${n === 1 ? '' : `${n}/`}`));
		}
		expect(pages).toHaveLength(Math.ceil(count / articlesPerPage));
		const all = pages.flatMap(listed);
		expect(all).toHaveLength(count);
		expect(new Set(all).size).toBe(count);
		expect(relLink(pages[0] ?? '', 'next')).toBe(`/tags/${tag}/2/`);
	});
});
