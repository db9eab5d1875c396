/**
 * Pure computations over the mentions the Markdown pipeline found (`remark-entity-mentions`), as
 * offsets into the articles' text models (`article-text.ts`), from which snippets are cut:
 * totals per entity, the articles that mention an entity, keyword-in-context snippets, entities
 * mentioned in the same paragraphs, and grouping by kind. No Astro imports, so that unit tests can
 * run them on plain data.
 */
import type { EntityMentions, MentionAt, MentionsByEntity } from '../../markdown/remark-entity-mentions';
import { type ArticleText, sentencesOf } from '../text/article-text';
import { sentenceAt } from '../text/sentences';
import { type EntityKind, entityKinds } from '../../schemas/entity';
import { oncePerBuildFor } from '../content/once-per-build';

/** The mentions found in one article, with what is needed to link to it. */
export interface ArticleMentions {
	slug: string;
	title: string;
	mentions: MentionsByEntity;
	/** The article's text model, which the mentions point into. */
	text: ArticleText;
}

/** An entity as the pages list it. */
export interface EntitySummary {
	id: string;
	name: string;
	kind: EntityKind;
}

/** Headings for the kinds, in the order the pages show them. */
export const kindLabels: Record<EntityKind, string> = { person: 'People', organisation: 'Organisations', place: 'Places' };

/** The name to sort by: a leading "The " is ignored ("The Wall Street Journal" sorts under W). */
export function sortKey(name: string): string {
	return name.replace(/^The\s+/, '');
}

/** Compares names alphabetically, ignoring a leading "The ". */
export function byName(a: string, b: string): number {
	return sortKey(a).localeCompare(sortKey(b), 'en');
}

/** How often an entity is mentioned across the articles, and in how many of them. */
export interface EntityTotals {
	mentions: number;
	articles: number;
}

/** Totals for every entity mentioned at least once. */
export function totalsByEntity(articles: readonly ArticleMentions[]): Map<string, EntityTotals> {
	const totals = new Map<string, EntityTotals>();
	for (const article of articles) {
		for (const [id, { count }] of Object.entries(article.mentions)) {
			if (count <= 0) continue;
			const entry = totals.get(id) ?? { mentions: 0, articles: 0 };
			entry.mentions += count;
			entry.articles += 1;
			totals.set(id, entry);
		}
	}
	return totals;
}

/** One run of a snippet's text, highlighted where it is the mention. */
export interface SnippetPart {
	text: string;
	highlighted: boolean;
}

/** A sentence quoted around one or more mentions, and the paragraph it comes from. */
export interface Snippet {
	paragraphId: string;
	sentence: string;
	/** The sentence cut into runs; the highlighted runs are the mentions. */
	parts: SnippetPart[];
	/** How many mentions the sentence holds. */
	mentions: number;
}

/** Cuts `sentence` into plain and highlighted runs; overlapping or touching ranges are merged. */
export function highlight(sentence: string, ranges: readonly { start: number; end: number }[]): SnippetPart[] {
	const merged: { start: number; end: number }[] = [];
	for (const range of [...ranges].sort((a, b) => a.start - b.start)) {
		const start = Math.max(0, Math.min(range.start, sentence.length));
		const end = Math.max(start, Math.min(range.end, sentence.length));
		if (end === start) continue;
		const last = merged.at(-1);
		if (last && start <= last.end) last.end = Math.max(last.end, end);
		else merged.push({ start, end });
	}
	const parts: SnippetPart[] = [];
	let cursor = 0;
	for (const { start, end } of merged) {
		if (start > cursor) parts.push({ text: sentence.slice(cursor, start), highlighted: false });
		parts.push({ text: sentence.slice(start, end), highlighted: true });
		cursor = end;
	}
	if (cursor < sentence.length) parts.push({ text: sentence.slice(cursor), highlighted: false });
	return parts;
}

/**
 * Keyword-in-context snippets: one per sentence (in document order), every mention in it highlighted.
 * The sentence around each mention is cut from the article's text model.
 */
