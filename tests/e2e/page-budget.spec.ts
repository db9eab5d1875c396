import { gzipSync } from 'node:zlib';
import { expect, type Response, test } from '@playwright/test';
import { sourceArticles } from './site';

/*
 * The page budget of an article page, first load with an empty cache: its HTML, CSS and JavaScript at most
 * 15 KB gzip in at most 3 requests; the webfont, cached for the whole site, at most 2 files and 60 KB.
 * (The bench measures the same at 10,000 articles; this keeps the real site within it on every change.)
 */

const KB = 1024;

for (const article of sourceArticles()) {
	test(`the article page ${article.slug} loads in at most 3 requests and 15 KB gzip, fonts aside`, async ({ page }) => {
		const responses: Response[] = [];
		page.on('response', (response) => {
			if (!response.url().startsWith('data:')) responses.push(response);
		});
		await page.goto(`/articles/${article.slug}/`, { waitUntil: 'networkidle' });

		const loaded = await Promise.all(
			responses.map(async (response) => {
				const body = await response.body();
				return { path: new URL(response.url()).pathname, font: response.request().resourceType() === 'font', bytes: body.length, gzip: gzipSync(body).length };
			}),
		);
		const fonts = loaded.filter((file) => file.font);
		const rest = loaded.filter((file) => !file.font);

		expect(rest.length, `requests other than fonts: ${rest.map((file) => file.path).join(', ')}`).toBeLessThanOrEqual(3);
		expect(rest.reduce((sum, file) => sum + file.gzip, 0), 'HTML, CSS and JavaScript, gzip').toBeLessThanOrEqual(15 * KB);
		expect(fonts.length, 'webfont files').toBeLessThanOrEqual(2);
		expect(fonts.reduce((sum, file) => sum + file.bytes, 0), 'webfont bytes').toBeLessThanOrEqual(60 * KB);
	});
}
