import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type ConsoleMessage, expect, type Page, type Request, type Response } from '@playwright/test';
import { load } from 'js-yaml';

/** An article as the content directory holds it: the expectations of the browser tests come from here. */
export interface SourceArticle {
	slug: string;
	data: {
		title: string;
		outlet: string | null;
		authors: string[];
		genre: string;
		tags: string[];
		originalUrl?: string;
		standfirst?: string;
		published: { date: string; basis: 'stated' | 'estimated'; reason?: string };
	};
	body: string;
}

const root = process.cwd();

export function sourceArticles(): SourceArticle[] {
	const dir = path.join(root, 'content/articles');
	return readdirSync(dir)
		.filter((name) => name.endsWith('.md'))
		.map((name) => {
			const text = readFileSync(path.join(dir, name), 'utf8');
			const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
			if (!match) throw new Error(`${name} has no frontmatter`);
			const data = load(match[1] ?? '') as SourceArticle['data'] & { slug?: string };
			return { slug: data.slug ?? name.replace(/\.md$/, ''), data, body: match[2] ?? '' };
		});
}

/** The readable text of each Markdown block (paragraph or heading), with the Markdown markers removed. */
export function plainBlocks(markdown: string): string[] {
	return markdown
		.split(/\n{2,}/)
		.map((block) =>
			block
				.replace(/^#+\s+/, '')
				.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
				.replace(/(\*\*|__|\*|_)(\S[\s\S]*?\S|\S)\1/g, '$2')
				.replace(/\\([\\`*_{}[\]()#+\-.!<>])/g, '$1')
				.replace(/\s+/g, ' ')
				.trim(),
		)
		.filter(Boolean);
}

/** The built site under test: SITE_DIR (as playwright.config.ts serves it), default dist/. */
export const siteDir = process.env.SITE_DIR ?? 'dist';

/** Every page of the built site, as paths, from the sitemap Astro wrote to the site directory. */
export function sitePaths(): string[] {
	const xml = readFileSync(path.join(root, siteDir, 'sitemap-0.xml'), 'utf8');
	const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '/').pathname);
	if (paths.length === 0) throw new Error(`${siteDir}/sitemap-0.xml lists no page: build the site first`);
	return paths.sort();
}

/** Collapses whitespace the way the tests compare text. */
export const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The requests of each watched page that have neither finished nor failed yet. */
const pendingRequests = new WeakMap<Page, Set<Request>>();

/** How to take each watched page's listeners off again (a page reused from test to test is watched by each in turn). */
const unwatch = new WeakMap<Page, () => void>();

/** Collects console errors and warnings, failed requests, HTTP errors and uncaught exceptions of a page. */
export function watchProblems(page: Page): string[] {
	// A page watched again is watched by the newest watcher only.
	unwatch.get(page)?.();
	const problems: string[] = [];
	const pending = new Set<Request>();
	pendingRequests.set(page, pending);
	const listeners = {
		request: (request: Request) => pending.add(request),
		requestfinished: (request: Request) => pending.delete(request),
		console: (message: ConsoleMessage) => {
			if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
		},
		pageerror: (error: Error) => problems.push(`exception: ${error.message}`),
		requestfailed: (request: Request) => {
			pending.delete(request);
			problems.push(`failed: ${request.url()}`);
		},
		response: (response: Response) => {
			if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
		},
	};
	page.on('request', listeners.request);
	page.on('requestfinished', listeners.requestfinished);
	page.on('console', listeners.console);
	page.on('pageerror', listeners.pageerror);
	page.on('requestfailed', listeners.requestfailed);
	page.on('response', listeners.response);
	unwatch.set(page, () => {
		page.off('request', listeners.request);
		page.off('requestfinished', listeners.requestfinished);
		page.off('console', listeners.console);
		page.off('pageerror', listeners.pageerror);
		page.off('requestfailed', listeners.requestfailed);
		page.off('response', listeners.response);
		unwatch.delete(page);
	});
	return problems;
}

/** Takes off the listeners `watchProblems` put on a page: what happens on it afterwards is no longer collected. */
export function stopWatching(page: Page): void {
	unwatch.get(page)?.();
}

/**
 * Waits until every request a watched page has made is done, so that a test leaving the page does not cut one
 * off (a request the browser aborts on navigation would count as failed).
 */
export async function requestsSettled(page: Page): Promise<void> {
	await expect.poll(() => pendingRequests.get(page)?.size ?? 0, { message: 'requests still loading' }).toBe(0);
}
