/**
 * The one model of an article's text: its blocks (paragraphs, list items, table cells, headings),
 * each with the fragment id it carries in the page, its number and its plain text; a block's
 * sentences are split from its text when asked for (`sentencesOf`).
 *
 * It is read from the Markdown syntax tree by `src/markdown/remark-article-text.ts`, in the same
 * pipeline that renders the page, and kept with the render; the content guard reads it from the
 * same pipeline. Everything that needs an article's words (the verbatim checks of quotes and
 * evidence, the placing of sentences in paragraphs, entity mentions and their snippets, the open
 * data's plain text) takes them from here.
 */
import type { Heading, ListItem, Nodes, Paragraph, Parent, Root, TableCell, Text } from 'mdast';
import { splitSentences, type SentenceSpan } from './sentences';

/** One block of text, as readers see it. */
export interface TextBlock {
	/** The block's fragment id in the page: `p-3` for paragraphs, list items and table cells, the slug for a heading. */
	id: string;
	/** The N of `p-N` (1-based, in document order); absent for a heading, which is not numbered. */
	number?: number;
	/**
	 * The block's words: Markdown syntax gone (emphasis, link targets, escapes), a line break inside
	 * a paragraph read as the space it renders as, a hard break kept as a line break, trimmed.
	 */
	text: string;
}

/** An article's text: its blocks in document order. */
export interface ArticleText {
	blocks: TextBlock[];
}

/** The Markdown nodes that become a block. */
export type BlockNode = Paragraph | Heading | TableCell | ListItem;

/** A run of a block's text that comes from one text node (or one line of it). */
export interface TextRun {
	node: Text;
	parent: Parent;
	/** Where the run lies in the block's `text`. */
	start: number;
	end: number;
	/** Where the run starts in `node.value`. */
	nodeOffset: number;
	/** Whether the run lies inside a link (so that it must not be wrapped in another one). */
	inLink: boolean;
}

/** Where a block's text came from in the tree: for plugins that change the tree in the same render. */
export interface BlockSource {
	node: BlockNode;
	runs: TextRun[];
}

/** The id a node carries in the HTML (set by `remark-paragraph-ids`), if any. */
export function hastIdOf(node: Nodes): string | undefined {
	const id = (node.data as { hProperties?: Record<string, unknown> } | undefined)?.hProperties?.id;
	return typeof id === 'string' ? id : undefined;
}

/** Whether a list renders its items' paragraphs without `<p>` (a "tight" list), as mdast-util-to-hast decides it. */
export function isTightList(list: { spread?: boolean | null | undefined; children: readonly { spread?: boolean | null | undefined }[] }): boolean {
	return !list.spread && !list.children.some((item) => item.spread);
}

const softBreak = /[ \t]*\r?\n[ \t]*/g;

/** Reads one block's inline content into one string, remembering which text node each run came from. */
function readInline(children: readonly Nodes[], parent: Parent): { text: string; runs: TextRun[] } {
	let text = '';
	const runs: TextRun[] = [];
	const walk = (node: Nodes, parentNode: Parent, inLink: boolean): void => {
		switch (node.type) {
			case 'text': {
				// A soft line break reads as one space; each line is a run of its own, so that offsets map back to the node.
				let nodeOffset = 0;
				for (const lineBreak of node.value.matchAll(softBreak)) {
					runs.push({ node, parent: parentNode, start: text.length, end: text.length + lineBreak.index - nodeOffset, nodeOffset, inLink });
					text += `${node.value.slice(nodeOffset, lineBreak.index)} `;
					nodeOffset = lineBreak.index + lineBreak[0].length;
				}
				runs.push({ node, parent: parentNode, start: text.length, end: text.length + node.value.length - nodeOffset, nodeOffset, inLink });
				text += node.value.slice(nodeOffset);
				return;
			}
			case 'inlineCode':
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
	for (const child of children) walk(child, parent, false);
	// Trim, and move the runs with the text (a run cut at its start by the trim starts later in its node too).
	const lead = text.length - text.trimStart().length;
	const trimmed = text.trim();
	const kept: TextRun[] = [];
	for (const run of runs) {
		const start = run.start - lead;
		const end = Math.min(trimmed.length, run.end - lead);
		const cut = Math.max(0, -start);
		if (end > start + cut) kept.push({ ...run, start: start + cut, end, nodeOffset: run.nodeOffset + cut });
	}
	return { text: trimmed, runs: kept };
}

/**
 * Reads the blocks of a Markdown tree whose ids `assignBlockIds` (remark-paragraph-ids) has set:
 * every paragraph (the paragraph of an item of a tight list is read as the item, which carries its
 * id), every table cell and every heading, in document order. Blocks without words are left out.
 */
export function readArticleText(tree: Root): { text: ArticleText; sources: BlockSource[] } {
	const blocks: TextBlock[] = [];
	const sources: BlockSource[] = [];
	const add = (node: BlockNode, idNode: Nodes, inline: readonly Nodes[]) => {
		const id = hastIdOf(idNode) ?? hastIdOf(node);
		const { text, runs } = readInline(inline, node.type === 'listItem' ? (node.children[0] as Parent) : node);
		if (text === '' || id === undefined) return;
		const numbered = /^p-(\d+)$/.exec(id);
		const block: TextBlock = { id, text };
		if (numbered && node.type !== 'heading') block.number = Number(numbered[1]);
		blocks.push(block);
		sources.push({ node, runs });
	};
	const walk = (node: Nodes, parent: Nodes | undefined, tightItem: boolean): void => {
		if (node.type === 'paragraph') {
			// The first paragraph of an item of a tight list renders without <p>: the item is the block.
			if (tightItem && parent?.type === 'listItem' && parent.children[0] === node) add(parent, parent, node.children);
			else add(node, node, node.children);
			return;
		}
		if (node.type === 'heading' || node.type === 'tableCell') {
			add(node, node, node.children);
			return;
		}
		if (!('children' in node)) return;
		const tight = node.type === 'list' ? isTightList(node) : node.type === 'listItem' ? tightItem : false;
		for (const child of node.children) walk(child as Nodes, node, tight);
	};
	walk(tree, undefined, false);
	return { text: { blocks }, sources };
}

/** Each block's sentences, split once per block object (pages ask for the same block's sentences many times). */
const sentencesByBlock = new WeakMap<TextBlock, readonly SentenceSpan[]>();

/**
 * The sentences of a block as spans of its text (`sentences.ts`). They are split from the text when first
 * asked for, not stored with it: offsets are cheap to find again and would take room in every article's entry.
 */
export function sentencesOf(block: TextBlock): readonly SentenceSpan[] {
	let spans = sentencesByBlock.get(block);
	if (!spans) {
		spans = splitSentences(block.text);
		sentencesByBlock.set(block, spans);
	}
	return spans;
}

/** A numbered block: a paragraph, a list item or a table cell (not a heading). */
export type ParagraphBlock = TextBlock & { number: number };

/** The blocks that are numbered paragraphs (paragraphs, list items, table cells), not headings. */
export function paragraphsOf(text: ArticleText): ParagraphBlock[] {
	return text.blocks.filter((block): block is ParagraphBlock => block.number !== undefined);
}

/** The article as plain text: its blocks separated by a blank line. */
export function plainTextOf(text: ArticleText): string {
	return text.blocks.map((block) => block.text).join('\n\n');
}
