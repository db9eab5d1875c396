import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pngSize } from '../png-header';
import { articleFiles, attr, metaContents, pageElements, readArticlePage, textOf } from './article-page';
import { assertBuilt, fileOfPath, htmlFiles, pathOfFile, siteDir, siteOrigin } from './site';

/** Open Graph and Twitter card tags on every page, and the social images they point to. */
assertBuilt();
const origin = siteOrigin();
const pages = htmlFiles().filter((file) => !file.startsWith('pagefind/'));
const articles = new Set(articleFiles());

/** The one value of a meta tag; fails when there is none or several. */
function single(elements: ReturnType<typeof pageElements>, key: string): string {
	const values = metaContents(elements, key);
	expect(values, `exactly one ${key}`).toHaveLength(1);
	return values[0] ?? '';
}

describe(`Open Graph and Twitter tags of every page in ${path.relative(process.cwd(), siteDir)}/`, () => {
	it.each(pages)('%s', (file) => {
		const elements = pageElements(file);
		const title = single(elements, 'og:title');
		const description = single(elements, 'og:description');
		expect(title).not.toBe('');
		expect(description).toBe(single(elements, 'description'));
		expect(single(elements, 'twitter:card')).toBe('summary_large_image');
		expect(single(elements, 'twitter:title')).toBe(title);
		expect(single(elements, 'twitter:description')).toBe(description);

		const image = single(elements, 'og:image');
		expect(single(elements, 'twitter:image')).toBe(image);
		const alt = single(elements, 'og:image:alt');
		expect(alt).toContain('US–Russia Business Talks');
		expect(single(elements, 'twitter:image:alt')).toBe(alt);
		expect(single(elements, 'og:image:type')).toBe('image/png');
		expect(single(elements, 'og:image:width')).toBe('1200');
		expect(single(elements, 'og:image:height')).toBe('630');

		// An absolute address on this site, of a 1200×630 PNG that the build wrote.
		const url = new URL(image);
		expect(url.origin).toBe(origin);
		const imageFile = fileOfPath(url.pathname);
		expect(imageFile, `${url.pathname} is not in the build`).toBeDefined();
		expect(pngSize(readFileSync(path.join(siteDir, imageFile ?? '')))).toEqual({ width: 1200, height: 630 });

		const feed = elements.find((el) => el.tagName === 'link' && attr(el, 'rel') === 'alternate' && attr(el, 'type') === 'application/rss+xml');
		expect(feed && attr(feed, 'href')).toBe(`${origin}/rss.xml`);

		if (articles.has(file)) {
			const page = readArticlePage(file);
			expect(single(elements, 'og:type')).toBe('article');
			expect(title).toBe(page.h1);
			expect(url.pathname).toBe(`/og/articles/${page.path.split('/')[2]}.png`);
		} else {
			expect(single(elements, 'og:type')).toBe('website');
			expect(url.pathname).toBe('/og/site.png');
			expect(metaContents(elements, 'article:section')).toEqual([]);
		}
	});
});

describe('the article:* tags of each article page say only what the page shows', () => {
	it.each([...articles].map((file) => [pathOfFile(file), file]))('%s', (_, file) => {
		const page = readArticlePage(file);
		const kicker = page.elements.find((el) => el.tagName === 'p' && attr(el, 'class') === 'kicker');
		const genre = kicker?.childNodes.find((child) => 'tagName' in child && child.tagName === 'a');
		expect(metaContents(page.elements, 'article:section')).toEqual([genre && 'tagName' in genre ? textOf(genre) : '']);
		expect(metaContents(page.elements, 'article:tag')).toEqual(page.tags);
		expect(metaContents(page.elements, 'article:author')).toEqual(page.authors);
		const statedDay = !page.estimated && /^\d{4}-\d{2}-\d{2}$/.test(page.datetime ?? '');
		expect(metaContents(page.elements, 'article:published_time')).toEqual(statedDay ? [page.datetime] : []);
	});
});

describe('social images', () => {
	it('one per article page, plus the site-wide one, each a 1200×630 PNG', () => {
		const images = [...articles].map((file) => `og/articles/${pathOfFile(file).split('/')[2]}.png`).concat('og/site.png');
		for (const image of images) {
			expect(existsSync(path.join(siteDir, image)), image).toBe(true);
			expect(pngSize(readFileSync(path.join(siteDir, image))), image).toEqual({ width: 1200, height: 630 });
		}
	});
});
