/**
 * The analysis pages: quotes, claims, timeline, comparison and the hub. Expectations come from the
 * content directory (the YAML files), so adding a quote, a claim or an event needs no change here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { load } from 'js-yaml';
import { sourceArticles, squash } from './site';

const root = process.cwd();
function yamlDir<T>(folder: string): { id: string; data: T }[] {
	const dir = path.join(root, 'content', folder);
	return readdirSync(dir)
		.filter((name) => name.endsWith('.yaml'))
		.map((name) => ({ id: name.replace(/\.yaml$/, ''), data: load(readFileSync(path.join(dir, name), 'utf8')) as T }));
}
const articles = sourceArticles();
const quotes = yamlDir<{ text: string; speaker: string; article: string }>('quotes');
const claims = yamlDir<{ statement: string; positions: { article: string; status: string; evidence: string[] }[] }>('claims');
const events = yamlDir<{ title: string }>('events');
const topics = yamlDir<{ label: string }>('topics');

/** Drops Markdown emphasis markers and collapses whitespace, as the build's verbatim check does. */
const plain = (text: string) => squash(text.replace(/(\*\*|__|\*|_)(?=\S)([\s\S]*?\S)\1/g, '$2'));

/**
 * Follows every link of `selector` on the current page that carries a `data-sentence`, and checks that the
 * element its `#fragment` names holds the sentence. Each article is loaded once.
 */
async function checkEvidenceLinks(page: Page, selector: string): Promise<number> {
	const links = await page.locator(selector).evaluateAll((els) =>
		els.map((el) => ({ href: el.getAttribute('href') ?? '', sentence: el.getAttribute('data-sentence') ?? '' })),
	);
	const byArticle = new Map<string, { fragment: string; sentence: string }[]>();
	for (const { href, sentence } of links) {
		const [pathname = '', fragment = ''] = href.split('#');
		expect(fragment, `${href} links to a paragraph`).toMatch(/^p-\d+$/);
		byArticle.set(pathname, [...(byArticle.get(pathname) ?? []), { fragment, sentence }]);
	}
	for (const [pathname, targets] of byArticle) {
		await page.goto(pathname);
		// The paragraphs' texts in one round trip: a page can be the target of dozens of links.
		const texts = await page.evaluate(
			(ids) => ids.map((id) => (document.getElementById(id) as HTMLElement | null)?.innerText ?? ''),
			targets.map((target) => target.fragment),
		);
		for (const [index, { fragment, sentence }] of targets.entries()) {
			expect(squash(texts[index] ?? ''), `${pathname}#${fragment}`).toContain(plain(sentence));
		}
	}
	return links.length;
}

test.describe('the quotes page', () => {
	test('shows every quotation file once, as a blockquote grouped under its speaker', async ({ page }) => {
		await page.goto('/quotes/');
		await expect(page.getByRole('heading', { level: 1, name: 'Quotes' })).toBeVisible();
		await expect(page.locator('.quote-list blockquote')).toHaveCount(quotes.length);
		for (const quote of quotes) {
			const figure = page.locator(`[data-quote="${quote.id}"]`);
			await expect(figure.locator('blockquote')).toContainText(plain(quote.data.text));
			// Under the heading of its speaker, which links to the speaker's entity page; an unattributed one under "Speaker not named".
			const group = page.locator('.speaker-group', { has: figure });
			if (quote.data.speaker) await expect(group.getByRole('heading', { level: 2 }).getByRole('link')).toHaveAttribute('href', `/entities/${quote.data.speaker}/`);
			else await expect(group.getByRole('heading', { level: 2 })).toContainText('Speaker not named');
			await expect(figure.locator('cite a')).toHaveAttribute('href', new RegExp(`^/articles/${quote.data.article}/#p-\\d+$`));
		}
	});

	test('links each quotation to the paragraph that holds it', async ({ page }) => {
		await page.goto('/quotes/');
		expect(await checkEvidenceLinks(page, '.quote-list cite a[data-sentence]')).toBe(quotes.length);
	});
});

