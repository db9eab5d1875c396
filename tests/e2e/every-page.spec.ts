import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { sitePaths } from './site';

// Every page in the sitemap, plus the 404 page (served at every missing address; not in the sitemap).
const paths = [...sitePaths(), '/404.html'];

test.describe('on a 360-pixel-wide phone', () => {
	test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
	for (const path of paths) {
		test(`${path} never scrolls sideways`, async ({ page }) => {
			await page.goto(path);
			const overflow = await page.evaluate(() => ({
				scroll: document.documentElement.scrollWidth,
				client: document.documentElement.clientWidth,
				widest: [...document.querySelectorAll('body *')]
					.filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
					.slice(0, 3)
					.map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
			}));
			expect(overflow.scroll, `elements sticking out: ${overflow.widest.join(', ')}`).toBeLessThanOrEqual(overflow.client);
		});
	}
});

for (const path of paths) {
	test(`${path} loads without console errors, failed requests or CSP violations`, async ({ page }) => {
		const problems: string[] = [];
		// Content-Security-Policy: any blocked script, style, image or connection is reported as a problem.
		await page.addInitScript(() => {
			document.addEventListener('securitypolicyviolation', (event) => {
				console.error(`CSP violation: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'} (${event.sourceFile}:${event.lineNumber})`);
			});
		});
		page.on('console', (message) => {
			if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
		});
		page.on('pageerror', (error) => problems.push(`exception: ${error.message}`));
		page.on('requestfailed', (request) => problems.push(`failed: ${request.url()}`));
		page.on('response', (response) => {
			if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
		});
		await page.goto(path, { waitUntil: 'networkidle' });
		expect(problems).toEqual([]);
	});
}

for (const scheme of ['light', 'dark'] as const) {
	test.describe(`in the ${scheme} colour scheme`, () => {
		test.use({ colorScheme: scheme });
		for (const path of paths) {
			test(`${path} has no accessibility violations`, async ({ page }) => {
				// axe's time grows with the page: the analysis tables (hundreds of cells and links) need more than 30 s on a busy machine.
				test.setTimeout(90_000);
				await page.goto(path);
				const results = await new AxeBuilder({ page })
					.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'])
					.analyze();
				const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
				expect(summary).toEqual([]);
			});
		}
	});
}
