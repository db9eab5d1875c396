import { expect, type Page, test } from '@playwright/test';
import { sitePaths } from './site';

/** One page of each kind: keyboard behaviour comes from shared components, so each kind is checked once. */
function onePageOfEachKind(): string[] {
	const seen = new Map<string, string>();
	for (const path of sitePaths()) {
		const kind = path.split('/').filter(Boolean).length === 2 ? `${path.split('/')[1]}/*` : path;
		if (!seen.has(kind)) seen.set(kind, path);
	}
	return [...seen.values()];
}

async function focusedElement(page: Page) {
	return page.evaluate(() => {
		const el = document.activeElement as HTMLElement | null;
		if (!el || el === document.body) return null;
		const style = getComputedStyle(el);
		return {
			key: el instanceof HTMLAnchorElement ? `${el.getAttribute('href')}|${el.textContent?.trim()}` : el.tagName,
			index: [...document.querySelectorAll('a[href]')].indexOf(el),
			outline: style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2,
		};
	});
}

for (const path of onePageOfEachKind()) {
	test(`on ${path} the Tab key reaches every link, each with a visible focus ring`, async ({ page }) => {
		await page.goto(path);
		const linkCount = await page.locator('a[href]').count();
		// Every other stop of the Tab order too (form fields, <summary>, scrollable regions with tabindex="0").
		const otherStops = await page.locator('button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"]):not(a)').count();
		// One Tab press per stop: pages rich in links (the analysis tables) need more than the default 30 s.
		test.setTimeout(30_000 + (linkCount + otherStops) * 500);
		const reached = new Set<number>();
		const withoutRing: string[] = [];
		for (let step = 0; step < linkCount + otherStops + 5; step++) {
			await page.keyboard.press('Tab');
			const focused = await focusedElement(page);
			if (!focused) continue;
			if (focused.index >= 0) reached.add(focused.index);
			if (!focused.outline) withoutRing.push(focused.key);
		}
		expect(withoutRing).toEqual([]);
		expect(reached.size).toBe(linkCount);
	});
}

test('the skip link is the first stop and moves focus to the main content', async ({ page }) => {
	await page.goto('/');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to content' });
	await expect(skip).toBeFocused();
	await expect(skip).toBeInViewport();
	await page.keyboard.press('Enter');
	await expect(page.locator('main')).toBeFocused();
});
