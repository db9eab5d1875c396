/**
 * The part of Pagefind's JavaScript API (https://pagefind.app/docs/api/) that the search page uses, typed:
 * pagefind.js is loaded from the index bundle at run time and ships no types.
 */

/** Selected filter values by filter name, as Pagefind takes them (`{ genre: ['Analysis'] }`). */
export type PagefindFilters = Record<string, string[]>;

/** Value → number of pages, by filter name. */
export type PagefindFilterCounts = Record<string, Record<string, number>>;

export interface PagefindSubResult {
	title: string;
	/** The page's URL with `#anchor` (and `?highlight=…` when the option is set). */
	url: string;
	/** Plain text with the matched words wrapped in `<mark>`; other markup escaped. */
	excerpt: string;
}

export interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
	sub_results: PagefindSubResult[];
}

export interface PagefindResult {
	id: string;
	score: number;
	/** Loads the page's fragment (one request per page, cached). */
	data(): Promise<PagefindResultData>;
}

export interface PagefindResponse {
	results: PagefindResult[];
	unfilteredResultCount: number;
	/** Counts among the results, for every filter whose index is loaded. */
	filters: PagefindFilterCounts;
	/** Counts among all pages, for every filter whose index is loaded. */
	totalFilters: PagefindFilterCounts;
}

export interface PagefindSearchOptions {
	filters?: PagefindFilters;
	sort?: Record<string, 'asc' | 'desc'>;
}

/** Pagefind's ranking parameters (https://pagefind.app/docs/ranking/); each between 0 and 1 but `termSaturation` (0–2). */
export interface PagefindRanking {
	/** How much a page's length counts against it (default 0.75): 0 ignores length, 1 fully normalises for it. */
	pageLength?: number;
	termFrequency?: number;
	termSimilarity?: number;
	termSaturation?: number;
}

export interface Pagefind {
	options(options: { highlightParam?: string; excerptLength?: number; ranking?: PagefindRanking }): Promise<void>;
	/** Loads the entry file, the WebAssembly and the page metadata. */
	init(): Promise<void>;
	/** `null` as the term lists every page with the given filters. */
	search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindResponse | null>;
	debouncedSearch(term: string | null, options: PagefindSearchOptions, timeoutMs: number): Promise<PagefindResponse | null>;
	/** Loads every filter's index (one file per filter) and returns the counts among all pages. */
	filters(): Promise<PagefindFilterCounts>;
}

/** Loads pagefind.js from the bundle at `bundlePath` (e.g. `/pagefind/`). */
export async function loadPagefind(bundlePath: string): Promise<Pagefind> {
	const url = `${bundlePath}pagefind.js`;
	return (await import(/* @vite-ignore */ url)) as Pagefind;
}
