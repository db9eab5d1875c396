/**
 * The editors' findings at the top of /analysis/: every finding file is there, in its order, and every
 * citation it carries lands on the claim, the quotation or the paragraph it names. Expectations come from
 * content/findings/, so a new finding needs no change here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { load } from 'js-yaml';
import { squash } from './site';

interface FindingFile {
	title: string;
	order: number;
	claims?: string[];
	quotes?: string[];
	evidence?: { article: string; text: string[] }[];
}
const dir = path.join(process.cwd(), 'content/findings');
const findings = readdirSync(dir)
	.filter((name) => name.endsWith('.yaml'))
	.map((name) => ({ id: name.replace(/\.yaml$/, ''), data: load(readFileSync(path.join(dir, name), 'utf8')) as FindingFile }))
	.sort((a, b) => a.data.order - b.data.order);
const yamlOf = <T>(folder: string, id: string) => load(readFileSync(path.join(process.cwd(), 'content', folder, `${id}.yaml`), 'utf8')) as T;

test('the analysis page opens with the findings, in their order, before the list of analysis pages', async ({ page }) => {
	await page.goto('/analysis/');
	const section = page.getByRole('region', { name: 'What the editors find' });
	const titles = await section.getByRole('heading', { level: 3 }).allInnerTexts();
	expect(titles.map(squash)).toEqual(findings.map((finding) => finding.data.title));
	const [findingsTop, pagesTop] = await Promise.all([
		section.boundingBox(),
		page.getByRole('heading', { level: 2, name: 'The analysis pages' }).boundingBox(),
	]);
	expect(findingsTop?.y ?? Infinity).toBeLessThan(pagesTop?.y ?? 0);
});

for (const finding of findings) {
	test(`the citations of “${finding.data.title}” land on the claim, quotation and paragraph they name`, async ({ page }) => {
		await page.goto('/analysis/');
		const article = page.getByRole('article', { name: finding.data.title });
		const evidence = article.getByRole('list', { name: 'The evidence' });
		const claims = (finding.data.claims ?? []).map((id) => ({ id, statement: yamlOf<{ statement: string }>('claims', id).statement }));
		const quotes = (finding.data.quotes ?? []).map((id) => ({ id, text: yamlOf<{ text: string }>('quotes', id).text }));
		const sentences = (finding.data.evidence ?? []).flatMap((e) => e.text);
		await expect(evidence.getByRole('listitem')).toHaveCount(claims.length + quotes.length + sentences.length);

		const targets: { href: string; expected: string }[] = [];
		for (const claim of claims) {
			const href = await evidence.getByRole('link', { name: claim.statement, exact: true }).getAttribute('href');
			expect(href).toMatch(new RegExp(`#claim-${claim.id}$`));
			targets.push({ href: href ?? '', expected: claim.statement });
		}
		for (const quote of quotes) {
			const href = await evidence.getByRole('link', { name: `“${quote.text}”`, exact: true }).getAttribute('href');
			expect(href).toMatch(new RegExp(`#quote-${quote.id}$`));
			targets.push({ href: href ?? '', expected: quote.text });
		}
		for (const sentence of sentences) {
			const item = evidence.getByRole('listitem').filter({ hasText: sentence });
			const href = await item.getByRole('link').getAttribute('href');
			expect(href).toMatch(/^\/articles\/[^/]+\/#p-\d+$/);
			targets.push({ href: href ?? '', expected: sentence });
		}
		for (const { href, expected } of targets) {
			await page.goto(href);
			const id = decodeURIComponent(href.split('#')[1] ?? '');
			await expect(page.locator(`[id="${id}"]`), href).toContainText(squash(expected));
		}
	});
}
