import { type CollectionEntry, getCollection } from 'astro:content';
import type { ReadingTime } from '../../markdown';
import { newestFirst } from './article-order';

export type Article = CollectionEntry<'articles'>;
export type ArticleData = Article['data'];

/** All articles, newest first. */
export async function getArticles(): Promise<Article[]> {
	return newestFirst(await getCollection('articles'));
}

/** Word count and reading time computed by the remark plugin when the article was rendered. */
export function readingTimeOf(article: Article): ReadingTime {
	const frontmatter = article.rendered?.metadata?.frontmatter as { readingTime?: ReadingTime } | undefined;
	const value = frontmatter?.readingTime;
	if (!value) throw new Error(`No reading time for article "${article.id}": is remarkReadingTime in the Markdown pipeline?`);
	return value;
}

/** A map from id to entry for a small collection, for lookups while rendering lists. */
export async function collectionById<C extends 'authors' | 'outlets' | 'tags'>(name: C): Promise<Map<string, CollectionEntry<C>>> {
	const entries = (await getCollection(name)) as CollectionEntry<C>[];
	return new Map(entries.map((entry) => [entry.id, entry]));
}
