import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleFiles, attr, metaContents, pageElements, readArticlePage } from './article-page';
import { assertBuilt, htmlFiles, pathOfFile, siteDir } from './site';

/** The schema.org JSON-LD of each article page agrees with what the page shows, and claims nothing more. */
assertBuilt();
const articles = articleFiles();
const types = ['NewsArticle', 'OpinionNewsArticle', 'AnalysisNewsArticle'];

describe(`JSON-LD of the article pages in ${path.relative(process.cwd(), siteDir)}/`, () => {
	it('finds article pages', () => expect(articles.length).toBeGreaterThan(0));

	it.each(articles.map((file) => [pathOfFile(file), file]))('%s', (_, file) => {
		const page = readArticlePage(file);
		expect(page.jsonLd, 'exactly one JSON-LD block').toHaveLength(1);
		const data = page.jsonLd[0] as Record<string, unknown> & {
			author?: { '@type': string; name: string }[];
			publisher?: { '@type': string; name: string };
			image?: { url: string };
			mainEntityOfPage?: { '@id': string };
		};
		expect(data['@context']).toBe('https://schema.org');
		expect(types).toContain(data['@type']);
		expect(data.headline).toBe(page.h1);
		expect(data.url).toBe(page.canonical);
		expect(data.mainEntityOfPage?.['@id']).toBe(page.canonical);
		expect(data.image?.url).toBe(metaContents(page.elements, 'og:image')[0]);
		expect(data.keywords).toEqual(page.tags);
		// The date only when the source states it, and then exactly as the page's <time> gives it.
		if (page.estimated) expect(data).not.toHaveProperty('datePublished');
		else expect(data.datePublished).toBe(page.datetime);
		// Authors as the page credits them; none when the page says the author is unknown.
		if (page.authors.length === 0) expect(data).not.toHaveProperty('author');
		else expect(data.author).toEqual(page.authors.map((name) => ({ '@type': 'Person', name })));
		// A publisher only when the page names the outlet.
		if (page.outlet === undefined) expect(data).not.toHaveProperty('publisher');
		else expect(data.publisher).toMatchObject({ '@type': 'Organization', name: page.outlet });
		expect(data.inLanguage).toBe(attr(page.elements.find((el) => el.tagName === 'html') ?? page.elements[0]!, 'lang'));
	});

	it('no other page carries article JSON-LD', () => {
		const others = htmlFiles().filter((file) => !file.startsWith('pagefind/') && !articles.includes(file));
		const withJsonLd = others.filter((file) => pageElements(file).some((el) => el.tagName === 'script' && attr(el, 'type') === 'application/ld+json'));
		expect(withJsonLd).toEqual([]);
	});
});
