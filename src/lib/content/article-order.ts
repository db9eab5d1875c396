import type { Published } from '../../schemas/published';
import { publishedStart } from './dates';
import { oncePerBuildFor } from './once-per-build';

/** The part of an article the ordering functions need. */
export interface Orderable {
	id: string;
	data: { title: string; published: Published; tags: readonly ({ id: string } | string)[] };
}

const tagId = (tag: { id: string } | string) => (typeof tag === 'string' ? tag : tag.id);

/** Same order as `a.localeCompare(b, 'en')`, without building a collator for every comparison. */
const byTitle = new Intl.Collator('en').compare;

/**
 * The one rule by which lists of articles are put in date order, newest first (the home page, the tags, outlets
 * and genres) or oldest first (the comparison, the claims matrix, the quotes and the open data): by the start
 * of the period the publication date names, whether the source states it or the editors estimate it (an
 * estimated "2025" sorts as 1 January 2025, and every list marks it as estimated); ties by title, so the order
 * never depends on file order. The timeline places articles on its axis by a rule of its own (the end of the
 * period: see src/lib/analysis/timeline.ts).
 */
function byDate<T extends Orderable>(articles: readonly T[], direction: 1 | -1): T[] {
	// Each date is read once (not once per comparison): the site sorts thousands of articles.
	const keyed = articles.map((article) => ({ article, start: publishedStart(article.data.published).getTime() }));
	keyed.sort((a, b) => direction * (a.start - b.start) || byTitle(a.article.data.title, b.article.data.title));
	return keyed.map(({ article }) => article);
}

/** Newest first, by the rule of {@link byDate}. */
export const newestFirst = <T extends Orderable>(articles: readonly T[]): T[] => byDate(articles, -1);

/** Oldest first, by the rule of {@link byDate}. */
export const oldestFirst = <T extends Orderable>(articles: readonly T[]): T[] => byDate(articles, 1);

/**
 * The newest-first order of a list and each article's place in it, computed once per list.
 * Every article page asks for the related articles and the neighbours of its article within the
 * same list of all articles; sorting that list for each page made a build quadratic in the number
 * of articles. Lists are not changed after they are read (`getArticles()` returns a new array), so
 * the memo is keyed by the list itself.
 */
interface Ordering<T> {
	ordered: T[];
	position: Map<string, number>;
	/**
	 * For each tag, the places in `ordered` of the articles that have it, in order; a place appears once for each
	 * time the article lists the tag, so that counting places counts shared tags as `relatedByTags` reports them.
	 */
	byTag: Map<string, number[]>;
	/** Scratch space for `relatedByTags`: one counter per place, all zero between calls. */
	counts: Uint16Array;
}
const orderingOf = oncePerBuildFor((all: readonly Orderable[]): Ordering<Orderable> => {
	const ordered = newestFirst(all);
	const position = new Map<string, number>();
	const byTag = new Map<string, number[]>();
	ordered.forEach((article, index) => {
		if (!position.has(article.id)) position.set(article.id, index);
		for (const tag of article.data.tags) {
			const id = tagId(tag);
			const places = byTag.get(id);
			if (places) places.push(index);
			else byTag.set(id, [index]);
		}
	});
	return { ordered, position, byTag, counts: new Uint16Array(ordered.length) };
});

const ordering = <T extends Orderable>(all: readonly T[]): Ordering<T> => orderingOf(all) as Ordering<T>;

/** Articles sharing tags with `article`, most shared tags first, then newest; at most `limit`. */
export function relatedByTags<T extends Orderable>(article: T, all: readonly T[], limit = 3): { article: T; shared: string[] }[] {
	const own = new Set(article.data.tags.map(tagId));
	const { ordered, byTag, counts } = ordering(all);
	// Only articles that share a tag can be related: count the shared tags of those (through the tag index) in
	// one typed array, and make the list of shared tags only for the articles kept. Every article page does this,
	// so nothing here may be built per candidate.
	const touched: number[] = [];
	for (const tag of own) {
		const places = byTag.get(tag);
		if (!places) continue;
		for (let i = 0; i < places.length; i++) {
			const place = places[i] as number;
			if (counts[place] === 0) touched.push(place);
			counts[place] = (counts[place] as number) + 1;
		}
	}
	// Most shared tags first; among equals the newest-first order (the lower place).
	const better = (a: { place: number; count: number }, b: { place: number; count: number }) => b.count - a.count || a.place - b.place;
	const isOther = (place: number) => ordered[place]?.id !== article.id;
	let kept: { place: number; count: number }[] = [];
	if (!(Number.isInteger(limit) && limit > 0)) {
		kept = touched
			.filter(isOther)
			.map((place) => ({ place, count: counts[place] as number }))
			.sort(better)
			.slice(0, limit);
	} else {
		// The best `limit` in one pass over plain numbers: a candidate is looked at only when it beats the last kept.
		for (const place of touched) {
			const count = counts[place] as number;
			const last = kept.length === limit ? kept[limit - 1] : undefined;
			if (last && (count < last.count || (count === last.count && place > last.place))) continue;
			if (!isOther(place)) continue;
			const candidate = { place, count };
			const at = kept.findIndex((entry) => better(entry, candidate) > 0);
			kept.splice(at < 0 ? kept.length : at, 0, candidate);
			if (kept.length > limit) kept.pop();
		}
	}
	for (const place of touched) counts[place] = 0;
	return kept.map(({ place }) => {
		const other = ordered[place] as T;
		return { article: other, shared: other.data.tags.map(tagId).filter((id) => own.has(id)) };
	});
}

/** The next newer and next older article in the newest-first order. */
export function neighbours<T extends Orderable>(article: T, all: readonly T[]): { newer: T | undefined; older: T | undefined } {
	const { ordered, position } = ordering(all);
	const index = position.get(article.id) ?? -1;
	return { newer: index > 0 ? ordered[index - 1] : undefined, older: index >= 0 ? ordered[index + 1] : undefined };
}
