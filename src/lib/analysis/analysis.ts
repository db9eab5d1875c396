import { forEntry } from '../content/build-errors';
/**
 * The analysis data as the pages use it: quotes, claims, events and topics, each evidence
 * sentence resolved to the paragraph of the rendered article that holds it.
 *
 * Paragraphs are those of each article's text model (`src/lib/text/article-text.ts`, kept with
 * the render), found by matching the sentence verbatim: no paragraph id is ever typed by hand. The
 * content validator has checked every sentence against the same model, read by the same pipeline,
 * so a sentence that cannot be placed here is a bug in the build; it fails the build.
 */
import { type CollectionEntry, getCollection } from 'astro:content';
import { type Article, articleTextOf, getArticles } from '../content/articles';
import { type Entity, getEntities, mentionsOf } from '../content/entities';
import { type ParagraphBlock, paragraphsOf as numberedParagraphs } from '../text/article-text';
import { paragraphHref } from '../routing/routes';
import { buildTimeline, type TimelineEntry } from './timeline';
import { oldestFirst } from '../content/article-order';
import { oncePerBuild } from '../content/once-per-build';
import { comparableBlocks, findPassage, findQuoted } from '../text/verbatim';

export { shortTitle, statusDescriptions, statusLabels } from './labels';

export type Quote = CollectionEntry<'quotes'>;
export type Claim = CollectionEntry<'claims'>;
export type TimelineEvent = CollectionEntry<'events'>;
export type Topic = CollectionEntry<'topics'>;

/** A position one article takes on a claim. */
export interface ArticlePosition {
	claim: Claim;
	position: Claim['data']['positions'][number];
}

/** A sentence of an article, placed in its paragraph. */
export interface PlacedSentence {
	sentence: string;
	article: Article;
	paragraph: ParagraphBlock;
	/** `/articles/<slug>/#p-N` */
	href: string;
}

export interface Analysis {
	/** All articles, newest first (as on the home page). */
	articles: Article[];
	/**
	 * All articles oldest first, by the same date rule as the home page's newest-first list (`oldestFirst` in
	 * src/lib/content/article-order.ts). The analysis tables use this order, left to right.
	 */
	chronological: Article[];
	articleById: Map<string, Article>;
	entityById: Map<string, Entity>;
	/** The article's numbered paragraphs (paragraphs, list items, table cells; not headings), from its text model. */
	paragraphsOf: (articleId: string) => ParagraphBlock[];
	/** Places an evidence sentence; throws if the rendered article does not contain it. */
	place: (articleId: string, sentence: string, what: string) => PlacedSentence;
	/** Places a quotation (the occurrence between quotation marks). */
	placeQuote: (quote: Quote) => PlacedSentence;
	quotes: Quote[];
	claims: Claim[];
	events: TimelineEvent[];
	topics: Topic[];
	/**
	 * The analysis entries of one article, indexed by article id once per build (the pages ask for them
	 * article by article; filtering every entry for every article would be quadratic).
	 */
	quotesOf: (articleId: string) => Quote[];
	/** The positions the article takes, in the order of `claims`. */
	positionsOf: (articleId: string) => ArticlePosition[];
	/** The events the article gives evidence for, each once. */
	eventsOf: (articleId: string) => TimelineEvent[];
	/** Entity name for an id (the id itself if the entity is missing). */
	nameOf: (id: string) => string;
	/** The people and organisations an article puts forward: most mentioned first (places are left out). */
	topEntities: (article: Article, limit?: number) => { entity: Entity; count: number }[];
}

/** Loads and resolves everything once per build. */
export const getAnalysis: () => Promise<Analysis> = oncePerBuild(load);

