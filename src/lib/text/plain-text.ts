import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import type { RenderedParagraph } from './paragraphs';
import { normaliseVerbatim } from './verbatim';

/** One block of an article's text: a paragraph, a heading, a table cell or a code block. */
export interface TextBlock {
	type: 'paragraph' | 'heading' | 'tableCell' | 'code';
	text: string;
}

const blockTypes = new Set<string>(['paragraph', 'heading', 'tableCell', 'code']);

/**
 * The blocks of a Markdown body as plain text, in order: Markdown syntax removed (emphasis, link
 * targets, heading markers), the words kept exactly as written. A line break inside a paragraph
 * reads as the space it renders as; a hard break (two trailing spaces or a backslash) stays a line
 * break. Raw HTML is left out, as the article pipeline refuses it anyway.
 */
export function markdownTextBlocks(markdown: string): TextBlock[] {
	const tree: Root = unified().use(remarkParse).parse(markdown);
	visit(tree, 'text', (node) => {
		node.value = node.value.replace(/[ \t]*\r?\n[ \t]*/g, ' ');
	});
	visit(tree, 'break', (_node, index, parent) => {
		if (parent && index !== undefined) parent.children.splice(index, 1, { type: 'text', value: '\n' });
	});
	const blocks: TextBlock[] = [];
	visit(tree, (node: Nodes) => {
		if (!blockTypes.has(node.type)) return undefined;
		const text = toString(node, { includeHtml: false }).trim();
		if (text !== '') blocks.push({ type: node.type as TextBlock['type'], text });
		return SKIP;
	});
	return blocks;
}

/** A Markdown body as plain text: its blocks (see {@link markdownTextBlocks}) separated by a blank line. */
export function markdownToPlainText(markdown: string): string {
	return markdownTextBlocks(markdown)
		.map((block) => block.text)
		.join('\n\n');
}

/**
 * An article's text as plain text (see {@link markdownTextBlocks}), checked against the rendered page: every
 * paragraph of the page must be a block of the text, in the same order. A mismatch means the plain
 * text would not be the text readers see, and fails the build.
 */
export function checkedPlainText(article: { id: string; body?: string | undefined }, rendered: readonly RenderedParagraph[]): string {
	const blocks = markdownTextBlocks(article.body ?? '');
	let next = 0;
	for (const paragraph of rendered) {
		const found = blocks.findIndex((block, index) => index >= next && normaliseVerbatim(block.text) === paragraph.text);
		if (found < 0) {
			throw new Error(
				`Open data: paragraph ${paragraph.number} of the article "${article.id}" (“${paragraph.text.slice(0, 60)}…”) is not in its plain text; ` +
					'the plain-text conversion no longer matches the Markdown pipeline.',
			);
		}
		next = found + 1;
	}
	return blocks.map((block) => block.text).join('\n\n');
}
