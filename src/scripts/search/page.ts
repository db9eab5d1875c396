/**
 * The search page (/search/): a small interface of our own on Pagefind's JavaScript API. It loads
 * pagefind.js when the page opens, searches as the reader types, renders a page of results at a time
 * (src/scripts/search/results.ts), loads the filters only when a filter group is opened
 * (src/scripts/search/filters.ts), and keeps query, filters and sort in the URL so that a search can be
 * bookmarked, shared, reloaded and stepped through with back/forward (src/scripts/search/state.ts).
 *
 * Why not Pagefind's Component UI: at 10,000 articles it loaded every filter file on opening (about 300 KB)
 * and re-rendered its whole result list and filter pane on every keystroke: 5.5 s to the first results at a
 * 4× CPU slowdown, where Pagefind itself answers in a few hundred milliseconds (BENCHMARKS.md).
 */
import { type Pagefind, type PagefindRanking, type PagefindResponse, type PagefindResult, loadPagefind } from './pagefind-api';
import { searchFacetsHref } from '../../lib/routing/routes';
import { type Vocabulary, speller, suggestQuery } from '../../lib/search/suggestions';
import { FilterPane } from './filters';
import { highlightParam } from './highlight';
import { renderPlaceholder, renderResult, renderUnavailable, resultView } from './results';
import {
	type FacetLabels,
	type SearchState,
	hasFilters,
	normalizeFilters,
	pagefindSort,
	readState,
	sameFilters,
	sortOrders,
	stateToHref,
	summaryText,
} from './state';

/** Where the index build (src/integrations/pagefind.ts) puts the Pagefind bundle. */
const bundlePath = '/pagefind/';
/**
 * How results are ranked. An entity page is a short page, and Pagefind's default (`pageLength` 0.75) favours
 * short pages so strongly that “russia” listed four entity pages before any article; with length counting little,
 * the articles that discuss a word come first, and an entity page leads only where its name is the query (its name
 * is its heading; its description weighs little, see src/pages/entities/[id]/[...page].astro).
 */
