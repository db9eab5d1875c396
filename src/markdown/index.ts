import type { Element, ElementContent } from 'hast';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { type PluggableList, type Processor, unified } from 'unified';
import type { Root } from 'mdast';
import type { MatchableEntity } from '../lib/text/entity-matcher';
import { remarkArticleText } from './remark-article-text';
import { remarkEntityMentions } from './remark-entity-mentions';
import { remarkParagraphIds } from './remark-paragraph-ids';
import { remarkReadingTime } from './remark-reading-time';
import { remarkRefuseUnsafeMarkup } from './remark-refuse-unsafe-markup';
import { remarkRefuseUnsupportedMarkup } from './remark-refuse-unsupported-markup';

export { countWords, remarkReadingTime, type ReadingTime } from './remark-reading-time';
export { remarkRefuseUnsafeMarkup } from './remark-refuse-unsafe-markup';
export { remarkRefuseUnsupportedMarkup } from './remark-refuse-unsupported-markup';
export { remarkParagraphIds } from './remark-paragraph-ids';
export { remarkArticleText, textModelOf } from './remark-article-text';
export {
	remarkEntityMentions,
	type EntityMentions,
	type MentionAt,
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
 * (heading and paragraph ids, anchor-link and `entity-mention` classes, `rel`/`target` on external
 * links, `aria-hidden`).
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
		a: [...(defaultSchema.attributes?.a ?? []).filter((rule) => (Array.isArray(rule) ? rule[0] : rule) !== 'className'), 'className', 'rel', 'target'],
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

/** The article pipeline, as Astro's unified processor takes it (`unified(markdownPlugins(…))` in astro.config.mjs). */
export interface MarkdownPipeline {
	remarkPlugins: PluggableList;
	rehypePlugins: PluggableList;
	/** GitHub-flavoured Markdown (tables, strikethrough, autolinks; footnotes and task lists are refused). */
	gfm: true;
	/** Off: the texts are copies, and their quotes and dashes are kept as printed. */
	smartypants: false;
}

/**
 * Every remark and rehype plugin of the article pipeline, in order, with the parser's settings.
 * Astro's unified processor runs them; the content guard runs the remark side of the same list
 * ({@link articleRemarkProcessor}); unit tests run them through the same function.
 */
export function markdownPlugins(options: MarkdownPluginsOptions = {}): MarkdownPipeline {
	return {
		gfm: true,
		smartypants: false,
		remarkPlugins: [
			remarkRefuseUnsafeMarkup,
			remarkRefuseUnsupportedMarkup,
			remarkReadingTime,
			remarkParagraphIds,
			remarkArticleText,
			// Entity data is passed as plain data, so that Astro's config hash (and so its content cache) sees it.
			[remarkEntityMentions, { entities: (options.entities ?? []).map(({ id, name, aliases }) => ({ id, name, aliases: [...(aliases ?? [])] })), linkMentions: 'first-per-article' }],
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

/**
 * The remark side of the article pipeline, built as Astro's unified processor builds it
 * (`@astrojs/markdown-remark`: remark-parse, remark-gfm when `gfm` is on, SmartyPants when it is on,
 * then the remark plugins): what the content guard parses and checks article bodies with, so
 * that the guard and the renderer can never read a body differently. `runSync` leaves the text
 * model in `file.data.articleText` and fails on refused markup with the line and column.
 */
export function articleRemarkProcessor(options: MarkdownPluginsOptions = {}): Processor<Root, Root, Root> {
	const pipeline = markdownPlugins(options);
	// `smartypants` is false (typed so): were it turned on, remark-smartypants would have to be added here too.
	const processor = unified().use(remarkParse);
	if (pipeline.gfm) processor.use(remarkGfm);
	return processor.use(pipeline.remarkPlugins).freeze() as unknown as Processor<Root, Root, Root>;
}
