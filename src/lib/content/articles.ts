import { type CollectionEntry, getCollection } from 'astro:content';
import type { ReadingTime } from '../../markdown';
import type { ArticleText } from '../text/article-text';
import { newestFirst } from './article-order';
import { type ArchiveFacts, archiveFactsOf } from './archive-facts';
import { oncePerBuild } from './once-per-build';

export type Article = CollectionEntry<'articles'>;
export type ArticleData = Article['data'];

/** All articles, newest first. */
export async function getArticles(): Promise<Article[]> {
	return newestFirst(await getCollection('articles'));
}

/** Word count and reading time computed by the remark plugin when the article was rendered. */
export function readingTimeOf(article: Article): ReadingTime {
	const frontmatter = article.rendered?.metadata?.frontmatter as { readingTime?: ReadingTime } | undefined;
	const value = frontmatter?.readingTime;
	if (!value) throw new Error(`No reading time for article "${article.id}": is remarkReadingTime in the Markdown pipeline?`);
	return value;
}

/** How many articles the archive holds, of which years, and its most used tags; read once per build. */
export const getArchiveFacts: () => Promise<ArchiveFacts> = oncePerBuild(async () => {
	const [articles, tags] = await Promise.all([getCollection('articles'), getCollection('tags')]);
	return archiveFactsOf(articles, tags);
});

/** The article's text model (`src/lib/text/article-text.ts`), kept by the Markdown pipeline with the render. */
export function articleTextOf(article: Article): ArticleText {
	const frontmatter = article.rendered?.metadata?.frontmatter as { articleText?: ArticleText } | undefined;
	const value = frontmatter?.articleText;
	if (!value) throw new Error(`No text model for article "${article.id}": is remarkArticleText in the Markdown pipeline?`);
	return value;
}
