import type { Link, Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import { createEntityMatcher, type EntityMatch, type MatchableEntity } from '../lib/text/entity-matcher';
import type { TextRun } from '../lib/text/article-text';
import { entityHref } from '../lib/routing/routes';
import { remarkArticleText } from './remark-article-text';

/** Options of {@link remarkEntityMentions}. */
export interface RemarkEntityMentionsOptions {
	/**
	 * The entities to look for: id, name and other spellings (aliases). Names and aliases are matched
	 * case-sensitively on Unicode word boundaries, possessives included; see `entity-matcher.ts`.
	 * Pass plain data (not a getter): Astro hashes the Markdown options, so a changed name or alias
	 * makes it render the articles again.
	 */
	entities: readonly MatchableEntity[];
	/**
	 * `first-per-article` wraps the first mention of each entity in the article (the first one that
	 * can be wrapped) in a link to the entity's page (class `entity-mention`; its address names the entity);
	 * `none` (the default) changes nothing in the text and only reports the mentions. Mentions in
	 * headings, inside existing links or in inline code, mentions split across inline nodes
	 * ("*Kirill* Dmitriev") and mentions inside a compound word ("US-Russia") are counted but never
	 * wrapped.
	 */
	linkMentions?: 'first-per-article' | 'none';
	/** The address of an entity's page. Default: `entityHref` of src/lib/routing/routes.ts (`/entities/<id>/`). */
	entityHref?: (id: string) => string;
}

/**
 * One mention of an entity, as offsets into the article's text model (`article-text.ts`):
 * `[block, start, end]`, where `articleText.blocks[block].text.slice(start, end)` is the spelling
 * (without a possessive ending). Offsets, not sentences, so that the render data stays small; the
 * sentence around a mention is cut from the model when a page shows it.
 */
export type MentionAt = [block: number, start: number, end: number];

/** All mentions of one entity in one document. */
export interface EntityMentions {
	/** How many times the entity is mentioned. */
	count: number;
	/** Each mention, in document order. */
	occurrences: MentionAt[];
}

/** What the plugin stores as `mentions` in the page's frontmatter: entity id → its mentions, in order of first mention. */
export type MentionsByEntity = Record<string, EntityMentions>;

/** Splits text nodes so that each chosen match becomes a link, working from the end so that offsets stay valid. */
function wrapMatches(wraps: { match: EntityMatch; run: TextRun }[], href: (id: string) => string): void {
	const byNode = new Map<Text, { run: TextRun; ranges: { from: number; to: number; entityId: string }[] }>();
	for (const { match, run } of wraps) {
		const entry = byNode.get(run.node) ?? { run, ranges: [] };
		const from = run.nodeOffset + match.start - run.start;
		entry.ranges.push({ from, to: from + match.end - match.start, entityId: match.entityId });
		byNode.set(run.node, entry);
	}
	for (const { run, ranges } of byNode.values()) {
		const { node, parent } = run;
		const replacement: (Text | Link)[] = [];
		let cursor = 0;
		for (const { from, to, entityId } of ranges.sort((a, b) => a.from - b.from)) {
			if (from > cursor) replacement.push({ type: 'text', value: node.value.slice(cursor, from) });
			replacement.push({
				type: 'link',
				url: href(entityId),
				children: [{ type: 'text', value: node.value.slice(from, to) }],
				data: { hProperties: { className: ['entity-mention'] } },
			});
			cursor = to;
		}
		if (cursor < node.value.length) replacement.push({ type: 'text', value: node.value.slice(cursor) });
		const index = parent.children.indexOf(node);
		if (index >= 0) parent.children.splice(index, 1, ...replacement);
	}
}

/**
 * remark plugin: finds every mention of the given entities in the article's text model
 * (`file.data.articleText`, from `remark-article-text`, which it runs itself when it has not run),
 * with one combined matcher (every spelling filed under its first word, compiled once per plugin
 * use, so that its cost follows the text and not the number of entities; see `entity-matcher.ts`).
 *
 * Each block's text is searched as one string, so a name split by emphasis ("*Kirill* Dmitriev")
 * is still found and counted; only mentions that lie within one text node outside a link can be
 * wrapped in a link. Text outside the blocks (image descriptions, which the guard refuses anyway)
 * is not searched.
 *
 * The result goes to `file.data.astro.frontmatter.mentions` ({@link MentionsByEntity}); it is
 * computed from the text every time, never written by hand.
 */
export function remarkEntityMentions(options: RemarkEntityMentionsOptions) {
	if (!options || !Array.isArray(options.entities)) {
		throw new TypeError('remarkEntityMentions: options.entities must be a list of { id, name, aliases }');
	}
	const linkMentions = options.linkMentions ?? 'none';
	if (linkMentions !== 'none' && linkMentions !== 'first-per-article') {
		throw new TypeError(`remarkEntityMentions: linkMentions must be "first-per-article" or "none", got ${JSON.stringify(linkMentions)}`);
	}
	const href = options.entityHref ?? entityHref;
	// Compiled once; the transform below keeps all per-document state to itself.
	const matcher = createEntityMatcher(options.entities);
	const readText = remarkArticleText();

	return function transform(tree: Root, file: VFile): void {
		if (!file.data.articleText || !file.data.articleTextSources) readText(tree, file);
		const blocks = file.data.articleText?.blocks ?? [];
		const sources = file.data.articleTextSources ?? [];
		const mentions: MentionsByEntity = {};
		const wraps: { match: EntityMatch; run: TextRun }[] = [];
		const linked = new Set<string>();

		blocks.forEach((block, index) => {
			const source = sources[index];
			for (const match of matcher.find(block.text)) {
				const entry = (mentions[match.entityId] ??= { count: 0, occurrences: [] });
				entry.count += 1;
				entry.occurrences.push([index, match.start, match.end]);
				if (linkMentions === 'none' || linked.has(match.entityId) || match.compound || !source || source.node.type === 'heading') continue;
				const run = source.runs.find((r) => !r.inLink && r.start <= match.start && match.end <= r.end);
				if (run) {
					wraps.push({ match, run });
					linked.add(match.entityId);
				}
			}
		});

		wrapMatches(wraps, href);
		file.data.astro ??= {};
		file.data.astro.frontmatter ??= {};
		file.data.astro.frontmatter.mentions = mentions;
	};
}
