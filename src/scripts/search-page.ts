/**
 * The search page (/search/): loads Pagefind's Component UI from the index bundle, configures it, and
 * keeps query, filters and sort in the URL so that a search can be bookmarked, shared, reloaded and
 * stepped through with back/forward. Everything that can be, Pagefind's own components do
 * (input, summary, results with sub-results and keyboard navigation, filter pane, screen-reader
 * announcements); this script adds the sort control, the URL, the empty state and error messages.
 */
import {
	type FacetLabels,
	type SearchState,
	facetKeys,
	hasFilters,
	normalizeFilters,
	pagefindSort,
	readState,
	sameFilters,
	sortFromPagefind,
	sortOrders,
	stateToHref,
} from './search-state';
import { highlightParam } from './search-highlight';

/** Where the index build (src/integrations/pagefind.ts) puts the Pagefind bundle. */
const bundlePath = '/pagefind/';

type Filters = Record<string, string[]>;

/** The part of Pagefind's Component UI instance this page uses (pagefind-component-ui.js has no types). */
interface PagefindInstance {
	searchTerm: string;
	searchFilters: Filters;
	searchSort: Record<string, string>;
	/** Every filter in the index with its value counts, once Pagefind has loaded. */
	totalFilters: Record<string, Record<string, number>> | null;
	faceted: boolean;
	pagefindOptions: Record<string, unknown>;
	on(event: 'search', callback: (term: string, filters: Filters) => void): void;
	on(event: 'results', callback: (result: { results?: unknown[] }) => void): void;
	on(event: 'error', callback: (error: { type?: string; message?: string }) => void): void;
	triggerLoad(): Promise<void>;
	triggerSearchWithFilters(term: string, filters: Filters): void;
	setTranslations(strings: Record<string, string>): void;
}

declare global {
	interface Window {
		PagefindComponents?: { getInstanceManager(): { getInstance(name?: string): PagefindInstance } };
	}
}

/** The wording of Pagefind's messages (summary line and screen-reader announcements) for this site. */
const translations: Record<string, string> = {
	search_label: 'Search the articles',
	results_label: 'Search results',
	zero_results: 'No results for “[SEARCH_TERM]”',
	one_result: '1 result for “[SEARCH_TERM]”',
	many_results: '[COUNT] results for “[SEARCH_TERM]”',
	total_zero_results: 'No article has all of these filters',
	total_one_result: '1 article has these filters',
	total_many_results: '[COUNT] articles have these filters',
	searching: 'Searching for “[SEARCH_TERM]”…',
	input_hint: 'Results appear as you type; press the down arrow to move to them',
};

function cloneTemplate(id: string): HTMLElement | null {
	const template = document.getElementById(id);
	const element = template instanceof HTMLTemplateElement ? template.content.firstElementChild?.cloneNode(true) : null;
	return element instanceof HTMLElement ? element : null;
}

/** Replaces the search interface with a message saying why search is unavailable, and where to go instead. */
function showError(root: HTMLElement, detail: string): void {
	if (document.querySelector('.search-error')) return;
	const notice = cloneTemplate('search-error-template');
	if (!notice) return;
	const slot = notice.querySelector('[data-search-error-detail]');
	if (slot) slot.textContent = detail;
	root.hidden = true;
	root.before(notice);
}

function unavailableDetail(): string {
	return import.meta.env.DEV
		? 'The search index has not been built yet. Run “npm run build” once: “astro dev” then serves the index of that build (dist/pagefind/), which is not rebuilt while you develop.'
		: 'Please reload the page, or try again later.';
}

