import { type CollectionEntry, getCollection } from 'astro:content';
import { forEntry } from './build-errors';
import type { MentionsByEntity } from '../../markdown/remark-entity-mentions';
import { type Article, articleTextOf, getArticles } from './articles';
import { oncePerBuild } from './once-per-build';
import { type ArticleMentions, byName, type EntitySummary, type MentionIndex, mentionIndexOf } from '../analysis/mentions';

export type Entity = CollectionEntry<'entities'>;

async function readEntities(): Promise<Entity[]> {
	return (await getCollection('entities')).sort((a, b) => byName(a.data.name, b.data.name));
}

/**
 * Read and sorted once per build (src/lib/content/once-per-build.ts): every article page asks for the entities
 * (twice), and sorting thousands of them by name for each page made a build quadratic in the size of the archive.
 */
const once = oncePerBuild(() => {
	const entities = readEntities();
	const summaries = entities.then((list) => list.map((entity) => ({ id: entity.id, name: entity.data.name, kind: entity.data.kind, link: entity.data.link })));
	const byId = entities.then((list) => new Map(list.map((entity) => [entity.id, entity])));
	return { entities, summaries, byId };
});

/** All entities, by name (a leading "The " ignored). Callers must not change the list. */
export function getEntities(): Promise<Entity[]> {
	return once().entities;
}

/** All entities by id, one map per build (an entity page looks up the names of the entities named with it). */
export function getEntitiesById(): Promise<ReadonlyMap<string, Entity>> {
	return once().byId;
}

/** What lists of entities show: id, name, kind and the editors' reference link, in the order of {@link getEntities}. */
export type EntityListing = EntitySummary & { link: Entity['data']['link'] };

/** {@link getEntities} as plain listings, one list per build (so that lookups built on it are made once too). */
export function getEntityListings(): Promise<EntityListing[]> {
	return once().summaries;
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
	return articles.map((article) =>
		forEntry(article, () => ({ slug: article.id, title: article.data.title, mentions: mentionsOf(article), text: articleTextOf(article) })),
	);
}


/**
 * Every article's mentions (newest article first) and what the entity pages and the open data need from them
 * (src/lib/analysis/mentions.ts), worked out once per build.
 */
export const getMentionIndex: () => Promise<MentionIndex> = oncePerBuild(async () => mentionIndexOf(articleMentions(await getArticles())));
