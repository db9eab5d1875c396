/** The pure helpers of src/lib/routing/pagination.ts: page ranges and how `packPages` cuts a list. */
import { describe, expect, it } from 'vitest';
import { packPages, pageRange } from '../../src/lib/routing/pagination';

describe('pageRange', () => {
	it('counts a list that fits on one page, and gives the range of a page of a longer one', () => {
		expect(pageRange({ start: 0, end: 4, total: 5, lastPage: 1 })).toBe('5 articles');
		expect(pageRange({ start: 0, end: 0, total: 1, lastPage: 1 })).toBe('1 article');
		expect(pageRange({ start: 10, end: 19, total: 10_000, lastPage: 1000 })).toBe('Articles 11–20 of 10,000');
		expect(pageRange({ start: 50, end: 99, total: 254, lastPage: 6 }, { one: 'quotation', many: 'quotations' })).toBe('Quotations 51–100 of 254');
	});
});

describe('packPages', () => {
	const claim = (id: string, ...articles: string[]) => ({ id, articles });
	const pack = (items: ReturnType<typeof claim>[], maxItems: number, maxKeys: number) =>
		packPages(items, { maxItems, maxKeys, keysOf: (item) => item.articles }).map((page) => page.map((item) => item.id));

	it('keeps everything on one page when it fits', () => {
		expect(pack([claim('a', 'x', 'y'), claim('b', 'y', 'z')], 20, 10)).toEqual([['a', 'b']]);
		expect(pack([], 20, 10)).toEqual([]);
	});

	it('ends a page before an item that would bring in too many keys, counting shared keys once', () => {
		expect(pack([claim('a', '1', '2'), claim('b', '2', '3'), claim('c', '4'), claim('d', '4', '5')], 20, 3)).toEqual([['a', 'b'], ['c', 'd']]);
	});

	it('ends a page after the most items, in order, each item once', () => {
		const items = Array.from({ length: 7 }, (_, n) => claim(String(n), 'x'));
		expect(pack(items, 3, 10)).toEqual([['0', '1', '2'], ['3', '4', '5'], ['6']]);
	});

	it('gives an item with more keys than a page may have a page to itself', () => {
		expect(pack([claim('a', '1'), claim('b', '1', '2', '3', '4'), claim('c', '1')], 20, 3)).toEqual([['a'], ['b'], ['c']]);
	});
});