export function snippetsOf(occurrences: readonly MentionAt[], text: ArticleText): Snippet[] {
	const bySentence = new Map<string, { paragraphId: string; sentence: string; ranges: { start: number; end: number }[] }>();
	for (const [blockIndex, start, end] of occurrences) {
		const block = text.blocks[blockIndex];
		if (!block) continue;
		const span = sentenceAt(sentencesOf(block), start) ?? { start: 0, end: block.text.length };
		const key = `${blockIndex}\u0000${span.start}`;
		const entry = bySentence.get(key) ?? { paragraphId: block.id, sentence: block.text.slice(span.start, span.end), ranges: [] };
		entry.ranges.push({ start: start - span.start, end: end - span.start });
		bySentence.set(key, entry);
	}
	return [...bySentence.values()].map(({ paragraphId, sentence, ranges }) => ({
		paragraphId,
		sentence,
		parts: highlight(sentence, ranges),
		mentions: ranges.length,
	}));
}

/** An article that mentions an entity: how often, and where. */
export interface ArticleHit {
	slug: string;
	title: string;
	count: number;
	snippets: Snippet[];
}

/** An article that mentions an entity: how often, and the mentions themselves, from which its snippets are cut. */
export interface MentioningArticle {
	slug: string;
	title: string;
	count: number;
	occurrences: readonly MentionAt[];
	/** The article's text model, which the mentions point into. */
	text: ArticleText;
}

/**
 * For every entity mentioned at least once, the articles that mention it, in the order of
 * `articlesMentioning` (most mentions first, then by title), in one pass over the articles. Snippets are
 * left to the page that shows the article (`snippetsOf`), so that an entity page's pages cut only their own.
 */
export function mentioningArticlesByEntity(articles: readonly ArticleMentions[]): Map<string, MentioningArticle[]> {
	const byEntity = new Map<string, MentioningArticle[]>();
	for (const article of articles) {
		for (const [id, found] of Object.entries(article.mentions)) {
			if (found.count <= 0) continue;
			const hit = { slug: article.slug, title: article.title, count: found.count, occurrences: found.occurrences, text: article.text };
			const list = byEntity.get(id);
			if (list) list.push(hit);
			else byEntity.set(id, [hit]);
		}
	}
	for (const list of byEntity.values()) list.sort((a, b) => b.count - a.count || a.title.localeCompare(b.title, 'en'));
	return byEntity;
}

/** Exactly the articles that mention `entityId`, most mentions first (then by title). */
export function articlesMentioning(entityId: string, articles: readonly ArticleMentions[]): ArticleHit[] {
	const hits: ArticleHit[] = [];
	for (const article of articles) {
		const found: EntityMentions | undefined = article.mentions[entityId];
		if (!found || found.count <= 0) continue;
		hits.push({ slug: article.slug, title: article.title, count: found.count, snippets: snippetsOf(found.occurrences, article.text) });
	}
	return hits.sort((a, b) => b.count - a.count || a.title.localeCompare(b.title, 'en'));
}

/** Another entity mentioned in the same paragraphs as the one asked about. */
export interface CoMention {
	entityId: string;
	/** In how many paragraphs both are mentioned. */
	paragraphs: number;
}

/**
 * The entities mentioned in the same paragraphs as `entityId`, with the number of paragraphs they
 * share, most shared first (ties by `nameOf`, then by id). A paragraph counts once however often
 * either entity is named in it. This scans every article; a page that needs it for every entity takes
 * the same figures from {@link mentionIndexOf}.
 */
export function coMentions(
	entityId: string,
	articles: readonly ArticleMentions[],
	nameOf: (id: string) => string = (id) => id,
): CoMention[] {
	const shared = new Map<string, number>();
	for (const article of articles) {
		const own = article.mentions[entityId];
		if (!own) continue;
		// Blocks by their index in the article's text model.
		const paragraphs = new Set(own.occurrences.map(([block]) => block));
		for (const [otherId, other] of Object.entries(article.mentions)) {
			if (otherId === entityId) continue;
			const together = new Set(other.occurrences.map(([block]) => block).filter((p) => paragraphs.has(p)));
			if (together.size > 0) shared.set(otherId, (shared.get(otherId) ?? 0) + together.size);
		}
	}
	return rankCoMentions(shared, nameOf);
}

