/**
 * The state of the search page and the URL that carries it, e.g.
 * `/search/?q=arctic+drilling&tag=energy&genre=opinion&sort=newest`.
 *
 * The URL names filter values by their ids (the same ids as `/tags/<id>/`, `/outlets/<id>/` …), so that
 * links stay short and survive a relabelling; Pagefind indexes and shows their labels. `FacetLabels`
 * maps one to the other. Pure functions only: the search page script and the unit tests share them.
 */
import { indexHref } from '../../lib/routing/routes';
import { highlightParam } from './highlight';

/**
 * The filters every article carries in the index, in the order the URL lists them. Other filters that
 * pages put in the index (e.g. `entity`, `type`) work the same way, by label, and are listed after these.
 */
export const facetKeys = ['tag', 'outlet', 'genre', 'year', 'author'] as const;
export type FacetKey = (typeof facetKeys)[number];

/** How results are ordered: Pagefind's relevance ranking, or by publication date. */
export const sortOrders = ['relevance', 'newest', 'oldest'] as const;
export type SortOrder = (typeof sortOrders)[number];

/** For a filter, URL id → the label Pagefind indexes, e.g. `{ tag: { arctic: 'Arctic' } }`. Filters not here use labels in URLs. */
export type FacetLabels = Partial<Record<string, Record<string, string>>>;

/** Selected filter values, as labels (what Pagefind filters on), by filter. */
export type FacetSelection = Record<string, string[]>;

export interface SearchState {
	/** What the reader typed, trimmed; empty when there is no query. */
	query: string;
	filters: FacetSelection;
	sort: SortOrder;
}

/** The URL parameter of the query and of the sort order; filters use their own key (`tag`, `outlet` …). */
export const queryParam = 'q';
export const sortParam = 'sort';

/** Labels of the values that stand for “not known” (an article without an outlet or a byline). */
export const unknownOutletLabel = 'Outlet unknown';
export const unknownAuthorLabel = 'Author unknown';
/** The id that stands for “not known” in URLs, as in `/outlets/unknown/`. */
export const unknownId = 'unknown';

const isSortOrder = (value: string): value is SortOrder => (sortOrders as readonly string[]).includes(value);

/** Parameters that are never filters. (Pagefind reserves `any`, `all`, `none` and `not` as filter names.) */
const reservedParams = new Set([queryParam, sortParam, highlightParam, 'any', 'all', 'none', 'not']);

/** Filter names in URL order: the article facets first, then any others alphabetically. */
export function orderFilterKeys(keys: Iterable<string>): string[] {
	const rank = (key: string) => {
		const index = (facetKeys as readonly string[]).indexOf(key);
		return index === -1 ? facetKeys.length : index;
	};
	return [...new Set(keys)].filter((key) => !reservedParams.has(key)).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b, 'en'));
}

/** The label of a value given in a URL: by id, else by label (any case), else the text as given. */
function labelOf(labels: Record<string, string> | undefined, value: string): string {
	if (!labels) return value;
	if (Object.hasOwn(labels, value)) return labels[value] ?? value;
	const lower = value.toLowerCase();
	return Object.values(labels).find((label) => label.toLowerCase() === lower) ?? value;
}

/** The URL id of a label; a label without an id is written as it is. */
function idOf(labels: Record<string, string> | undefined, label: string): string {
	return Object.entries(labels ?? {}).find(([, l]) => l === label)?.[0] ?? label;
}

/** Sorted, de-duplicated, non-empty values; undefined when none remain. */
function cleanValues(values: readonly string[] | undefined): string[] | undefined {
	const clean = [...new Set((values ?? []).map((v) => v.trim()).filter(Boolean))].sort((a, b) => a.localeCompare(b, 'en'));
	return clean.length > 0 ? clean : undefined;
}

/** Keeps the filters that have at least one value, in a canonical order, so that states compare equal. */
export function normalizeFilters(filters: Readonly<Record<string, readonly string[] | undefined>>): FacetSelection {
	const result: FacetSelection = {};
	for (const key of orderFilterKeys(Object.keys(filters))) {
		const values = cleanValues(filters[key]);
		if (values) result[key] = values;
	}
	return result;
}

/**
 * Reads the state from a URL's search parameters. Only the filters named in `filterKeys` are read
 * (the search page passes the filters the index has); other parameters are ignored.
 */
export function readState(params: URLSearchParams, labels: FacetLabels, filterKeys: Iterable<string> = facetKeys): SearchState {
	const keys = new Set(orderFilterKeys(filterKeys));
	const filters: Record<string, string[]> = {};
	for (const [key, value] of params) {
		if (keys.has(key) && value.trim()) (filters[key] ??= []).push(labelOf(labels[key], value.trim()));
	}
	const sort = params.get(sortParam) ?? '';
	return {
		query: (params.get(queryParam) ?? '').trim(),
		filters: normalizeFilters(filters),
		sort: isSortOrder(sort) ? sort : 'relevance',
	};
}

/** The search parameters of a state, in a fixed order: `q`, the filters (as ids where they have one), `sort`. */
export function writeParams(state: SearchState, labels: FacetLabels): URLSearchParams {
	const params = new URLSearchParams();
	if (state.query.trim()) params.set(queryParam, state.query.trim());
	for (const [key, values] of Object.entries(normalizeFilters(state.filters))) {
		const ids = values.map((label) => idOf(labels[key], label)).sort((a, b) => a.localeCompare(b, 'en'));
		for (const id of ids) params.append(key, id);
	}
	if (state.sort !== 'relevance') params.set(sortParam, state.sort);
	return params;
}

/** The path and query of a state, e.g. `/search/?q=arctic&sort=newest`. */
export function stateToHref(state: SearchState, labels: FacetLabels, pathname: string = indexHref.search): string {
	const query = writeParams(state, labels).toString();
	return query ? `${pathname}?${query}` : pathname;
}

export function hasFilters(filters: Readonly<Record<string, readonly string[] | undefined>>): boolean {
	return Object.values(filters).some((values) => (values?.length ?? 0) > 0);
}

export function sameFilters(a: FacetSelection, b: FacetSelection): boolean {
	return JSON.stringify(normalizeFilters(a)) === JSON.stringify(normalizeFilters(b));
}

/** Pagefind's `sort` option for an order: none for relevance, else by the `date` sort key. */
export function pagefindSort(sort: SortOrder): Record<string, 'asc' | 'desc'> {
	if (sort === 'newest') return { date: 'desc' };
	if (sort === 'oldest') return { date: 'asc' };
	return {};
}

/** The order a Pagefind `sort` option stands for. */
export function sortFromPagefind(sort: Readonly<Record<string, string>> | undefined): SortOrder {
	const direction = sort?.['date'];
	return direction === 'desc' ? 'newest' : direction === 'asc' ? 'oldest' : 'relevance';
}

const count = (n: number) => n.toLocaleString('en');

/** The summary line above the results, which is also what screen readers hear when the results change. */
export function summaryText(state: Pick<SearchState, 'query'>, total: number): string {
	if (state.query) {
		if (total === 0) return `No results for “${state.query}”`;
		return total === 1 ? `1 result for “${state.query}”` : `${count(total)} results for “${state.query}”`;
	}
	if (total === 0) return 'No article has all of these filters';
	return total === 1 ? '1 article has these filters' : `${count(total)} articles have these filters`;
}
