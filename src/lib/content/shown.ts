/**
 * What the pages show of the content, in the plain shape the cache keys are made of
 * (src/lib/routing/cache-keys.ts): the archive's facts every page carries, the fields of an article's card, the
 * entries an article page shows in full, and the parts of the whole content that the analysis pages and the
 * open data show.
 */
import { getCollection } from 'astro:content';
import { getReferenceNames } from './names';
import { cacheKeyOf } from '../routing/cache-keys';
import { type Article, getArchiveFacts, readingTimeOf } from './articles';
import { oncePerBuild } from './once-per-build';

/** The archive's count and years, shown by every page's footer and the site-wide social image's text. */
export async function getArchiveShown(): Promise<ArchiveShown> {
	const { count, firstYear, lastYear } = await getArchiveFacts();
	return { count, firstYear, lastYear };
}

/** What every page shows of the archive, in its footer and its site-wide social image's text. */
export interface ArchiveShown {
	count: number;
	firstYear: string;
	lastYear: string;
}

/** What an article's card shows (`ArticleCard.astro`): the fields, not the whole entry, so that an edit of its text elsewhere leaves the lists alone. */
export interface ArticleCardShown {
	id: string;
	title: string;
	summary: string;
	published: unknown;
	genre: string;
	minutes: number;
	/** The outlet's name, or `undefined` when the source does not name one. */
	outlet: string | undefined;
	/** The tags' ids and labels, when the card lists them. */
	tags?: { id: string; label: string }[];
}

/** A function giving what an article's card shows (`ArticleCard.astro`), with or without its tags; the names are read once per build. */
export async function getCardShown(): Promise<(article: Article, withTags: boolean) => ArticleCardShown> {
	const names = await getReferenceNames();
	return (article, withTags) => {
		const { data } = article;
		return {
			id: article.id,
			title: data.title,
			summary: data.summary,
			published: data.published,
			genre: data.genre,
			minutes: readingTimeOf(article).minutes,
			outlet: data.outlet ? names.outlets.get(data.outlet.id) : undefined,
			...(withTags ? { tags: data.tags.map((tag) => ({ id: tag.id, label: names.tags.get(tag.id) ?? tag.id })) } : {}),
		};
	};
}

const entriesOnce = oncePerBuild(async () => {
	const [outlets, authors, tags] = await Promise.all([getCollection('outlets'), getCollection('authors'), getCollection('tags')]);
	const byId = <E extends { id: string }>(list: E[]) => new Map(list.map((entry) => [entry.id, entry]));
	return { outlets: byId(outlets), authors: byId(authors), tags: byId(tags) };
});

/** The outlet, authors and tags entries an article page shows in full (credit, provenance, metadata), by id; read once per build. */
export async function getArticleReferences(): Promise<(article: Article) => { outlet: unknown; authors: unknown[]; tags: unknown[] }> {
	const entries = await entriesOnce();
	return ({ data }) => ({
		outlet: data.outlet ? (entries.outlets.get(data.outlet.id) ?? data.outlet.id) : null,
		authors: data.authors.map((author) => entries.authors.get(author.id) ?? author.id),
		tags: data.tags.map((tag) => entries.tags.get(tag.id) ?? tag.id),
	});
}

/** The collections besides the articles, whole: the analysis pages show any of them. */
const otherCollections = ['authors', 'outlets', 'tags', 'entities', 'topics', 'quotes', 'claims', 'events', 'findings', 'pages'] as const;

/**
 * One stamp for the whole content: every entry of every collection, by its stamp (`entryStamp`: digest and
 * what it rendered to). What the open-data files show; read once per build.
 */
export const getContentStamp: () => Promise<string> = oncePerBuild(async () => {
	const [articles, ...others] = await Promise.all([getCollection('articles'), ...otherCollections.map((name) => getCollection(name))]);
	return cacheKeyOf([articles, ...others]);
});

/**
 * What every analysis page (comparison, claims, quotes, timeline) may show of the content beyond its own
 * entries: every entry of the other collections, and every article's frontmatter (titles, dates, outlets,
 * stances: the order of the lists and their counts), but not the articles' texts, so that editing one text
 * re-renders only the analysis pages that show that article. Read once per build.
 */
export const getAnalysisWide: () => Promise<string> = oncePerBuild(async () => {
	const [articles, ...others] = await Promise.all([getCollection('articles'), ...otherCollections.map((name) => getCollection(name))]);
	return cacheKeyOf({ articles: articles.map(({ id, data }) => ({ id, data })), others });
});
