import { describe, expect, it } from 'vitest';
import type { PagefindResultData } from '../../src/scripts/search/pagefind-api';
import { orderValues, visibleValues } from '../../src/scripts/search/filters';
import { decodeEntities, excerptParts, resultView, samePassage, sitePath } from '../../src/scripts/search/results';
import { summaryText } from '../../src/scripts/search/state';

describe('search excerpts', () => {
	it('splits an excerpt into plain and marked runs', () => {
		expect(excerptParts('Talks on <mark>Arctic</mark> oil and <mark>rare</mark> earths')).toEqual([
			{ text: 'Talks on ', marked: false },
			{ text: 'Arctic', marked: true },
			{ text: ' oil and ', marked: false },
			{ text: 'rare', marked: true },
			{ text: ' earths', marked: false },
		]);
	});

	it('decodes the character references Pagefind writes, so that text shows as written', () => {
		expect(excerptParts('AT&amp;T &lt;b&gt; &quot;quoted&quot; it&#39;s &#x2014; <mark>caf&#xe9;</mark>')).toEqual([
			{ text: 'AT&T <b> "quoted" it\'s — ', marked: false },
			{ text: 'café', marked: true },
		]);
		expect(decodeEntities('&unknown; &#0; &#x110000;')).toBe('&unknown; &#0; &#x110000;');
	});

	it('keeps any other tag-like text as text, never as markup', () => {
		const parts = excerptParts('<img src=x onerror=alert(1)> and <mark><b>bold</b></mark>');
		expect(parts).toEqual([
			{ text: '<img src=x onerror=alert(1)> and ', marked: false },
			{ text: '<b>bold</b>', marked: true },
		]);
	});
});

describe('result links', () => {
	it('keeps paths on this site and refuses anything else', () => {
		expect(sitePath('/articles/x/?highlight=arctic#s-1')).toBe('/articles/x/?highlight=arctic#s-1');
		for (const url of ['//evil.example/', 'javascript:alert(1)', 'https://evil.example/', '/\\evil', '', undefined, 'articles/x/']) {
			expect(sitePath(url), String(url)).toBeUndefined();
		}
	});
});

const data = (overrides: Partial<PagefindResultData> = {}): PagefindResultData => ({
	url: '/articles/arctic/?highlight=oil',
	excerpt: 'Arctic <mark>oil</mark> deals',
	meta: { title: 'Arctic deals', outlet: 'The Moscow Times', date: '8 December 2025', datetime: '2025-12-08', summary: 'A summary.' },
	sub_results: [],
	...overrides,
});

describe('what a result shows', () => {
	it('takes title, outlet, date and summary from the metadata, and the link from the result', () => {
		const view = resultView(data());
		expect(view).toMatchObject({
			href: '/articles/arctic/?highlight=oil',
			title: 'Arctic deals',
			outlet: 'The Moscow Times',
			date: '8 December 2025',
			datetime: '2025-12-08',
			summary: 'A summary.',
			sections: [],
		});
		expect(view.kind).toBeUndefined();
	});

	it('lists at most three matching sections with their own anchor, without repeating the page excerpt', () => {
		const sub = (n: number, excerpt = `section ${n} <mark>oil</mark>`) => ({ title: `Section ${n}`, url: `/articles/arctic/?highlight=oil#s-${n}`, excerpt });
		const view = resultView(
			data({
				sub_results: [
					{ title: 'Arctic deals', url: '/articles/arctic/?highlight=oil', excerpt: 'top' },
					sub(1, 'Section 1. Arctic <mark>oil</mark> deals'),
					sub(2),
					sub(3),
					sub(4),
				],
			}),
		);
		expect(view.sections.map((s) => s.title)).toEqual(['Section 1', 'Section 2', 'Section 3']);
		expect(view.sections[0]?.excerpt).toEqual([]);
		expect(view.sections[1]?.excerpt).toEqual([
			{ text: 'section 2 ', marked: false },
			{ text: 'oil', marked: true },
		]);
	});

	it('never lists a section that bears the result’s own title, even with an anchor of its own', () => {
		const view = resultView(
			data({
				sub_results: [
					{ title: 'Arctic deals', url: '/articles/arctic/?highlight=oil#arctic-deals', excerpt: 'Arctic <mark>oil</mark>' },
					{ title: 'Drilling', url: '/articles/arctic/?highlight=oil#drilling', excerpt: 'more <mark>oil</mark>' },
				],
			}),
		);
		expect(view.sections.map((s) => s.title)).toEqual(['Drilling']);
	});

	it('treats two excerpts cut around the same match as the same passage', () => {
		const page = excerptParts('for courtship. Russia’s elite view Trump as a gateway to reduced pressure from Western <mark>sanctions</mark> and renewed access to markets');
		const section = excerptParts('Political incentives for courtship. Russia’s elite view Trump as a gateway to reduced pressure from Western <mark>sanctions</mark> and renewed access');
		const elsewhere = excerptParts('The West responded with sweeping <mark>sanctions</mark> and military support');
		expect(samePassage(page, section)).toBe(true);
		expect(samePassage(page, elsewhere)).toBe(false);
	});

	it('falls back to the path when a page has no title, and to the home page when the link is not on this site', () => {
		const view = resultView(data({ url: 'javascript:alert(1)', meta: {} }));
		expect(view.href).toBe('/');
		expect(view.title).toBe('/');
	});
});

describe('filter values', () => {
	it('lists years newest first and other values by how many pages have them, then by name', () => {
		expect(orderValues('year', { '2024': 3, '2025': 1, '2023': 9 })).toEqual(['2025', '2024', '2023']);
		expect(orderValues('tag', { Energy: 2, Arctic: 2, Sanctions: 5 })).toEqual(['Sanctions', 'Arctic', 'Energy']);
	});

	it('lists values by how many of the current results have them, then by how many pages in all, then by name', () => {
		const totals = { Energy: 4, Arctic: 2, Sanctions: 5, Oil: 2 };
		expect(orderValues('tag', totals, { Arctic: 2, Energy: 1, Oil: 2 })).toEqual(['Arctic', 'Oil', 'Energy', 'Sanctions']);
	});

	it('shows the first values of a long group, and selected values beyond them too', () => {
		expect(visibleValues(['a', 'b', 'c', 'd'], [], 2)).toEqual(['a', 'b']);
		expect(visibleValues(['a', 'b', 'c', 'd'], ['d', 'a'], 2)).toEqual(['a', 'b', 'd']);
	});
});

describe('the summary line', () => {
	it('counts results for a query, and articles for filters alone', () => {
		expect(summaryText({ query: 'arctic' }, 0)).toBe('No results for “arctic”');
		expect(summaryText({ query: 'arctic' }, 1)).toBe('1 result for “arctic”');
		expect(summaryText({ query: 'arctic' }, 1234)).toBe('1,234 results for “arctic”');
		expect(summaryText({ query: '' }, 0)).toBe('No article has all of these filters');
		expect(summaryText({ query: '' }, 1)).toBe('1 article has these filters');
		expect(summaryText({ query: '' }, 7)).toBe('7 articles have these filters');
	});
});
