/**
 * What the site says about its own archive — how many articles, which years, which tags they are filed under
 * most — worked out from the articles, so that the copy stays true as the archive grows. No Astro imports:
 * `getArchiveFacts()` in articles.ts reads the collections once per build and passes them here.
 */
import type { Published } from '../../schemas/published';
import { countInWords } from '../analysis/mentions';

export interface ArchiveFacts {
	/** How many articles the archive holds. */
	count: number;
	/** The years of the oldest and the newest publication date (as written, stated or estimated); empty with no articles. */
	firstYear: string;
	lastYear: string;
	/** The tags by how many articles are filed under them, most first, then by label; tags no article has are left out. */
	tagsByUse: { id: string; label: string; count: number }[];
}

/** The facts of an archive of `articles`, whose tags are `tags`. */
export function archiveFactsOf(
	articles: readonly { data: { published: Published; tags: readonly { id: string }[] } }[],
	tags: readonly { id: string; data: { label: string } }[],
): ArchiveFacts {
	const years = articles.map((article) => article.data.published.date.slice(0, 4)).sort();
	const uses = new Map<string, number>();
	for (const article of articles) for (const id of new Set(article.data.tags.map((tag) => tag.id))) uses.set(id, (uses.get(id) ?? 0) + 1);
	const tagsByUse = tags
		.map((tag) => ({ id: tag.id, label: tag.data.label, count: uses.get(tag.id) ?? 0 }))
		.filter((tag) => tag.count > 0)
		.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'en'));
	return { count: articles.length, firstYear: years[0] ?? '', lastYear: years.at(-1) ?? '', tagsByUse };
}

/** The years the archive spans: "2024–2025", or "2025" when all articles are of one year. */
export function yearSpan({ firstYear, lastYear }: Pick<ArchiveFacts, 'firstYear' | 'lastYear'>): string {
	return firstYear === lastYear ? firstYear : `${firstYear}–${lastYear}`;
}

/** "five articles" / "one article" / "157 articles". */
export function articlesInWords(count: number): string {
	return `${countInWords(count)} ${count === 1 ? 'article' : 'articles'}`;
}
