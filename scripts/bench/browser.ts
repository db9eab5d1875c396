/**
 * Measurements in headless Chromium (Debian's /usr/bin/chromium through playwright-core) against a
 * build served on loopback by the byte-counting server: page weight of the first load of a page,
 * and the cost and latency of search.
 */
import { gzipSync } from 'node:zlib';
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { CountingServer, ServedRequest } from './serve.ts';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
	if (!existsSync(chromiumPath)) throw new Error(`Chromium is missing at ${chromiumPath}`);
	return chromium.launch({
		executablePath: chromiumPath,
		args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
	});
}

export type ResourceKind = 'html' | 'css' | 'js' | 'font' | 'other';
const kinds: ResourceKind[] = ['html', 'css', 'js', 'font', 'other'];
type ByKind = Record<ResourceKind, number>;
const zero = (): ByKind => ({ html: 0, css: 0, js: 0, font: 0, other: 0 });

/** gzip at zlib's default level (6), as a web server compresses on the fly. */
export const gzipSize = (data: Buffer | string) => (data.length === 0 ? 0 : gzipSync(data).length);

function kindOf(request: ServedRequest): ResourceKind {
	const type = request.contentType;
	if (type.startsWith('text/html')) return 'html';
	if (type.startsWith('text/css')) return 'css';
	if (type.includes('javascript')) return 'js';
	if (type.startsWith('font/')) return 'font';
	return 'other';
}

/** Inline `<script>` (JavaScript only, not JSON or templates) and `<style>` contents of an HTML page. */
export function inlineParts(html: string): { js: string; css: string; rest: string } {
	let js = '';
	let css = '';
	const rest = html
		.replace(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi, (whole, attributes: string, body: string) => {
			const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
			if (/\bsrc\s*=/.test(attributes)) return whole;
			if (type === undefined || type === 'module' || type.includes('javascript')) {
				js += body;
				return '';
			}
			return whole;
		})
		.replace(/<style\b[^>]*>([\s\S]*?)<\/style>/gi, (_whole, body: string) => {
			css += body;
			return '';
		});
	return { js, css, rest };
}

/** What one page costs on its first load (empty cache). */
export interface PageWeight {
	path: string;
	requests: number;
	/** Bytes as served, by kind; inline scripts count as JS and inline styles as CSS, not HTML. */
	bytes: ByKind & { total: number };
	/** Gzip bytes, each part gzipped separately, by kind; `total` is the sum over responses, each gzipped whole. */
	gzip: ByKind & { total: number };
	/** Requests to /pagefind/ during the load. */
	pagefindRequests: number;
	files: { url: string; kind: ResourceKind; bytes: number; gzip: number; status: number }[];
}

function weigh(path: string, requests: readonly ServedRequest[]): PageWeight {
	const bytes = zero();
	const gzip = zero();
	let total = 0;
	let gzipTotal = 0;
	const files: PageWeight['files'] = [];
	for (const request of requests) {
		const kind = kindOf(request);
		const whole = gzipSize(request.body);
		total += request.bytes;
		gzipTotal += whole;
		files.push({ url: request.url, kind, bytes: request.bytes, gzip: whole, status: request.status });
		if (kind === 'html') {
			const parts = inlineParts(request.body.toString('utf8'));
			bytes.html += Buffer.byteLength(parts.rest);
			bytes.js += Buffer.byteLength(parts.js);
			bytes.css += Buffer.byteLength(parts.css);
			gzip.html += gzipSize(parts.rest);
			gzip.js += gzipSize(parts.js);
			gzip.css += gzipSize(parts.css);
		} else {
			bytes[kind] += request.bytes;
			gzip[kind] += whole;
		}
	}
	return {
		path,
		requests: requests.length,
		bytes: { ...bytes, total },
		gzip: { ...gzip, total: gzipTotal },
		pagefindRequests: requests.filter((r) => r.url.startsWith('/pagefind/')).length,
		files,
	};
}

async function freshPage(browser: Browser, viewport = { width: 1280, height: 900 }): Promise<{ context: BrowserContext; page: Page }> {
	const context = await browser.newContext({ viewport, serviceWorkers: 'block' });
	const page = await context.newPage();
	return { context, page };
}

/** The first load of `path` with an empty cache: everything the page requests until the network is idle. */
export async function measurePageWeight(browser: Browser, server: CountingServer, path: string): Promise<PageWeight> {
	const { context, page } = await freshPage(browser);
	try {
		server.reset();
		await page.goto(server.origin + path, { waitUntil: 'load', timeout: 120_000 });
		await page.waitForLoadState('networkidle', { timeout: 60_000 }).catch(() => undefined);
		await page.waitForTimeout(300);
		return weigh(path, server.requests());
	} finally {
		await context.close();
	}
}

