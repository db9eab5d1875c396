/**
 * The ids the site's own page chrome uses (layouts, header, article page, search): a heading of an
 * article's text must never take one of them, or a `#fragment` link and `aria-labelledby` would find
 * the wrong element. `tests/site/heading-ids.test.ts` checks, on every built page that shows a text, that
 * each id outside the text is listed here (or begins with a listed prefix), so the list cannot fall behind.
 */
export const reservedIds: readonly string[] = [
	'about-contents-heading',
	'about-heading',
	'about-title',
	'article-title',
	'codebook',
	'colour-scheme-select',
	'copies',
	'coverage',
	'details',
	'entities-heading',
	'entity-name',
	'for-whom',
	'in-order',
	'key-heading',
	'main',
	'mentioned-in',
	'mentions-per-article',
	'method',
	'method-heading',
	'positions-per-article',
	'provenance-heading',
	'quotes-per-speaker',
	'related-heading',
	'reuse',
	'search-empty-template',
	'search-error-template',
	'search-input',
	'search-input-hint',
	'search-results-heading',
	'search-sort',
	'side-by-side',
	'site-search-q',
	'tags-heading',
	'timeline-chart',
	'together-with',
];

/** Beginnings of ids that the article page's components use (`hub-heading`, `hub-quotes`) or make from data (`entities-person`). */
export const reservedIdPrefixes: readonly string[] = ['entities-', 'hub-'];

const exact = new Set(reservedIds);

/** Whether an id is one the page uses (or may make) itself, or a paragraph's `p-N`. */
export function isReservedId(id: string): boolean {
	return exact.has(id) || /^p-\d+$/.test(id) || reservedIdPrefixes.some((prefix) => id.startsWith(prefix));
}
