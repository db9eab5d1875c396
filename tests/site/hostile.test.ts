import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { load } from 'js-yaml';
import { type DefaultTreeAdapterMap, parse } from 'parse5';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/static-server.mjs';
import { astroBuild } from '../build/run-astro-build';
import { htmlFiles, pagePaths, pathOfFile, siteDir } from './site';

/**
 * Hostile input that the build lets through (markup in frontmatter, tag, outlet and author names) must
 * reach every page as inert text, and a hostile search query must stay text too.
 * The fixture is tests/fixtures/hostile/hostile-frontmatter/; it is built here into tests/.tmp/dist-hostile-site/.
 */
const fixture = 'tests/fixtures/hostile/hostile-frontmatter';
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

interface Frontmatter {
	title: string;
	summary: string;
	standfirst: string;
	byline: string;
}
const [, yaml = ''] = /^---\n([\s\S]*?)\n---/.exec(readFileSync(path.join(fixture, 'articles/hostile-frontmatter.md'), 'utf8')) ?? [];
const hostile = load(yaml) as Frontmatter;
const tagLabel = (load(readFileSync(path.join(fixture, 'tags/hostile-tag.yaml'), 'utf8')) as { label: string }).label;
const outletName = (load(readFileSync(path.join(fixture, 'outlets/hostile-times.yaml'), 'utf8')) as { name: string }).name;
const authorName = (load(readFileSync(path.join(fixture, 'authors/mallory.yaml'), 'utf8')) as { name: string }).name;
const entityName = (load(readFileSync(path.join(fixture, 'entities/mallory-corp.yaml'), 'utf8')) as { name: string }).name;

type Element = DefaultTreeAdapterMap['element'];
type Node = DefaultTreeAdapterMap['node'];
function elementsOf(node: Node): Element[] {
	const own = 'tagName' in node ? [node] : [];
	const children = 'childNodes' in node ? node.childNodes : [];
	const template = 'content' in node && node.content ? [node.content] : [];
	return [...own, ...[...children, ...template].flatMap(elementsOf)];
}
const attr = (element: Element, name: string) => element.attrs.find((a) => a.name === name)?.value;
const text = (element: Element): string =>
	element.childNodes.map((child) => ('value' in child ? child.value : 'tagName' in child ? text(child) : '')).join('');

/** Elements and attributes that can only come from injected markup. */
function injected(elements: Element[]): string[] {
	return elements.flatMap((element) => {
		const found: string[] = [];
		for (const { name, value } of element.attrs) {
			if (/^on/i.test(name)) found.push(`<${element.tagName} ${name}="${value}">`);
			if (['href', 'src', 'action', 'formaction'].includes(name) && /^\s*javascript:/i.test(value)) found.push(`<${element.tagName} ${name}="${value}">`);
		}
		if (['iframe', 'object', 'embed'].includes(element.tagName)) found.push(`<${element.tagName}>`);
		if (element.tagName === 'img' && attr(element, 'src') === 'x') found.push('<img src=x>');
		// JSON-LD is data, never run; its hostile text is checked where it is built (below).
		if (element.tagName === 'script' && attr(element, 'type') !== 'application/ld+json' && /alert\(/.test(text(element))) {
			found.push(`<script>${text(element).slice(0, 40)}`);
		}
		if (element.tagName === 'style' && /display:\s*none/.test(text(element))) found.push('<style> from the content');
		return found;
	});
}

/** Opens a page with traps for any script the content might smuggle in; returns what fired. */
async function visit(context: BrowserContext, url: string, act?: (page: Page) => Promise<void>) {
	const page = await context.newPage();
	const problems: string[] = [];
	page.on('dialog', async (dialog) => {
		problems.push(`dialog: ${dialog.type()} ${dialog.message()}`);
		await dialog.dismiss();
	});
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(`console: ${message.text()} (${message.location().url})`);
	});
	page.on('pageerror', (error) => problems.push(`exception: ${error.message}`));
	page.on('request', (request) => {
		if (/\/x$/.test(new URL(request.url()).pathname)) problems.push('the injected <img src=x> was requested');
	});
	await page.goto(url, { waitUntil: 'load' });
	if (act) await act(page);
	const state = await page.evaluate(() => {
		const w = window as unknown as { __xss?: string[] };
		return {
			trapped: w.__xss ?? [],
			injected: [...document.querySelectorAll('[onerror], [onload], [onmouseover], iframe, img[src="x"], a[href^="javascript:" i]')].map((el) => el.outerHTML.slice(0, 80)),
			bodyHidden: getComputedStyle(document.body).display === 'none',
		};
	});
	problems.push(...state.trapped.map((t) => `script ran: ${t}`), ...state.injected.map((e) => `injected element: ${e}`));
	if (state.bodyHidden) problems.push('the page body was hidden by an injected style');
	return { page, problems };
}

