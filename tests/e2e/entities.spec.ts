import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { load } from 'js-yaml';
import { sourceArticles, squash } from './site';

/**
 * Entities in the browser. The expected counts are computed here from the Markdown bodies with a
 * deliberately simple counter of our own (split the text into runs of letters, count the runs equal
 * to a surname), independent of the site's matcher. The three surnames are chosen so that every
 * spelling of the entity contains the surname exactly once and nothing else in the texts does.
 */
const articles = sourceArticles();
const chosen = [
	{ id: 'kirill-dmitriev', surname: 'Dmitriev' },
	{ id: 'steve-witkoff', surname: 'Witkoff' },
	{ id: 'dmitry-medvedev', surname: 'Medvedev' },
] as const;

interface EntityFile {
	id: string;
	name: string;
}

function entityFiles(): EntityFile[] {
	const dir = path.join(process.cwd(), 'content/entities');
	return readdirSync(dir)
		.filter((name) => name.endsWith('.yaml'))
		.map((name) => ({ id: name.replace(/\.yaml$/, ''), name: (load(readFileSync(path.join(dir, name), 'utf8')) as { name: string }).name }));
}

/** How often `word` occurs as a whole run of letters in `text`. */
function countWord(text: string, word: string): number {
	return (text.match(/\p{L}+/gu) ?? []).filter((token) => token === word).length;
}

const mentionsText = (n: number) => (n === 1 ? '1 mention' : `${n} mentions`);

async function articleCount(page: Page, id: string): Promise<number | undefined> {
	const item = page.locator('.article-entities li').filter({ has: page.locator(`a[href="/entities/${id}/"]`) });
	if ((await item.count()) === 0) return undefined;
	const text = await item.locator('.mention-count').innerText();
	return Number(text.match(/\d+/)?.[0]);
}

for (const article of articles) {
	test(`the article "${article.slug}" lists its entities with counts that match the text`, async ({ page }) => {
		await page.goto(`/articles/${article.slug}/`);
		const section = page.getByRole('region', { name: 'Who and what is in this article' });
		await expect(section).toBeVisible();
		for (const { id, surname } of chosen) {
			const expected = countWord(article.body, surname);
			expect(await articleCount(page, id), `${surname} in ${article.slug}`).toBe(expected === 0 ? undefined : expected);
			if (expected > 0) {
				await expect(section.getByRole('link', { name: new RegExp(surname) })).toHaveAttribute('href', `/entities/${id}/`);
			}
		}
		// Every listed entity can be used as a search filter.
		const listed = await section.getByRole('listitem').count();
		await expect(section.locator('[data-pagefind-filter="entity"]')).toHaveCount(listed);
	});
}

test('only the first mention of an entity in an article links to the entity page, unobtrusively', async ({ page }) => {
	const article = articles.find((a) => countWord(a.body, 'Dmitriev') > 3);
	test.skip(!article, 'no article names Dmitriev often');
	await page.goto(`/articles/${article?.slug}/`);
	const links = page.locator('.prose a.entity-mention[href="/entities/kirill-dmitriev/"]');
	// Every mention is recorded, but only the first is a link: the text is not a sea of links.
	await expect(links).toHaveCount(1);
	await expect(links.first()).toHaveAttribute('href', '/entities/kirill-dmitriev/');
	// No colour of its own: the link has the colour of the text around it.
	const colours = await links.first().evaluate((a) => [getComputedStyle(a).color, getComputedStyle(a.parentElement as Element).color]);
	expect(colours[0]).toBe(colours[1]);
});

for (const { id, surname } of chosen) {
	test(`the page of ${surname} lists exactly the articles that mention the name, with their counts`, async ({ page }) => {
		const expected = articles
			.map((a) => ({ href: `/articles/${a.slug}/`, count: countWord(a.body, surname) }))
			.filter((a) => a.count > 0)
			.sort((a, b) => a.href.localeCompare(b.href));
		await page.goto(`/entities/${id}/`);
		const hits = page.locator('.hit');
		const listed = await hits.evaluateAll((items) =>
			items.map((item) => ({
				href: item.querySelector('.hit-title a')?.getAttribute('href') ?? '',
				count: Number(item.querySelector('.hit-title .count-badge')?.textContent?.match(/\d+/)?.[0]),
			})),
		);
		expect(listed.sort((a, b) => a.href.localeCompare(b.href))).toEqual(expected);
		const total = expected.reduce((sum, a) => sum + a.count, 0);
		await expect(page.locator('.entity-stats')).toContainText(`Mentioned ${total} times in ${expected.length} article`);
		// Every mention is highlighted in a snippet.
		await expect(page.locator('.snippet mark')).toHaveCount(total);
	});
}

