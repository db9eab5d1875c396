import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cacheKeyOf, entryStamp, pageShown, serialise, withCacheKeys } from '../../src/lib/routing/cache-keys';

/** The same value with every object's keys in another order. */
function reordered(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(reordered);
	if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reordered(v)]));
	return value;
}

/** JSON values as a page could show them (-0 reads as 0 on a page, so it is left out). */
const shown = fc.jsonValue().map((value) => JSON.parse(JSON.stringify(value)) as unknown);

const article = (overrides: Partial<{ digest: string; html: string; title: string }> = {}) => ({
	id: 'a',
	collection: 'articles',
	digest: overrides.digest ?? 'd1',
	data: { title: overrides.title ?? 'T' },
	rendered: { html: overrides.html ?? '<p>x</p>', metadata: { frontmatter: { readingTime: { words: 1, minutes: 1 } } } },
});

describe('cache keys', () => {
	it('gives equal keys to equal values, whatever the order of their object keys', () => {
		fc.assert(fc.property(shown, (value) => cacheKeyOf(value) === cacheKeyOf(reordered(value))));
	});

	it('gives two values the same key only when they are equal', () => {
		fc.assert(fc.property(shown, shown, (a, b) => (cacheKeyOf(a) === cacheKeyOf(b)) === isDeepStrictEqual(a, b)));
	});

	it('changes when any one field a page shows changes', () => {
		fc.assert(
			fc.property(fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.integer(), fc.boolean()), { minKeys: 1 }), fc.nat(), (fields, pick) => {
				const keys = Object.keys(fields);
				const key = keys[pick % keys.length] as string;
				const changed = { ...fields, [key]: typeof fields[key] === 'string' ? `${fields[key]}!` : typeof fields[key] === 'number' ? (fields[key] as number) + 1 : !fields[key] };
				return cacheKeyOf(fields) !== cacheKeyOf(changed);
			}),
		);
	});

	it('tells undefined from null, a missing field from an undefined one in an array, and a string from a number', () => {
		expect(cacheKeyOf({ a: undefined })).not.toBe(cacheKeyOf({ a: null }));
		expect(cacheKeyOf([undefined])).not.toBe(cacheKeyOf([null]));
		expect(cacheKeyOf({ a: '1' })).not.toBe(cacheKeyOf({ a: 1 }));
	});

	it('keeps the order of lists, maps and sets, which pages show in that order', () => {
		expect(cacheKeyOf(['a', 'b'])).not.toBe(cacheKeyOf(['b', 'a']));
		expect(cacheKeyOf(new Map([['a', 1], ['b', 2]]))).not.toBe(cacheKeyOf(new Map([['b', 2], ['a', 1]])));
		expect(cacheKeyOf(new Set(['a', 'b']))).not.toBe(cacheKeyOf(new Set(['b', 'a'])));
		expect(cacheKeyOf(new Map([['a', 1]]))).not.toBe(cacheKeyOf({ a: 1 }));
	});

	it('writes dates and addresses by their value', () => {
		expect(cacheKeyOf({ at: new Date('2025-01-02') })).toBe(cacheKeyOf({ at: new Date('2025-01-02T00:00:00Z') }));
		expect(cacheKeyOf({ at: new Date('2025-01-02') })).not.toBe(cacheKeyOf({ at: new Date('2025-01-03') }));
		expect(cacheKeyOf(new URL('https://a.example/x'))).not.toBe(cacheKeyOf(new URL('https://a.example/y')));
	});

	it('refuses a function or a cycle instead of leaving it out of the key', () => {
		expect(() => serialise({ render: () => 1 })).toThrow(/cannot hold a function \(at \.render\)/);
		const loop: Record<string, unknown> = {};
		loop.self = loop;
		expect(() => serialise({ loop })).toThrow(/cannot hold a cycle \(at \.loop\.self\)/);
	});

	it('lets a value appear twice without taking it for a cycle', () => {
		const shared = { id: 'x' };
		expect(() => serialise([shared, shared])).not.toThrow();
	});

	it('stamps a content entry by its digest and what it rendered to, not by its data', () => {
		expect(entryStamp(article())).toMatch(/^articles\/a@d1#/);
		expect(cacheKeyOf({ article: article() })).toBe(cacheKeyOf({ article: article({ title: 'another object, same digest' }) }));
		expect(cacheKeyOf({ article: article() })).not.toBe(cacheKeyOf({ article: article({ digest: 'd2' }) }));
		// Same file, rendered differently (an entity added to the matcher links a name in it).
		expect(cacheKeyOf({ article: article() })).not.toBe(cacheKeyOf({ article: article({ html: '<p><a href="/entities/x/">x</a></p>' }) }));
	});

	it('stamps an entry without a digest by all of its fields', () => {
		const entry = { id: 'a', collection: 'tags', data: { label: 'Energy' } };
		expect(cacheKeyOf(entry)).not.toBe(cacheKeyOf({ ...entry, data: { label: 'Oil' } }));
	});

	it('shows of a page of a list where it is and the addresses of its neighbours', () => {
		const page = { currentPage: 2, lastPage: 3, start: 50, end: 99, total: 120, size: 50, url: { current: '/2/', prev: '/', next: '/3/' }, data: ['ignored'] };
		expect(pageShown(page)).toEqual({ currentPage: 2, lastPage: 3, start: 50, end: 99, total: 120, size: 50, url: page.url });
		expect(cacheKeyOf(pageShown(page))).not.toBe(cacheKeyOf(pageShown({ ...page, lastPage: 4 })));
	});

	it('gives each path the key of what it shows, keeping its params and props', () => {
		const paths = [
			{ params: { slug: 'a' }, props: { title: 'A' } },
			{ params: { slug: 'b' }, props: { title: 'B' } },
		];
		const keyed = withCacheKeys(paths, ({ props }) => props.title);
		expect(keyed.map(({ params, props }) => ({ params, props }))).toEqual(paths);
		expect(keyed[0]?.cacheKey).toBe(cacheKeyOf('A'));
		expect(keyed[0]?.cacheKey).not.toBe(keyed[1]?.cacheKey);
	});
});
