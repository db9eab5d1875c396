import type {} from '@astrojs/markdown-remark';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { type ArticleText, type BlockSource, readArticleText } from '../lib/text/article-text';
import { assignBlockIds } from './remark-paragraph-ids';

declare module 'vfile' {
	interface DataMap {
		/** The article's text model (`src/lib/text/article-text.ts`), set by {@link remarkArticleText}. */
		articleText: ArticleText;
		/**
		 * Where each block of `articleText` came from in the syntax tree, for the plugins after it that
		 * change the tree (entity links). Only for this render: Astro keeps `astro.frontmatter`, not this.
		 */
		articleTextSources: BlockSource[];
	}
}

/** The text model of a parsed tree, ids given as the pipeline gives them (for a tree the pipeline refused). */
export function textModelOf(tree: Root): ArticleText {
	assignBlockIds(tree);
	return readArticleText(tree).text;
}

/**
 * remark plugin: reads the article's text model (blocks with their fragment ids, numbers, plain
 * text; see `readArticleText`) from the tree, after `remark-paragraph-ids` has given
 * the blocks their ids (it gives them itself if that plugin did not run).
 *
 * The model goes to `file.data.articleText`, and to `file.data.astro.frontmatter.articleText`, which
 * Astro keeps with the render (`entry.rendered.metadata.frontmatter`), so that pages and open data
 * read the text without parsing HTML. The content guard runs the same plugins (`articleRemarkProcessor`).
 */
export function remarkArticleText() {
	return function transform(tree: Root, file: VFile): void {
		assignBlockIds(tree);
		const { text, sources } = readArticleText(tree);
		file.data.articleText = text;
		file.data.articleTextSources = sources;
		file.data.astro ??= {};
		file.data.astro.frontmatter ??= {};
		file.data.astro.frontmatter.articleText = text;
	};
}
