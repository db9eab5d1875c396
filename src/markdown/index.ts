import type { Element, ElementContent } from 'hast';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import type { PluggableList } from 'unified';
import type { MatchableEntity } from '../lib/text/entity-matcher';
import { remarkEntityMentions } from './remark-entity-mentions';
import { remarkParagraphIds } from './remark-paragraph-ids';
import { remarkReadingTime } from './remark-reading-time';
import { remarkRefuseUnsafeMarkup } from './remark-refuse-unsafe-markup';

export { countWords, remarkReadingTime, type ReadingTime } from './remark-reading-time';
export { remarkRefuseUnsafeMarkup } from './remark-refuse-unsafe-markup';
export { remarkParagraphIds } from './remark-paragraph-ids';
export {
	remarkEntityMentions,
	type EntityMentions,
	type MentionOccurrence,
	type MentionsByEntity,
	type RemarkEntityMentionsOptions,
} from './remark-entity-mentions';
export type { MatchableEntity } from '../lib/text/entity-matcher';

function textOf(node: Element | ElementContent): string {
	if (node.type === 'text') return node.value;
	if ('children' in node) return node.children.map(textOf).join('');
	return '';
}

/**
 * The sanitizer's allow-list: GitHub's defaults plus the attributes our own plugins add
 * (heading and paragraph ids, anchor-link and `entity-mention` classes, `data-entity` on entity
 * links, `rel`/`target` on external links, `aria-hidden`).
 * Heading ids are kept as generated (no `user-content-` prefix) so that `#fragment` links stay short.
 */
const sanitizeSchema = {
	...defaultSchema,
	clobberPrefix: '',
	clobber: [],
	attributes: {
		...defaultSchema.attributes,
		'*': [...(defaultSchema.attributes?.['*'] ?? []), 'className', 'ariaHidden', 'id'],
		...Object.fromEntries(
			['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((tag) => [tag, [...(defaultSchema.attributes?.[tag] ?? []), 'dataPagefindTitle']]),
		),
		// GitHub's schema only lets links carry footnote classes; ours carry `heading-anchor` too.
		a: [...(defaultSchema.attributes?.a ?? []).filter((rule) => (Array.isArray(rule) ? rule[0] : rule) !== 'className'), 'className', 'rel', 'target', 'dataEntity'],
	},
};

/** Options of {@link markdownPlugins}. */
export interface MarkdownPluginsOptions {
	/**
	 * The entities whose mentions are found and linked (id, name, aliases), as read from
	 * `content/entities/` by `src/lib/content/load-entities.ts`. Default: none (paragraphs still get ids).
	 */
	entities?: readonly MatchableEntity[];
}

/**
 * Every remark and rehype plugin of the article pipeline, in order.
 * Astro's unified processor runs them; unit tests run them through the same function.
 */
export function markdownPlugins(options: MarkdownPluginsOptions = {}): { remarkPlugins: PluggableList; rehypePlugins: PluggableList } {
	return {
		remarkPlugins: [
			remarkRefuseUnsafeMarkup,
			remarkReadingTime,
			remarkParagraphIds,
			// Entity data is passed as plain data, so that Astro's config hash (and so its content cache) sees it.
			[remarkEntityMentions, { entities: (options.entities ?? []).map(({ id, name, aliases }) => ({ id, name, aliases: [...(aliases ?? [])] })), linkMentions: 'first-per-paragraph' }],
		],
		rehypePlugins: [
			rehypeSlug,
			[
				rehypeAutolinkHeadings,
				{
					behavior: 'append',
					properties: { className: ['heading-anchor'] },
					// Search (Pagefind) titles a section by its heading; without this it would include the link text below.
					headingProperties: (heading: Element) => ({ dataPagefindTitle: textOf(heading).trim() }),
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
