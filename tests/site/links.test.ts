import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type DefaultTreeAdapterMap, parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { assertBuilt, fileOfPath, htmlFiles, pagePaths, pathOfFile, siteDir, siteFiles, siteOrigin, sitemapUrls } from './site';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** Attributes that hold one URL, by element (`*` for any element). */
const urlAttributes: Record<string, string[]> = {
	a: ['href'],
	area: ['href'],
	link: ['href'],
	img: ['src'],
	source: ['src'],
	script: ['src'],
	iframe: ['src'],
	video: ['src', 'poster'],
	audio: ['src'],
	track: ['src'],
	embed: ['src'],
	object: ['data'],
	form: ['action'],
	input: ['src'],
	use: ['href', 'xlink:href'],
	image: ['href', 'xlink:href'],
	blockquote: ['cite'],
	q: ['cite'],
	ins: ['cite'],
	del: ['cite'],
};
/** `<meta>` tags whose `content` is a URL. */
const urlMeta = new Set(['og:url', 'og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image', 'og:video', 'og:audio']);

interface Reference {
	/** The file the reference is in, relative to the site directory. */
	from: string;
	/** What holds it, e.g. `a[href]` or `url()`. */
	where: string;
	url: string;
}

function elements(node: Node, visit: (element: Element) => void): void {
	if ('tagName' in node) visit(node);
	const children = 'childNodes' in node ? node.childNodes : [];
	for (const child of children) elements(child, visit);
	if ('content' in node && node.content) elements(node.content, visit);
}

const textOf = (element: Element) => element.childNodes.map((child) => ('value' in child ? child.value : '')).join('');

/** The URLs in a `srcset`: each candidate is "URL [descriptor]", separated by commas. */
const srcsetUrls = (value: string) =>
	value
		.split(/,\s+|,(?=\S)/)
		.map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
		.filter(Boolean);

/** The URLs a stylesheet refers to: `url(...)` and `@import "..."`. */
function cssUrls(css: string): string[] {
	const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
	const urls = [...withoutComments.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
	const imports = [...withoutComments.matchAll(/@import\s+(?:"([^"]*)"|'([^']*)')/g)].map((m) => m[1] ?? m[2] ?? '');
	return [...urls, ...imports].filter((url) => url !== '');
}

interface Page {
	ids: Set<string>;
	references: Reference[];
}

function readPage(file: string): Page {
	const document = parse(readFileSync(path.join(siteDir, file), 'utf8'));
	const ids = new Set<string>();
	const references: Reference[] = [];
	elements(document, (element) => {
		const attrs = new Map(element.attrs.map((attr) => [attr.prefix ? `${attr.prefix}:${attr.name}` : attr.name, attr.value]));
		const id = attrs.get('id');
		if (id) ids.add(id);
		if (element.tagName === 'a' && attrs.get('name')) ids.add(attrs.get('name') ?? '');
		for (const name of urlAttributes[element.tagName] ?? []) {
			const value = attrs.get(name);
			if (value !== undefined) references.push({ from: file, where: `${element.tagName}[${name}]`, url: value.trim() });
		}
		for (const name of ['srcset', 'imagesrcset']) {
			const value = attrs.get(name);
			if (value) for (const url of srcsetUrls(value)) references.push({ from: file, where: `${element.tagName}[${name}]`, url });
		}
		const meta = attrs.get('property') ?? attrs.get('name');
		if (element.tagName === 'meta' && meta && urlMeta.has(meta)) {
			references.push({ from: file, where: `meta[${meta}]`, url: attrs.get('content') ?? '' });
		}
		const style = attrs.get('style');
		if (style) for (const url of cssUrls(style)) references.push({ from: file, where: `${element.tagName}[style] url()`, url });
		if (element.tagName === 'style') for (const url of cssUrls(textOf(element))) references.push({ from: file, where: '<style> url()', url });
	});
	return { ids, references };
}

assertBuilt();
const origin = siteOrigin();
const files = siteFiles();
const pages = new Map(htmlFiles().map((file) => [file, readPage(file)]));
const cssReferences: Reference[] = files
	.filter((file) => file.endsWith('.css'))
	.flatMap((file) => cssUrls(readFileSync(path.join(siteDir, file), 'utf8')).map((url) => ({ from: file, where: 'url()', url })));

/** Why a reference is broken, or undefined when it is fine (or points off the site, which is not checked). */
function problemOf(reference: Reference): string | undefined {
	if (reference.url === '') return 'empty URL';
	let target: URL;
	try {
		target = new URL(reference.url, `${origin}${pathOfFile(reference.from)}`);
	} catch {
		return 'not a valid URL';
	}
	if (target.protocol !== 'http:' && target.protocol !== 'https:') return undefined; // mailto:, data:, tel:
	if (target.origin !== origin) return undefined; // another site: not checked here (no network)
	const file = fileOfPath(target.pathname);
	if (!file) return `no file in the site for ${target.pathname}`;
	const fragment = decodeURIComponent(target.hash.slice(1));
	if (fragment === '' || fragment === 'top' || !file.endsWith('.html')) return undefined;
	const page = pages.get(file);
	if (!page?.ids.has(fragment)) return `${pathOfFile(file)} has no element with id="${fragment}"`;
	return undefined;
}

const describeAll = (references: Reference[]) =>
	references.flatMap((reference) => {
		const problem = problemOf(reference);
		return problem ? [`${reference.from}: ${reference.where} "${reference.url}" → ${problem}`] : [];
	});

describe(`links in ${path.relative(process.cwd(), siteDir)}/`, () => {
	it('finds the pages and their links', () => {
		expect(pages.size).toBeGreaterThan(1);
		const count = [...pages.values()].reduce((sum, page) => sum + page.references.length, 0);
		expect(count).toBeGreaterThan(pages.size);
	});

	it('every page of the site is in the sitemap, so the page-walking gates reach it', () => {
		const listed = new Set(pagePaths());
		const unlisted = htmlFiles()
			.filter((file) => !file.startsWith('pagefind/'))
			.map(pathOfFile)
			.filter((page) => !listed.has(page));
		expect(unlisted).toEqual([]);
	});

	it('every URL in the sitemap is a page of the site', () => {
		const missing = sitemapUrls()
			.filter((url) => url.origin !== origin || !fileOfPath(url.pathname)?.endsWith('.html'))
			.map(String);
		expect(missing).toEqual([]);
	});

	it.each([...pages.keys()])('%s: every internal link, asset and #fragment exists', (file) => {
		expect(describeAll(pages.get(file)?.references ?? [])).toEqual([]);
	});

	it('every url() in the built CSS exists', () => {
		expect(describeAll(cssReferences)).toEqual([]);
	});
});
