/**
 * The ids the site's own page chrome uses (layouts, header, article page, search): a heading of an
 * article's text must never take one of them, or a `#fragment` link and `aria-labelledby` would find
 * the wrong element. `tests/unit/reserved-ids.test.ts` checks that every literal `id="…"` in
 * src/layouts, src/components and src/pages is listed here, so the list cannot fall behind.
 */
export const reservedIds: readonly string[] = [
	'about-heading',
	'article-title',
	'colour-scheme-select',
	'coverage',
	'details',
	'entities-heading',
	'entity-name',
	'in-order',
	'key-heading',
	'main',
	'mentioned-in',
	'mentions-per-article',
	'method-heading',
	'positions-per-article',
	'provenance-heading',
	'quotes-per-speaker',
	'related-heading',
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

/** Beginnings of ids that the article page's components make from data (`entities-person`). */
export const reservedIdPrefixes: readonly string[] = ['entities-'];

const exact = new Set(reservedIds);

/** Whether an id is one the page uses (or may make) itself, or a paragraph's `p-N`. */
export function isReservedId(id: string): boolean {
	return exact.has(id) || /^p-\d+$/.test(id) || reservedIdPrefixes.some((prefix) => id.startsWith(prefix));
}
