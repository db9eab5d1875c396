/**
 * Search results as the search page shows them: what one result says (`resultView`, pure, unit-tested)
 * and the list items built from it with DOM methods only. Nothing from the index is ever parsed as HTML:
 * titles and metadata become text, and excerpts are split into text and the `<mark>`s Pagefind adds.
 */
import type { PagefindResultData } from './pagefind-api';

/** One run of an excerpt: text, and whether Pagefind marked it as matching the query. */
export interface ExcerptPart {
	text: string;
	marked: boolean;
}

/** A matching section of a result: the heading it starts at. */
export interface SectionView {
	title: string;
	href: string;
	excerpt: ExcerptPart[];
}

export interface ResultView {
	href: string;
	title: string;
	/** Shown above the summary, in this order: the page's kind (“Entity”), outlet and date. */
	kind?: string | undefined;
	outlet?: string | undefined;
	date?: string | undefined;
	/** `<time datetime>` of `date`. */
	datetime?: string | undefined;
	summary?: string | undefined;
	excerpt: ExcerptPart[];
	sections: SectionView[];
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references Pagefind writes in excerpts (it escapes the indexed text as HTML). */
export function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
		if (name[0] === '#') {
			const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
			return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
		}
		return entities[name.toLowerCase()] ?? whole;
	});
}

/**
 * Splits a Pagefind excerpt (escaped text with the matched words in `<mark>…</mark>`) into runs of text.
 * Any other tag-like text stays text: it can only have come from the page's own (escaped) words.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
	const parts: ExcerptPart[] = [];
	const markRun = /<mark>([\s\S]*?)<\/mark>/g;
	let last = 0;
	const push = (raw: string, marked: boolean) => {
		const text = decodeEntities(raw);
		if (text) parts.push({ text, marked });
	};
	for (const match of excerpt.matchAll(markRun)) {
		push(excerpt.slice(last, match.index), false);
		push(match[1] ?? '', true);
		last = match.index + match[0].length;
	}
	push(excerpt.slice(last), false);
	return parts;
}

/** A link target from the index, kept only if it is a path on this site (`/…`, not `//…` or `javascript:`). */
export function sitePath(url: string | undefined): string | undefined {
	return url && /^\/(?!\/)/.test(url) && !/[\u0000-\u001f\\]/.test(url) ? url : undefined;
}

const textOf = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);

/** The words before the first marked word, the marked word, and the words after it, lower-cased. */
function firstMatch(excerpt: readonly ExcerptPart[]): { before: string[]; match: string; after: string[] } {
	const words = (parts: readonly ExcerptPart[]) => parts.map((part) => part.text).join('').toLowerCase().split(/\s+/).filter(Boolean);
	const index = excerpt.findIndex((part) => part.marked);
	if (index === -1) return { before: [], match: '', after: words(excerpt) };
	return { before: words(excerpt.slice(0, index)), match: (excerpt[index]?.text ?? '').toLowerCase(), after: words(excerpt.slice(index + 1)) };
}

/**
 * True when two excerpts show the same passage: Pagefind cuts a page's excerpt and its section's around the
 * same match, one maybe starting earlier. Compared: the first match, up to three words before it (as many as
 * both have) and three after.
 */
export function samePassage(a: readonly ExcerptPart[], b: readonly ExcerptPart[]): boolean {
	const x = firstMatch(a);
	const y = firstMatch(b);
	const before = Math.min(3, x.before.length, y.before.length);
	const tail = (list: string[]) => (before === 0 ? [] : list.slice(-before));
	return x.match === y.match && tail(x.before).join(' ') === tail(y.before).join(' ') && x.after.slice(0, 3).join(' ') === y.after.slice(0, 3).join(' ');
}

/**
 * What one result shows: title, kind, outlet, date, summary, the excerpt, and up to `maxSections` matching
 * sections (those with their own heading anchor and a title other than the page's; a section whose excerpt shows the
 * same passage as the page's is shown as a link only).
 */
export function resultView(data: PagefindResultData, maxSections = 3): ResultView {
	const href = sitePath(data.url) ?? '/';
	const excerpt = excerptParts(data.excerpt);
	const title = textOf(data.meta['title']) ?? href;
	const sections = data.sub_results
		// A section named as the page (the heading of the title, a short page's only section) would say the title twice.
		.filter((sub) => sub.url.includes('#') && sub.title.trim() !== title)
		.slice(0, maxSections)
		.flatMap((sub): SectionView[] => {
			const sectionHref = sitePath(sub.url);
			if (!sectionHref) return [];
			const subExcerpt = excerptParts(sub.excerpt);
			return [{ title: sub.title, href: sectionHref, excerpt: samePassage(subExcerpt, excerpt) ? [] : subExcerpt }];
		});
	return {
		href,
		title,
		kind: textOf(data.meta['kind']),
		outlet: textOf(data.meta['outlet']),
		date: textOf(data.meta['date']),
		datetime: textOf(data.meta['datetime']),
		summary: textOf(data.meta['summary']),
		excerpt,
		sections,
	};
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (className) node.className = className;
	if (text !== undefined) node.textContent = text;
	return node;
}

function excerptParagraph(parts: ExcerptPart[]): HTMLParagraphElement {
	const paragraph = element('p', 'search-hit-excerpt');
	paragraph.append(...parts.map((part) => (part.marked ? element('mark', undefined, part.text) : document.createTextNode(part.text))));
	return paragraph;
}

/** The list item of one result. */
export function renderResult(view: ResultView): HTMLLIElement {
	const item = element('li', 'search-hit');
	const heading = element('h3', 'search-hit-title');
	const link = element('a', 'search-hit-link', view.title);
	link.href = view.href;
	heading.append(link);
	item.append(heading);

	const meta = element('p', 'search-hit-meta');
	if (view.kind) meta.append(element('span', undefined, view.kind));
	if (view.outlet) meta.append(element('span', undefined, view.outlet));
	if (view.date) {
		const time = element('time', undefined, view.date);
		if (view.datetime) time.dateTime = view.datetime;
		meta.append(time);
	}
	if (meta.childNodes.length > 0) item.append(meta);
	if (view.summary) item.append(element('p', 'search-hit-summary', view.summary));
	if (view.excerpt.length > 0) item.append(excerptParagraph(view.excerpt));

	if (view.sections.length > 0) {
		const list = element('ul', 'search-hit-sections');
		list.setAttribute('aria-label', `Matching sections of “${view.title}”`);
		for (const section of view.sections) {
			const entry = element('li', 'search-hit-section');
			const sectionLink = element('a', 'search-hit-section-link', section.title);
			sectionLink.href = section.href;
			entry.append(sectionLink);
			if (section.excerpt.length > 0) entry.append(excerptParagraph(section.excerpt));
			list.append(entry);
		}
		item.append(list);
	}
	return item;
}

/** Stands in for a result while its data loads. */
export function renderPlaceholder(): HTMLLIElement {
	const item = element('li', 'search-hit search-hit-placeholder');
	item.setAttribute('aria-hidden', 'true');
	item.append(element('p', 'search-placeholder-line search-placeholder-title'), element('p', 'search-placeholder-line'), element('p', 'search-placeholder-line search-placeholder-short'));
	return item;
}

/** Stands in for a result whose data could not be loaded (the connection dropped, the index changed). */
export function renderUnavailable(): HTMLLIElement {
	const item = element('li', 'search-hit search-hit-unavailable');
	item.append(element('p', undefined, 'This result could not be loaded. Search again, or reload the page.'));
	return item;
}
