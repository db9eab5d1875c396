/**
 * Publication dates in words (src/lib/content/dates.ts) and the orderings of articles
 * (src/lib/content/article-order.ts): newest first, related by shared tags, and the
 * newer/older neighbours of an article.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neighbours, newestFirst, oldestFirst, type Orderable, relatedByTags } from '../../src/lib/content/article-order';
import { describePublished, formatPublished, publishedStart, publishedYear } from '../../src/lib/content/dates';
import type { Published } from '../../src/schemas/published';

const day: Published = { date: '2025-12-08', precision: 'day', basis: 'stated', asPrinted: 'December 08, 2025' };
const month: Published = { date: '2025-04', precision: 'month', basis: 'estimated', reason: 'From the text.' };
const year: Published = { date: '2024', precision: 'year', basis: 'estimated', reason: 'From the text.' };

describe('publication dates', () => {
	it.each([
		{ published: day, words: '8 December 2025' },
		{ published: month, words: 'April 2025' },
		{ published: year, words: '2024' },
		{ published: { ...day, date: '2025-01-31' }, words: '31 January 2025' },
	])('writes $published.date at precision "$published.precision" as "$words"', ({ published, words }) => {
		expect(formatPublished(published)).toBe(words);
	});

	it('adds "(estimated)" only to estimated dates', () => {
		expect(describePublished(day)).toBe('8 December 2025');
		expect(describePublished({ ...day, basis: 'estimated', reason: 'From the text.' })).toBe('8 December 2025 (estimated)');
		expect(describePublished(month)).toBe('April 2025 (estimated)');
		expect(describePublished(year)).toBe('2024 (estimated)');
		expect(describePublished({ ...year, basis: 'stated', reason: undefined })).toBe('2024');
	});

	it.each([
		{ published: day, start: '2025-12-08T00:00:00.000Z' },
		{ published: month, start: '2025-04-01T00:00:00.000Z' },
		{ published: year, start: '2024-01-01T00:00:00.000Z' },
	])('starts the period of $published.date ($published.precision) at $start', ({ published, start }) => {
		expect(publishedStart(published).toISOString()).toBe(start);
	});

	it('gives the year of a date at every precision', () => {
		expect([day, month, year].map(publishedYear)).toEqual(['2025', '2025', '2024']);
	});
});

interface Item extends Orderable {
	data: { title: string; published: Published; tags: readonly ({ id: string } | string)[] };
}

function item(id: string, title: string, published: Published, tags: string[] = [], asReferences = false): Item {
	return { id, data: { title, published, tags: asReferences ? tags.map((tag) => ({ id: tag })) : tags } };
}

const tagIds = (entry: Item) => entry.data.tags.map((tag) => (typeof tag === 'string' ? tag : tag.id));
const ids = (items: readonly { id: string }[]) => items.map((entry) => entry.id);

describe('newestFirst', () => {
	it('orders by the start of the publication period, newest first, whatever the input order', () => {
		const items = [
			item('y2024', 'A', year),
			item('d2025-12-08', 'B', day),
			item('m2025-04', 'C', month),
			item('d2025-04-15', 'D', { ...day, date: '2025-04-15' }),
		];
		const expected = ['d2025-12-08', 'd2025-04-15', 'm2025-04', 'y2024'];
		expect(ids(newestFirst(items))).toEqual(expected);
		expect(ids(newestFirst([...items].reverse()))).toEqual(expected);
	});

	it('breaks a tie on the date by title, so that file order does not matter', () => {
		const items = [item('b', 'Beta talks', day), item('a', 'Alpha talks', day), item('c', 'charlie talks', day)];
		expect(ids(newestFirst(items))).toEqual(['a', 'b', 'c']);
		expect(ids(newestFirst([...items].reverse()))).toEqual(['a', 'b', 'c']);
	});

	it('keeps the input order of articles with the same date and the same title (a stable sort)', () => {
		const items = [item('first', 'Same', day), item('second', 'Same', day), item('third', 'Same', day)];
		expect(ids(newestFirst(items))).toEqual(['first', 'second', 'third']);
	});

	it('does not reorder the array it is given', () => {
		const items = [item('old', 'A', year), item('new', 'B', day)];
		newestFirst(items);
		expect(ids(items)).toEqual(['old', 'new']);
	});
});

describe('oldestFirst', () => {
	it('uses the same rule as newestFirst: a stated and an estimated date both sort by the start of their period', () => {
		const items = [
			item('y2025-estimated', 'A', { ...year, date: '2025', basis: 'estimated', reason: 'the headline' }),
			item('d2025-02-20', 'B', { ...day, date: '2025-02-20' }),
			item('m2024-11-estimated', 'C', { ...month, date: '2024-11', basis: 'estimated', reason: 'the election' }),
			item('d2025-12-08', 'D', day),
		];
		const expected = ['m2024-11-estimated', 'y2025-estimated', 'd2025-02-20', 'd2025-12-08'];
		expect(ids(oldestFirst(items))).toEqual(expected);
		expect(ids(oldestFirst([...items].reverse()))).toEqual(expected);
		expect(ids(newestFirst(items))).toEqual([...expected].reverse());
	});

	it('breaks a tie on the date by title, as newestFirst does', () => {
		const items = [item('b', 'Beta talks', day), item('a', 'Alpha talks', day)];
		expect(ids(oldestFirst(items))).toEqual(['a', 'b']);
	});
});

describe('relatedByTags', () => {
	const base = item('base', 'Base', day, ['sanctions', 'energy', 'arctic']);
	const all = [
		base,
		item('one-old', 'One old', year, ['energy']),
		item('two-old', 'Two old', { ...day, date: '2025-01-10' }, ['sanctions', 'arctic'], true),
		item('one-new', 'One new', { ...day, date: '2025-11-01' }, ['arctic', 'other']),
		item('three', 'Three', year, ['arctic', 'energy', 'sanctions']),
		item('none', 'None', day, ['other']),
	];

	it('ranks by the number of shared tags, then newest first, and lists the shared tags', () => {
		const related = relatedByTags(base, all, 10);
		expect(related.map((entry) => entry.article.id)).toEqual(['three', 'two-old', 'one-new', 'one-old']);
		expect(related.map((entry) => [...entry.shared].sort())).toEqual([
			['arctic', 'energy', 'sanctions'],
			['arctic', 'sanctions'],
			['arctic'],
			['energy'],
		]);
	});

	it('leaves out the article itself and articles with no tag in common', () => {
		const related = ids(relatedByTags(base, all, 10).map((entry) => entry.article));
		expect(related).not.toContain('base');
		expect(related).not.toContain('none');
	});

	it('returns at most three articles by default, and at most `limit` when given', () => {
		expect(relatedByTags(base, all)).toHaveLength(3);
		expect(ids(relatedByTags(base, all, 1).map((entry) => entry.article))).toEqual(['three']);
	});

	it('picks the same articles as ranking every other article by its shared tags, for any archive', () => {
		// The plain rule, by brute force: every other article with a tag in common, most shared tags first
		// (a tag listed twice counts twice), then newest first.
		const byBruteForce = (article: Item, all: Item[], limit: number) => {
			const own = new Set(tagIds(article));
			return newestFirst(all)
				.filter((other) => other.id !== article.id)
				.map((other) => ({ article: other, shared: tagIds(other).filter((id) => own.has(id)) }))
				.filter((entry) => entry.shared.length > 0)
				.sort((a, b) => b.shared.length - a.shared.length)
				.slice(0, limit);
		};
		const dates = [day, month, year, { ...day, date: '2025-04-15' }];
		const archive = fc.uniqueArray(
			fc.record({
				id: fc.stringMatching(/^[a-z]{1,6}$/),
				title: fc.constantFrom('Alpha', 'Beta', 'Gamma', 'Delta'),
				published: fc.constantFrom(...dates),
				tags: fc.array(fc.constantFrom('arctic', 'energy', 'sanctions', 'oil', 'trade'), { minLength: 1, maxLength: 4 }),
				asReferences: fc.boolean(),
			}),
			{ selector: (entry) => entry.id, minLength: 1, maxLength: 30 },
		);
		fc.assert(
			fc.property(archive, fc.nat(), fc.integer({ min: 1, max: 8 }), (entries, pick, limit) => {
				const all = entries.map((entry) => item(entry.id, entry.title, entry.published, entry.tags, entry.asReferences));
				const article = all[pick % all.length] as Item;
				const related = relatedByTags(article, all, limit);
				const expected = byBruteForce(article, all, limit);
				expect(related.map((entry) => [entry.article.id, entry.shared])).toEqual(expected.map((entry) => [entry.article.id, entry.shared]));
			}),
		);
	});

	it('works with tags given as references ({ id }) as well as plain ids', () => {
		const asReferences = all.map((entry) => item(entry.id, entry.data.title, entry.data.published, tagIds(entry), true));
		const [first] = asReferences;
		expect(first && ids(relatedByTags(first, asReferences, 10).map((entry) => entry.article))).toEqual(['three', 'two-old', 'one-new', 'one-old']);
	});
});

describe('neighbours', () => {
	const all = [item('middle', 'M', { ...day, date: '2025-06-01' }), item('newest', 'N', day), item('oldest', 'O', year)];

	it('gives the newest article no newer neighbour and the next one as older', () => {
		const [, newest] = all;
		expect(newest && neighbours(newest, all)).toEqual({ newer: undefined, older: all[0] });
	});

	it('gives the oldest article no older neighbour and the previous one as newer', () => {
		const [, , oldest] = all;
		expect(oldest && neighbours(oldest, all)).toEqual({ newer: all[0], older: undefined });
	});

	it('gives an article in the middle both neighbours', () => {
		const [middle, newest, oldest] = all;
		expect(middle && neighbours(middle, all)).toEqual({ newer: newest, older: oldest });
	});

	it('gives a lone article and an article missing from the list no neighbours', () => {
		const [middle] = all;
		expect(middle && neighbours(middle, [middle])).toEqual({ newer: undefined, older: undefined });
		expect(neighbours(item('elsewhere', 'E', day), all)).toEqual({ newer: undefined, older: undefined });
	});
});
