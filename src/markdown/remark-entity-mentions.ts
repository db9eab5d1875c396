import type { Link, Nodes, Parent, Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { createEntityMatcher, type EntityMatch, type MatchableEntity } from '../lib/text/entity-matcher';
import { assignBlockIds, blockIdOf, type IdentifiedBlock } from './remark-paragraph-ids';
import { sentenceAt, splitSentences } from '../lib/text/sentences';

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
	 * `first-per-paragraph` wraps the first mention of each entity in each paragraph (the first one
	 * that can be wrapped) in a link to the entity's page (class `entity-mention`, `data-entity` = id);
	 * `none` (the default) changes nothing in the text and only reports the mentions. Mentions in
	 * headings, inside existing links or in inline code, and mentions split across inline nodes
	 * ("*Kirill* Dmitriev"), are counted but never wrapped.
	 */
	linkMentions?: 'first-per-paragraph' | 'none';
	/** The address of an entity's page. Default: `/entities/<id>/`. */
	entityHref?: (id: string) => string;
}

/** One mention of an entity, with the sentence it was found in. */
export interface MentionOccurrence {
	/** The id of the paragraph (`p-3`) or heading (its slug) holding the mention, as in the HTML. */
	paragraphId: string;
	/** The whole sentence holding the mention, as in the text (split by `sentences.ts`). */
	sentence: string;
	/** Where the spelling lies in `sentence`: `sentence.slice(start, end)` is the matched name or alias. */
	start: number;
	end: number;
}

/** All mentions of one entity in one document. */
export interface EntityMentions {
	/** How many times the entity is mentioned. */
	count: number;
	/** Each mention, in document order. */
	occurrences: MentionOccurrence[];
}

/** What the plugin stores as `mentions` in the page's frontmatter: entity id → its mentions, in order of first mention. */
export type MentionsByEntity = Record<string, EntityMentions>;

/** A run of the block's text that comes from one text node. */
interface Segment {
	node: Text;
	parent: Parent;
	start: number;
	end: number;
	/** Whether a mention inside it may be wrapped in a link (not inside a link already). */
	linkable: boolean;
}

/** Reads the block's inline content into one string, remembering which text node each run came from. */
function collectText(block: IdentifiedBlock): { text: string; segments: Segment[] } {
	let text = '';
	const segments: Segment[] = [];
	const walk = (node: Nodes, parent: Parent, inLink: boolean): void => {
		switch (node.type) {
			case 'text':
				segments.push({ node, parent, start: text.length, end: text.length + node.value.length, linkable: !inLink });
				text += node.value;
				return;
			case 'inlineCode':
				// Counted like text (it is part of what the reader reads), never wrapped.
				text += node.value;
				return;
			case 'break':
				text += '\n';
				return;
			default:
				if ('children' in node) {
					const linkLike = inLink || node.type === 'link' || node.type === 'linkReference';
					for (const child of node.children) walk(child as Nodes, node, linkLike);
				}
		}
	};
	for (const child of block.children) walk(child as Nodes, block, false);
	return { text, segments };
}

/** Splits text nodes so that each chosen match becomes a link, working from the end so that offsets stay valid. */
function wrapMatches(wraps: { match: EntityMatch; segment: Segment }[], href: (id: string) => string): void {
	const byNode = new Map<Text, { segment: Segment; matches: EntityMatch[] }>();
	for (const { match, segment } of wraps) {
		const entry = byNode.get(segment.node) ?? { segment, matches: [] };
		entry.matches.push(match);
		byNode.set(segment.node, entry);
	}
	for (const { segment, matches } of byNode.values()) {
		const { node, parent } = segment;
		const replacement: (Text | Link)[] = [];
		let cursor = 0;
		for (const match of matches.sort((a, b) => a.start - b.start)) {
			const from = match.start - segment.start;
			const to = match.end - segment.start;
			if (from > cursor) replacement.push({ type: 'text', value: node.value.slice(cursor, from) });
			replacement.push({
				type: 'link',
				url: href(match.entityId),
				children: [{ type: 'text', value: node.value.slice(from, to) }],
				data: { hProperties: { className: ['entity-mention'], dataEntity: match.entityId } },
			});
			cursor = to;
		}
		if (cursor < node.value.length) replacement.push({ type: 'text', value: node.value.slice(cursor) });
		const index = parent.children.indexOf(node);
		if (index >= 0) parent.children.splice(index, 1, ...replacement);
	}
}

/**
 * remark plugin: finds every mention of the given entities in the text, with one combined matcher
 * (a single regular expression built from a trie of all spellings, compiled once per plugin use).
 *
 * For each paragraph, table cell and heading (each given a stable id by `remark-paragraph-ids`),
 * the text of all its inline nodes is read as one string, so a name split by emphasis
 * ("*Kirill* Dmitriev") is still found, counted and quoted; only mentions that lie within one text
 * node outside a link can be wrapped in a link. Each mention is stored with the id of its block and
 * the sentence it is in (see `sentences.ts`). Text outside those blocks (code blocks, HTML, image
 * descriptions) is not searched.
 *
 * The result goes to `file.data.astro.frontmatter.mentions` ({@link MentionsByEntity}); it is
 * computed from the text every time, never written by hand.
 */
export function remarkEntityMentions(options: RemarkEntityMentionsOptions) {
	if (!options || !Array.isArray(options.entities)) {
		throw new TypeError('remarkEntityMentions: options.entities must be a list of { id, name, aliases }');
	}
	const linkMentions = options.linkMentions ?? 'none';
	if (linkMentions !== 'none' && linkMentions !== 'first-per-paragraph') {
		throw new TypeError(`remarkEntityMentions: linkMentions must be "first-per-paragraph" or "none", got ${JSON.stringify(linkMentions)}`);
	}
	const href = options.entityHref ?? ((id: string) => `/entities/${id}/`);
	// Compiled once; the transform below keeps all per-document state to itself.
	const matcher = createEntityMatcher(options.entities);

	return function transform(tree: Root, file: VFile): void {
		assignBlockIds(tree);
		const mentions: MentionsByEntity = {};
		const wraps: { match: EntityMatch; segment: Segment }[] = [];

		visit(tree, (node) => {
			if (node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'tableCell') return;
			const paragraphId = blockIdOf(node) ?? '';
			const { text, segments } = collectText(node);
			const matches = matcher.find(text);
			if (matches.length === 0) return;
			const sentences = splitSentences(text);
			const linkedHere = new Set<string>();
			for (const match of matches) {
				const span = sentenceAt(sentences, match.start) ?? { start: 0, end: text.length };
				const entry = (mentions[match.entityId] ??= { count: 0, occurrences: [] });
				entry.count += 1;
				entry.occurrences.push({
					paragraphId,
					sentence: text.slice(span.start, span.end),
					start: match.start - span.start,
					end: match.end - span.start,
				});
				if (linkMentions === 'first-per-paragraph' && node.type !== 'heading' && !linkedHere.has(match.entityId)) {
					const segment = segments.find((s) => s.linkable && s.start <= match.start && match.end <= s.end);
					if (segment) {
						wraps.push({ match, segment });
						linkedHere.add(match.entityId);
					}
				}
			}
		});

		wrapMatches(wraps, href);
		const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
		data.astro ??= {};
		data.astro.frontmatter ??= {};
		data.astro.frontmatter.mentions = mentions;
	};
}
