/**
 * The cache keys of the site's pages, for Astro's incremental build (`experimental.incrementalBuild` in
 * astro.config.mjs). A route's `getStaticPaths` gives each page a `cacheKey`; a later build that finds the same
 * key, and the same code for the route, restores the page from the previous build instead of rendering it again.
 *
 * So a key must be made of exactly what the page shows: when anything on the page changes, its key must change
 * (or the site publishes a stale page); when nothing on it changes, the key must stay the same (or the page is
 * rendered for nothing). Each kind of page says what it shows with one of the functions below, and
 * {@link cacheKeyOf} turns that into a key. The code of the page is not part of the key: Astro compares the
 * route's module graph itself.
 *
 * Content entries in a key stand for themselves by {@link entryStamp}: their collection, id and digest (Astro's
 * hash of the file), and, for a rendered entry, a hash of what its Markdown rendered to (which also depends on
 * the entities the text links). A page that shows only a few fields of another entry (an article's card in a
 * list) names those fields instead, so that an edit elsewhere in that entry leaves the page alone.
 */
import { createHash } from 'node:crypto';

/** A content entry as Astro gives it to pages: enough to know which file it is, and which version. */
export interface StampableEntry {
	id: string;
	collection: string;
	digest?: string | undefined;
	rendered?: { html: string; metadata?: unknown } | undefined;
}

/** A content entry of Astro's content layer: its loaders give every entry a digest. */
const isEntry = (value: object): value is StampableEntry =>
	typeof (value as StampableEntry).id === 'string' &&
	typeof (value as StampableEntry).collection === 'string' &&
	typeof (value as StampableEntry).digest === 'string' &&
	'data' in value;

const sha256 = (text: string) => createHash('sha256').update(text).digest('base64url');

/** One stamp per entry object and build (entries are new objects in each build and after each content change in `astro dev`). */
const stamps = new WeakMap<object, string>();

/**
 * An entry in a key: `articles/<id>@<digest>`, and for a rendered entry `#` and a hash of its rendered HTML and
 * the data the Markdown pipeline kept with it (mentions, reading time, the text model). An entry without a
 * digest (Astro's loaders give one to every entry) is stamped by a hash of all its fields instead.
 */
export function entryStamp(entry: StampableEntry & { data?: unknown }): string {
	const known = stamps.get(entry);
	if (known !== undefined) return known;
	const version = entry.digest ?? sha256(serialise({ ...entry, rendered: undefined }));
	const rendered = entry.rendered ? `#${sha256(entry.rendered.html + serialise(entry.rendered.metadata ?? null))}` : '';
	const stamp = `${entry.collection}/${entry.id}@${version}${rendered}`;
	stamps.set(entry, stamp);
	return stamp;
}

/**
 * A value written out in one way only: object keys sorted, `Map` and `Set` in their order (pages show them in
 * that order), dates as ISO text, `undefined` kept apart from `null`, content entries as their
 * {@link entryStamp}. A function or a cycle cannot be part of what a page shows: either is an error, so that a
 * key never silently leaves something out.
 */
export function serialise(value: unknown): string {
	const open = new Set<object>();
	const write = (item: unknown, where: string): string => {
		if (item === undefined) return 'u';
		if (item === null || typeof item === 'boolean' || typeof item === 'string') return JSON.stringify(item);
		if (typeof item === 'number') return Number.isFinite(item) ? JSON.stringify(item) : `n${String(item)}`;
		if (typeof item === 'bigint') return `b${item}`;
		if (typeof item !== 'object') throw new TypeError(`A cache key cannot hold a ${typeof item} (at ${where || 'the top'}).`);
		if (item instanceof Date) return `d${Number.isNaN(item.getTime()) ? 'invalid' : item.toISOString()}`;
		if (item instanceof URL) return `l${JSON.stringify(item.href)}`;
		if (isEntry(item)) return `e${JSON.stringify(entryStamp(item))}`;
		if (open.has(item)) throw new TypeError(`A cache key cannot hold a cycle (at ${where || 'the top'}).`);
		open.add(item);
		let text: string;
		if (Array.isArray(item)) text = `[${item.map((element, i) => write(element, `${where}[${i}]`)).join(',')}]`;
		else if (item instanceof Map) text = `M[${[...item].map(([k, v], i) => `${write(k, `${where}<key ${i}>`)}:${write(v, `${where}<${String(k)}>`)}`).join(',')}]`;
		else if (item instanceof Set) text = `S[${[...item].map((element, i) => write(element, `${where}<${i}>`)).join(',')}]`;
		else {
			const keys = Object.keys(item).sort();
			text = `{${keys.map((key) => `${JSON.stringify(key)}:${write((item as Record<string, unknown>)[key], `${where}.${key}`)}`).join(',')}}`;
		}
		open.delete(item);
		return text;
	};
	return write(value, '');
}

/** The cache key of a page that shows `shown`: a hash of its {@link serialise}d form. */
export const cacheKeyOf = (shown: unknown): string => sha256(serialise(shown));

/** What the pagination of a list page shows: where the page is, and the addresses of its neighbours. */
export function pageShown(page: { currentPage: number; lastPage: number; start: number; end: number; total: number; size: number; url: object }): unknown {
	const { currentPage, lastPage, start, end, total, size, url } = page;
	return { currentPage, lastPage, start, end, total, size, url };
}

/** Gives each path of a route its cache key: `shownBy(path)` says what that page shows besides its code. */
export function withCacheKeys<P extends object>(paths: P[], shownBy: (path: P) => unknown): (P & { cacheKey: string })[] {
	return paths.map((path) => ({ ...path, cacheKey: cacheKeyOf(shownBy(path)) }));
}
