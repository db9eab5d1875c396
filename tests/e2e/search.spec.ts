import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page, test } from '@playwright/test';
import { plainBlocks, requestsSettled, type SourceArticle, sourceArticles, watchProblems } from './site';
import { colourSchemeInitScript } from '../../src/lib/site/colour-scheme';

/*
 * Full-text search (/search/, Pagefind). The expectations come from the content files: every query below is
 * computed from the articles' text, so the tests follow the content when it changes.
 */

const articles = sourceArticles();

// ---------------------------------------------------------------------------------------------- queries

/** Words as the tests compare them: runs of letters, lower-cased. */
const wordsOf = (text: string) => text.toLowerCase().match(/\p{L}+/gu) ?? [];
/** Pagefind stems words and matches by prefix; two words sharing their first six letters may match each other. */
const stemOf = (word: string) => word.slice(0, 6);

function contentFiles(dir = path.join(process.cwd(), 'content')): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(dir, entry.name);
		return entry.isDirectory() ? contentFiles(full) : /\.(md|ya?ml|json)$/.test(entry.name) ? [full] : [];
	});
}

const articleFile = (article: SourceArticle) =>
	contentFiles().find((file) => file.includes(`${path.sep}articles${path.sep}`) && readFileSync(file, 'utf8').includes(article.body));

/** The body text of an article as readers see it (Markdown markers removed). */
const bodyText = (article: SourceArticle) => plainBlocks(article.body).join('\n');

/** The word stems of every content file but this article's. */
function stemsElsewhere(article: SourceArticle): Set<string> {
	const own = articleFile(article);
	return new Set(contentFiles().filter((file) => file !== own).flatMap((file) => wordsOf(readFileSync(file, 'utf8')).map(stemOf)));
}

/**
 * Two words that occur in this article's body and, counting by their first six letters, in no other file
 * of the content directory (other articles, entities, tags, quotes …): a query only this article answers.
 * The words it uses most are chosen, longer ones first on a tie.
 */
function distinctiveQuery(article: SourceArticle): string {
	const elsewhere = stemsElsewhere(article);
	const counts = new Map<string, number>();
	for (const word of wordsOf(bodyText(article))) {
		if (word.length >= 7 && !elsewhere.has(stemOf(word))) counts.set(word, (counts.get(word) ?? 0) + 1);
	}
	const chosen = [...counts].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || a[0].localeCompare(b[0])).slice(0, 2);
	if (chosen.length === 0) throw new Error(`no distinctive word in ${article.slug}`);
	return chosen.map(([word]) => word).join(' ');
}

/**
 * Three consecutive words of one article that, as a phrase, occur in no other content file although each
 * word on its own occurs in other articles: quoted, only this article matches; unquoted, others do too.
 */
function distinctivePhrase(): { phrase: string; article: SourceArticle } {
	const bodies = articles.map((article) => ({ article, words: new Set(wordsOf(bodyText(article))) }));
	const allText = contentFiles().map((file) => ({ file, text: readFileSync(file, 'utf8').toLowerCase().replace(/\s+/g, ' ') }));
	for (const { article } of bodies) {
		const own = articleFile(article);
		for (const block of plainBlocks(article.body)) {
			const tokens = block.split(/\s+/);
			for (let i = 0; i + 3 <= tokens.length; i++) {
				const window = tokens.slice(i, i + 3);
				if (!window.every((token) => /^\p{L}{4,}$/u.test(token))) continue;
				const words = window.map((w) => w.toLowerCase());
				const common = words.every((word) => bodies.filter((b) => b.words.has(word)).length >= 3);
				const phrase = words.join(' ');
				if (common && allText.every(({ file, text }) => file === own || !text.includes(phrase))) return { phrase, article };
			}
		}
	}
	throw new Error('no distinctive phrase in the articles');
}

/** A word every article's body contains, for tests that need several results. */
function commonWord(): string {
	const sets = articles.map((article) => new Set(wordsOf(bodyText(article)).filter((w) => w.length >= 5)));
	const [first, ...rest] = sets;
	const word = [...(first ?? [])].sort().find((w) => rest.every((set) => set.has(w)));
	if (!word) throw new Error('no word common to all articles');
	return word;
}