let browser: Browser;
let context: BrowserContext;
let hostileSite: { dir: string; url: string; close: () => Promise<void> };

beforeAll(async () => {
	const build = await astroBuild('hostile-site', { CONTENT_DIR: fixture });
	if (build.code !== 0) throw new Error(`the hostile-frontmatter fixture did not build:\n${build.output}`);
	const server = await serveStatic(build.outDir);
	hostileSite = { dir: build.outDir, ...server };
	browser = await chromium.launch({
		executablePath,
		args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
	});
	context = await browser.newContext();
	// The trap: every way to open a dialog records that a script ran (the dialog listener is the second net).
	await context.addInitScript(() => {
		const w = window as unknown as { __xss: string[] };
		w.__xss = [];
		for (const name of ['alert', 'confirm', 'prompt'] as const) {
			window[name] = ((message?: unknown) => {
				w.__xss.push(`${name}(${String(message)})`);
				return null;
			}) as never;
		}
	});
}, 180_000);

afterAll(async () => {
	await browser?.close();
	await hostileSite?.close();
});

describe('markup in frontmatter builds and renders as inert text', () => {
	it('the fixture really is hostile', () => {
		expect(hostile.title).toContain('</script><script>alert(1)</script>');
		expect(hostile.summary).toContain('<img src=x onerror=alert(2)>');
		expect(hostile.standfirst).toContain('<script>');
	});

	it('in the HTML: no injected element, and title, meta tags and JSON-LD carry the text exactly', () => {
		const files = htmlFiles(hostileSite.dir);
		expect(files).toContain('articles/hostile-frontmatter/index.html');
		expect(files).toContain('entities/mallory-corp/index.html');
		for (const file of files) {
			const elements = elementsOf(parse(readFileSync(path.join(hostileSite.dir, file), 'utf8')));
			expect(injected(elements), file).toEqual([]);
			for (const script of elements.filter((el) => el.tagName === 'script' && attr(el, 'type') === 'application/ld+json')) {
				expect(() => JSON.parse(text(script)), `${file}: JSON-LD`).not.toThrow();
			}
			if (file !== 'articles/hostile-frontmatter/index.html') continue;
			const meta = (key: string) => elements.find((el) => el.tagName === 'meta' && (attr(el, 'name') ?? attr(el, 'property')) === key);
			expect(text(elements.find((el) => el.tagName === 'title') as Element)).toBe(`${hostile.title} · US–Russia Business Talks`);
			expect(attr(meta('description') as Element, 'content')).toBe(hostile.summary);
			expect(attr(meta('og:title') as Element, 'content')).toBe(hostile.title);
			expect(attr(meta('og:description') as Element, 'content')).toBe(hostile.summary);
			expect(text(elements.find((el) => el.tagName === 'h1') as Element)).toBe(hostile.title);
			const jsonLd = elements.filter((el) => el.tagName === 'script' && attr(el, 'type') === 'application/ld+json');
			for (const script of jsonLd) {
				const data = JSON.stringify(JSON.parse(text(script)));
				if (data.includes('alert(1)')) expect(data).toContain(JSON.stringify(hostile.title).slice(1, -1));
			}
			// The article's JSON-LD carries the hostile title, author and outlet whole, inside its own element:
			// escaped as \u003c, no "<" is left in it to close the element or open a comment.
			expect(jsonLd).toHaveLength(1);
			const raw = text(jsonLd[0] as Element);
			expect(raw).not.toMatch(/[<>&]/);
			const article = JSON.parse(raw) as { headline: string; author: { name: string }[]; publisher: { name: string } };
			expect(article.headline).toBe(hostile.title);
			expect(article.author.map((author) => author.name)).toEqual([authorName]);
			expect(article.publisher.name).toBe(outletName);
		}
	});

	it('in the feed: the hostile title, summary, author and tag are text in well-formed XML', () => {
		const xml = readFileSync(path.join(hostileSite.dir, 'rss.xml'), 'utf8');
		expect(XMLValidator.validate(xml)).toBe(true);
		const parser = new XMLParser({ parseTagValue: false, isArray: (name) => ['item', 'category', 'dc:creator'].includes(name) });
		const items = (parser.parse(xml) as { rss: { channel: { item: Record<string, unknown>[] } } }).rss.channel.item;
		expect(items).toHaveLength(1);
		expect(items[0]).toMatchObject({ title: hostile.title, description: hostile.summary, 'dc:creator': [authorName], category: [tagLabel] });
		expect(Object.keys(items[0] ?? {}).sort()).toEqual(['category', 'dc:creator', 'dc:date', 'description', 'guid', 'link', 'pubDate', 'title']);
	});

	it('in Chromium: no script runs on any page, and the hostile text shows as text', async () => {
		const paths = pagePaths(hostileSite.dir);
		expect(paths.length).toBeGreaterThan(3);
		for (const pagePath of paths) {
			const { page, problems } = await visit(context, `${hostileSite.url}${pagePath}`);
			expect(problems, pagePath).toEqual([]);
			if (pagePath === '/articles/hostile-frontmatter/') {
				await expect.poll(() => page.locator('h1').innerText()).toBe(hostile.title);
				expect(await page.locator('.standfirst').innerText()).toBe(hostile.standfirst);
				const body = await page.locator('body').innerText();
				for (const visible of [hostile.byline, tagLabel, outletName]) expect(body).toContain(visible);
				// Markup escaped in the Markdown body (\<script>) is text too.
				expect(body).toContain('<script>alert(13)</script> is only text.');
			}
			if (pagePath === '/entities/mallory-corp/') expect(await page.locator('h1').innerText()).toBe(entityName);
			await page.close();
		}
	}, 120_000);

	it('in Chromium: search results for the hostile article stay inert', async () => {
		requireSearchPage(hostileSite.dir);
		const { page, problems } = await visit(context, `${hostileSite.url}/search/?q=sanctions`, async (p) => {
			await p.locator('main a[href*="/articles/hostile-frontmatter/"]').first().waitFor({ timeout: 15_000 });
			await p.waitForTimeout(300);
		});
		expect(problems).toEqual([]);
		expect(await page.locator('main').innerText()).toContain('alert(1)');
		await page.close();
	}, 60_000);
});

