import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getEntries } from 'astro:content';
import { getArchiveFacts, getArticles } from '../lib/content/articles';
import { feedItem, feedNamespaces, feedPath } from '../lib/sharing/feed';
import { siteDescription, siteName } from '../lib/site/metadata';

/** The RSS 2.0 feed: one item per article, newest first (src/lib/sharing/feed.ts says what an item carries). */
export const GET: APIRoute = async ({ site }) => {
	if (!site) throw new Error('The feed needs absolute links: set `site` in astro.config.mjs');
	const articles = await getArticles();
	const items = await Promise.all(
		articles.map(async (article) => {
			const [authors, tags] = await Promise.all([getEntries(article.data.authors), getEntries(article.data.tags)]);
			return feedItem(
				{ id: article.id, data: article.data, authorNames: authors.map((author) => author.data.name), tagLabels: tags.map((tag) => tag.data.label) },
				site,
			);
		}),
	);
	const self = new URL(feedPath, site).href;
	return rss({
		title: siteName,
		description: siteDescription(await getArchiveFacts()),
		site,
		items,
		xmlns: { ...feedNamespaces, atom: 'http://www.w3.org/2005/Atom' },
		customData: `<language>en</language><atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
	});
};
