import type { Genre } from '../../schemas/article';
import type { Published } from '../../schemas/published';
import {
	type FacetKey,
	type FacetLabels,
	facetKeys,
	unknownAuthorLabel,
	unknownId,
	unknownOutletLabel,
} from '../../scripts/search/state';
import { describePublished, publishedStart, publishedYear } from '../content/dates';
import { genreInfo } from '../content/genres';

/** What the search page calls each facet's filter group. */
export const facetNames: Record<FacetKey, string> = { tag: 'Tag', outlet: 'Outlet', genre: 'Genre', year: 'Year', author: 'Author' };

/** One filter value: the id URLs use and the label Pagefind indexes and shows. */
export interface FacetValue {
	id: string;
	label: string;
}

/** What the search index holds about one article besides its text (see SearchMeta.astro). */
export interface ArticleSearchData {
	/** Filter values, by filter. Every article has at least one value for every filter. */
	filters: Record<FacetKey, FacetValue[]>;
	/** Shown with each result. */
	meta: {
		outlet: string;
		/** The date in words, with “(estimated)” where the editors estimated it. */
		date: string;
		/** The date as written in the data (`2025`, `2025-04` or `2025-12-08`), for `<time datetime>`. */
		datetime: string;
		summary: string;
	};
	/** The `date` sort key: the first day of the publication period, `YYYY-MM-DD`, as the site orders articles. */
	sortDate: string;
}

/** The parts of an article (with its references resolved) that the index needs. */
export interface ArticleSearchInput {
	summary: string;
	genre: Genre;
	published: Published;
	tags: readonly { id: string; data: { label: string } }[];
	outlet: { id: string; data: { name: string } } | undefined;
	authors: readonly { id: string; data: { name: string } }[];
}

export function articleSearchData(article: ArticleSearchInput): ArticleSearchData {
	const outlet: FacetValue = article.outlet
		? { id: article.outlet.id, label: article.outlet.data.name }
		: { id: unknownId, label: unknownOutletLabel };
	const authors: FacetValue[] =
		article.authors.length > 0
			? article.authors.map((author) => ({ id: author.id, label: author.data.name }))
			: [{ id: unknownId, label: unknownAuthorLabel }];
	const year = publishedYear(article.published);
	return {
		filters: {
			tag: article.tags.map((tag) => ({ id: tag.id, label: tag.data.label })),
			outlet: [outlet],
			genre: [{ id: article.genre, label: genreInfo[article.genre].label }],
			year: [{ id: year, label: year }],
			author: authors,
		},
		meta: {
			outlet: outlet.label,
			date: describePublished(article.published),
			datetime: article.published.date,
			summary: article.summary,
		},
		sortDate: publishedStart(article.published).toISOString().slice(0, 10),
	};
}

/** The id → label map of every filter value that some article has, for the search page's URLs. */
export function facetLabels(articles: readonly ArticleSearchData[]): FacetLabels {
	const labels: FacetLabels = {};
	for (const article of articles) {
		for (const key of facetKeys) {
			for (const value of article.filters[key]) (labels[key] ??= {})[value.id] = value.label;
		}
	}
	return labels;
}