test.describe('the claims page', () => {
	/** The addresses of the claims page's pages: /claims/, /claims/2/, … as its page links give them. */
	async function claimPages(page: import('@playwright/test').Page): Promise<string[]> {
		const found = ['/claims/'];
		for (let n = 2; n < 50; n++) {
			const response = await page.request.get(`/claims/${n}/`);
			if (!response.ok()) break;
			found.push(`/claims/${n}/`);
		}
		return found;
	}

	test('has a claim × article matrix with a cell for every pair, each status in words', async ({ page }) => {
		const seen: string[] = [];
		for (const address of await claimPages(page)) {
			await page.goto(address);
			const table = page.getByRole('table', { name: 'Where each article stands on each claim' });
			const columns = (await table.locator('thead th[scope="col"]').count()) - 1;
			expect(columns).toBeGreaterThan(0);
			expect(columns).toBeLessThanOrEqual(articles.length);
			const rows = await table.locator('tbody tr[data-claim]').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-claim') ?? ''));
			await expect(table.locator('tbody tr[data-claim] td')).toHaveCount(rows.length * columns);
			for (const id of rows) {
				const claim = claims.find((c) => c.id === id);
				expect(claim, id).toBeDefined();
				seen.push(id);
				const row = table.locator(`tr[data-claim="${id}"]`);
				const statuses = await row.locator('td').evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-status')));
				expect(statuses.filter((s) => s !== 'none')).toHaveLength(claim?.data.positions.length ?? -1);
				for (const text of await row.locator('td').allInnerTexts()) expect(text, id).toMatch(/Asserted|Attributed|Disputed|Not mentioned/);
			}
		}
		// Every claim is on exactly one page.
		expect(seen.sort()).toEqual(claims.map((c) => c.id).sort());
	});

	test('every evidence link lands on an element holding the sentence', async ({ page }) => {
		const evidence = claims.reduce((sum, claim) => sum + claim.data.positions.reduce((n, p) => n + p.evidence.length, 0), 0);
		// Each claim's folded evidence quotes every sentence; the matrix links each position's first one.
		const positions = claims.reduce((sum, claim) => sum + claim.data.positions.length, 0);
		let checked = 0;
		for (const address of await claimPages(page)) {
			await page.goto(address);
			checked += await checkEvidenceLinks(page, 'a.evidence-link[data-sentence]');
		}
		expect(checked).toBe(evidence + positions);
	});

	test('each claim’s evidence is folded under its row and, opened, quotes every sentence its positions rest on', async ({ page }) => {
		await page.goto('/claims/');
		const id = await page.locator('tr.evidence-row').first().getAttribute('data-evidence-for');
		const claim = claims.find((c) => c.id === id);
		if (!claim) throw new Error(`the first evidence row names no claim of content/claims: ${id}`);
		const sentences = claim.data.positions.reduce((n, p) => n + p.evidence.length, 0);
		const row = page.locator(`tr[data-claim="${claim.id}"] + tr.evidence-row`);
		const evidence = row.getByRole('group');
		await expect(evidence).not.toHaveAttribute('open');
		await expect(row.locator('blockquote').first()).toBeHidden();
		await row.locator('summary').click();
		await expect(evidence).toHaveAttribute('open');
		await expect(row.locator('blockquote')).toHaveCount(sentences);
		for (const quote of await row.locator('blockquote').all()) await expect(quote).toBeVisible();
		for (const position of claim.data.positions) {
			for (const sentence of position.evidence) await expect(row.locator('blockquote', { hasText: plain(sentence).slice(0, 40) }).first()).toBeVisible();
		}
	});

	test('a matrix cell takes the reader to the highlighted paragraph', async ({ page }) => {
		await page.goto('/claims/');
		const link = page.locator('.claims-matrix td a.evidence-link').first();
		const sentence = (await link.getAttribute('data-sentence')) ?? '';
		await link.click();
		await expect(page).toHaveURL(/#p-\d+$/);
		const target = page.locator(':target');
		await expect(target).toContainText(plain(sentence));
		await expect(target).toBeInViewport();
	});
});

test.describe('the timeline page', () => {
	test('lists every event and every article in date order, estimated dates marked', async ({ page }) => {
		await page.goto('/timeline/');
		const items = page.locator('ol.timeline-list > li');
		await expect(items).toHaveCount(events.length + articles.length);
		await expect(page.locator('ol.timeline-list > li[data-kind="event"]')).toHaveCount(events.length);
		const dates = await items.evaluateAll((els) => els.map((el) => el.getAttribute('data-at') ?? ''));
		expect(dates.every(Boolean)).toBe(true);
		expect([...dates].sort()).toEqual(dates);
		for (const article of articles) {
			const item = page.locator(`[id="published-${article.slug}"]`);
			await expect(item.getByRole('heading', { level: 3 })).toHaveText(article.data.title);
			await expect(item.locator('time')).toHaveAttribute('datetime', article.data.published.date);
			if (article.data.published.basis === 'estimated') await expect(item).toContainText('estimated by the editors');
		}
		for (const event of events) await expect(page.locator(`[id="event-${event.id}"] h3`)).toHaveText(event.data.title);
	});

	test('draws the chart as an image with a text alternative, its key in words beside it', async ({ page }) => {
		await page.goto('/timeline/');
		const chart = page.locator('svg.timeline-chart');
		await expect(chart).toHaveAttribute('role', 'img');
		const [titleId, descId] = ((await chart.getAttribute('aria-labelledby')) ?? '').split(' ');
		await expect(chart.locator(`title[id="${titleId}"]`)).not.toBeEmpty();
		await expect(chart.locator(`desc[id="${descId}"]`)).toContainText(events[0]?.data.title ?? '');
		await expect(chart.locator('.tl-mark')).toHaveCount(events.length + articles.length);
		await expect(page.getByRole('list', { name: 'Key to the timeline chart' }).getByRole('listitem')).toHaveCount(5);
	});

	test('labels every point of the chart in words, clear of every other label and mark and inside the chart', async ({ page }) => {
		for (const width of [390, 1280]) {
			await page.setViewportSize({ width, height: 900 });
			await page.goto('/timeline/');
			const chart = page.locator('svg.timeline-chart');
			const marks = chart.locator('.tl-mark');
			await expect(marks).toHaveCount(events.length + articles.length);
			const layout = await chart.evaluate((svg) => {
				const box = (el: Element) => {
					const r = el.getBoundingClientRect();
					return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
				};
				return {
					chart: box(svg),
					marks: [...svg.querySelectorAll('.tl-mark')].map((mark) => ({
						tooltip: mark.querySelector('title')?.textContent ?? '',
						label: mark.querySelector('.tl-label')?.textContent?.trim() ?? '',
						labelBox: box(mark.querySelector('.tl-label') ?? mark),
						shapeBox: box(mark.querySelector('.tl-shape') ?? mark),
					})),
				};
			});
			const overlap = (a: typeof layout.chart, b: typeof layout.chart) =>
				Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
			for (const [i, mark] of layout.marks.entries()) {
				// A label of words, the start of the entry's title or the editors' short form of it; the tooltip has the title whole.
				expect(mark.label).toMatch(/\p{L}{2,}/u);
				expect(mark.tooltip.length).toBeGreaterThan(mark.label.length - 1);
				expect(mark.labelBox.left).toBeGreaterThanOrEqual(layout.chart.left - 0.5);
				expect(mark.labelBox.right).toBeLessThanOrEqual(layout.chart.right + 0.5);
				for (const [j, other] of layout.marks.entries()) {
					if (i === j) continue;
					expect(overlap(mark.labelBox, other.labelBox), `“${mark.label}” runs into “${other.label}”`).toBe(false);
					expect(overlap(mark.labelBox, other.shapeBox), `“${mark.label}” runs into the mark of “${other.label}”`).toBe(false);
				}
				expect(overlap(mark.labelBox, mark.shapeBox), `“${mark.label}” covers its own mark`).toBe(false);
			}
		}
	});

	test('links evidence to the paragraphs that hold it', async ({ page }) => {
		await page.goto('/timeline/');
		expect(await checkEvidenceLinks(page, 'a.evidence-link[data-sentence]')).toBeGreaterThanOrEqual(events.length);
	});
});

test.describe('the comparison page', () => {
	test('sets the five articles side by side, with stance and most-mentioned entities', async ({ page }) => {
		await page.goto('/compare/');
		const table = page.locator('table.comparison-table');
		await expect(table.locator('thead th[scope="col"][data-article]')).toHaveCount(articles.length);
		for (const article of articles) {
			await expect(table.locator(`thead th[data-article="${article.slug}"] a`)).toHaveAttribute('href', `/articles/${article.slug}/`);
		}
		for (const label of ['Outlet', 'Genre', 'Published', 'Length', 'Puts forward', 'Stance']) {
			await expect(table.locator('tbody th[scope="row"]', { hasText: label })).toHaveCount(1);
		}
		await expect(table.locator('.top-entities li').first()).toBeVisible();
		await expect(table.locator('.stance-label')).toHaveCount(articles.length);
	});

	test('has a topic × article grid whose links land on the paragraphs', async ({ page }) => {
		await page.goto('/compare/');
		const grid = page.locator('table.coverage-grid');
		await expect(grid.locator('tbody tr')).toHaveCount(topics.length);
		await expect(grid.locator('tbody td')).toHaveCount(topics.length * articles.length);
		const href = (await grid.locator('.para-links a').first().getAttribute('href')) ?? '';
		expect(href).toMatch(/^\/articles\/[a-z0-9-]+\/#p-\d+$/);
		await page.goto(href);
		await expect(page.locator(':target')).toBeVisible();
	});
});

test('the hub links to every analysis page, and the header links to the hub and to each analysis page', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Analysis' }).click();
	await expect(page).toHaveURL(/\/analysis\/$/);
	for (const name of ['Entities', 'Quotes', 'Claims', 'Timeline', 'Comparison']) {
		await expect(page.getByRole('main').getByRole('heading', { level: 3, name })).toBeVisible();
	}
	for (const [path, name] of [
		['/quotes/', 'Quotes'],
		['/claims/', 'Claims'],
		['/timeline/', 'Timeline'],
		['/compare/', 'Compare'],
	] as const) {
		await page.goto('/');
		await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true }).click();
		await expect(page).toHaveURL(new RegExp(`${path}$`));
		await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true })).toHaveAttribute('aria-current', 'page');
	}
});

