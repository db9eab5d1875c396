import type { Page } from 'astro';

/**
 * How many articles a list page (home, tag, genre, outlet) shows. Lists longer than this are split into
 * pages (`/tags/energy/`, `/tags/energy/2/`, …) so that no page grows with the archive: at 10,000 articles
 * the unpaginated home page was 1.5 MB gzipped.
 */
export const articlesPerPage = 50;

/**
 * How many articles the comparison page sets side by side (`/compare/`, `/compare/2/`, …, oldest first), and
 * the most article columns the claims matrix gets. A column is at least 9 rem wide, so ten of them are about
 * twice the width of the page: the table scrolls sideways inside its box, and more columns would be hard to
 * follow across. One article costs about 9 KB of the comparison page, so a page stays near 100 KB however
 * long the archive: at 10,000 articles the single comparison page was 90 MB.
 */
export const articlesPerComparison = 10;

/**
 * The most claims one page of the claims matrix shows (`/claims/`, `/claims/2/`, …). The real site's 15
 * fit on one page; a page also ends earlier when its claims are addressed by more than
 * {@link articlesPerComparison} articles (see `packPages`).
 */
export const claimsPerPage = 20;

/** How many quotations a page of the quotes page shows (`/quotes/`, `/quotes/2/`, …). */
export const quotesPerPage = 50;

/**
 * How many entries (events and articles' publication, in date order) a page of the timeline shows
 * (`/timeline/`, `/timeline/2/`, …), each page with a chart of its own entries. The real site's 20 entries fit
 * on one page; an entry costs 1.5–2 KB of the page, so a page stays near 120 KB however long the archive:
 * at 10,000 articles the single timeline page was 14 MB.
 */
export const timelineEntriesPerPage = 60;

/**
 * How many articles a page of an entity's mentions shows (`/entities/<id>/`, `/entities/<id>/2/`, …), each
 * with its keyword-in-context snippets, most mentions first. A page of the busiest entity of the 157-article
 * test archive is at most about 140 KB (its one page of 84 articles was 286 KB); at 10,000 articles that one
 * page was 9.5 MB.
 */
export const mentioningArticlesPerPage = 25;

/** A list page's title: the list's own on its first page, with "page N of M" after it on the others. */
export function pagedTitle(title: string, page: Pick<Page, 'currentPage' | 'lastPage'>): string {
	return page.currentPage === 1 ? title : `${title} (page ${page.currentPage} of ${page.lastPage})`;
}

/** How a list names what it holds: "article" / "articles" by default. */
export interface Noun {
	one: string;
	many: string;
}
const articles: Noun = { one: 'article', many: 'articles' };
const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * "Articles 51–100 of 230" for a page of a longer list, "3 articles" for a list that fits on one page
 * (start and end count from 0, as in Astro's `Page`).
 */
export function pageRange(page: Pick<Page, 'start' | 'end' | 'total' | 'lastPage'>, noun: Noun = articles): string {
	const count = page.total === 1 ? `1 ${noun.one}` : `${page.total.toLocaleString('en')} ${noun.many}`;
	if (page.lastPage === 1) return count;
	return `${capitalized(noun.many)} ${(page.start + 1).toLocaleString('en')}–${(page.end + 1).toLocaleString('en')} of ${page.total.toLocaleString('en')}`;
}

/**
 * Cuts a list into consecutive pages, in order, each holding at most `maxItems` items and items with at
 * most `maxKeys` distinct keys between them, e.g. claims whose positions name at most ten articles, so that
 * a table with a column per key stays bounded. An item with more keys than `maxKeys` on its own gets a page
 * to itself. Every item is on exactly one page.
 */
export function packPages<T>(items: readonly T[], options: { maxItems: number; maxKeys: number; keysOf: (item: T) => Iterable<string> }): T[][] {
	const pages: T[][] = [];
	let current: T[] = [];
	let keys = new Set<string>();
	for (const item of items) {
		const together = new Set([...keys, ...options.keysOf(item)]);
		if (current.length > 0 && (current.length >= options.maxItems || together.size > options.maxKeys)) {
			pages.push(current);
			current = [];
			keys = new Set(options.keysOf(item));
		} else {
			keys = together;
		}
		current.push(item);
	}
	if (current.length > 0) pages.push(current);
	return pages;
}