// The Kremlin is also named in a section heading, so one of its snippets links to a heading.
for (const id of ['kirill-dmitriev', 'united-states', 'kremlin']) {
	test(`every snippet on the page of ${id} links to the paragraph that holds the sentence and the name`, async ({ page }) => {
		await page.goto(`/entities/${id}/`);
		const snippets = await page.locator('a.snippet').evaluateAll((links) =>
			links.map((a) => ({
				href: a.getAttribute('href') ?? '',
				sentence: a.textContent ?? '',
				marked: [...a.querySelectorAll('mark')].map((m) => m.textContent ?? ''),
			})),
		);
		expect(snippets.length).toBeGreaterThan(0);
		const byArticle = new Map<string, typeof snippets>();
		for (const snippet of snippets) {
			const [pathname = ''] = snippet.href.split('#');
			byArticle.set(pathname, [...(byArticle.get(pathname) ?? []), snippet]);
		}
		for (const [pathname, list] of byArticle) {
			await page.goto(pathname);
			for (const { href, sentence, marked } of list) {
				const fragment = href.split('#')[1] ?? '';
				expect(fragment, href).toMatch(/^(p-\d+|[a-z0-9-]+)$/);
				const target = page.locator(`[id="${fragment}"]`);
				await expect(target, href).toHaveCount(1);
				const text = squash(await target.innerText());
				expect(text, href).toContain(squash(sentence));
				for (const name of marked) expect(text, href).toContain(name);
			}
		}
		// Following one link lands on its paragraph.
		await page.goto(`/entities/${id}/`);
		const first = snippets[0];
		await page.locator('a.snippet').first().click();
		await expect(page).toHaveURL(new RegExp(`${first?.href.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
		await expect(page.locator(`[id="${first?.href.split('#')[1]}"]`)).toBeInViewport();
	});
}

test('the entity index reaches every entity page, grouped by kind, with total counts', async ({ page }) => {
	const files = entityFiles();
	await page.goto('/entities/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Entities');
	for (const kind of ['People', 'Organisations', 'Places']) {
		await expect(page.getByRole('heading', { level: 2, name: new RegExp(`^${kind}`) })).toBeVisible();
	}
	const hrefs = await page.locator('.entity-index a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
	expect([...hrefs].sort()).toEqual(files.map((f) => `/entities/${f.id}/`).sort());
	for (const { id, surname } of chosen) {
		const total = articles.reduce((sum, a) => sum + countWord(a.body, surname), 0);
		const inArticles = articles.filter((a) => countWord(a.body, surname) > 0).length;
		const item = page.locator('.entity-index li').filter({ has: page.locator(`a[href="/entities/${id}/"]`) });
		await expect(item).toContainText(`${mentionsText(total)} in ${inArticles === 1 ? '1 article' : `${inArticles} articles`}`);
	}
	// Each page is fetched rather than opened: every-page.spec.ts opens each of them in the browser already.
	for (const file of files) {
		const response = await page.request.get(`/entities/${file.id}/`);
		expect(response.status(), file.id).toBe(200);
		const html = await response.text();
		expect(squash(html.match(/<h1[^>]*>([\s\S]*?)<\/h1>/)?.[1]?.replace(/<[^>]+>/g, '') ?? ''), file.id).toBe(file.name);
		// Every entity is mentioned somewhere, so its page quotes at least one sentence.
		expect(html, file.id).toMatch(/<a [^>]*class="snippet/);
	}
});

test('an entity page is marked for search as an entity, with its name and description indexed', async ({ page }) => {
	await page.goto('/entities/kirill-dmitriev/');
	const body = page.locator('[data-pagefind-body]');
	await expect(body).toHaveCount(1);
	await expect(body).toHaveAttribute('data-pagefind-filter', 'type:Entity');
	await expect(body.getByRole('heading', { level: 1 })).toHaveText('Kirill Dmitriev');
	await expect(body.locator('.lede')).not.toBeEmpty();
});

for (const article of articles) {
	test(`in "${article.slug}" each entity is linked at most once, and never inside a hyphenated word`, async ({ page }) => {
		await page.goto(`/articles/${article.slug}/`);
		const links = await page.locator('.prose a.entity-mention').evaluateAll((anchors) =>
			anchors.map((a) => {
				const block = a.closest('p, li, h2, h3, h4, blockquote, td, th') ?? (a.parentElement as Element);
				const before = document.createRange();
				before.setStart(block, 0);
				before.setEndBefore(a);
				const after = document.createRange();
				after.setStartAfter(a);
				after.setEnd(block, block.childNodes.length);
				return { href: a.getAttribute('href') ?? '', text: a.textContent ?? '', before: before.toString().slice(-1), after: after.toString().slice(0, 1) };
			}),
		);
		expect(links.length, 'the article links some entity').toBeGreaterThan(0);
		const hrefs = links.map((link) => link.href);
		expect(hrefs.filter((href, index) => hrefs.indexOf(href) !== index), 'entities linked more than once').toEqual([]);
		// A link starts and ends on a word boundary: no letter, digit or hyphen joined to it ("US-Russia" is one word).
		const joined = /[\p{L}\p{N}\-\u2010\u2011]/u;
		for (const { text, before, after } of links) {
			expect(joined.test(before) || joined.test(after), `“${before}[${text}]${after}”`).toBe(false);
		}
	});
}