test('on a 390-px phone every header link is on the screen in at most two rows, with no need to scroll sideways or run a script', async ({ browser }) => {
	const context = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/articles/global-business-didnt-save-russia/');
	const links = page.getByRole('navigation', { name: 'Main' }).getByRole('link');
	expect(await links.allInnerTexts()).toEqual(['Articles', 'Tags', 'Entities', 'Analysis', 'Quotes', 'Claims', 'Timeline', 'Compare']);
	for (const link of await links.all()) {
		const box = await link.boundingBox();
		expect(box).not.toBeNull();
		expect((box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? 0) <= 390).toBe(true);
		expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThan(844);
	}
	// Two rows at most, the current page's link (bold, so the widest) included: on every analysis page.
	for (const path of ['/analysis/', '/quotes/', '/claims/', '/timeline/', '/compare/']) {
		await page.goto(path);
		await expect(links.and(page.locator('[aria-current="page"]'))).toHaveCount(1);
		const rows = new Set(await links.evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().top))));
		expect(rows.size, path).toBeLessThanOrEqual(2);
	}
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
	// Outlets and genres are a way to browse, in the footer.
	const browse = page.getByRole('navigation', { name: 'Browse' });
	await expect(browse.getByRole('link', { name: 'Outlets' })).toHaveAttribute('href', '/outlets/');
	await expect(browse.getByRole('link', { name: 'Genres' })).toHaveAttribute('href', '/genres/');
	await context.close();
});

