import GithubSlugger from 'github-slugger';
import type { Heading, Paragraph, Root, TableCell } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';

/** The blocks that get an id, and that mentions are reported by. */
export type IdentifiedBlock = Paragraph | Heading | TableCell;

/** The id a block carries in the HTML, if it has one. */
export function blockIdOf(node: IdentifiedBlock): string | undefined {
	const id = (node.data?.hProperties as Record<string, unknown> | undefined)?.id;
	return typeof id === 'string' ? id : undefined;
}

function setBlockId(node: IdentifiedBlock, id: string): void {
	node.data ??= {};
	node.data.hProperties = { ...(node.data.hProperties ?? {}), id };
}

/**
 * Gives every paragraph, table cell and heading of `tree` a stable id, unless it already has one:
 * - paragraphs and table cells are numbered in document order from 1: `p-1`, `p-2`, … (so the
 *   ids stay the same as long as the text does);
 * - headings get the slug of their text, computed as rehype-slug does (github-slugger, fresh per
 *   document, `-1`, `-2` … for repeats), so existing `#section` links keep working; rehype-slug
 *   leaves an id that is already there alone.
 *
 * Idempotent: running it again changes nothing. Returns nothing; the ids go to `data.hProperties.id`.
 */
export function assignBlockIds(tree: Root): void {
	let paragraphs = 0;
	const slugger = new GithubSlugger();
	visit(tree, (node) => {
		if (node.type === 'paragraph' || node.type === 'tableCell') {
			paragraphs += 1;
			if (!blockIdOf(node)) setBlockId(node, `p-${paragraphs}`);
		} else if (node.type === 'heading' && !blockIdOf(node)) {
			const slug = slugger.slug(toString(node));
			// A heading that reads "P 3" must not take a paragraph's id.
			setBlockId(node, /^p-\d+$/.test(slug) ? `section-${slug}` : slug);
		}
	});
}

/**
 * remark plugin: gives every paragraph (`p-3`) and heading (its slug) a stable `id` in the HTML,
 * so that a snippet can link to the exact paragraph it quotes. See {@link assignBlockIds}.
 */
export function remarkParagraphIds() {
	return function transform(tree: Root): void {
		assignBlockIds(tree);
	};
}