/** How the search page is driven; the defaults follow src/pages/search.astro and src/scripts/search/page.ts. */
export interface SearchUi {
	path: string;
	input: string;
	/** Present once the page has loaded Pagefind and is ready to answer. */
	ready: string;
	/** A rendered result (not a loading placeholder). */
	hit: string;
	/** Any result item, rendered or still a placeholder. */
	anyHit: string;
	/** The element that carries the delay between typing and searching, and the attribute that holds it (ms). */
	debounceFrom: string;
	debounceAttribute: string;
}

/**
 * Waits until the search page is ready: src/scripts/search/page.ts focuses the field at once, loads Pagefind
 * (entry, WebAssembly, page metadata) and then marks the interface ready. Returns the milliseconds since
 * navigation started (performance.now() in the page).
 */
async function whenReady(page: Page, ui: SearchUi): Promise<number> {
	await page
		.waitForFunction(
			({ input, ready }) => document.activeElement !== null && document.activeElement === document.querySelector(input) && document.querySelector(ready) !== null,
			{ input: ui.input, ready: ui.ready },
			{ timeout: 120_000, polling: 50 },
		)
		.catch(() => undefined);
	return page.evaluate(() => performance.now());
}

export const defaultSearchUi: SearchUi = {
	path: '/search/',
	input: '#search-input',
	ready: '[data-search-ui][data-search-ready]',
	hit: '[data-search-results] > li.search-hit:not(.search-hit-placeholder)',
	anyHit: '[data-search-results] > li.search-hit',
	debounceFrom: '[data-search-ui]',
	debounceAttribute: 'data-debounce',
};

export interface LatencyStats {
	samples: number[];
	median: number;
	p95: number;
	max: number;
}

export function stats(samples: readonly number[]): LatencyStats {
	const sorted = [...samples].sort((a, b) => a - b);
	const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
	return { samples: samples.map((n) => Math.round(n)), median: Math.round(at(0.5)), p95: Math.round(at(0.95)), max: Math.round(sorted.at(-1) ?? NaN) };
}

export interface SearchCost {
	mode: 'ui' | 'api';
	cpuSlowdown: number;
	/** The UI's configured debounce (ms), included in the UI latencies; `searchMs` figures have it taken off. */
	debounceMs: number;
	/** Opening the search page and typing the first query, until five results are rendered (no throttling; bytes do not depend on it). */
	firstSearch: PageWeight & { query: string };
	/** Of those, the requests and bytes made after typing (the Pagefind index and fragments). */
	afterTyping: { requests: number; bytes: number; gzip: number };
	/** Pagefind worker requests in the first search (the server sees the worker's requests too). */
	/** Opening the search page until it is ready for typing (index loaded, field focused), at the CPU slowdown. */
	open: LatencyStats;
	firstQuery: LatencyStats & { searchMs: LatencyStats; queries: string[]; failures: string[] };
	followUp: LatencyStats & { searchMs: LatencyStats; queries: string[]; failures: string[] };
	/** The same queries through Pagefind's JS API in the page (search + data of the first five), no UI, no debounce. */
	api: { firstQuery: LatencyStats; followUp: LatencyStats };
}

