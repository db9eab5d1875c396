/**
 * `/search/facets.json`: for each article filter of the search page (tag, outlet, genre, year, author), the URL id
 * of every value and the label the index holds, e.g. `{ "tag": { "arctic": "Arctic" } }`. The search page reads
 * it only when a filter is in play (an address with filters, or the “Narrow down” pane opened), so that a plain
 * search does not download the names of every tag, outlet and author of the archive.
 */
import type { APIRoute } from 'astro';
import { getEntries, getEntry } from 'astro:content';
import { getArticles } from '../../lib/content/articles';
import { articleSearchData, facetLabels } from '../../lib/search/facets';

export const GET: APIRoute = async () => {
	const articles = await getArticles();
	const searchData = await Promise.all(
		articles.map(async ({ data }) =>
			articleSearchData({
				summary: data.summary,
				genre: data.genre,
				published: data.published,
				tags: await getEntries(data.tags),
				outlet: data.outlet ? await getEntry(data.outlet) : undefined,
				authors: await getEntries(data.authors),
			}),
		),
	);
	return new Response(JSON.stringify(facetLabels(searchData)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
