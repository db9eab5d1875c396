import { type DefaultTreeAdapterMap, parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import type { Genre } from '../../src/schemas/article';
import { type ArticleStructuredDataInput, articleStructuredData, mentionsInStructuredData, serializeJsonLd } from '../../src/lib/sharing/structured-data';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];
const elementsOf = (node: Node): Element[] => [...('tagName' in node ? [node] : []), ...('childNodes' in node ? node.childNodes.flatMap(elementsOf) : [])];
const textOf = (element: Element) => element.childNodes.map((child) => ('value' in child ? child.value : '')).join('');

/** An article with everything known: a stated day, an author, an outlet and the original address. */
const known: ArticleStructuredDataInput = {
	data: {
		title: 'Global Business Didn’t Save Russia – It Won’t Today',
		summary: 'An opinion piece on business deals.',
		genre: 'opinion',
		published: { date: '2025-12-08', precision: 'day', basis: 'stated' },
		originalUrl: 'https://www.themoscowtimes.com/2025/12/08/a91366',
		language: 'en',
	},
	url: 'https://example.org/articles/global-business/',
	image: { url: 'https://example.org/og/articles/global-business.png', width: 1200, height: 630 },
	authors: [{ name: 'Charles Hecker' }],
	outlet: { name: 'The Moscow Times', homepage: 'https://www.themoscowtimes.com' },
	tags: [{ label: 'Sanctions' }, { label: 'Business deals' }],
	mentions: [{ kind: 'person', name: 'Kirill Dmitriev', link: 'https://en.wikipedia.org/wiki/Kirill_Dmitriev' }],
};

/** The same article with nothing known but what the editors supplied. */
const unknown: ArticleStructuredDataInput = {
	...known,
	data: {
		...known.data,
		genre: 'news-report',
		published: { date: '2025-04', precision: 'month', basis: 'estimated', reason: 'Inferred from the text.' },
		originalUrl: undefined,
	},
	authors: [],
	outlet: undefined,
	mentions: [],
};

describe('articleStructuredData', () => {
	it.each([
		['news-report', 'NewsArticle'],
		['opinion', 'OpinionNewsArticle'],
		['analysis', 'AnalysisNewsArticle'],
		['commentary', 'OpinionNewsArticle'],
	] satisfies [Genre, string][])('a %s is a schema.org %s', (genre, type) => {
		const result = articleStructuredData({ ...known, data: { ...known.data, genre } });
		expect(result['@context']).toBe('https://schema.org');
		expect(result['@type']).toBe(type);
	});

	it('states everything that is known, as the frontmatter has it', () => {
		expect(articleStructuredData(known)).toEqual({
			'@context': 'https://schema.org',
			'@type': 'OpinionNewsArticle',
			headline: 'Global Business Didn’t Save Russia – It Won’t Today',
			description: 'An opinion piece on business deals.',
			url: 'https://example.org/articles/global-business/',
			mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://example.org/articles/global-business/' },
			image: { '@type': 'ImageObject', url: 'https://example.org/og/articles/global-business.png', width: 1200, height: 630 },
			inLanguage: 'en',
			articleSection: 'Opinion',
			keywords: ['Sanctions', 'Business deals'],
			datePublished: '2025-12-08',
			author: [{ '@type': 'Person', name: 'Charles Hecker' }],
			publisher: { '@type': 'Organization', name: 'The Moscow Times', url: 'https://www.themoscowtimes.com' },
			isBasedOn: 'https://www.themoscowtimes.com/2025/12/08/a91366',
			sameAs: 'https://www.themoscowtimes.com/2025/12/08/a91366',
			mentions: [{ '@type': 'Person', name: 'Kirill Dmitriev', sameAs: 'https://en.wikipedia.org/wiki/Kirill_Dmitriev' }],
		});
	});

	it('leaves out the date when it is estimated, the author when unknown, the publisher when the outlet is unknown, and the original address when there is none', () => {
		const result = articleStructuredData(unknown);
		for (const key of ['datePublished', 'author', 'publisher', 'isBasedOn', 'sameAs', 'mentions']) expect(result, key).not.toHaveProperty(key);
		expect(result.headline).toBe(known.data.title);
		expect(result['@type']).toBe('NewsArticle');
	});

	it('gives a stated date at its precision, without inventing a day or a month', () => {
		const month = articleStructuredData({ ...known, data: { ...known.data, published: { date: '2025-04', precision: 'month', basis: 'stated' } } });
		const year = articleStructuredData({ ...known, data: { ...known.data, published: { date: '2025', precision: 'year', basis: 'stated' } } });
		expect(month.datePublished).toBe('2025-04');
		expect(year.datePublished).toBe('2025');
	});

	it('names only the most mentioned entities that have a reference page, in the order given, so that a long article does not weigh more for it', () => {
		const many = Array.from({ length: 2 * mentionsInStructuredData + 2 }, (_, i) => ({
			kind: 'place' as const,
			name: `Place ${i}`,
			link: i % 2 === 0 ? `https://en.wikipedia.org/wiki/Place_${i}` : undefined,
		}));
		const result = articleStructuredData({ ...known, mentions: many }) as { mentions: { name: string; sameAs: string }[] };
		const expected = many.filter((m) => m.link).slice(0, mentionsInStructuredData);
		expect(result.mentions).toEqual(expected.map((m) => ({ '@type': 'Place', name: m.name, sameAs: m.link })));
	});

	it('states no mentions when none of the entities has a reference page', () => {
		expect(articleStructuredData({ ...known, mentions: [{ kind: 'person', name: 'A local official' }] })).not.toHaveProperty('mentions');
	});

	it('gives a publisher without a url when the outlet has no home page', () => {
		expect(articleStructuredData({ ...known, outlet: { name: 'Jadetimes' } }).publisher).toEqual({ '@type': 'Organization', name: 'Jadetimes' });
	});
});

describe('serializeJsonLd', () => {
	const hostileTitle = '</script><script>alert(1)</script> <!-- “Talks” & deals\u2028next\u2029line';
	const data = articleStructuredData({ ...known, data: { ...known.data, title: hostileTitle }, authors: [{ name: '</SCRIPT >Mallory' }] });
	const json = serializeJsonLd(data);

	it('leaves no <, >, & or line or paragraph separator in the text, escaping them as \\uXXXX', () => {
		expect(json).not.toMatch(/[<>&\u2028\u2029]/);
		expect(json).toContain('\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e');
		expect(json).toContain('\\u0026 deals\\u2028next\\u2029line');
	});

	it('is JSON that parses back to the same value', () => {
		expect(JSON.parse(json)).toEqual(data);
		expect((JSON.parse(json) as { headline: string }).headline).toBe(hostileTitle);
	});

	it('stays inside its script element when an HTML parser reads the page', () => {
		const html = `<!doctype html><html><head><title>t</title></head><body><script type="application/ld+json">${json}</script><p>after</p></body></html>`;
		const elements = elementsOf(parse(html));
		const scripts = elements.filter((el) => el.tagName === 'script');
		expect(scripts).toHaveLength(1);
		expect(JSON.parse(textOf(scripts[0] as Element))).toEqual(data);
		expect(elements.map((el) => el.tagName)).toEqual(['html', 'head', 'title', 'body', 'script', 'p']);
	});

	it('would not be safe as plain JSON.stringify: the check above can fail', () => {
		const html = `<body><script type="application/ld+json">${JSON.stringify(data)}</script></body>`;
		expect(elementsOf(parse(html)).filter((el) => el.tagName === 'script')).toHaveLength(2);
	});
});