async function throttle(context: BrowserContext, page: Page, rate: number): Promise<void> {
	if (rate === 1) return;
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

/**
 * Installs a probe that records when an `input` event happens and when `count` new results are rendered.
 * Pagefind loads a result's data only when it scrolls into view, so the probe scrolls the `count`-th
 * result into view once it exists, as a reader scrolling down to it would.
 */
async function armProbe(page: Page, ui: SearchUi, count: number): Promise<void> {
	await page.evaluate(
		({ hit, anyHit, count, input }) => {
			const w = window as unknown as { __bench: { start: number; done: number } };
			for (const el of document.querySelectorAll(anyHit)) el.setAttribute('data-bench-old', '');
			window.scrollTo(0, 0);
			w.__bench = { start: 0, done: 0 };
			const field = document.querySelector(input);
			field?.addEventListener('input', () => (w.__bench.start = performance.now()), { once: true, capture: true });
			const check = () => {
				if (w.__bench.done || !w.__bench.start) return;
				const fresh = [...document.querySelectorAll(hit)].filter((el) => !el.hasAttribute('data-bench-old'));
				if (fresh.length >= count) {
					w.__bench.done = performance.now();
					observer.disconnect();
					return;
				}
				const items = [...document.querySelectorAll(anyHit)].filter((el) => !el.hasAttribute('data-bench-old'));
				const target = items[count - 1];
				if (target && !target.matches(hit)) target.scrollIntoView({ block: 'end' });
			};
			const observer = new MutationObserver(check);
			observer.observe(document.body, { childList: true, subtree: true, attributes: true });
		},
		{ hit: ui.hit, anyHit: ui.anyHit, count, input: ui.input },
	);
}

async function timedQuery(page: Page, ui: SearchUi, query: string, timeoutMs: number): Promise<number> {
	await armProbe(page, ui, 5);
	await page.locator(ui.input).fill(query);
	await page.waitForFunction(() => (window as unknown as { __bench: { done: number } }).__bench.done > 0, undefined, { timeout: timeoutMs, polling: 50 });
	return page.evaluate(() => {
		const b = (window as unknown as { __bench: { start: number; done: number } }).__bench;
		return b.done - b.start;
	});
}

/** Search through the UI: first query in a fresh page, then one follow-up, for each pair of queries. */
export async function measureSearch(
	browser: Browser,
	server: CountingServer,
	queries: readonly string[],
	options: { cpuSlowdown: number; ui?: SearchUi; viewport?: { width: number; height: number } },
): Promise<SearchCost> {
	const ui = options.ui ?? defaultSearchUi;
	// A desktop window; the probe scrolls to the fifth result (Pagefind loads a result's data when it comes into view).
	const viewport = options.viewport ?? { width: 1280, height: 900 };
	const timeoutMs = 60_000;

	// 1. Bytes and requests: open the search page, type, wait for five results (no throttling).
	let firstSearch: SearchCost['firstSearch'] | undefined;
	let afterTyping: SearchCost['afterTyping'] = { requests: 0, bytes: 0, gzip: 0 };
	let debounceMs = 0;
	const setupFailures: string[] = [];
	for (const query of queries.slice(0, 3)) {
		const { context, page } = await freshPage(browser, viewport);
		try {
			server.reset();
			await page.goto(server.origin + ui.path, { waitUntil: 'load' });
			await page.waitForLoadState('networkidle').catch(() => undefined);
			await whenReady(page, ui);
			debounceMs = Number(await page.locator(ui.debounceFrom).first().getAttribute(ui.debounceAttribute).catch(() => null)) || 0;
			const beforeTyping = server.requests().length;
			await timedQuery(page, ui, query, timeoutMs);
			const requests = server.requests();
			firstSearch = { ...weigh(ui.path, requests), query };
			const typed = requests.slice(beforeTyping);
			afterTyping = {
				requests: typed.length,
				bytes: typed.reduce((sum, r) => sum + r.bytes, 0),
				gzip: typed.reduce((sum, r) => sum + gzipSize(r.body), 0),
			};
			break;
		} catch (error) {
			setupFailures.push(`first search “${query}”: ${(error as Error).message.split('\n')[0]}`);
		} finally {
			await context.close();
		}
	}
	if (!firstSearch) throw new Error(`search never showed five results: ${setupFailures.join('; ')}`);

	// 2. Latency with the CPU slowed down: a fresh page per query pair.
	const first: number[] = [];
	const follow: number[] = [];
	const open: number[] = [];
	const firstQueries: string[] = [];
	const followQueries: string[] = [];
	const failures: string[] = [...setupFailures];
	const followFailures: string[] = [];
	for (let i = 0; i < queries.length; i++) {
		const query = queries[i] as string;
		const next = queries[(i + 1) % queries.length] as string;
		const { context, page } = await freshPage(browser, viewport);
		try {
			await throttle(context, page, options.cpuSlowdown);
			await page.goto(server.origin + ui.path, { waitUntil: 'load' });
			await page.waitForLoadState('networkidle').catch(() => undefined);
			open.push(await whenReady(page, ui));
			try {
				first.push(await timedQuery(page, ui, query, timeoutMs));
				firstQueries.push(query);
			} catch (error) {
				failures.push(`${query}: ${(error as Error).message.split('\n')[0]}`);
				continue;
			}
			try {
				follow.push(await timedQuery(page, ui, next, timeoutMs));
				followQueries.push(next);
			} catch (error) {
				followFailures.push(`${next}: ${(error as Error).message.split('\n')[0]}`);
			}
		} finally {
			await context.close();
		}
	}

	// 3. The engine alone, through Pagefind's JS API in the page.
	const apiFirst: number[] = [];
	const apiFollow: number[] = [];
	for (let i = 0; i < queries.length; i++) {
		const { context, page } = await freshPage(browser);
		try {
			await throttle(context, page, options.cpuSlowdown);
			// A small page of the site to run Pagefind from: the home page of a large unpaginated build was megabytes
			// and, at 4× slowdown, took longer to load than the navigation timeout.
			await page.goto(`${server.origin}/404.html`, { waitUntil: 'load' });
			const [a, b] = await page.evaluate(
				async ({ q1, q2 }) => {
					const run = async (pagefind: { search(q: string): Promise<{ results: { data(): Promise<unknown> }[] }> }, q: string) => {
						const t = performance.now();
						const found = await pagefind.search(q);
						await Promise.all(found.results.slice(0, 5).map((r) => r.data()));
						return performance.now() - t;
					};
					const t0 = performance.now();
					const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
					await pagefind.options({ bundlePath: '/pagefind/' });
					const loadMs = performance.now() - t0;
					return [loadMs + (await run(pagefind, q1)), await run(pagefind, q2)];
				},
				{ q1: queries[i] as string, q2: queries[(i + 1) % queries.length] as string },
			);
			apiFirst.push(a);
			apiFollow.push(b);
		} catch (error) {
			failures.push(`api ${queries[i]}: ${(error as Error).message.split('\n')[0]}`);
		} finally {
			await context.close();
		}
	}

	const minus = (list: number[]) => list.map((n) => Math.max(0, n - debounceMs));
	return {
		mode: 'ui',
		cpuSlowdown: options.cpuSlowdown,
		debounceMs,
		firstSearch,
		afterTyping,
		open: stats(open),
		firstQuery: { ...stats(first), searchMs: stats(minus(first)), queries: firstQueries, failures },
		followUp: { ...stats(follow), searchMs: stats(minus(follow)), queries: followQueries, failures: followFailures },
		api: { firstQuery: stats(apiFirst), followUp: stats(apiFollow) },
	};
}

/** Pagefind's own first search on one site: what its JS API loads to show five results, with no search page around it. */
export interface EngineFirstSearch extends PageWeight {
	query: string;
	/** How many results the query found. */
	results: number;
}

/**
 * The first search through Pagefind's JS API alone, on a blank page of the site (served by the browser, so only
 * Pagefind's requests reach the server): its script and worker, WebAssembly, metadata, the index chunks of the
 * query's words and five results' fragments. Measured on our build and on plain Astro's over the same corpus, it
 * shows how much of the first search Pagefind itself needs at a given size, whatever the page around it.
 */
export async function measureEngineFirstSearch(browser: Browser, server: CountingServer, query: string): Promise<EngineFirstSearch> {
	const { context, page } = await freshPage(browser);
	try {
		const blank = `${server.origin}/__bench-blank.html`;
		await page.route(blank, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: '<!doctype html><html lang="en"><title>search</title></html>' }));
		await page.goto(blank, { waitUntil: 'load' });
		server.reset();
		const results = await page.evaluate(async (q) => {
			const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
			await pagefind.options({ bundlePath: '/pagefind/' });
			const found = (await pagefind.search(q)) as { results: { data(): Promise<unknown> }[] };
			await Promise.all(found.results.slice(0, 5).map((r) => r.data()));
			return found.results.length;
		}, query);
		await page.waitForTimeout(300);
		return { ...weigh('Pagefind JS API', server.requests()), query, results };
	} finally {
		await context.close();
	}
}