function requireSearchPage(dir: string) {
	if (!existsSync(path.join(dir, 'search/index.html'))) throw new Error(`${dir} has no search page`);
}

describe(`a hostile search query on the real site (${path.relative(process.cwd(), siteDir)}/)`, () => {
	let realSite: { url: string; close: () => Promise<void> } | undefined;
	beforeAll(async () => {
		realSite = await serveStatic(siteDir);
	});
	afterAll(async () => realSite?.close());

	it.each([
		'<img src=x onerror=alert(1)>',
		'"><script>alert(2)</script>',
		'</template><svg onload=alert(3)>',
	])('/search/?q=%s runs no script and injects no element', async (query) => {
		requireSearchPage(siteDir);
		const { page, problems } = await visit(context, `${realSite?.url}/search/?q=${encodeURIComponent(query)}&tag=${encodeURIComponent(query)}`, async (p) => {
			await p.waitForTimeout(1_000); // the debounce, the index load and a render
		});
		expect(problems).toEqual([]);
		expect(await page.locator('pagefind-input input, input[type="search"]').first().inputValue()).toBe(query);
		await page.close();
	}, 60_000);
});

// The real site's pages are also checked for injected markup, cheaply, from the HTML alone.
describe(`no page of ${path.relative(process.cwd(), siteDir)}/ carries an event handler, javascript: URL or frame`, () => {
	it.each(htmlFiles().filter((file) => !file.startsWith('pagefind/')))('%s', (file) => {
		expect(injected(elementsOf(parse(readFileSync(path.join(siteDir, file), 'utf8')))), pathOfFile(file)).toEqual([]);
	});
});
