/**
 * The “Narrow down” pane of the search page: one group per filter (tag, outlet, genre, year, author,
 * entity, page type), each a `<details>` rendered closed by src/pages/search.astro. A group's values and
 * counts are loaded from Pagefind only when a reader first opens one: Pagefind keeps each filter's index in
 * one file, together about 300 KB at 10,000 articles, which a search that filters nothing does not need.
 *
 * Values are listed by how many of the current results have them (then by how many pages in all, then by name;
 * years newest first). When the results change, a group is put back in order unless the focus or the pointer is in
 * it, so that a checkbox never moves under the hand that is about to tick it; a long group lists its first
 * `initialValues` and a “Show all” button.
 */
import type { PagefindFilterCounts } from './pagefind-api';
import type { FacetSelection } from './state';

export interface FilterPaneOptions {
	/** Loads every filter's values with their counts among all pages. */
	load(): Promise<PagefindFilterCounts>;
	/** After the values have loaded: the page searches again so that the counts follow the results. */
	onLoaded(): void;
	/** The reader ticked or unticked a value: the whole new selection, by filter, as labels. */
	onChange(selection: FacetSelection): void;
	/** How many values a group lists before its “Show all” button. */
	initialValues?: number;
}

/**
 * Values in the order a group lists them: years newest first; others by how many of the current results have them
 * (`counts`), then by how many pages in all (`totals`), then by name.
 */
export function orderValues(key: string, totals: Readonly<Record<string, number>>, counts: Readonly<Record<string, number>> = totals): string[] {
	const values = Object.keys(totals);
	if (key === 'year') return values.sort((a, b) => b.localeCompare(a, 'en', { numeric: true }));
	return values.sort((a, b) => (counts[b] ?? 0) - (counts[a] ?? 0) || (totals[b] ?? 0) - (totals[a] ?? 0) || a.localeCompare(b, 'en'));
}

/** The values a group shows: its first `limit` in order, and any selected value beyond them. */
export function visibleValues(ordered: readonly string[], selected: readonly string[], limit: number): string[] {
	const shown = ordered.slice(0, limit);
	return [...shown, ...ordered.slice(limit).filter((value) => selected.includes(value))];
}

interface RenderedValue {
	input: HTMLInputElement;
	count: HTMLElement;
	item: HTMLElement;
}

export class FilterPane {
	readonly #root: HTMLElement;
	readonly #options: FilterPaneOptions;
	readonly #limit: number;
	#selection: FacetSelection = {};
	#totals: PagefindFilterCounts | null = null;
	#counts: PagefindFilterCounts = {};
	#loading: Promise<void> | null = null;
	/** Groups whose “Show all” was pressed. */
	readonly #expanded = new Set<string>();
	/** The checkboxes of each rendered group, by value. */
	readonly #rendered = new Map<string, Map<string, RenderedValue>>();

	constructor(root: HTMLElement, options: FilterPaneOptions) {
		this.#root = root;
		this.#options = options;
		this.#limit = options.initialValues ?? 20;
		for (const group of this.#groups()) {
			group.addEventListener('toggle', () => {
				if (group.open) void this.#ensureLoaded();
			});
		}
		root.addEventListener('change', (event) => {
			const input = event.target;
			if (!(input instanceof HTMLInputElement) || input.type !== 'checkbox') return;
			const current = this.#selection[input.name] ?? [];
			const next = input.checked ? [...current.filter((v) => v !== input.value), input.value] : current.filter((v) => v !== input.value);
			this.#selection = { ...this.#selection, [input.name]: next };
			this.#showSelectedCounts();
			options.onChange(this.selection);
		});
	}