/** Co-mentions from a count of shared paragraphs by entity id: most shared first, ties by `nameOf`, then by id. */
export function rankCoMentions(shared: ReadonlyMap<string, number> | undefined, nameOf: (id: string) => string = (id) => id): CoMention[] {
	return [...(shared ?? [])]
		.map(([id, paragraphs]) => ({ entityId: id, paragraphs }))
		.sort((a, b) => b.paragraphs - a.paragraphs || byName(nameOf(a.entityId), nameOf(b.entityId)) || byId(a.entityId, b.entityId));
}

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * For every entity, the other entities named in the same paragraphs and how many paragraphs they share
 * (what {@link coMentions} counts for one entity), in one pass over the articles: each paragraph adds one for
 * every pair of entities named in it.
 */
export function sharedParagraphsByEntity(articles: readonly ArticleMentions[]): Map<string, Map<string, number>> {
	const shared = new Map<string, Map<string, number>>();
	for (const article of articles) {
		// The entities named in each block (by its index in the text model), each once.
		const inBlock = new Map<number, string[]>();
		for (const [id, found] of Object.entries(article.mentions)) {
			let previous = -1;
			for (const [block] of found.occurrences) {
				if (block === previous) continue;
				previous = block;
				const named = inBlock.get(block);
				if (!named) inBlock.set(block, [id]);
				else if (named.at(-1) !== id) named.push(id);
			}
		}
		for (const named of inBlock.values()) {
			if (named.length < 2) continue;
			for (const id of named) {
				let row = shared.get(id);
				if (!row) shared.set(id, (row = new Map()));
				for (const other of named) if (other !== id) row.set(other, (row.get(other) ?? 0) + 1);
			}
		}
	}
	return shared;
}

/**
 * What the entity pages and the open data need from every article's mentions, worked out once for the whole
 * archive instead of once per entity (which made a build grow with entities × articles).
 */
export interface MentionIndex {
	/** The articles, in the order given. */
	articles: readonly ArticleMentions[];
	/** For every entity mentioned at least once, the articles that mention it ({@link mentioningArticlesByEntity}). */
	articlesOf: Map<string, MentioningArticle[]>;
	/** For every entity named in a paragraph with another, the paragraphs they share ({@link sharedParagraphsByEntity}). */
	sharedParagraphs: Map<string, Map<string, number>>;
}

/** The {@link MentionIndex} of a list of articles. */
export function mentionIndexOf(articles: readonly ArticleMentions[]): MentionIndex {
	return { articles, articlesOf: mentioningArticlesByEntity(articles), sharedParagraphs: sharedParagraphsByEntity(articles) };
}

/** Items grouped by entity kind, in the order people, organisations, places; empty groups left out. */
export function groupByKind<T extends { kind: EntityKind }>(items: readonly T[]): { kind: EntityKind; label: string; items: T[] }[] {
	return entityKinds
		.map((kind) => ({ kind, label: kindLabels[kind], items: items.filter((item) => item.kind === kind) }))
		.filter((group) => group.items.length > 0);
}

/** The entities one article mentions, with counts, grouped by kind; most mentioned first, then by name. */
export function entitiesOfArticle<E extends EntitySummary>(
	mentions: MentionsByEntity,
	entities: readonly E[],
): { kind: EntityKind; label: string; items: (E & { count: number })[] }[] {
	// Looked up from the article's own mentions, not by walking every entity for every article.
	const byId = indexById(entities);
	const listed = Object.entries(mentions)
		.flatMap(([id, found]) => {
			const entity = byId.get(id);
			return entity && found.count > 0 ? [{ ...entity, count: found.count }] : [];
		})
		.sort((a, b) => b.count - a.count || byName(a.name, b.name));
	return groupByKind(listed);
}

const indexOf = oncePerBuildFor((entities: readonly EntitySummary[]) => new Map(entities.map((entity) => [entity.id, entity])));

/** Entities by id, made once per list (the build passes the same list for every article). */
const indexById = <E extends EntitySummary>(entities: readonly E[]): Map<string, E> => indexOf(entities) as Map<string, E>;

/** A small count in words, as prose has it ("the five articles"); from eleven on, in figures ("the 157 articles"). */
export function countInWords(count: number): string {
	return ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'][count] ?? count.toLocaleString('en');
}

/** "1 mention" / "3 mentions"; pass the plural for nouns that do not just add "s" ("entity", "entities"). */
export function plural(count: number, noun: string, pluralNoun = `${noun}s`): string {
	return `${count} ${count === 1 ? noun : pluralNoun}`;
}
