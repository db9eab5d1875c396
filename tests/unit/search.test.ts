import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/integrations/pagefind';
import { articleSearchData, facetLabels } from '../../src/lib/search/facets';
import { highlightTerms } from '../../src/scripts/search/highlight';
import {
	type FacetLabels,
	normalizeFilters,
	orderFilterKeys,
	pagefindSort,
	readState,
	sortFromPagefind,
	stateToHref,
	writeParams,
} from '../../src/scripts/search/state';

const labels: FacetLabels = {
	tag: { arctic: 'Arctic', 'us-russia-relations': 'US–Russia relations' },
	outlet: { 'the-moscow-times': 'The Moscow Times', unknown: 'Outlet unknown' },
	genre: { opinion: 'Opinion', 'news-report': 'News report' },
	year: { '2025': '2025' },
	author: { 'charles-hecker': 'Charles Hecker' },
};

describe('search state in the URL', () => {
	it('reads the query, filters (by id) and sort', () => {
		const state = readState(new URLSearchParams('q=+arctic+drilling+&tag=arctic&genre=opinion&sort=newest&utm_source=x'), labels);
		expect(state).toEqual({ query: 'arctic drilling', filters: { tag: ['Arctic'], genre: ['Opinion'] }, sort: 'newest' });
	});

	it('accepts labels in any case and passes unknown values through', () => {
		const state = readState(new URLSearchParams('tag=ARCTIC&tag=nonexistent&year=2025'), labels);
		expect(state.filters).toEqual({ tag: ['Arctic', 'nonexistent'], year: ['2025'] });
	});

	it('ignores an unknown sort order and empty values', () => {
		expect(readState(new URLSearchParams('sort=sideways&tag=&q='), labels)).toEqual({ query: '', filters: {}, sort: 'relevance' });
	});

	it('reads other filters only when told they exist, by label', () => {
		const params = new URLSearchParams('entity=Kirill+Dmitriev&type=Article&highlight=x');
		expect(readState(params, labels).filters).toEqual({});
		expect(readState(params, labels, ['tag', 'entity', 'type', 'highlight']).filters).toEqual({ entity: ['Kirill Dmitriev'], type: ['Article'] });
	});

	it('writes a canonical URL: q, the article facets in order, other filters, sort', () => {
		const href = stateToHref(
			{ query: ' arctic ', filters: { type: ['Article'], genre: ['Opinion'], tag: ['US–Russia relations', 'Arctic'], entity: [] }, sort: 'oldest' },
			labels,
		);
		expect(href).toBe('/search/?q=arctic&tag=arctic&tag=us-russia-relations&genre=opinion&type=Article&sort=oldest');
		expect(stateToHref({ query: '', filters: {}, sort: 'relevance' }, labels)).toBe('/search/');
	});

	it('round-trips every state through the URL', () => {
		const state = { query: '"rare earth" deals', filters: { tag: ['Arctic'], outlet: ['Outlet unknown'], author: ['Charles Hecker'] }, sort: 'newest' as const };
		expect(readState(writeParams(state, labels), labels)).toEqual(state);
	});

	it('orders filters and values canonically, dropping empty ones', () => {
		expect(Object.keys(normalizeFilters({ entity: ['b', 'a'], year: ['2025'], tag: [], author: ['x'] }))).toEqual(['year', 'author', 'entity']);
		expect(normalizeFilters({ entity: ['b', 'a', 'b'] })).toEqual({ entity: ['a', 'b'] });
		expect(orderFilterKeys(['zeta', 'tag', 'q', 'sort', 'alpha', 'genre'])).toEqual(['tag', 'genre', 'alpha', 'zeta']);
	});

	it('maps sort orders to Pagefind’s date sort and back', () => {
		expect(pagefindSort('relevance')).toEqual({});
		expect(pagefindSort('newest')).toEqual({ date: 'desc' });
		expect(sortFromPagefind(pagefindSort('oldest'))).toBe('oldest');
		expect(sortFromPagefind({})).toBe('relevance');
	});
});

describe('highlight terms', () => {
	it('joins the words Pagefind splits a quoted phrase into', () => {
		// Pagefind appends `highlight=` once per whitespace-separated word of the query, quotes included.
		expect(highlightTerms(['"black', 'sea"', 'oil'])).toEqual(['black sea', 'oil']);
		expect(highlightTerms(['arctic', 'arctic', ''])).toEqual(['arctic']);
		expect(highlightTerms(['“rare', 'earth”'])).toEqual(['rare', 'earth']);
	});
});