	/** The selected values, by filter (filters with none left out). */
	get selection(): FacetSelection {
		return Object.fromEntries(Object.entries(this.#selection).filter(([, values]) => values.length > 0));
	}

	/** Shows a selection read from the URL or restored by back/forward. */
	setSelection(selection: FacetSelection): void {
		this.#selection = Object.fromEntries(Object.entries(selection).map(([key, values]) => [key, [...values]]));
		for (const [key, values] of this.#rendered) {
			const selected = this.#selection[key] ?? [];
			const missing = selected.some((value) => !values.has(value));
			if (missing) this.#renderGroup(key);
			else for (const [value, { input }] of values) input.checked = selected.includes(value);
		}
		this.#showSelectedCounts();
	}

	/** New counts among the current results (for the filters whose index is loaded). */
	setCounts(counts: PagefindFilterCounts): void {
		this.#counts = counts;
		for (const [key, values] of this.#rendered) {
			const group = this.#group(key);
			const inUse = group?.contains(document.activeElement) || group?.matches(':hover');
			const order = [...values.keys()].join('\n');
			if (!inUse && this.#shownValues(key).join('\n') !== order) this.#renderGroup(key);
			else for (const [value, rendered] of values) this.#showCount(key, value, rendered);
		}
	}

	/** True once the values are loaded (a reader opened a group). */
	get loaded(): boolean {
		return this.#totals !== null;
	}

	#groups(): HTMLDetailsElement[] {
		return [...this.#root.querySelectorAll<HTMLDetailsElement>('details[data-filter]')];
	}

	#group(key: string): HTMLDetailsElement | undefined {
		return this.#groups().find((group) => group.dataset['filter'] === key);
	}

	#ensureLoaded(): Promise<void> {
		this.#loading ??= this.#options.load().then(
			(totals) => {
				this.#totals = totals;
				for (const group of this.#groups()) {
					const key = group.dataset['filter'] ?? '';
					if (Object.keys(totals[key] ?? {}).length === 0) group.hidden = true;
					else this.#renderGroup(key);
				}
				this.#options.onLoaded();
			},
			() => {
				this.#loading = null;
				for (const group of this.#groups()) this.#status(group, 'The filters could not be loaded. Close and open this group to try again.');
			},
		);
		return this.#loading;
	}

	#status(group: HTMLElement, text: string): void {
		const status = group.querySelector<HTMLElement>('[data-filter-status]');
		if (!status) return;
		status.textContent = text;
		status.hidden = text === '';
	}

	#renderGroup(key: string): void {
		const group = this.#group(key);
		const totals = this.#totals?.[key];
		const list = group?.querySelector<HTMLElement>('[data-filter-list]');
		if (!group || !totals || !list) return;
		this.#status(group, '');
		const ordered = orderValues(key, totals, this.#counts[key] ?? totals);
		const shown = this.#shownValues(key);
		const selected = this.#selection[key] ?? [];
		const name = group.dataset['filterName'] ?? key;
		const rendered = new Map<string, RenderedValue>();
		list.replaceChildren(
			...shown.map((value) => {
				const item = document.createElement('li');
				const label = document.createElement('label');
				label.className = 'search-filter-value';
				const input = document.createElement('input');
				input.type = 'checkbox';
				input.name = key;
				input.value = value;
				input.checked = selected.includes(value);
				const text = document.createElement('span');
				text.className = 'search-filter-label';
				text.textContent = value;
				const count = document.createElement('span');
				count.className = 'search-filter-count';
				label.append(input, text, count);
				item.append(label);
				const entry = { input, count, item };
				rendered.set(value, entry);
				this.#showCount(key, value, entry);
				return item;
			}),
		);
		this.#rendered.set(key, rendered);

		const more = group.querySelector<HTMLButtonElement>('[data-filter-more]');
		if (more) {
			more.hidden = shown.length >= ordered.length;
			more.textContent = `Show all ${ordered.length.toLocaleString('en')} ${name.toLowerCase()} values`;
			more.onclick = () => {
				this.#expanded.add(key);
				const next = ordered[shown.length];
				this.#renderGroup(key);
				if (next) this.#rendered.get(key)?.get(next)?.input.focus();
			};
		}
	}

	/** The values a group lists now, in order. */
	#shownValues(key: string): string[] {
		const totals = this.#totals?.[key] ?? {};
		const ordered = orderValues(key, totals, this.#counts[key] ?? totals);
		return this.#expanded.has(key) ? ordered : visibleValues(ordered, this.#selection[key] ?? [], this.#limit);
	}

	#showCount(key: string, value: string, { count, item }: RenderedValue): void {
		const counts = this.#counts[key] ?? this.#totals?.[key];
		const n = counts?.[value] ?? 0;
		count.textContent = n.toLocaleString('en');
		item.classList.toggle('search-filter-none', n === 0);
	}

	#showSelectedCounts(): void {
		for (const group of this.#groups()) {
			const slot = group.querySelector<HTMLElement>('[data-filter-selected]');
			const n = (this.#selection[group.dataset['filter'] ?? ''] ?? []).length;
			if (slot) slot.textContent = n === 0 ? '' : `(${n})`;
		}
	}
}