async function load(): Promise<Analysis> {
	const [articles, entities, quotes, claims, events, topics] = await Promise.all([
		getArticles(),
		getEntities(),
		getCollection('quotes'),
		getCollection('claims'),
		getCollection('events'),
		getCollection('topics'),
	]);
	const articleById = new Map(articles.map((article) => [article.id, article]));
	const sortedTopics = topics.sort((a, b) => a.data.label.localeCompare(b.data.label, 'en'));
	const topicOrder = (id: string) => sortedTopics.findIndex((topic) => topic.id === id);
	const entityById = new Map(entities.map((entity) => [entity.id, entity]));
	const paragraphs = new Map(
		articles.map((article) =>
			forEntry(article, () => {
				const list = numberedParagraphs(articleTextOf(article));
				return [article.id, { list, comparable: comparableBlocks(list) }] as const;
			}),
		),
	);
	const paragraphsOf = (articleId: string) => paragraphs.get(articleId)?.list ?? [];

	const placeWith = (finder: typeof findPassage, articleId: string, sentence: string, what: string): PlacedSentence => {
		const article = articleById.get(articleId);
		const { list = [], comparable = [] } = paragraphs.get(articleId) ?? {};
		const found = finder(comparable, sentence);
		const paragraph = found ? list[found.block] : undefined;
		if (!article || !paragraph) {
			throw new Error(
				`${what}: the sentence “${sentence.slice(0, 60)}…” is not in any paragraph of the article "${articleId}". ` +
					'The content validator checked it against the same text model, so this is a bug in the build, not in the content.',
			);
		}
		return { sentence, article, paragraph, href: paragraphHref(articleId, paragraph.id) };
	};

	// Claims grouped by topic (topics in alphabetical order of their labels), then by statement.
	const sortedClaims = claims.sort(
		(a, b) => topicOrder(a.data.topic.id) - topicOrder(b.data.topic.id) || a.data.statement.localeCompare(b.data.statement, 'en'),
	);
	const quotesByArticle = groupBy(quotes, (quote) => [quote.data.article.id]);
	const positionsByArticle = groupBy(
		sortedClaims.flatMap((claim) => claim.data.positions.map((position) => ({ claim, position }))),
		({ position }) => [position.article.id],
	);
	const eventsByArticle = groupBy(events, (event) => [...new Set(event.data.evidence.map((e) => e.article.id))]);

	const chronological = oldestFirst(articles);

	return {
		articles,
		chronological,
		articleById,
		entityById,
		paragraphsOf,
		place: (articleId, sentence, what) => placeWith(findPassage, articleId, sentence, what),
		placeQuote: (quote) => placeWith(findQuoted, quote.data.article.id, quote.data.text, `content/quotes/${quote.id}.yaml`),
		quotes,
		claims: sortedClaims,
		events,
		topics: sortedTopics,
		quotesOf: (articleId) => quotesByArticle.get(articleId) ?? [],
		positionsOf: (articleId) => positionsByArticle.get(articleId) ?? [],
		eventsOf: (articleId) => eventsByArticle.get(articleId) ?? [],
		nameOf: (id) => entityById.get(id)?.data.name ?? id,
		topEntities: (article, limit = 5) => {
			const mentions = mentionsOf(article);
			return Object.entries(mentions)
				.map(([id, found]) => ({ entity: entityById.get(id), count: found.count }))
				.filter((entry): entry is { entity: Entity; count: number } => entry.entity !== undefined && entry.entity.data.kind !== 'place' && entry.count > 0)
				.sort((a, b) => b.count - a.count || a.entity.data.name.localeCompare(b.entity.data.name, 'en'))
				.slice(0, limit);
		},
	};
}

/** Items by key, each under every key `keysOf` gives it, in their order. */
function groupBy<T>(items: readonly T[], keysOf: (item: T) => string[]): Map<string, T[]> {
	const groups = new Map<string, T[]>();
	for (const item of items) {
		for (const key of keysOf(item)) {
			const group = groups.get(key);
			if (group) group.push(item);
			else groups.set(key, [item]);
		}
	}
	return groups;
}

/**
 * The events and the articles' publication on one axis, in timeline order (see `timeline.ts`):
 * what the timeline page shows and `/data/timeline.json` publishes.
 */
export function timelineOf(analysis: Pick<Analysis, 'events' | 'articles'>): TimelineEntry[] {
	return buildTimeline(
		analysis.events.map((event) => ({
			id: event.id,
			title: event.data.title,
			date: { date: event.data.date.date, precision: event.data.date.precision, before: event.data.date.before?.id },
		})),
		analysis.articles.map((article) => ({ id: article.id, title: article.data.title, published: article.data.published })),
	);
}
