/**
 * Builds the site for real on a generated archive longer than one list page (the bench's seeded corpus
 * generator, scripts/bench/corpus.ts), and checks that the home page and a tag page are split into pages of
 * `articlesPerPage`, linked to each other, that together list every article once, newest first; and that the
 * analysis pages that would otherwise hold every article are split too: the comparison (`articlesPerComparison`
 * articles a page, oldest first), the claims (a matrix with a column only for articles that take a position)
 * the quotes (`quotesPerPage` a page), the timeline (`timelineEntriesPerPage` entries a page, numbered across
 * pages) and the articles that mention an entity (`mentioningArticlesPerPage` a page, only the first indexed for
 * search).
 */
import { readFileSync, existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus, readRealTexts, writeCorpus, type Corpus } from '../../scripts/bench/corpus';
import { publishedStart } from '../../src/lib/content/dates';
import {
	articlesPerComparison,
	articlesPerPage,
	claimsPerPage,
	mentioningArticlesPerPage,
	quotesPerPage,
	timelineEntriesPerPage,
} from '../../src/lib/routing/pagination';
import { periodOf } from '../../src/lib/analysis/timeline';
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

/** The pages of a paginated page at `base` (`/compare/`, `/compare/2/`, …), as many as were built. */
const pagesOf = (base: string) => {
	const pages: string[] = [];
	for (let n = 1; existsSync(path.join(build.outDir, base, n === 1 ? '' : String(n), 'index.html')); n++) pages.push(page(`${base}${n === 1 ? '' : `${n}/`}`));
	return pages;
};
/** The HTML of the first table of `html` with this class. */
const table = (html: string, className: string) => {
	const start = html.indexOf(`<table class="data-table matrix ${className}"`);
	return start < 0 ? undefined : html.slice(start, html.indexOf('</table>', start));
};
/** The articles a table has a column for, left to right. */
const columns = (tableHtml: string) => [...tableHtml.matchAll(/<th scope="col" data-article="([^"]+)"/g)].map((m) => m[1] ?? '');
/** A link inside the site, resolved: the page it goes to and the fragment. */
const target = (href: string, from: string) => {
	const url = new URL(href, `http://site${from}`);
	return { pathname: url.pathname, id: decodeURIComponent(url.hash.slice(1)) };
};
/** Whether the page at `pathname` has an element with this id. */
const hasId = (pathname: string, id: string) => existsSync(path.join(build.outDir, pathname, 'index.html')) && page(pathname).includes(`id="${id}"`);
/** The content files of a folder of the corpus (`claims`), parsed, by id. */
const corpusFiles = <T>(folder: string) =>
	[...corpus.files]
		.filter(([file]) => file.startsWith(`${folder}/`))
		.map(([file, text]) => ({ id: path.basename(file, '.yaml'), data: load(text) as T }));

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

	it(`compares ${articlesPerComparison} articles a page, and the pages together cover every article once, oldest first`, () => {
		const pages = pagesOf('/compare/');
		expect(pages).toHaveLength(Math.ceil(size / articlesPerComparison));
		const perPage = pages.map((html) => columns(table(html, 'comparison-table') ?? ''));
		expect(perPage.slice(0, -1).every((ids) => ids.length === articlesPerComparison)).toBe(true);
		// The coverage grid has the same columns as the side-by-side table.
		expect(pages.map((html) => columns(table(html, 'coverage-grid') ?? ''))).toEqual(perPage);
		const expected = [...corpus.articles]
			// One date order everywhere: by the start of the period the date names, stated or estimated.
			.map((article) => ({ id: article.id, title: article.frontmatter.title as string, start: periodOf(article.frontmatter.published as Published).start }))
			.sort((a, b) => a.start - b.start || a.title.localeCompare(b.title, 'en'))
			.map((article) => article.id);
		expect(perPage.flat()).toEqual(expected);
		expect(pages.map((html) => [relLink(html, 'prev'), relLink(html, 'next')])[1]).toEqual(['/compare/', '/compare/3/']);
		expect(new Set(pages.map(title)).size).toBe(pages.length);
		expect(pages[1]).toContain(`Articles ${articlesPerComparison + 1}–${2 * articlesPerComparison} of ${size}, oldest first`);
	});

	it('gives the claims matrix a column only for articles that take a position, and splits the claims into pages that show each once', () => {
		const claims = corpusFiles<{ positions: { article: string }[] }>('claims');
		const pages = pagesOf('/claims/');
		expect(pages.length, 'the claims are addressed by more articles than one matrix may have columns').toBeGreaterThan(1);
		const shown: string[] = [];
		for (const html of pages) {
			const matrix = table(html, 'claims-matrix') ?? '';
			const articles = columns(matrix);
			const rows = [...matrix.matchAll(/<tr data-claim="([^"]+)"[^>]*>([\s\S]*?)<\/tr>/g)].map((m) => ({
				claim: m[1] ?? '',
				statuses: [...(m[2] ?? '').matchAll(/<td data-status="([a-z]+)"/g)].map((s) => s[1] ?? ''),
			}));
			expect(rows.length).toBeGreaterThan(0);
			expect(rows.length).toBeLessThanOrEqual(claimsPerPage);
			if (rows.length > 1) expect(articles.length).toBeLessThanOrEqual(articlesPerComparison);
			for (const row of rows) expect(row.statuses).toHaveLength(articles.length);
			const emptyColumns = articles.filter((_, column) => rows.every((row) => row.statuses[column] === 'none'));
			expect(emptyColumns, 'columns in which every claim is "not mentioned"').toEqual([]);
			// Each row marks exactly the articles the claim's file names.
			for (const row of rows) {
				const positions = new Set(claims.find((claim) => claim.id === row.claim)?.data.positions.map((p) => p.article));
				expect(articles.filter((_, column) => row.statuses[column] !== 'none').sort()).toEqual([...positions].sort());
			}
			shown.push(...rows.map((row) => row.claim));
		}
		expect(shown).toHaveLength(claims.length);
		expect(new Set(shown)).toEqual(new Set(claims.map((claim) => claim.id)));
		expect(relLink(pages[0] ?? '', 'next')).toBe('/claims/2/');
	});

	it(`splits the quotes into pages of ${quotesPerPage} that together show every quotation once`, () => {
		const quotes = corpusFiles('quotes').map((quote) => quote.id);
		expect(quotes.length, 'the archive must have more quotations than a page').toBeGreaterThan(quotesPerPage);
		const pages = pagesOf('/quotes/');
		expect(pages).toHaveLength(Math.ceil(quotes.length / quotesPerPage));
		const perPage = pages.map((html) => [...html.matchAll(/<figure class="quote" id="[^"]+" data-quote="([^"]+)"/g)].map((m) => m[1] ?? ''));
		expect(perPage.map((ids) => ids.length)).toEqual(pages.map((_, n) => Math.min(quotesPerPage, quotes.length - n * quotesPerPage)));
		expect(perPage.flat()).toHaveLength(quotes.length);
		expect(new Set(perPage.flat())).toEqual(new Set(quotes));
		expect(pages.map((html) => [relLink(html, 'prev'), relLink(html, 'next')])[1]).toEqual(['/quotes/', pages.length > 2 ? '/quotes/3/' : undefined]);
		expect(new Set(pages.map(title)).size).toBe(pages.length);
	});

	it(`splits the timeline into pages of ${timelineEntriesPerPage} entries that together show every entry once, in date order, numbered across pages`, () => {
		const events = corpusFiles('events').map((event) => event.id);
		const total = events.length + size;
		const pages = pagesOf('/timeline/');
		expect(pages).toHaveLength(Math.ceil(total / timelineEntriesPerPage));
		const perPage = pages.map((html) =>
			[...html.matchAll(/<li id="(event|published)-([^"]+)"[^>]*data-at="([^"]+)"[^>]*><span class="timeline-number">(\d+)<\/span>/g)].map((m) => ({
				key: `${m[1] === 'event' ? 'event' : 'article'}:${m[2]}`,
				at: m[3] ?? '',
				number: Number(m[4]),
			})),
		);
		expect(perPage.map((entries) => entries.length)).toEqual(pages.map((_, n) => Math.min(timelineEntriesPerPage, total - n * timelineEntriesPerPage)));
		const all = perPage.flat();
		expect(all.map((entry) => entry.number)).toEqual(all.map((_, index) => index + 1));
		expect(new Set(all.map((entry) => entry.key))).toEqual(new Set([...events.map((id) => `event:${id}`), ...corpus.articles.map((a) => `article:${a.id}`)]));
		const dates = all.map((entry) => entry.at);
		expect(dates).toEqual([...dates].sort());
		// Each page's chart draws exactly its own entries, with their numbers in the whole timeline.
		const charted = pages.map((html) => {
			const svg = html.slice(html.indexOf('<svg class="chart-svg timeline-chart"'), html.indexOf('</svg>', html.indexOf('timeline-chart')));
			return [...svg.matchAll(/class="tl-number" text-anchor="middle">(\d+)<\/text>/g)].map((m) => Number(m[1])).sort((a, b) => a - b);
		});
		expect(charted).toEqual(perPage.map((entries) => entries.map((entry) => entry.number)));
		expect(pages.map((html) => [relLink(html, 'prev'), relLink(html, 'next')])[1]).toEqual(['/timeline/', pages.length > 2 ? '/timeline/3/' : undefined]);
		expect(new Set(pages.map(title)).size).toBe(pages.length);
		expect(pages[1]).toContain(`Entries ${timelineEntriesPerPage + 1}–${2 * timelineEntriesPerPage} of ${total}, `);
	});

	it('links every entry of the timeline, from the timeline itself, the comparison and the open data, to the page that shows it', () => {
		const links: { href: string; from: string }[] = [];
		const collect = (base: string, pattern: RegExp) =>
			pagesOf(base).forEach((html, n) => {
				const from = n === 0 ? base : `${base}${n + 1}/`;
				for (const m of html.matchAll(pattern)) links.push({ href: m[1] ?? '', from });
			});
		collect('/timeline/', /href="([^"]*#(?:event|published)-[^"]+)"/g);
		collect('/compare/', /href="(\/timeline\/[^"]*#published-[^"]+)"/g);
		const { items } = JSON.parse(readFileSync(path.join(build.outDir, 'data', 'timeline.json'), 'utf8')) as {
			items: { id: string; kind: string; url: string; number: number }[];
		};
		for (const item of items) {
			links.push({ href: item.url, from: '/' });
			expect(new URL(item.url).hash).toBe(`#${item.kind === 'event' ? 'event' : 'published'}-${item.id}`);
		}
		expect(links.filter((link) => link.from.startsWith('/compare/'))).toHaveLength(size);
		expect(links.filter((link) => link.from.startsWith('/timeline/') && !link.href.startsWith('#')).length, 'links to entries on other pages').toBeGreaterThan(0);
		const broken = links.filter(({ href, from }) => {
			const { pathname, id } = target(href, from);
			return !hasId(pathname, id);
		});
		expect(broken).toEqual([]);
	});

	it(`splits the page of the most-mentioned entity into pages of ${mentioningArticlesPerPage} articles that together list each article that mentions it once, and indexes only the first for search`, () => {
		const { items } = JSON.parse(readFileSync(path.join(build.outDir, 'data', 'entities.json'), 'utf8')) as {
			items: { id: string; mentions: number; mentionsByArticle: { article: string; count: number }[] }[];
		};
		const [busiest] = [...items].sort((a, b) => b.mentionsByArticle.length - a.mentionsByArticle.length);
		if (!busiest) throw new Error('the open data lists no entity');
		const expected = busiest.mentionsByArticle.map(({ article, count }) => ({ article, count }));
		expect(expected.length, 'the most-mentioned entity must need more than one page').toBeGreaterThan(mentioningArticlesPerPage);
		const base = `/entities/${busiest.id}/`;
		const pages = pagesOf(base);
		expect(pages).toHaveLength(Math.ceil(expected.length / mentioningArticlesPerPage));
		const perPage = pages.map((html) =>
			[...html.matchAll(/<li class="hit" data-article="([^"]+)"[^>]*>[\s\S]*?<span class="count-badge"[^>]*>(\d+) mentions?<\/span>/g)].map((m) => ({
				article: m[1] ?? '',
				count: Number(m[2]),
			})),
		);
		expect(perPage.map((hits) => hits.length)).toEqual(pages.map((_, n) => Math.min(mentioningArticlesPerPage, expected.length - n * mentioningArticlesPerPage)));
		// Every article that mentions the entity once, most mentions first, as the open data lists them.
		expect(perPage.flat()).toEqual(expected);
		// The counts over all articles are on every page.
		for (const html of pages) expect(html).toContain(`Mentioned ${busiest.mentions} times in ${expected.length} articles of ${size}.`);
		expect(pages[1]).toContain(`Articles ${mentioningArticlesPerPage + 1}–${2 * mentioningArticlesPerPage} of ${expected.length}, most mentions first`);
		// Search finds the entity once, at its first page: later pages carry none of the index's attributes.
		expect(pages.map((html) => html.includes('data-pagefind-body'))).toEqual(pages.map((_, n) => n === 0));
		expect(pages[0]).toContain('data-pagefind-filter="type:Entity"');
		for (const html of pages.slice(1)) expect(html.match(/data-pagefind-(body|filter|meta)\b/g) ?? []).toEqual([]);
		expect(pages.map((html) => html.includes('id="together-with"'))).toEqual(pages.map((_, n) => n === 0));
		expect(pages.map((html) => [relLink(html, 'prev'), relLink(html, 'next')])[1]).toEqual([base, pages.length > 2 ? `${base}3/` : undefined]);
		expect(new Set(pages.map(title)).size).toBe(pages.length);
	});

	it('links each claim and quotation of the open data to the page that shows it', () => {
		for (const [file, prefix] of [
			['claims', 'claim'],
			['quotes', 'quote'],
		] as const) {
			const { items } = JSON.parse(readFileSync(path.join(build.outDir, 'data', `${file}.json`), 'utf8')) as { items: { id: string; url: string }[] };
			expect(items.length).toBeGreaterThan(0);
			const wrong = items.filter(({ id, url }) => !page(new URL(url).pathname).includes(`id="${prefix}-${id}"`) || new URL(url).hash !== `#${prefix}-${id}`);
			expect(wrong.map(({ url }) => url)).toEqual([]);
		}
	});
});
