import { type CollectionEntry, getCollection } from 'astro:content';
import type { MentionsByEntity } from '../markdown/remark-entity-mentions';
import type { Article } from './articles';
import { type ArticleMentions, byName } from './mentions';

export type Entity = CollectionEntry<'entities'>;

/** All entities, by name (a leading "The " ignored). */
export async function getEntities(): Promise<Entity[]> {
	return (await getCollection('entities')).sort((a, b) => byName(a.data.name, b.data.name));
}

/** The mentions the Markdown pipeline found in an article when it was rendered. */
export function mentionsOf(article: Article): MentionsByEntity {
	const frontmatter = article.rendered?.metadata?.frontmatter as { mentions?: MentionsByEntity } | undefined;
	const value = frontmatter?.mentions;
	if (!value) throw new Error(`No entity mentions for article "${article.id}": is remarkEntityMentions in the Markdown pipeline?`);
	return value;
}

/** Every article's mentions, as the pure functions in `mentions.ts` take them. */
export function articleMentions(articles: readonly Article[]): ArticleMentions[] {
	return articles.map((article) => ({ slug: article.id, title: article.data.title, mentions: mentionsOf(article) }));
}

/** The address of an entity's page. */
export const entityHref = (id: string): string => `/entities/${id}/`;
