import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type DefaultTreeAdapterMap, parse } from 'parse5';
import { htmlFiles, pathOfFile, siteDir } from './site';

type Node = DefaultTreeAdapterMap['node'];
export type Element = DefaultTreeAdapterMap['element'];

export function elementsOf(node: Node): Element[] {
	const own = 'tagName' in node ? [node] : [];
	const children = 'childNodes' in node ? node.childNodes : [];
	return [...own, ...children.flatMap(elementsOf)];
}
export const attr = (element: Element, name: string) => element.attrs.find((a) => a.name === name)?.value;
export const textOf = (element: Element): string =>
	element.childNodes.map((child) => ('value' in child ? child.value : 'tagName' in child ? textOf(child) : '')).join('');
const hasClass = (element: Element, name: string) => (attr(element, 'class') ?? '').split(/\s+/).includes(name);
const within = (element: Element, predicate: (el: Element) => boolean) => elementsOf(element).filter(predicate);

/** The elements of a built page, in document order. */
export const pageElements = (file: string, dir = siteDir): Element[] => elementsOf(parse(readFileSync(path.join(dir, file), 'utf8')));

/** The `content` of a `<meta>` by its `property` or `name`; every one when there are several. */
export function metaContents(elements: Element[], key: string): string[] {
	return elements
		.filter((el) => el.tagName === 'meta' && (attr(el, 'property') ?? attr(el, 'name')) === key)
		.map((el) => attr(el, 'content') ?? '');
}

/** The article pages of a built site: `articles/<id>/index.html`. */
export const articleFiles = (dir = siteDir) => htmlFiles(dir).filter((file) => /^articles\/[^/]+\/index\.html$/.test(file));

/** What an article page shows a reader, read from its HTML. */
export interface ArticlePage {
	file: string;
	/** The page's path, e.g. `/articles/x/`. */
	path: string;
	canonical: string | undefined;
	h1: string;
	/** The `datetime` of the date in the article's one-line credit. */
	datetime: string | undefined;
	/** Whether the credit marks the date as estimated. */
	estimated: boolean;
	/** The author names in "About this text"; empty when it says the author is unknown. */
	authors: string[];
	/** The outlet named in the credit, or undefined for "Outlet unknown". */
	outlet: string | undefined;
	/** The labels of the article's tags, as listed under "Filed under". */
	tags: string[];
	/** The parsed JSON-LD of each `<script type="application/ld+json">`. */
	jsonLd: Record<string, unknown>[];
	elements: Element[];
}

/** Reads an article page of the built site. */
export function readArticlePage(file: string, dir = siteDir): ArticlePage {
	const elements = pageElements(file, dir);
	const header = elements.find((el) => el.tagName === 'header' && hasClass(el, 'article-header'));
	if (!header) throw new Error(`${file}: no <header class="article-header">`);
	const meta = within(header, (el) => el.tagName === 'p' && hasClass(el, 'credit'))[0];
	const time = meta ? within(meta, (el) => el.tagName === 'time')[0] : undefined;
	const outletLink = meta ? within(meta, (el) => el.tagName === 'a' && (attr(el, 'href') ?? '').startsWith('/outlets/'))[0] : undefined;
	const canonical = elements.find((el) => el.tagName === 'link' && attr(el, 'rel') === 'canonical');
	const tagList = elements.find((el) => el.tagName === 'ul' && attr(el, 'aria-label') === 'Tags of this article');
	return {
		file,
		path: pathOfFile(file),
		canonical: canonical ? attr(canonical, 'href') : undefined,
		h1: textOf(elements.find((el) => el.tagName === 'h1') as Element),
		datetime: time ? attr(time, 'datetime') : undefined,
		estimated: meta ? within(meta, (el) => hasClass(el, 'estimate')).length > 0 : false,
		authors: elements.filter((el) => hasClass(el, 'author-name')).map((el) => textOf(el).trim()),
		outlet: outletLink && attr(outletLink, 'href') !== '/outlets/unknown/' ? textOf(outletLink).trim() : undefined,
		tags: tagList ? within(tagList, (el) => el.tagName === 'a').map((el) => textOf(el).trim()) : [],
		jsonLd: elements
			.filter((el) => el.tagName === 'script' && attr(el, 'type') === 'application/ld+json')
			.map((el) => JSON.parse(textOf(el)) as Record<string, unknown>),
		elements,
	};
}
