/**
 * Heading ids of the texts (articles, the codebook on /about/) in the built pages: a heading of a text
 * never takes an id that the page's own layout uses, and a heading whose slug is one of those ids
 * keeps the `section-` form that src/markdown/remark-paragraph-ids.ts gives it.
 */
import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';
import { isReservedId } from '../../src/lib/site/reserved-ids';
import { attr, type Element, elementsOf, pageElements, textOf } from './article-page';
import { assertBuilt, htmlFiles, siteDir } from './site';

assertBuilt();

const isProse = (el: Element) => (attr(el, 'class') ?? '').split(/\s+/).includes('prose');
const isHeading = (el: Element) => /^h[1-6]$/.test(el.tagName);
/** A heading's own text, without the "#" link to the section that the page adds after it. */
const headingText = (heading: Element): string =>
	heading.childNodes.map((child) => ('value' in child ? child.value : 'tagName' in child && attr(child, 'class') !== 'heading-anchor' ? textOf(child) : '')).join('');

/** The pages that show a Markdown text, with the ids inside the texts and those of the page around them. */
const pages = htmlFiles(siteDir).flatMap((file) => {
	const elements = pageElements(file);
	const prose = elements.filter(isProse);
	if (prose.length === 0) return [];
	const inText = new Set(prose.flatMap((block) => elementsOf(block)));
	const layoutIds = elements.filter((el) => !inText.has(el)).flatMap((el) => attr(el, 'id') ?? []);
	return [{ file, prose, layoutIds }];
});

describe('heading ids in the texts', () => {
	it('finds the articles and the codebook among the built pages', () => {
		const files = pages.map((page) => page.file);
		expect(files).toContain('about/index.html');
		expect(files.filter((file) => file.startsWith('articles/')).length).toBeGreaterThan(0);
	});

	it.each(pages)('$file: every id the layout uses is one a heading can never take', ({ layoutIds }) => {
		expect(layoutIds.filter((id) => !isReservedId(id))).toEqual([]);
	});

	it.each(pages)('$file: no heading of the text has an id of the layout, and every id on the page is used once', ({ prose, layoutIds }) => {
		const headingIds = prose.flatMap((block) => elementsOf(block).filter(isHeading)).flatMap((h) => attr(h, 'id') ?? []);
		expect(headingIds.filter((id) => layoutIds.includes(id))).toEqual([]);
		const all = [...layoutIds, ...prose.flatMap((block) => elementsOf(block).flatMap((el) => attr(el, 'id') ?? []))];
		expect(all.filter((id, i) => all.indexOf(id) !== i)).toEqual([]);
	});

	it.each(pages)('$file: each heading id is the slug of its text, with "section-" before a slug the page itself uses', ({ prose }) => {
		for (const block of prose) {
			const slugger = new GithubSlugger();
			for (const heading of elementsOf(block).filter(isHeading)) {
				const slug = slugger.slug(headingText(heading));
				const expected = isReservedId(slug) ? slugger.slug(`section-${slug}`) : slug;
				expect(attr(heading, 'id'), headingText(heading)).toBe(expected);
				if (attr(heading, 'id')?.startsWith('section-') && !slug.startsWith('section-')) expect(isReservedId(slug)).toBe(true);
			}
		}
	});
});