/** How much slower a fixed CPU loop runs under the CDP throttle, on the page's main thread and in a worker. */
export async function calibrateThrottle(browser: Browser, server: CountingServer, rate: number): Promise<{ mainThread: number; worker: number }> {
	const run = async (r: number) => {
		const { context, page } = await freshPage(browser);
		try {
			await throttle(context, page, r);
			await page.goto(`${server.origin}/robots.txt`);
			return await page.evaluate(async () => {
				const loop = `let x = 0; for (let i = 0; i < 2e7; i++) { x = (x + Math.imul(i, 2654435761)) | 0; }`;
				const t = performance.now();
				new Function(loop)();
				const main = performance.now() - t;
				const worker = new Worker(URL.createObjectURL(new Blob([`const t = performance.now(); ${loop}; postMessage(performance.now() - t);`], { type: 'text/javascript' })));
				const inWorker = await new Promise<number>((resolve) => (worker.onmessage = (e) => resolve(e.data as number)));
				return { main, worker: inWorker };
			});
		} finally {
			await context.close();
		}
	};
	const base: { main: number; worker: number }[] = [];
	const slow: { main: number; worker: number }[] = [];
	for (let i = 0; i < 3; i++) {
		base.push(await run(1));
		slow.push(await run(rate));
	}
	const med = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? NaN;
	return {
		mainThread: Math.round((med(slow.map((s) => s.main)) / med(base.map((s) => s.main))) * 10) / 10,
		worker: Math.round((med(slow.map((s) => s.worker)) / med(base.map((s) => s.worker))) * 10) / 10,
	};
}

export { kinds as resourceKinds };
