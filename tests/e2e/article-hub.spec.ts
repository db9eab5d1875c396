/**
 * The article page read text first: the first paragraph on the first screen of a phone and a laptop, the
 * "In this article" panel under the text linking to the exact rows of the analysis pages, the table of
 * contents of articles with three or more sections, and entity pages linking their quotations.
 */
import { expect, test } from '@playwright/test';
import { sourceArticles } from './site';

const articles = sourceArticles();

for (const viewport of [
	{ width: 390, height: 844 },
	{ width: 1280, height: 800 },
]) {
	test(`on a ${viewport.width}×${viewport.height} screen every article's first paragraph starts on the first screen`, async ({ browser }) => {
		const context = await browser.newContext({ viewport });
		const page = await context.newPage();
		for (const article of articles) {
			await page.goto(`/articles/${article.slug}/`);
			const box = await page.locator('.prose p').first().boundingBox();
			expect(box?.y ?? Infinity, article.slug).toBeLessThan(viewport.height - 48);
		}
		await context.close();
	});
}

for (const article of articles) {
	test(`the links of “In this article” under “${article.slug}” land on rows that exist`, async ({ page }) => {
		await page.goto(`/articles/${article.slug}/`);
		const hub = page.getByRole('region', { name: 'In this article' });
		const hrefs = await hub.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
		const rows = hrefs.filter((href) => /^\/(claims|quotes|timeline)\/(\d+\/)?#(claim|quote|event)-/.test(href));
		expect(rows.length, 'links to analysis rows').toBeGreaterThan(0);
		// Each analysis page is opened once, and every row linked on it looked up there.
		const idsByPage = Map.groupBy(rows, (href) => href.split('#')[0] ?? '');
		for (const [path, hrefs] of idsByPage) {
			await page.goto(path);
			for (const href of hrefs) await expect(page.locator(`[id="${href.split('#')[1]}"]`), href).toHaveCount(1);
		}
	});
}

test('a claim in “In this article” leads to that claim on the claims page', async ({ page }) => {
	await page.goto('/articles/global-business-didnt-save-russia/');
	const hub = page.getByRole('region', { name: 'In this article' });
	const statement = 'Trade and investment with the West can change Russia’s politics and behaviour.';
	await expect(hub.getByRole('listitem').filter({ hasText: statement })).toContainText('Disputed');
	const href = (await hub.getByRole('link', { name: statement }).getAttribute('href')) ?? '';
	expect(href).toMatch(/#claim-business-can-change-russia$/);
	await page.goto(href);
	await expect(page.locator('[id="claim-business-can-change-russia"]')).toContainText(statement);
});

test('an article with three or more sections has a table of contents leading to each; the others have none', async ({ page }) => {
	for (const article of articles) {
		const sections = [...article.body.matchAll(/^## (.+)$/gm)].map((m) => (m[1] ?? '').trim());
		await page.goto(`/articles/${article.slug}/`);
		const contents = page.getByRole('navigation', { name: 'Contents' });
		if (sections.length < 3) {
			await expect(contents, article.slug).toHaveCount(0);
			continue;
		}
		await contents.getByText(`Contents: ${sections.length} sections`).click();
		const hrefs = await contents.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
		expect(hrefs).toHaveLength(sections.length);
		expect((await contents.getByRole('link').allInnerTexts()).map((text) => text.trim())).toEqual(sections);
		for (const [index, href] of hrefs.entries()) {
			await expect(page.locator(`[id="${href.split('#')[1]}"]`)).toContainText(sections[index] ?? '');
		}
	}
});

test('Kirill Dmitriev’s page links his quotations and the claims attributed to him to their rows', async ({ page }) => {
	await page.goto('/entities/kirill-dmitriev/');
	for (const [region, prefix] of [
		['Quoted in the articles', '#quote-'],
		['Claims the articles attribute to Kirill Dmitriev', '#claim-'],
	] as const) {
		const links = page.getByRole('region', { name: region }).getByRole('listitem').getByRole('link');
		expect(await links.count()).toBeGreaterThan(0);
		const href = (await links.first().getAttribute('href')) ?? '';
		expect(href).toContain(prefix);
		await page.goto(href);
		await expect(page.locator(':target')).toBeVisible();
		await page.goBack();
	}
});