test('every chart on the analysis pages is an image with a name and a description, and its data in words', async ({ page }) => {
	for (const path of ['/quotes/', '/claims/', '/timeline/', '/compare/']) {
		await page.goto(path);
		// Bar charts: one image of HTML labels and SVG bars, named by the caption and described by a sentence, with a data table.
		for (const chart of await page.locator('main .bar-chart').all()) {
			await expect(chart).toHaveAttribute('role', 'img');
			const [name, description] = ((await chart.getAttribute('aria-labelledby')) ?? '').split(' ');
			await expect(page.locator(`[id="${name}"]`)).toHaveJSProperty('tagName', 'FIGCAPTION');
			await expect(page.locator(`[id="${description}"]`)).not.toBeEmpty();
			await expect(chart.locator('xpath=ancestor::figure[1]').locator('table')).toHaveCount(1);
			for (const svg of await chart.locator('svg').all()) await expect(svg).toHaveAttribute('aria-hidden', 'true');
		}
		// The timeline chart: an SVG image with its title and description; the list after it holds every entry.
		for (const svg of await page.locator('main svg.timeline-chart').all()) {
			await expect(svg).toHaveAttribute('role', 'img');
			const ids = ((await svg.getAttribute('aria-labelledby')) ?? '').split(' ');
			expect(ids).toHaveLength(2);
			await expect(svg.locator(`[id="${ids[0]}"]`)).toHaveJSProperty('tagName', 'title');
			await expect(svg.locator(`[id="${ids[1]}"]`)).toHaveJSProperty('tagName', 'desc');
		}
	}
});