describe('what the index keeps about an article', () => {
	const base = {
		summary: 'A summary, with a comma.',
		genre: 'opinion' as const,
		tags: [{ id: 'arctic', data: { label: 'Arctic' } }],
	};

	it('gives every filter a value, “unknown” included, and a sortable date', () => {
		const data = articleSearchData({
			...base,
			published: { date: '2025-04', precision: 'month', basis: 'estimated', reason: 'r' },
			outlet: undefined,
			authors: [],
		});
		expect(data.filters).toEqual({
			tag: [{ id: 'arctic', label: 'Arctic' }],
			outlet: [{ id: 'unknown', label: 'Outlet unknown' }],
			genre: [{ id: 'opinion', label: 'Opinion' }],
			year: [{ id: '2025', label: '2025' }],
			author: [{ id: 'unknown', label: 'Author unknown' }],
		});
		expect(data.meta).toEqual({ outlet: 'Outlet unknown', date: 'April 2025 (estimated)', datetime: '2025-04', summary: base.summary });
		expect(data.sortDate).toBe('2025-04-01');
	});

	it('collects the id → label map of all articles for the search page', () => {
		const one = articleSearchData({
			...base,
			published: { date: '2025-12-08', precision: 'day', basis: 'stated' },
			outlet: { id: 'the-moscow-times', data: { name: 'The Moscow Times' } },
			authors: [{ id: 'charles-hecker', data: { name: 'Charles Hecker' } }],
		});
		const labels = facetLabels([one]);
		expect(labels.outlet).toEqual({ 'the-moscow-times': 'The Moscow Times' });
		expect(labels.author).toEqual({ 'charles-hecker': 'Charles Hecker' });
		expect(one.sortDate).toBe('2025-12-08');
	});
});

describe('building the index', () => {
	const dirs: string[] = [];
	const tempDir = async () => {
		const dir = await mkdtemp(path.join(tmpdir(), 'search-index-'));
		dirs.push(dir);
		return dir;
	};
	afterAll(async () => {
		await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
	});

	const page = (body: string) => `<!doctype html><html lang="en"><head><title>t</title></head><body>
		<header data-pagefind-ignore><nav><a href="/">Navigation words</a></nav></header>
		<main>${body}</main>
		<footer data-pagefind-ignore>Footer words</footer></body></html>`;

	it('indexes only the marked body, with metadata and filters, into pagefind/', async () => {
		const dir = await tempDir();
		await writeFile(
			path.join(dir, 'index.html'),
			page(`<h1 data-pagefind-meta="title">Arctic deals</h1>
				<div hidden data-pagefind-sort="date:2025-12-08"><span data-pagefind-meta="outlet:The Moscow Times"></span>
				<span data-pagefind-filter="tag:Arctic"></span></div>
				<div data-pagefind-body><h2 id="s" data-pagefind-title="Section">Section<a class="heading-anchor" href="#s">Link to the section</a></h2>
				<p>Icebreakers and drilling rigs.</p></div>
				<aside data-pagefind-ignore>Related articles</aside>`),
		);
		await writeFile(path.join(dir, 'other.html'), page('<p>A page without a marked body is left out.</p>'));
		const summary = await buildSearchIndex(dir);
		expect(summary).toMatchObject({ pagesRead: 2, pagesIndexed: 1 });
		const files = await readdir(path.join(dir, 'pagefind'), { recursive: true });
		expect(files).toContain('pagefind.js');
		expect(files).toContain('pagefind-highlight.js');
		const fragments = files.filter((file) => file.startsWith(`fragment${path.sep}`));
		expect(fragments).toHaveLength(1);
		const raw = gunzipSync(await readFile(path.join(dir, 'pagefind', fragments[0] ?? ''))).subarray(12).toString();
		const fragment = JSON.parse(raw) as { content: string; meta: Record<string, string>; filters: Record<string, string[]> };
		expect(fragment.content).toContain('Icebreakers and drilling rigs.');
		for (const noise of ['Navigation', 'Footer', 'Related', 'Link to the section']) expect(fragment.content).not.toContain(noise);
		expect(fragment.meta).toMatchObject({ title: 'Arctic deals', outlet: 'The Moscow Times' });
		expect(fragment.filters).toEqual({ tag: ['Arctic'] });
		// (Sort orders are precomputed into the index, not stored per page; the browser tests check them.)
	});

	it('fails when there is nothing to index', async () => {
		const dir = await tempDir();
		await expect(buildSearchIndex(dir)).rejects.toThrow(/no HTML page/);
	});
});
