import type { Nodes, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** What is refused, and how to write it instead. */
const refusals: Partial<Record<Nodes['type'], { what: string; fix: string }>> = {
	footnoteReference: {
		what: 'a footnote reference ("[^1]")',
		fix: 'write the note into the text where it belongs, or add it to "editorialNotes" in the frontmatter; escape a literal bracket as "\\[^1]"',
	},
	footnoteDefinition: {
		what: 'a footnote ("[^1]: …")',
		fix: 'write the note as a paragraph of its own, or add it to "editorialNotes" in the frontmatter',
	},
	image: {
		what: 'an image',
		fix: 'leave the image out and describe it, with its caption and credit, in "editorialNotes" in the frontmatter; escape a literal "!" before "[" as "\\!"',
	},
	imageReference: {
		what: 'an image',
		fix: 'leave the image out and describe it, with its caption and credit, in "editorialNotes" in the frontmatter; escape a literal "!" before "[" as "\\!"',
	},
	code: {
		what: 'a code block (a line indented by four spaces or a tab, or a ``` fence)',
		fix: 'remove the indent (or the fences): the text is prose, set as paragraphs',
	},
};

/**
 * Refuses the Markdown constructs that articles may not contain, with the file, line and column,
 * what was found and how to write it instead: footnotes, images, code blocks and task-list
 * checkboxes. The copies keep the text of an article as paragraphs, headings, lists, quotations and
 * tables (README, "How content is kept"); images and their captions are described in the source
 * notes. Everything else the parser accepts works in every later step.
 */
export function remarkRefuseUnsupportedMarkup() {
	return function transform(tree: Root, file: VFile): void {
		visit(tree, (node) => {
			const refusal = refusals[node.type];
			if (refusal) {
				file.fail(
					`An article body may not contain ${refusal.what}. Expected the text as paragraphs, headings, lists, block quotations and tables. Fix: ${refusal.fix}.`,
					node,
					`remark-refuse-unsupported-markup:${node.type}`,
				);
			}
			if (node.type === 'listItem' && typeof node.checked === 'boolean') {
				file.fail(
					'An article body may not contain a task-list checkbox ("- [ ]" or "- [x]"). Expected the text as paragraphs, headings, lists, block quotations and tables. ' +
						'Fix: write the brackets as "\\[ ]" or leave them out.',
					node,
					'remark-refuse-unsupported-markup:task-list',
				);
			}
		});
	};
}