// ---------------------------------------------------------------------------------------------- readable on any screen

const readablePages = ['/claims/', '/compare/', '/timeline/'];

test.describe('on a 390-pixel-wide phone', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	for (const url of readablePages) {
		test(`${url} never scrolls sideways`, async ({ page }) => {
			await page.goto(url);
			const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
			expect(scroll).toBeLessThanOrEqual(client);
		});
	}

	test('the claims are one card per claim, each position naming its article, with nothing to pan', async ({ page }) => {
		await page.goto('/claims/');
		const box = page.locator('.claims-scroll');
		expect(await box.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
		const claim = claims[0];
		if (!claim) throw new Error('no claim in content/claims');
		const card = page.locator(`tr[data-claim="${claim.id}"]`);
		const positions = card.locator('td:not([data-status="none"])');
		await expect(positions).toHaveCount(claim.data.positions.length);
		for (const cell of await positions.all()) await expect(cell.locator('.cell-article')).toBeVisible();
		await expect(card.locator('td[data-status="none"]').first()).toBeHidden();
	});

	test('the comparison is one card per topic and per row of the side-by-side table, each value naming its article, with nothing to pan', async ({ page }) => {
		await page.goto('/compare/');
		for (const table of [page.locator('table.coverage-grid'), page.locator('table.comparison-table')]) {
			expect(await table.evaluate((el) => (el.parentElement as HTMLElement).scrollWidth <= (el.parentElement as HTMLElement).clientWidth)).toBe(true);
			const card = table.locator('tbody tr').first();
			const box = await card.boundingBox();
			expect((box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? 0) <= 390).toBe(true);
			for (const cell of await card.locator('td:visible').all()) await expect(cell.locator('.cell-article')).toBeVisible();
		}
		// A topic's card leaves out the articles that do not cover it.
		await expect(page.locator('table.coverage-grid td[data-paragraphs="0"]').first()).toBeHidden();
		await expect(page.locator('table.coverage-grid td:not([data-paragraphs="0"])').first()).toBeVisible();
	});

	test('the timeline’s key wraps on the screen instead of being cut off with the chart', async ({ page }) => {
		await page.goto('/timeline/');
		const key = page.getByRole('list', { name: 'Key to the timeline chart' });
		for (const item of await key.getByRole('listitem').all()) {
			const box = await item.boundingBox();
			expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(390);
		}
	});
});

test('chart text keeps its size in CSS pixels whatever the width of the screen', async ({ page }) => {
	const sizes = async () => {
		const bar = await page.goto('/claims/').then(() =>
			page.locator('.bar-label').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize)),
		);
		await page.goto('/timeline/');
		// SVG text is drawn at its font size times the chart's scale: its rendered height says what the reader sees.
		const tick = await page.locator('svg.timeline-chart .chart-tick').first().evaluate((el) => el.getBoundingClientRect().height);
		return { bar, tick };
	};
	await page.setViewportSize({ width: 390, height: 844 });
	const phone = await sizes();
	await page.setViewportSize({ width: 1280, height: 800 });
	const wide = await sizes();
	expect(phone.bar).toBeGreaterThanOrEqual(14);
	expect(wide.bar).toBe(phone.bar);
	expect(Math.abs(wide.tick - phone.tick)).toBeLessThan(0.5);
	expect(wide.tick).toBeLessThan(20);
});

test('the timeline lists its entries once beside the chart, not again in a table', async ({ page }) => {
	await page.goto('/timeline/');
	await expect(page.locator('main table')).toHaveCount(0);
	await expect(page.locator('.timeline-list > li')).toHaveCount(events.length + articles.length);
});