export const ranking: PagefindRanking = { pageLength: 0.1 };
/** The vocabulary of “Did you mean …”, beside the index (src/integrations/pagefind.ts). */
const vocabularyPath = `${bundlePath}vocabulary.json`;
/** A query with fewer results than this is offered a correction, if one of its words is unknown. */
const fewResults = 3;
/** Results rendered at a time; “Show more results” adds as many again. */
const resultsPerPage = 10;
/** Results of each page whose data is loaded at once; the others load as they come near the viewport. */
const eagerResults = 5;

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
	/** Every filter the index has (the article facets, `entity`, `type`), in URL order. */
	const filterKeys = JSON.parse(root.dataset['filterKeys'] ?? '[]') as string[];
	const debounceMs = Number(root.dataset['debounce']) || 0;
	const find = <T extends Element>(selector: string) => root.querySelector<T>(selector);
	const form = find<HTMLFormElement>('form[data-search-form]');
	const field = find<HTMLInputElement>('input[type="search"]');
	const summary = find<HTMLElement>('[data-search-summary]');
	const list = find<HTMLOListElement>('[data-search-results]');
	const more = find<HTMLButtonElement>('[data-search-more]');
	const sortSelect = find<HTMLSelectElement>('#search-sort');
	const tips = find<HTMLElement>('[data-search-tips]');
	const refine = [...root.querySelectorAll<HTMLElement>('[data-search-refine]')];
	const emptySlot = find<HTMLElement>('[data-search-empty-slot]');
	const filterPanel = find<HTMLDetailsElement>('details[data-search-filters]');
	const filterCount = find<HTMLElement>('[data-search-filter-count]');
	const suggestionSlot = find<HTMLElement>('[data-search-suggestion]');
	if (!form || !field || !summary || !list || !more || !sortSelect || !filterPanel) return;
	root.hidden = false;

	// The filters sit open beside the results on wide screens, and closed above them on narrow ones.
	const wide = window.matchMedia('(min-width: 52rem)');
	const placeFilters = () => {
		filterPanel.open = wide.matches;
	};
	placeFilters();
	wide.addEventListener('change', placeFilters);

	const pagefindReady: Promise<Pagefind> = loadPagefind(bundlePath).then(async (pagefind) => {
		await pagefind.options({ highlightParam, ranking });
		await pagefind.init();
		return pagefind;
	});
	pagefindReady.then(
		() => {
			root.dataset['searchReady'] = '';
		},
		() => showError(root, unavailableDetail()),
	);

	/**
	 * The URL ids of the filter values (src/pages/search/facets.json.ts), loaded only once a filter is in play: an
	 * address with filters, or the filter pane opened. Until then, and if they cannot be loaded, URLs name values
	 * by their labels, which readState understands too.
	 */
	let labels: FacetLabels = {};
	let labelsLoaded: Promise<void> | undefined;
	const loadLabels = () =>
		(labelsLoaded ??= fetch(searchFacetsHref)
			.then((response) => (response.ok ? (response.json() as Promise<FacetLabels>) : {}))
			.then((loaded) => {
				labels = loaded;
			})
			.catch(() => undefined));
	const hasFilterParams = (params: URLSearchParams) => filterKeys.some((key) => params.has(key));

	const initialParams = new URLSearchParams(window.location.search);
	if (hasFilterParams(initialParams)) await loadLabels();
	let state: SearchState = readState(initialParams, labels, filterKeys);
	const baseTitle = document.title;
	/** True after a change of the query alone: further typing replaces that history entry instead of adding one. */
	let typing = false;
	/** Counts searches, so that an answer that arrives after a newer search started is dropped. */
	let latest = 0;
	let debounceTimer: ReturnType<typeof setTimeout> | undefined;
	/** The results of the search on screen, and how many of them are rendered. */
	let shown: { results: PagefindResult[]; rendered: number } = { results: [], rendered: 0 };
	/** True once Pagefind has loaded. */
	let loaded = false;

	/** Loads a result's data when its placeholder comes within a screen's height of the viewport. */
	const loadWhenNear = new WeakMap<Element, () => void>();
	const nearViewport = new IntersectionObserver(
		(entries) => {
			for (const entry of entries) {
				if (!entry.isIntersecting) continue;
				nearViewport.unobserve(entry.target);
				loadWhenNear.get(entry.target)?.();
			}
		},
		{ rootMargin: '100% 0px' },
	);

	const pane = new FilterPane(root, {
		load: async () => {
			const [filters] = await Promise.all([pagefindReady.then((pagefind) => pagefind.filters()), loadLabels()]);
			return filters;
		},
		onLoaded: () => void runSearch(),
		onChange: (selection) => {
			state = { ...state, filters: normalizeFilters(selection) };
			writeUrl();
			void runSearch();
		},
	});

	const active = () => state.query !== '' || hasFilters(state.filters);

	/** Loaded the first time a query finds few results; a failure only means no suggestion. */
	let vocabulary: Promise<ReturnType<typeof speller> | undefined> | undefined;
	const spelling = () =>
		(vocabulary ??= fetch(vocabularyPath)
			.then((response) => (response.ok ? (response.json() as Promise<Vocabulary>) : undefined))
			.then((words) => (words ? speller(words) : undefined))
			.catch(() => undefined));

	/** Offers “Did you mean …” when the query finds few results and a word of it is not in the index. */
	async function showSuggestion(search: number, total: number): Promise<void> {
		if (!suggestionSlot) return;
		suggestionSlot.hidden = true;
		suggestionSlot.replaceChildren();
		if (!state.query || total >= fewResults) return;
		const spell = await spelling();
		const suggestion = spell && suggestQuery(state.query, spell);
		if (search !== latest || !suggestion) return;
		const link = document.createElement('a');
		link.href = stateToHref({ ...state, query: suggestion }, labels, window.location.pathname);
		link.textContent = suggestion;
		link.addEventListener('click', (event) => {
			event.preventDefault();
			typing = false;
			state = { ...state, query: suggestion };
			field!.value = suggestion;
			writeUrl();
			void runSearch();
			field!.focus();
		});
		suggestionSlot.append('Did you mean ', link, '?');
		suggestionSlot.hidden = false;
	}

	function clearEmptyState(): void {
		emptySlot?.replaceChildren();
	}

	function showEmptyState(): void {
		const notice = cloneTemplate('search-empty-template');
		if (!notice || !emptySlot) return;
		const what = notice.querySelector('[data-search-empty-what]');
		const filtered = hasFilters(state.filters);
		if (what) what.textContent = state.query ? `“${state.query}”${filtered ? ' with these filters' : ''}` : 'all of these filters';
		const filterHint = notice.querySelector<HTMLElement>('[data-search-empty-filters]');
		if (filterHint) filterHint.hidden = !filtered;
		notice.querySelector('[data-search-clear-filters]')?.addEventListener('click', () => {
			state = { ...state, filters: {} };
			pane.setSelection({});
			writeUrl();
			void runSearch();
			field?.focus();
		});
		emptySlot.replaceChildren(notice);
	}

	/** Shows the tips before a search, and the sort and filter controls once there is something to narrow. */
	function showControls(): void {
		if (tips) tips.hidden = active();
		for (const element of refine) element.hidden = !active();
		sortSelect!.value = state.sort;
		const selected = Object.values(state.filters).reduce((sum, values) => sum + values.length, 0);
		if (filterCount) filterCount.textContent = selected === 0 ? '' : `${selected} selected`;
		document.title = state.query ? `“${state.query}” · ${baseTitle}` : baseTitle;
	}

	function writeUrl(): void {
		const href = stateToHref(state, labels, window.location.pathname);
		if (href === window.location.pathname + window.location.search) return;
		const previous = readState(new URLSearchParams(window.location.search), labels, filterKeys);
		const queryOnly = previous.sort === state.sort && sameFilters(previous.filters, state.filters);
		if (queryOnly && typing) window.history.replaceState(window.history.state, '', href);
		else window.history.pushState(null, '', href);
		typing = queryOnly;
	}

	/**
	 * Renders the next page of results as placeholders, each replaced by its result once its data (one request
	 * per result) has arrived: the first few at once, the others, once those are shown, when they come near the
	 * viewport. Resolves when the first ones are shown.
	 */
	async function renderMore(search: number): Promise<void> {
		const batch = shown.results.slice(shown.rendered, shown.rendered + resultsPerPage);
		shown.rendered += batch.length;
		more!.hidden = shown.rendered >= shown.results.length;
		const slots = batch.map(() => renderPlaceholder());
		list!.append(...slots);
		const load = async (result: PagefindResult, slot: HTMLLIElement) => {
			const data = await result.data().catch(() => undefined);
			if (search !== latest || !slot.isConnected) return;
			slot.replaceWith(data ? renderResult(resultView(data)) : renderUnavailable());
		};
		await Promise.all(batch.slice(0, eagerResults).map((result, index) => load(result, slots[index] as HTMLLIElement)));
		// The others only once these are shown, so that they do not compete with them for the network.
		if (search !== latest) return;
		slots.slice(eagerResults).forEach((slot, index) => {
			const result = batch[eagerResults + index];
			if (!result || !slot.isConnected) return;
			loadWhenNear.set(slot, () => void load(result, slot));
			nearViewport.observe(slot);
		});
	}

	function showResults(response: PagefindResponse, search: number): void {
		shown = { results: response.results, rendered: 0 };
		nearViewport.disconnect();
		list!.replaceChildren();
		summary!.textContent = summaryText(state, response.results.length);
		pane.setCounts(response.filters);
		if (response.results.length === 0) showEmptyState();
		else clearEmptyState();
		void showSuggestion(search, response.results.length);
		void renderMore(search);
	}

	function clearResults(): void {
		latest += 1;
		nearViewport.disconnect();
		shown = { results: [], rendered: 0 };
		list!.replaceChildren();
		more!.hidden = true;
		summary!.textContent = '';
		clearEmptyState();
		if (suggestionSlot) suggestionSlot.hidden = true;
	}

	/** Searches for the current state now, and shows the answer unless a newer search has started meanwhile. */
	async function runSearch(): Promise<void> {
		clearTimeout(debounceTimer);
		showControls();
		if (!active()) {
			clearResults();
			return;
		}
		const search = ++latest;
		const term = state.query;
		// Said only while the index loads: once it has, answers come faster than the words could be read.
		if (!loaded) summary!.textContent = term ? `Searching for “${term}”…` : 'Searching…';
		try {
			const pagefind = await pagefindReady;
			loaded = true;
			const response = await pagefind.search(term === '' ? null : term, { filters: { ...state.filters }, sort: pagefindSort(state.sort) });
			if (search !== latest || !response) return;
			showResults(response, search);
		} catch {
			if (search === latest) showError(root, unavailableDetail());
		}
	}

	field.addEventListener('input', () => {
		state = { ...state, query: field.value.trim() };
		writeUrl();
		clearTimeout(debounceTimer);
		debounceTimer = setTimeout(() => void runSearch(), debounceMs);
	});
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		state = { ...state, query: field.value.trim() };
		writeUrl();
		void runSearch();
	});
	sortSelect.addEventListener('change', () => {
		state = { ...state, sort: sortOrders.find((order) => order === sortSelect.value) ?? 'relevance' };
		writeUrl();
		void runSearch();
	});
	more.addEventListener('click', () => {
		const first = shown.rendered;
		void renderMore(latest).then(() => list.children[first]?.querySelector<HTMLAnchorElement>('.search-hit-link')?.focus());
	});

	// Arrow keys: from the field to the first result, and from result to result (one stop each, at its title; the
	// section links are reached with Tab); up from the first goes back.
	const links = () => [...list.querySelectorAll<HTMLAnchorElement>('.search-hit-link')];
	field.addEventListener('keydown', (event) => {
		if (event.key !== 'ArrowDown') return;
		const first = links()[0];
		if (!first) return;
		event.preventDefault();
		first.focus();
	});
	list.addEventListener('keydown', (event) => {
		if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
		const all = links();
		// The result the focus is in, whether on its title or on one of its section links.
		const current = document.activeElement?.closest('.search-hit')?.querySelector<HTMLAnchorElement>('.search-hit-link');
		const index = current ? all.indexOf(current) : -1;
		if (index === -1) return;
		event.preventDefault();
		if (event.key === 'ArrowDown') all[index + 1]?.focus();
		else if (document.activeElement !== current) current?.focus();
		else if (index === 0) field.focus();
		else all[index - 1]?.focus();
	});

	window.addEventListener('popstate', async () => {
		typing = false;
		const params = new URLSearchParams(window.location.search);
		if (hasFilterParams(params)) await loadLabels();
		state = readState(params, labels, filterKeys);
		field.value = state.query;
		pane.setSelection(state.filters);
		void runSearch();
	});

	// The state the address carries, shown and searched for, and the address written in its canonical form
	// (filter ids, fixed order) without adding a history entry.
	field.value = state.query;
	pane.setSelection(state.filters);
	void runSearch();
	const canonical = stateToHref(state, labels, window.location.pathname);
	if (canonical !== window.location.pathname + window.location.search) window.history.replaceState(window.history.state, '', canonical);
	field.focus();
	field.setSelectionRange(field.value.length, field.value.length);
}

const root = document.querySelector<HTMLElement>('[data-search-ui]');
if (root) void start(root);
