import { expect, test } from '@playwright/test';
import { plainBlocks, sourceArticles, squash } from './site';

const articles = sourceArticles();

test('the home page lists every article, each linking to its page', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	const cards = page.getByRole('main').getByRole('article');
	await expect(cards).toHaveCount(articles.length);
	for (const article of articles) {
		const link = page.getByRole('link', { name: article.data.title, exact: true });
		await expect(link).toHaveAttribute('href', `/articles/${article.slug}/`);
	}
});

test('the home page orders articles newest first', async ({ page }) => {
	await page.goto('/');
	const datetimes = await page.locator('main article time').evaluateAll((els) => els.map((el) => el.getAttribute('datetime') ?? ''));
	expect(datetimes).toHaveLength(articles.length);
	expect([...datetimes].sort().reverse()).toEqual(datetimes);
});

for (const article of articles) {
	test(`the page of "${article.slug}" shows the full text and where it comes from`, async ({ page }) => {
		const response = await page.goto(`/articles/${article.slug}/`);
		expect(response?.status()).toBe(200);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.data.title);
		const text = squash(await page.locator('.prose').innerText());
		for (const block of plainBlocks(article.body)) {
			expect(text, `paragraph missing: ${block.slice(0, 60)}…`).toContain(block);
		}
		if (article.data.standfirst) await expect(page.locator('.standfirst')).toHaveText(article.data.standfirst);

		const provenance = page.getByRole('complementary', { name: 'About this text' });
		await expect(provenance).toBeVisible();
		if (article.data.outlet === null) await expect(provenance).toContainText('Unknown — the source does not name it');
		if (article.data.authors.length === 0) await expect(provenance).toContainText('Unknown — the source gives no byline');
		if (article.data.published.basis === 'estimated') {
			await expect(provenance).toContainText('estimated by the editors');
			await expect(provenance).toContainText(squash(article.data.published.reason ?? ''));
		} else {
			await expect(provenance).toContainText('as stated by the source');
		}
		if (article.data.originalUrl) {
			await expect(provenance.getByRole('link', { name: article.data.originalUrl })).toHaveAttribute('href', article.data.originalUrl);
		} else {
			await expect(provenance).toContainText('does not give its address');
		}
		const tagLinks = page.getByRole('list', { name: 'Tags of this article' }).getByRole('link');
		await expect(tagLinks).toHaveCount(article.data.tags.length);
	});
}

test('section headings get ids and anchor links', async ({ page }) => {
	const withHeadings = articles.find((a) => /^## /m.test(a.body));
	test.skip(!withHeadings, 'no article has section headings');
	await page.goto(`/articles/${withHeadings?.slug}/`);
	const heading = page.locator('.prose h2').first();
	const id = await heading.getAttribute('id');
	expect(id).toBeTruthy();
	await expect(heading.locator('a.heading-anchor')).toHaveAttribute('href', `#${id}`);
});

test('articles link to related articles and to the next newer and older ones', async ({ page }) => {
	await page.goto('/');
	const order = await page.locator('main article h2 a').evaluateAll((els) => els.map((el) => el.getAttribute('href')));
	await page.goto(order[1] ?? '/');
	const pager = page.getByRole('navigation', { name: 'Newer and older articles' });
	await expect(pager.getByRole('link', { name: /Newer/ })).toHaveAttribute('href', order[0] ?? '');
	await expect(pager.getByRole('link', { name: /Older/ })).toHaveAttribute('href', order[2] ?? '');
	await expect(page.getByRole('region', { name: 'Related articles' }).getByRole('article').first()).toBeVisible();
});

for (const index of ['/tags/', '/outlets/', '/genres/']) {
	test(`browsing from ${index} reaches every article`, async ({ page }) => {
		await page.goto(index);
		const listPages = await page
			.getByRole('main')
			.getByRole('heading', { level: 2 })
			.getByRole('link')
			.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
		expect(listPages.length).toBeGreaterThan(0);
		const reached = new Set<string>();
		for (const listPage of listPages) {
			await page.goto(listPage);
			const count = Number((await page.locator('.count').innerText()).match(/\d+/)?.[0]);
			const hrefs = await page.locator('main article h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
			expect(hrefs).toHaveLength(count);
			for (const href of hrefs) reached.add(href ?? '');
		}
		expect([...reached].sort()).toEqual(articles.map((a) => `/articles/${a.slug}/`).sort());
	});
}

test('the tag index shows how many articles carry each tag', async ({ page }) => {
	await page.goto('/tags/');
	for (const item of await page.getByRole('main').getByRole('listitem').all()) {
		const href = await item.getByRole('link').getAttribute('href');
		const tag = href?.split('/')[2];
		const expected = articles.filter((a) => a.data.tags.includes(tag ?? '')).length;
		await expect(item).toContainText(expected === 1 ? '1 article' : `${expected} articles`);
	}
});

test('an unknown address gets a helpful 404 page', async ({ page }) => {
	const response = await page.goto('/no-such-page/');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	await expect(page.getByRole('main').getByRole('link', { name: /All \d+ articles/ })).toHaveAttribute('href', '/');
});