const publishedStart = (article: SourceArticle) => {
	const [year = '1970', month = '01', day = '01'] = String(article.data.published.date).split('-');
	return `${year}-${month}-${day}`;
};

// ---------------------------------------------------------------------------------------------- helpers

const searchbox = (page: Page) => page.getByRole('searchbox', { name: 'Search the articles' });
const resultList = (page: Page) => page.getByRole('list', { name: 'Search results' });
/** The title links of the results, in order (one per page found; section links are not counted). */
const resultTitles = (page: Page): Locator => resultList(page).getByRole('heading', { level: 3 }).getByRole('link');
/** The line that says how many results there are; screen readers hear it change. */
const summary = (page: Page) => page.getByRole('main').getByRole('status');
const showMore = (page: Page) => page.getByRole('button', { name: 'Show more results' });

async function resultCount(page: Page): Promise<number> {
	await expect(summary(page)).toHaveText(/^(No results|\d+ results?|\d+ articles?|No article)/);
	const text = await summary(page).innerText();
	return /^No /.test(text) ? 0 : Number(text.match(/^\d+/)?.[0]);
}

/** Shows every result (“Show more results” until it goes, scrolling to those still loading), and returns the title links' paths. */
async function resultPaths(page: Page): Promise<string[]> {
	const count = await resultCount(page);
	await expect
		.poll(async () => {
			if (await showMore(page).isVisible()) await showMore(page).click();
			// Results load as they come near the viewport.
			await resultList(page).locator('.search-hit-placeholder').first().scrollIntoViewIfNeeded({ timeout: 500 }).catch(() => {});
			return resultTitles(page).count();
		}, { timeout: 15_000 })
		.toBe(count);
	await expect(resultList(page).locator(':scope > li')).toHaveCount(count);
	return resultTitles(page).evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
}

