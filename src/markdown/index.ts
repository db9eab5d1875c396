import type { Element, ElementContent } from 'hast';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import type { PluggableList } from 'unified';
import { remarkReadingTime } from './remark-reading-time';
import { remarkRefuseUnsafeMarkup } from './remark-refuse-unsafe-markup';

export { countWords, remarkReadingTime, type ReadingTime } from './remark-reading-time';
export { remarkRefuseUnsafeMarkup } from './remark-refuse-unsafe-markup';

function textOf(node: Element | ElementContent): string {
	if (node.type === 'text') return node.value;
	if ('children' in node) return node.children.map(textOf).join('');
	return '';
}

/**
 * The sanitizer's allow-list: GitHub's defaults plus the attributes our own plugins add
 * (heading ids, anchor-link classes, `rel`/`target` on external links, `aria-hidden`).
 * Heading ids are kept as generated (no `user-content-` prefix) so that `#fragment` links stay short.
 */
const sanitizeSchema = {
	...defaultSchema,
	clobberPrefix: '',
	clobber: [],
	attributes: {
		...defaultSchema.attributes,
		'*': [...(defaultSchema.attributes?.['*'] ?? []), 'className', 'ariaHidden', 'id'],
		// GitHub's schema only lets links carry footnote classes; ours carry `heading-anchor` too.
		a: [...(defaultSchema.attributes?.a ?? []).filter((rule) => (Array.isArray(rule) ? rule[0] : rule) !== 'className'), 'className', 'rel', 'target'],
	},
};

/**
 * Every remark and rehype plugin of the article pipeline, in order.
 * Astro's unified processor runs them; unit tests run them through the same function.
 */
export function markdownPlugins(): { remarkPlugins: PluggableList; rehypePlugins: PluggableList } {
	return {
		remarkPlugins: [remarkRefuseUnsafeMarkup, remarkReadingTime],
		rehypePlugins: [
			rehypeSlug,
			[
				rehypeAutolinkHeadings,
				{
					behavior: 'append',
					properties: { className: ['heading-anchor'] },
					content: (heading: Element): ElementContent[] => [
						{ type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
						{
							type: 'element',
							tagName: 'span',
							properties: { className: ['visually-hidden'] },
							children: [{ type: 'text', value: `Link to the section “${textOf(heading).trim()}”` }],
						},
					],
				},
			],
			[
				rehypeExternalLinks,
				{
					target: '_blank',
					rel: ['noopener', 'noreferrer'],
					content: { type: 'element', tagName: 'span', properties: { className: ['visually-hidden'] }, children: [{ type: 'text', value: ' (opens in a new tab)' }] },
				},
			],
			[rehypeSanitize, sanitizeSchema],
		],
	};
}