async function start(root: HTMLElement): Promise<void> {
	const labels = JSON.parse(root.dataset['facets'] ?? '{}') as FacetLabels;
	try {
		const url = `${bundlePath}pagefind-component-ui.js`;
		await import(/* @vite-ignore */ url);
	} catch {
		showError(root, unavailableDetail());
		return;
	}
	const found = window.PagefindComponents?.getInstanceManager().getInstance('default');
	if (!found) {
		showError(root, unavailableDetail());
		return;
	}
	const instance: PagefindInstance = found;

	// Options Pagefind reads when it first loads (on focus or on the first search), so set before either.
	instance.pagefindOptions['highlightParam'] = highlightParam;
	instance.setTranslations(translations);

	const sortSelect = root.querySelector<HTMLSelectElement>('#search-sort');
	const tips = root.querySelector<HTMLElement>('[data-search-tips]');
	const refine = [...root.querySelectorAll<HTMLElement>('[data-search-refine]')];
	const emptySlot = root.querySelector<HTMLElement>('[data-search-empty-slot]');
	const filterPanel = root.querySelector<HTMLDetailsElement>('details[data-search-filters]');
	const filterCount = root.querySelector<HTMLElement>('[data-search-filter-count]');
	// The filters sit open beside the results on wide screens, and closed above them on narrow ones.
	const wide = window.matchMedia('(min-width: 52rem)');
	const placeFilters = () => {
		if (filterPanel) filterPanel.open = wide.matches;
	};
	placeFilters();
	wide.addEventListener('change', placeFilters);
	const input = () => root.querySelector<HTMLInputElement>('pagefind-input input');
	const baseTitle = document.title;

	/** The filters the URL may carry: the article facets, and whatever else the index has. */
	let filterKeys: string[] = [...facetKeys];
	const readUrl = (): SearchState => readState(new URLSearchParams(window.location.search), labels, filterKeys);

	/** True while the page applies a state read from the URL, which must not write the URL again. */
	let applying = false;
	/** True after a change of the query alone: further typing replaces that history entry instead of adding one. */
	let typing = false;

	const currentState = (): SearchState => ({
		query: instance.searchTerm.trim(),
		filters: normalizeFilters(instance.searchFilters),
		sort: sortFromPagefind(instance.searchSort),
	});

	function clearEmptyState(): void {
		emptySlot?.replaceChildren();
	}

	function showEmptyState(state: SearchState): void {
		const notice = cloneTemplate('search-empty-template');
		if (!notice || !emptySlot) return;
		const what = notice.querySelector('[data-search-empty-what]');
		const filtered = hasFilters(state.filters);
		if (what) what.textContent = state.query ? `“${state.query}”${filtered ? ' with these filters' : ''}` : 'all of these filters';
		const filterHint = notice.querySelector<HTMLElement>('[data-search-empty-filters]');
		if (filterHint) filterHint.hidden = !filtered;
		notice.querySelector('[data-search-clear-filters]')?.addEventListener('click', () => {
			instance.triggerSearchWithFilters(instance.searchTerm, {});
			input()?.focus();
		});
		emptySlot.replaceChildren(notice);
	}

	/** Shows the tips before a search, and the sort and filter controls once there is something to narrow. */
	function showControls(state: SearchState): void {
		const active = state.query !== '' || hasFilters(state.filters);
		if (tips) tips.hidden = active;
		for (const element of refine) element.hidden = !active;
		if (sortSelect) sortSelect.value = state.sort;
		const selected = Object.values(state.filters).reduce((sum, values) => sum + values.length, 0);
		if (filterCount) filterCount.textContent = selected === 0 ? '' : `${selected} selected`;
		document.title = state.query ? `“${state.query}” · ${baseTitle}` : baseTitle;
	}

	function writeUrl(state: SearchState): void {
		const href = stateToHref(state, labels, window.location.pathname);
		if (href === window.location.pathname + window.location.search) return;
		const previous = readUrl();
		const queryOnly = previous.sort === state.sort && sameFilters(previous.filters, state.filters);
		if (queryOnly && typing) window.history.replaceState(window.history.state, '', href);
		else window.history.pushState(null, '', href);
		typing = queryOnly;
	}

	instance.on('search', (term, filters) => {
		const state: SearchState = { query: term.trim(), filters: normalizeFilters(filters), sort: sortFromPagefind(instance.searchSort) };
		// With filters but no words, list every article that has them (Pagefind's “faceted” mode).
		instance.faceted = hasFilters(state.filters);
		clearEmptyState();
		showControls(state);
		if (!applying) writeUrl(state);
	});
	instance.on('results', (result) => {
		const state = currentState();
		const active = state.query !== '' || hasFilters(state.filters);
		if (active && (result.results?.length ?? 0) === 0) showEmptyState(state);
		else clearEmptyState();
	});
	// Pagefind's components show other errors themselves; without its bundle there is no search at all.
	instance.on('error', (error) => {
		if (error.type === 'bundle_load_failed') showError(root, unavailableDetail());
	});

	function applyState(state: SearchState, { search }: { search: boolean }): void {
		applying = true;
		try {
			instance.searchSort = pagefindSort(state.sort);
			const field = input();
			if (field && document.activeElement === field) field.value = state.query;
			showControls(state);
			if (search) instance.triggerSearchWithFilters(state.query, { ...state.filters });
		} finally {
			applying = false;
		}
	}

	sortSelect?.addEventListener('change', () => {
		const sort = sortOrders.find((order) => order === sortSelect.value) ?? 'relevance';
		instance.searchSort = pagefindSort(sort);
		instance.triggerSearchWithFilters(instance.searchTerm, { ...instance.searchFilters });
	});

	window.addEventListener('popstate', () => {
		typing = false;
		applyState(readUrl(), { search: true });
	});

	const field = input();
	if (field) field.value = readUrl().query;
	// Load the index first: the URL may name any filter it has (e.g. `entity`), and a search needs it anyway.
	await instance.triggerLoad();
	filterKeys = [...facetKeys, ...Object.keys(instance.totalFilters ?? {})];
	const initial = readUrl();
	applyState(initial, { search: initial.query !== '' || hasFilters(initial.filters) });
	// Write the address in its canonical form (filter ids, fixed order), without adding a history entry.
	const canonical = stateToHref(initial, labels, window.location.pathname);
	if (canonical !== window.location.pathname + window.location.search) window.history.replaceState(window.history.state, '', canonical);

	// Ready for typing or for the arrow keys; unless the reader has already started typing while the index loaded.
	if (field && document.activeElement !== field) {
		field.value = initial.query;
		field.focus();
		field.setSelectionRange(field.value.length, field.value.length);
	}
}

const root = document.querySelector<HTMLElement>('[data-search-ui]');
if (root) void start(root);