async function search(page: Page, query: string): Promise<void> {
	await page.goto(`/search/?q=${encodeURIComponent(query)}`);
	await expect(summary(page)).toContainText(query.replace(/"/g, ''));
}

let problems: string[] = [];
test.beforeEach(({ page }) => {
	problems = watchProblems(page);
});
test.afterEach(() => {
	expect(problems, 'console errors, failed requests or exceptions').toEqual([]);
});

// ---------------------------------------------------------------------------------------------- finding

for (const article of articles) {
	test(`words found only in “${article.slug}” find that article first`, async ({ page }) => {
		const query = distinctiveQuery(article);
		await search(page, query);
		const paths = await resultPaths(page);
		expect(paths[0], `first result for “${query}”`).toBe(`/articles/${article.slug}/`);
	});
}

test('a phrase in quotes finds only the article with that exact phrase', async ({ page }) => {
	const { phrase, article } = distinctivePhrase();
	await search(page, phrase);
	expect((await resultPaths(page)).filter((p) => p.startsWith('/articles/')).length, `articles with the words of “${phrase}”`).toBeGreaterThan(1);
	await search(page, `"${phrase}"`);
	expect(await resultPaths(page)).toEqual([`/articles/${article.slug}/`]);
	// The excerpt shows the phrase, marked.
	await expect(resultList(page).locator('mark').first()).toBeVisible();
});

test('a query without results says so and suggests what to do', async ({ page }) => {
	await search(page, 'qqxjzvw');
	await expect(summary(page)).toHaveText('No results for “qqxjzvw”');
	const empty = page.getByText('No article matches “qqxjzvw”');
	await expect(empty).toBeVisible();
	await expect(page.getByRole('main').getByRole('link', { name: 'by tag' })).toBeVisible();
	await expect(resultTitles(page)).toHaveCount(0);
});

test('a result whose data cannot be loaded says so instead of staying blank', async ({ page }) => {
	await page.route('**/pagefind/fragment/**', (route) => route.abort());
	await search(page, commonWord());
	await expect(resultList(page).getByText('This result could not be loaded').first()).toBeVisible();
	// The refused requests are this test's doing, not a problem of the site.
	problems.splice(0, problems.length, ...problems.filter((p) => !p.includes('/pagefind/fragment/')));
});

test('the number of results is announced to screen readers', async ({ page }) => {
	await page.addInitScript(() => {
		const heard: string[] = [];
		(window as unknown as { heard: string[] }).heard = heard;
		new MutationObserver(() => {
			for (const region of document.querySelectorAll('[aria-live]')) {
				const text = region.textContent?.trim();
				if (text && !heard.includes(text)) heard.push(text);
			}
		}).observe(document, { subtree: true, childList: true, characterData: true });
	});
	const query = commonWord();
	await search(page, query);
	const count = await resultCount(page);
	await expect
		.poll(() => page.evaluate(() => (window as unknown as { heard: string[] }).heard))
		.toContain(`${count} results for “${query}”`);
});

// ---------------------------------------------------------------------------------------------- narrowing

test('a filter narrows the results to the articles that have it', async ({ page }) => {
	const query = commonWord();
	const genre = 'analysis';
	const expected = articles.filter((a) => a.data.genre === genre).map((a) => `/articles/${a.slug}/`).sort();
	await search(page, query);
	const before = await resultCount(page);
	await page.locator('summary', { hasText: /^Genre/ }).click();
	await page.getByRole('group', { name: 'Genre' }).getByRole('checkbox', { name: /^Analysis/ }).check();
	await expect(page).toHaveURL(new RegExp(`[?&]genre=${genre}(&|$)`));
	await expect.poll(() => resultCount(page)).toBe(expected.length);
	expect(before).toBeGreaterThan(expected.length);
	expect((await resultPaths(page)).sort()).toEqual(expected);
});

test('filters and their URL ids load only when a filter group is opened, and ticking one by keyboard keeps the focus on it', async ({ page }) => {
	const requests: string[] = [];
	page.on('request', (request) => requests.push(new URL(request.url()).pathname));
	const query = commonWord();
	await search(page, query);
	await expect(resultTitles(page).first()).toBeVisible();
	expect(requests.filter((p) => p.startsWith('/pagefind/filter/')), 'filter files before a group is opened').toEqual([]);
	expect(requests.filter((p) => p === '/search/facets.json'), 'filter ids before a group is opened').toEqual([]);

	await page.locator('summary', { hasText: /^Genre/ }).click();
	const analysis = page.getByRole('group', { name: 'Genre' }).getByRole('checkbox', { name: /^Analysis/ });
	await expect(analysis).toBeVisible();
	expect(requests.filter((p) => p.startsWith('/pagefind/filter/')).length).toBeGreaterThan(0);
	expect(requests.filter((p) => p === '/search/facets.json')).toHaveLength(1);

	await analysis.focus();
	await page.keyboard.press('Space');
	await expect(page).toHaveURL(new RegExp(`[?&]genre=analysis(&|$)`));
	await expect(analysis).toBeChecked();
	await expect(analysis).toBeFocused();
});

test('results come ten at a time: “Show more results” adds the next ones and moves the focus to the first of them', async ({ page }) => {
	const query = commonWord();
	await search(page, query);
	const count = await resultCount(page);
	expect(count, `results for “${query}”`).toBeGreaterThan(10);
	const items = resultList(page).locator(':scope > li');
	await expect(items).toHaveCount(10);
	await showMore(page).click();
	await expect(items).toHaveCount(Math.min(20, count));
	await expect(items.nth(10).getByRole('heading', { level: 3 }).getByRole('link')).toBeFocused();
	expect(new Set(await resultPaths(page)).size).toBe(count);
});

test('sorting by date orders the results newest or oldest first', async ({ page }) => {
	const query = commonWord();
	const newestFirst = [...articles].sort((a, b) => publishedStart(b).localeCompare(publishedStart(a)) || a.data.title.localeCompare(b.data.title));
	await search(page, query);
	const sort = page.getByRole('combobox', { name: 'Sort by' });
	await expect(sort).toHaveValue('relevance');
	await sort.selectOption('newest');
	await expect(page).toHaveURL(/[?&]sort=newest(&|$)/);
	const newest = await resultPaths(page);
	// Only articles have a date; pages without one (entities) drop out of a date-sorted list.
	expect(newest).toEqual(newestFirst.map((a) => `/articles/${a.slug}/`));
	await sort.selectOption('oldest');
	await expect(page).toHaveURL(/[?&]sort=oldest(&|$)/);
	const oldest = await resultPaths(page);
	expect(oldest.map((p) => publishedStart(articles.find((a) => p === `/articles/${a.slug}/`) as SourceArticle))).toEqual(
		newestFirst.map(publishedStart).reverse(),
	);
});

test('query, filters and sort live in the URL: reload and back/forward restore them', async ({ page }) => {
	const query = commonWord();
	await search(page, query);
	const genre = page.getByRole('group', { name: 'Genre' });
	const analysis = genre.getByRole('checkbox', { name: /^Analysis/ });
	const sort = page.getByRole('combobox', { name: 'Sort by' });

	await page.locator('summary', { hasText: /^Genre/ }).click();
	await analysis.check();
	await expect(page).toHaveURL(`/search/?q=${query}&genre=analysis`);
	await sort.selectOption('newest');
	await expect(page).toHaveURL(`/search/?q=${query}&genre=analysis&sort=newest`);
	const narrowed = await resultPaths(page);

	await page.reload();
	await expect(searchbox(page)).toHaveValue(query);
	await expect(sort).toHaveValue('newest');
	expect(await resultPaths(page)).toEqual(narrowed);
	await page.locator('summary', { hasText: /^Genre/ }).click();
	await expect(analysis).toBeChecked();

	await page.goBack();
	await expect(page).toHaveURL(`/search/?q=${query}&genre=analysis`);
	await expect(sort).toHaveValue('relevance');
	await page.goBack();
	await expect(page).toHaveURL(`/search/?q=${query}`);
	await expect(analysis).not.toBeChecked();
	await expect.poll(() => resultCount(page)).toBeGreaterThan(narrowed.length);
	await page.goForward();
	await expect(page).toHaveURL(`/search/?q=${query}&genre=analysis`);
	await expect(analysis).toBeChecked();
	await expect.poll(() => resultCount(page)).toBe(narrowed.length);

	// Typing a new query adds one history entry, not one per keystroke.
	await searchbox(page).fill('');
	await searchbox(page).pressSequentially('sanctions', { delay: 120 });
	await expect(page).toHaveURL('/search/?q=sanctions&genre=analysis');
	await page.goBack();
	await expect(page).toHaveURL(`/search/?q=${query}&genre=analysis`);
	await expect(searchbox(page)).toHaveValue(query);
});

test('a shared address with filter ids opens the same search', async ({ page }) => {
	const article = articles.find((a) => a.data.tags.length > 0) as SourceArticle;
	const tag = article.data.tags[0] ?? '';
	await page.goto(`/search/?tag=${tag}`);
	// Filters without words list every article that has them.
	const expected = articles.filter((a) => a.data.tags.includes(tag)).map((a) => `/articles/${a.slug}/`).sort();
	expect((await resultPaths(page)).sort()).toEqual(expected);
	await expect(page.getByText('1 selected')).toBeVisible();
});

// ---------------------------------------------------------------------------------------------- for readers

test('articles rank above entity pages: “russia” and “oil” list an article first', async ({ page }) => {
	for (const query of ['russia', 'oil']) {
		await search(page, query);
		const paths = await resultPaths(page);
		expect(paths.some((p) => p.startsWith('/entities/')), `“${query}” also finds entity pages`).toBe(true);
		expect(paths[0], `first result for “${query}”`).toMatch(/^\/articles\//);
	}
});

test('a query that names an entity lists its page among the first results', async ({ page }) => {
	await search(page, 'Kirill Dmitriev');
	const paths = await resultPaths(page);
	expect(paths.slice(0, 2)).toContain('/entities/kirill-dmitriev/');
});

test('a misspelt name finds nothing but offers the name: “dmitryev” leads to Dmitriev', async ({ page }) => {
	await search(page, 'dmitryev');
	await expect(summary(page)).toHaveText('No results for “dmitryev”');
	const suggestion = page.getByRole('main').getByRole('link', { name: 'Dmitriev', exact: true });
	await expect(page.getByText(/^Did you mean Dmitriev\?$/)).toBeVisible();
	await suggestion.click();
	await expect(page).toHaveURL('/search/?q=Dmitriev');
	await expect(searchbox(page)).toHaveValue('Dmitriev');
	expect(await resultCount(page)).toBeGreaterThan(1);
	await expect(page.getByText(/^Did you mean/)).toBeHidden();
});

test('a query whose words are all in the texts is offered no correction', async ({ page }) => {
	await search(page, 'qqxjzvw');
	await expect(page.getByText('No article matches')).toBeVisible();
	await search(page, commonWord());
	await resultPaths(page);
	await expect(page.getByText(/^Did you mean/)).toBeHidden();
});

test('an entity result shows what the entity is, without the page’s kicker or its reference link', async ({ page }) => {
	await search(page, 'Witkoff');
	await resultPaths(page);
	const entity = resultList(page).getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Steve Witkoff', exact: true }) });
	const text = await entity.innerText();
	expect(text).toContain('American real-estate investor');
	expect(text).not.toMatch(/Entities\s*·|on Wikipedia/);
});

test('no matching section repeats the title of its result', async ({ page }) => {
	for (const query of [commonWord(), 'russia']) {
		await search(page, query);
		await resultPaths(page);
		const pairs = await resultList(page)
			.locator(':scope > li')
			.evaluateAll((items) =>
				items.map((item) => ({
					title: item.querySelector('.search-hit-link')?.textContent ?? '',
					sections: [...item.querySelectorAll('.search-hit-section-link')].map((a) => a.textContent ?? ''),
				})),
			);
		expect(pairs.some((pair) => pair.sections.length > 0) || query !== commonWord()).toBe(true);
		for (const { title, sections } of pairs) expect(sections, title).not.toContain(title);
	}
});

test('the down arrow stops once on each result, at its title, even where the result lists sections', async ({ page }) => {
	await search(page, commonWord());
	const paths = await resultPaths(page);
	expect(paths.length).toBeGreaterThan(2);
	await resultList(page).locator('.search-hit-section-link').first().waitFor();
	await searchbox(page).focus();
	for (let i = 0; i < 3; i++) {
		await page.keyboard.press('ArrowDown');
		await expect(resultTitles(page).nth(i)).toBeFocused();
	}
	await page.keyboard.press('ArrowUp');
	await expect(resultTitles(page).nth(1)).toBeFocused();
});

test('the focused search field has a calm blue ring, not the orange of warnings', async ({ page }) => {
	await search(page, commonWord());
	await expect(searchbox(page)).toBeFocused();
	const ring = await searchbox(page).evaluate((input) => {
		const style = getComputedStyle(input);
		return { width: parseFloat(style.outlineWidth), style: style.outlineStyle, colour: style.outlineColor };
	});
	expect(ring.style).toBe('solid');
	expect(ring.width).toBeGreaterThanOrEqual(2);
	// The accent blue: more blue than red, unlike the orange focus colour of the rest of the site.
	const [r = 0, , b = 0] = ring.colour.match(/\d+(\.\d+)?/g)?.map(Number) ?? [];
	expect(b).toBeGreaterThan(r);
});

// ---------------------------------------------------------------------------------------------- keyboard

test('keyboard: “/” opens search, arrows move through results, Enter opens the article highlighted', async ({ page }) => {
	const article = articles[0] as SourceArticle;
	const query = distinctiveQuery(article);
	const other = articles[1] as SourceArticle;
	await page.goto(`/articles/${other.slug}/`);
	await page.keyboard.press('/');
	await expect(searchbox(page)).toBeFocused();
	await page.keyboard.type(query);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(`/search/?q=${query.replace(/ /g, '+')}`);
	const first = resultTitles(page).first();
	await expect(first).toBeVisible();
	await expect(searchbox(page)).toBeFocused();

	await page.keyboard.press('ArrowDown');
	await expect(first).toBeFocused();
	await page.keyboard.press('ArrowUp');
	await expect(searchbox(page)).toBeFocused();
	await page.keyboard.press('ArrowDown');
	await expect(first).toBeFocused();
	await page.keyboard.press('Enter');

	await expect(page).toHaveURL(new RegExp(`/articles/${article.slug}/\\?highlight=`));
	const marks = page.locator('.prose mark.pagefind-highlight');
	await expect(marks.first()).toBeVisible();
	await expect(marks.first()).toBeInViewport();
	const marked = (await marks.allInnerTexts()).map((t) => t.toLowerCase());
	for (const word of query.split(' ')) expect(marked.some((m) => word.startsWith(m) || m.startsWith(word))).toBe(true);
});

test('Ctrl+K and ⌘K focus the search field from anywhere', async ({ page }) => {
	await page.goto('/tags/');
	await page.keyboard.press('Control+k');
	await expect(searchbox(page)).toBeFocused();
	await page.keyboard.press('Escape');
	await page.getByRole('main').click();
	await page.keyboard.press('Meta+k');
	await expect(searchbox(page)).toBeFocused();
	// On the search page they focus the page's own field.
	await page.goto('/search/?q=arctic');
	await expect(resultTitles(page).first()).toBeVisible();
	await page.getByRole('heading', { level: 1 }).click();
	await page.keyboard.press('/');
	await expect(searchbox(page)).toBeFocused();
});

test('the header search works without JavaScript: a GET form to /search/', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/tags/');
	await searchbox(page).fill('sanctions');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL('/search/?q=sanctions');
	// The search page says that search needs JavaScript and offers browsing instead.
	// (Playwright's text and role locators skip <noscript>, though a browser without JavaScript shows it.)
	const notice = page.locator('main noscript .search-notice');
	await expect(notice).toBeVisible();
	expect(await notice.evaluate((el) => el.textContent)).toContain('Search needs JavaScript');
	for (const href of ['/tags/', '/outlets/', '/genres/']) await expect(page.locator(`main noscript a[href="${href}"]`)).toBeVisible();
	await context.close();
});

// ---------------------------------------------------------------------------------------------- arriving

test('a section result opens the article at that section with the words highlighted', async ({ page }) => {
	const withSections = articles.find((a) => /^## /m.test(a.body));
	test.skip(!withSections, 'no article has sections');
	const article = withSections as SourceArticle;
	// A word of the last section that occurs nowhere else: neither earlier in the article nor in any other content file.
	const lastStart = article.body.lastIndexOf('\n## ');
	const elsewhere = stemsElsewhere(article);
	const earlier = new Set(wordsOf(bodyText({ ...article, body: article.body.slice(0, lastStart) })).map(stemOf));
	const word = wordsOf(bodyText({ ...article, body: article.body.slice(lastStart) }))
		.filter((w) => w.length >= 7 && !elsewhere.has(stemOf(w)) && !earlier.has(stemOf(w)))
		.sort()[0];
	test.skip(!word, 'the last section has no word of its own');
	await search(page, word as string);
	const sectionLink = resultList(page).getByRole('link').and(page.locator(`a[href*="/articles/${article.slug}/"][href*="#"]`)).first();
	await sectionLink.scrollIntoViewIfNeeded();
	const href = (await sectionLink.getAttribute('href')) ?? '';
	// Leave the results only once what they load (the font, the suggestions' vocabulary) has arrived.
	await requestsSettled(page);
	await sectionLink.click();
	await expect(page).toHaveURL(href);
	const mark = page.locator('.prose mark.pagefind-highlight').first();
	await expect(mark).toBeInViewport();
	const heading = page.locator(`[id="${decodeURIComponent(href.split('#')[1] ?? '')}"]`);
	expect(await heading.evaluate((h, m) => Boolean(h.compareDocumentPosition(m as Node) & Node.DOCUMENT_POSITION_FOLLOWING), await mark.elementHandle())).toBe(true);
});

// ---------------------------------------------------------------------------------------------- cost

test('article pages load no Pagefind file until search is used, and little JavaScript', async ({ page }) => {
	const requests: string[] = [];
	page.on('request', (request) => requests.push(new URL(request.url()).pathname));
	const article = articles[0] as SourceArticle;
	await page.goto(`/articles/${article.slug}/`, { waitUntil: 'networkidle' });
	await searchbox(page).click();
	await page.keyboard.type('sanctions');
	await page.waitForTimeout(300);
	expect(requests.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);

	// The page's JavaScript (JSON-LD is data, not code): external modules, plus one inline script, the colour-scheme
	// switch that must run before the first paint; under 2 KB gzipped together.
	const scripts = await page.locator('script').evaluateAll((els) =>
		els.map((el) => ({ src: el.getAttribute('src'), type: el.getAttribute('type'), code: el.textContent ?? '' })),
	);
	const javascript = scripts.filter((s) => s.type === null || s.type === 'module' || s.type === 'text/javascript');
	expect(javascript.filter((s) => s.src === null).map((s) => s.code)).toEqual([colourSchemeInitScript]);
	let bytes = 0;
	for (const { src, code } of javascript) {
		const body = src === null ? Buffer.from(code) : await (await page.request.get(src)).body();
		bytes += gzipSync(body, { level: 9 }).length;
	}
	expect(bytes).toBeLessThan(2048);

	await page.keyboard.press('Enter');
	await expect(resultTitles(page).first()).toBeVisible();
	expect(requests.some((p) => p.startsWith('/pagefind/'))).toBe(true);
});

test('a page opened with ?highlight= loads the highlighter; without it, not', async ({ page }) => {
	const requests: string[] = [];
	page.on('request', (request) => requests.push(new URL(request.url()).pathname));
	const article = articles[0] as SourceArticle;
	const word = wordsOf(bodyText(article)).find((w) => w.length >= 8) ?? 'russia';
	await page.goto(`/articles/${article.slug}/?highlight=${word}`);
	await expect(page.locator('.prose mark.pagefind-highlight').first()).toBeInViewport();
	expect(requests).toContain('/pagefind/pagefind-highlight.js');
	// The highlighter added no inline <style> (a strict Content-Security-Policy would refuse it); global.css styles the marks.
	const inlineStyles = await page.locator('style').evaluateAll((els) => els.map((el) => el.textContent ?? ''));
	expect(inlineStyles.filter((css) => css.includes('pagefind'))).toEqual([]);
	await page.goto(`/articles/${article.slug}/`, { waitUntil: 'networkidle' });
	expect(requests.filter((p) => p === '/pagefind/pagefind-highlight.js')).toHaveLength(1);
});

// ---------------------------------------------------------------------------------------------- layout, accessibility

test.describe('on a 360-pixel-wide phone', () => {
	test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
	test('a search loads five results at once and the others as the reader scrolls to them', async ({ page }) => {
		const fragments: string[] = [];
		page.on('request', (request) => {
			if (new URL(request.url()).pathname.startsWith('/pagefind/fragment/')) fragments.push(request.url());
		});
		await search(page, commonWord());
		expect(await resultCount(page)).toBeGreaterThan(5);
		await expect(resultTitles(page)).toHaveCount(5);
		await page.waitForTimeout(500);
		expect(fragments).toHaveLength(5);
		await resultList(page).locator('.search-hit-placeholder').first().scrollIntoViewIfNeeded();
		await expect.poll(() => resultTitles(page).count()).toBeGreaterThan(5);
		expect(fragments.length).toBeGreaterThan(5);
	});

	test('/search/ with results and open filters never scrolls sideways', async ({ page }) => {
		await search(page, commonWord());
		await expect(resultTitles(page).first()).toBeVisible();
		await page.getByText('Narrow down').click();
		await page.locator('summary', { hasText: /^Entity/ }).click();
		await resultPaths(page);
		const { scroll, client } = await page.evaluate(() => ({
			scroll: document.documentElement.scrollWidth,
			client: document.documentElement.clientWidth,
		}));
		expect(scroll).toBeLessThanOrEqual(client);
	});
});

for (const scheme of ['light', 'dark'] as const) {
	test.describe(`in the ${scheme} colour scheme`, () => {
		test.use({ colorScheme: scheme });
		const axe = (page: Page) =>
			new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice']).analyze();
		const summarize = (violations: Awaited<ReturnType<typeof axe>>['violations']) =>
			violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

		test('/search/ with results, filters and section links has no accessibility violations', async ({ page }) => {
			const query = commonWord();
			await search(page, query);
			await resultPaths(page);
			await page.locator('summary', { hasText: /^Genre/ }).click();
			expect(summarize((await axe(page)).violations)).toEqual([]);
		});

		test('/search/ with no results has no accessibility violations', async ({ page }) => {
			await search(page, 'qqxjzvw');
			await expect(page.getByText('No article matches')).toBeVisible();
			expect(summarize((await axe(page)).violations)).toEqual([]);
		});
	});
}
