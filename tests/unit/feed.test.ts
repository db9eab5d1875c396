import { getRssString } from '@astrojs/rss';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { type FeedArticle, feedItem, feedNamespaces } from '../../src/lib/sharing/feed';

const site = 'https://example.org/';
const article = (published: FeedArticle['data']['published'], authorNames: string[] = []): FeedArticle => ({
	id: 'talks',
	data: { title: 'US-Russia Talks: The Key Topic', summary: 'Business is the key topic.', published },
	authorNames,
	tagLabels: ['Sanctions', 'US–Russia relations'],
});
const estimated = { basis: 'estimated', reason: 'Inferred from the text.' } as const;

/** The feed as a reader's parser sees it, with every item's children as lists. */
async function parsedFeed(items: FeedArticle[]) {
	const xml = await getRssString({ title: 'T', description: 'D', site, items: items.map((item) => feedItem(item, site)), xmlns: feedNamespaces });
	expect(XMLValidator.validate(xml)).toBe(true);
	const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false, isArray: (name) => ['item', 'category', 'dc:creator'].includes(name) });
	return (parser.parse(xml) as { rss: { channel: { item: Record<string, string | string[] | undefined>[] } } }).rss.channel.item;
}

describe('feedItem', () => {
	it('links to the article page by its absolute address, with the trailing slash, and files it under its tags', () => {
		const item = feedItem(article({ date: '2025-02-20', precision: 'day', basis: 'stated' }), site);
		expect(item.link).toBe('https://example.org/articles/talks/');
		expect(item.title).toBe('US-Russia Talks: The Key Topic');
		expect(item.description).toBe('Business is the key topic.');
		expect(item.categories).toEqual(['Sanctions', 'US–Russia relations']);
	});

	it('gives a pubDate only for a date the source states to the day, and a dc:date for every date', async () => {
		const [day, month, year, estimatedDay] = await parsedFeed([
			article({ date: '2025-02-20', precision: 'day', basis: 'stated' }),
			article({ date: '2025-04', precision: 'month', basis: 'stated' }),
			article({ date: '2025', precision: 'year', ...estimated }),
			article({ date: '2024-11-06', precision: 'day', ...estimated }),
		]);
		expect(day?.pubDate).toBe('Thu, 20 Feb 2025 00:00:00 GMT');
		expect(day?.['dc:date']).toBe('2025-02-20');
		expect(month?.pubDate).toBeUndefined();
		expect(month?.['dc:date']).toBe('2025-04');
		expect(year?.pubDate).toBeUndefined();
		expect(year?.['dc:date']).toBe('2025');
		expect(estimatedDay?.pubDate).toBeUndefined();
		expect(estimatedDay?.['dc:date']).toBe('2024-11-06');
	});

	it('names each known author in a dc:creator, and no one when the author is unknown', async () => {
		const [two, none] = await parsedFeed([
			article({ date: '2025', precision: 'year', ...estimated }, ['Jane Doe', 'John Roe']),
			article({ date: '2025', precision: 'year', ...estimated }),
		]);
		expect(two?.['dc:creator']).toEqual(['Jane Doe', 'John Roe']);
		expect(none?.['dc:creator']).toBeUndefined();
		expect(none?.author).toBeUndefined();
	});

	it('keeps markup in a title or an author name as text', async () => {
		const hostile = '</title><script>alert(1)</script> “Talks” & <dc:creator>deals</dc:creator>';
		const [item] = await parsedFeed([
			{ ...article({ date: '2025', precision: 'year', ...estimated }, [hostile]), data: { title: hostile, summary: hostile, published: { date: '2025', precision: 'year', ...estimated } } },
		]);
		expect(item?.title).toBe(hostile);
		expect(item?.description).toBe(hostile);
		expect(item?.['dc:creator']).toEqual([hostile]);
		expect(item).not.toHaveProperty('script');
	});
});
