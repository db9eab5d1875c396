import type { Published } from '../schemas/published';
import { publishedStart } from './dates';

/** The part of an article the ordering functions need. */
export interface Orderable {
	id: string;
	data: { title: string; published: Published; tags: readonly ({ id: string } | string)[] };
}

const tagId = (tag: { id: string } | string) => (typeof tag === 'string' ? tag : tag.id);

/** Newest first by the start of the publication period; ties by title, so the order never depends on file order. */
export function newestFirst<T extends Orderable>(articles: readonly T[]): T[] {
	return [...articles].sort(
		(a, b) =>
			publishedStart(b.data.published).getTime() - publishedStart(a.data.published).getTime() ||
			a.data.title.localeCompare(b.data.title, 'en'),
	);
}

/** Articles sharing tags with `article`, most shared tags first, then newest; at most `limit`. */
export function relatedByTags<T extends Orderable>(article: T, all: readonly T[], limit = 3): { article: T; shared: string[] }[] {
	const own = new Set(article.data.tags.map(tagId));
	const ordered = newestFirst(all);
	return ordered
		.filter((other) => other.id !== article.id)
		.map((other) => ({ article: other, shared: other.data.tags.map(tagId).filter((id) => own.has(id)) }))
		.filter((entry) => entry.shared.length > 0)
		.sort((a, b) => b.shared.length - a.shared.length || ordered.indexOf(a.article) - ordered.indexOf(b.article))
		.slice(0, limit);
}

/** The next newer and next older article in the newest-first order. */
export function neighbours<T extends Orderable>(article: T, all: readonly T[]): { newer: T | undefined; older: T | undefined } {
	const ordered = newestFirst(all);
	const index = ordered.findIndex((other) => other.id === article.id);
	return { newer: index > 0 ? ordered[index - 1] : undefined, older: index >= 0 ? ordered[index + 1] : undefined };
}
