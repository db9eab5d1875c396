import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { articleFiles, readArticlePage } from './article-page';
import { assertBuilt, siteDir, siteOrigin } from './site';

/** The RSS feed (/rss.xml) against the article pages it lists. */
assertBuilt();
const feedFile = path.join(siteDir, 'rss.xml');
const xml = existsSync(feedFile) ? readFileSync(feedFile, 'utf8') : '';

interface Item {
	title?: string;
	link?: string;
	guid?: { '#text': string; '@_isPermaLink': string };
	description?: string;
	pubDate?: string;
	'dc:date'?: string;
	'dc:creator'?: string[];
	category?: string[];
}
const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false, isArray: (name) => ['item', 'category', 'dc:creator'].includes(name) });
const feed = (xml ? parser.parse(xml) : {}) as { rss?: { '@_version': string; '@_xmlns:dc'?: string; channel?: { title: string; link: string; item?: Item[] } } };
const items = feed.rss?.channel?.item ?? [];
const pages = articleFiles().map((file) => readArticlePage(file));

describe(`the feed, ${path.relative(process.cwd(), feedFile)}`, () => {
	it('is well-formed XML: an RSS 2.0 channel that declares the Dublin Core namespace', () => {
		expect(xml, 'rss.xml is missing').not.toBe('');
		expect(XMLValidator.validate(xml)).toBe(true);
		expect(feed.rss?.['@_version']).toBe('2.0');
		expect(feed.rss?.['@_xmlns:dc']).toBe('http://purl.org/dc/elements/1.1/');
		expect(feed.rss?.channel?.title).toBe('US–Russia Business Talks');
		expect(feed.rss?.channel?.link).toBe(`${siteOrigin()}/`);
	});

	it('has exactly one item per article page, linked by the page’s canonical address', () => {
		expect(pages.length).toBeGreaterThan(0);
		expect(items.map((item) => item.link).sort()).toEqual(pages.map((page) => page.canonical).sort());
		for (const item of items) expect(item.guid?.['#text']).toBe(item.link);
	});

	it('lists the articles newest first', () => {
		const starts = items.map((item) => item['dc:date'] ?? '');
		expect(starts).toEqual([...starts].sort().reverse());
	});

	it.each(pages.map((page) => [page.path, page] as const))('%s: title, categories, authors and date agree with the page', (_, page) => {
		const item = items.find((candidate) => candidate.link === page.canonical);
		expect(item).toBeDefined();
		expect(item?.title).toBe(page.h1);
		expect(item?.category).toEqual(page.tags);
		expect(item?.['dc:creator'] ?? []).toEqual(page.authors);
		// The date at its precision; an RFC 822 pubDate only when the source states the day.
		expect(item?.['dc:date']).toBe(page.datetime);
		const statedDay = !page.estimated && /^\d{4}-\d{2}-\d{2}$/.test(page.datetime ?? '');
		if (statedDay) {
			expect(item?.pubDate).toMatch(/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
			expect(new Date(item?.pubDate ?? '').toISOString().slice(0, 10)).toBe(page.datetime);
		} else {
			expect(item?.pubDate).toBeUndefined();
		}
	});
});
