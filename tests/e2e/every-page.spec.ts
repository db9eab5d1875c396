import AxeBuilder from '@axe-core/playwright';
import { test as base, type BrowserContextOptions, expect, type Page } from '@playwright/test';
import { requestsSettled, sitePaths, stopWatching, watchProblems } from './site';

/**
 * Every page in the sitemap, plus the 404 page (served at every missing address; not in the sitemap), is loaded
 * once per colour scheme, and each load is checked for everything at once: console errors, failed requests and CSP
 * violations while it loads, sideways scrolling, accessibility (axe), and on one page of each kind the Tab order.
 * Light is checked on a wide screen, dark on a phone, so both layouts are seen in a colour scheme each.
 */
const paths = [...sitePaths(), '/404.html'];

/** One page of each kind: keyboard behaviour comes from shared components, so each kind is walked with Tab once. */
function onePageOfEachKind(): Set<string> {
	const seen = new Map<string, string>();
	for (const path of sitePaths()) {
		const kind = path.split('/').filter(Boolean).length === 2 ? `${path.split('/')[1]}/*` : path;
		if (!seen.has(kind)) seen.set(kind, path);
	}
	return new Set(seen.values());
}
const tabWalked = onePageOfEachKind();

const views = [
	{ name: 'in the light colour scheme on a 1280-pixel-wide screen', scheme: 'light', use: { viewport: { width: 1280, height: 720 } } },
	{
		name: 'in the dark colour scheme on a 360-pixel-wide phone',
		scheme: 'dark',
		use: { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
	},
] as const;
type View = (typeof views)[number];

/**
 * One browser page per view and worker, going from address to address as a reader would, instead of a new browser
 * context per test: a fresh context starts a new renderer process and parses axe anew, which made up two thirds of
 * this file's time. Each test still sees only its own page load: it navigates, and watches the page while it does.
 */
const test = base.extend<object, { pageFor: (view: View) => Promise<Page> }>({
	pageFor: [
		async ({ browser }, use, workerInfo) => {
			const pages = new Map<View['scheme'], Promise<Page>>();
			const open = async (view: View) => {
				const { baseURL } = workerInfo.project.use;
				const options: BrowserContextOptions = { ...view.use, colorScheme: view.scheme, ...(baseURL ? { baseURL } : {}) };
				const page = await (await browser.newContext(options)).newPage();
				await reportPolicyViolations(page);
				return page;
			};
			await use((view) => {
				if (!pages.has(view.scheme)) pages.set(view.scheme, open(view));
				return pages.get(view.scheme) as Promise<Page>;
			});
			for (const page of pages.values()) await (await page).context().close();
		},
		{ scope: 'worker' },
	],
});

/** Content-Security-Policy: any blocked script, style, image or connection is reported as a problem (a console error). */
async function reportPolicyViolations(page: Page): Promise<void> {
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			console.error(`CSP violation: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'} (${event.sourceFile}:${event.lineNumber})`);
		});
	});
}

/** The elements that stick out to the right of the viewport, if the page scrolls sideways. */
async function sidewaysOverflow(page: Page) {
	return page.evaluate(() => ({
		scroll: document.documentElement.scrollWidth,
		client: document.documentElement.clientWidth,
		widest: [...document.querySelectorAll('body *')]
			.filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
			.slice(0, 3)
			.map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
	}));
}

/**
 * axe in the page itself (the site has no frames, so the cross-frame mode, which finishes in a second blank page, adds
 * only time), reporting every violation in full and the rules that pass or need review by one example each.
 */
async function accessibilityViolations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'])
		.setLegacyMode(true)
		.options({ resultTypes: ['violations'] })
		.analyze();
	return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * Presses Tab once per stop of the page (and a few more), noting in the page every element that receives focus and
 * whether it shows a focus ring. The key presses are sent to the browser in one go, so a page of hundreds of links
 * takes seconds rather than minutes; the browser handles them in order, as it would a fast typist's. Folded parts
 * (`<details>`, e.g. a claim's evidence) are opened first, as a reader opens them from their summary, which is a
 * stop of its own: the links inside must then be reachable too.
 */
async function walkWithTab(page: Page) {
	const stops = await page.evaluate(() => {
		for (const folded of document.querySelectorAll('details:not([open])')) (folded as HTMLDetailsElement).open = true;
		const w = window as unknown as { focusWalk: { index: number; key: string; ring: boolean }[] };
		w.focusWalk = [];
		document.addEventListener('focusin', (event) => {
			const el = event.target as HTMLElement;
			const style = getComputedStyle(el);
			w.focusWalk.push({
				index: [...document.querySelectorAll('a[href]')].indexOf(el),
				key: el instanceof HTMLAnchorElement ? `${el.getAttribute('href')}|${el.textContent?.trim()}` : el.tagName,
				ring: style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2,
			});
		});
		return {
			links: document.querySelectorAll('a[href]').length,
			// Every other stop of the Tab order too (form fields, <summary>, scrollable regions with tabindex="0").
			others: document.querySelectorAll('button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"]):not(a)').length,
		};
	});
	const cdp = await page.context().newCDPSession(page);
	const tab = { key: 'Tab', code: 'Tab', windowsVirtualKeyCode: 9, nativeVirtualKeyCode: 9 };
	const presses: Promise<unknown>[] = [];
	for (let step = 0; step < stops.links + stops.others + 5; step++) {
		presses.push(cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...tab }));
		presses.push(cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...tab }));
	}
	await Promise.all(presses);
	await cdp.detach();
	const walk = await page.evaluate(() => (window as unknown as { focusWalk: { index: number; key: string; ring: boolean }[] }).focusWalk);
	return {
		links: stops.links,
		reached: new Set(walk.filter((stop) => stop.index >= 0).map((stop) => stop.index)).size,
		withoutRing: [...new Set(walk.filter((stop) => !stop.ring).map((stop) => stop.key))],
	};
}

for (const view of views) {
	test.describe(view.name, () => {
		for (const path of paths) {
			const walk = view.scheme === 'light' && tabWalked.has(path);
			const title = `${path} loads without console errors, failed requests or CSP violations, never scrolls sideways${walk ? ', lets the Tab key reach every link with a visible focus ring' : ''} and has no accessibility violations`;
			test(title, async ({ pageFor }) => {
				// axe's time grows with the page: the analysis tables (hundreds of cells and links) need more than 30 s on a busy machine.
				test.setTimeout(120_000);
				const page = await pageFor(view);
				// Watched from before the first byte of this page until everything it asked for has arrived.
				const problems = watchProblems(page);
				try {
					await page.goto(path);
					await requestsSettled(page);

					const overflow = await sidewaysOverflow(page);
					expect.soft(overflow.scroll, `elements sticking out: ${overflow.widest.join(', ')}`).toBeLessThanOrEqual(overflow.client);

					expect.soft(await accessibilityViolations(page), 'accessibility violations').toEqual([]);

					if (walk) {
						const tab = await walkWithTab(page);
						expect.soft(tab.withoutRing, 'focused without a visible focus ring').toEqual([]);
						expect.soft(tab.reached, 'links reached with the Tab key').toBe(tab.links);
					}

					// Last: anything logged while the page was checked (the Tab walk runs its scripts) counts too, and
					// whatever the checks made it fetch has arrived before the next test takes the page elsewhere.
					await requestsSettled(page);
					expect(problems).toEqual([]);
				} finally {
					stopWatching(page);
				}
			});
		}
	});
}
