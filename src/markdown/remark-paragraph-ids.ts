import GithubSlugger from 'github-slugger';
import type { Heading, ListItem, Paragraph, Root, TableCell } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { isReservedId } from '../lib/site/reserved-ids';
import { isTightList } from '../lib/text/article-text';
import { paragraphId } from '../lib/routing/routes';

/** The blocks that get an id. */
export type IdentifiedBlock = Paragraph | Heading | TableCell | ListItem;

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
 * The id of a heading: the slug of its text, computed as rehype-slug computes it (github-slugger,
 * fresh per document, `-1`, `-2` … for repeats), so existing `#section` links keep working and
 * rehype-slug, which leaves an id that is already there alone, agrees. A slug that the page itself
 * uses (`main`, `article-title`, a paragraph's `p-3`…: `src/lib/site/reserved-ids.ts`) gets the
 * prefix `section-`: a heading "Main" is `#section-main`.
 */
export function headingId(heading: Heading, slugger: GithubSlugger): string {
	const slug = slugger.slug(toString(heading));
	return isReservedId(slug) ? slugger.slug(`section-${slug}`) : slug;
}

/**
 * Gives every paragraph, table cell and heading of `tree` a stable id, unless it already has one:
 * - paragraphs and table cells are numbered in document order from 1: `p-1`, `p-2`, … (so the
 *   ids stay the same as long as the text does); the paragraph of an item of a tight list, which
 *   renders without `<p>`, gives its id to the item (`<li id="p-4">`), and a further paragraph in
 *   such an item renders as a `<span>` that keeps its id;
 * - headings get {@link headingId}.
 *
 * Idempotent: running it again changes nothing. Returns nothing; the ids go to `data.hProperties.id`.
 */
export function assignBlockIds(tree: Root): void {
	let paragraphs = 0;
	const slugger = new GithubSlugger();
	const tightItems = new Set<ListItem>();
	visit(tree, 'list', (list) => {
		if (isTightList(list)) for (const item of list.children) tightItems.add(item);
	});
	visit(tree, (node, _index, parent) => {
		if (node.type === 'paragraph' || node.type === 'tableCell') {
			paragraphs += 1;
			const id = paragraphId(paragraphs);
			if (node.type === 'paragraph' && parent?.type === 'listItem' && tightItems.has(parent)) {
				if (parent.children[0] === node) {
					if (!blockIdOf(parent)) setBlockId(parent, id);
					return;
				}
				node.data = { ...node.data, hName: 'span' };
			}
			if (!blockIdOf(node)) setBlockId(node, id);
		} else if (node.type === 'heading' && !blockIdOf(node)) {
			setBlockId(node, headingId(node, slugger));
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
