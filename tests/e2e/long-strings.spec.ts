import { expect, test } from '@playwright/test';

/* A phone 360 px wide: very long unbroken strings wrap instead of making the page scroll sideways. */
test.use({ viewport: { width: 360, height: 740 } });

const unbroken = 'W'.repeat(5_000);

test('a 5,000-character query does not make the search page scroll sideways', async ({ page }) => {
	await page.goto(`/search/?q=${unbroken}`);
	const field = page.getByRole('searchbox').first();
	await field.fill(unbroken);
	await field.press('Enter');
	await page.waitForTimeout(500);
	const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
	expect(widths.scroll).toBeLessThanOrEqual(widths.client);
});

test('a very long unbroken heading on the home page wraps within 360 px', async ({ page }) => {
	await page.goto('/');
	await page.evaluate((text) => {
		const heading = document.querySelector('main h2, main h3, main a');
		if (heading) heading.textContent = text;
	}, unbroken);
	const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
	expect(widths.scroll).toBeLessThanOrEqual(widths.client);
});
