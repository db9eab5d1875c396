/**
 * Every address of the site, one function per kind of page, so that no page, component or open-data record
 * builds an href by hand. Addresses end with a slash (`trailingSlash: 'always'` in astro.config.mjs).
 *
 * Where an entry of a split list lives (which page of `/claims/` holds a claim) depends on the content and is
 * worked out in `src/lib/analysis/analysis-pages.ts`; this module only spells the addresses and fragment ids.
 */
import type { Genre } from '../../schemas/article';

/** The address of page `n` (from 1) of a paginated page at `base` (`/claims/`): `/claims/`, `/claims/2/`, … */
export const pageHref = (base: string, n = 1): string => (n <= 1 ? base : `${base}${n}/`);

/** The home page: the articles, newest first, `n`th page. */
export const homeHref = (n = 1): string => pageHref('/', n);

/** An article's page. */
export const articleHref = (articleId: string): string => `/articles/${articleId}/`;

/** The fragment id of an article's paragraph, heading or table cell number `n` (`p-3`), as the Markdown pipeline gives it. */
export const paragraphId = (n: number): string => `p-${n}`;

/** A paragraph (or other block) of an article, by its id: `/articles/<id>/#p-3`. */
export const paragraphHref = (articleId: string, blockId: string): string => `${articleHref(articleId)}#${encodeURIComponent(blockId)}`;

/** An entity's page (the articles that mention it), `n`th page. */
export const entityHref = (entityId: string, n = 1): string => pageHref(`/entities/${entityId}/`, n);

/** A tag's list of articles, `n`th page. */
export const tagHref = (tagId: string, n = 1): string => pageHref(`/tags/${tagId}/`, n);

/** The id of the outlet page for articles whose outlet the sources do not name. */
export const unknownOutletId = 'unknown';

/** An outlet's list of articles (`null`: the articles whose outlet is unknown), `n`th page. */
export const outletHref = (outletId: string | null, n = 1): string => pageHref(`/outlets/${outletId ?? unknownOutletId}/`, n);

/** A genre's list of articles, `n`th page. */
export const genreHref = (genre: Genre, n = 1): string => pageHref(`/genres/${genre}/`, n);

/** The analysis pages, each possibly split into pages. */
export type AnalysisPage = 'analysis' | 'entities' | 'quotes' | 'claims' | 'timeline' | 'compare';

/** An analysis page, `n`th page: `/claims/`, `/claims/2/`. */
export const analysisHref = (kind: AnalysisPage, n = 1): string => pageHref(`/${kind}/`, n);

/** The entries an analysis page lists one by one, each with an anchor, and the page that lists them. */
const entryPages = {
	claim: 'claims',
	/** A topic's group of claims. */
	topic: 'claims',
	quote: 'quotes',
	/** A speaker's group of quotations. */
	speaker: 'quotes',
	event: 'timeline',
	/** An article's publication date on the timeline. */
	published: 'timeline',
	/** An editors' finding. */
	finding: 'analysis',
	/** A topic's row of the coverage grid on the comparison. */
	coverage: 'compare',
} as const satisfies Record<string, AnalysisPage>;
export type AnalysisEntry = keyof typeof entryPages;

/** The fragment id of an entry on its analysis page: `claim-<id>`, `topic-<id>`, `quote-<id>`, `speaker-<key>`, `event-<id>`, `published-<article id>`, `finding-<id>`, `coverage-<topic id>`. */
export const analysisEntryId = (kind: AnalysisEntry, id: string): string => `${kind}-${id}`;

/** An entry on page `n` of the analysis page that lists it: `/claims/2/#claim-<id>`, `/analysis/#finding-<id>`. */
export const analysisEntryHref = (kind: AnalysisEntry, id: string, n = 1): string =>
	`${analysisHref(entryPages[kind], n)}#${analysisEntryId(kind, id)}`;

/** The index pages of the browsing lists. */
export const indexHref = {
	tags: '/tags/',
	outlets: '/outlets/',
	genres: '/genres/',
	entities: '/entities/',
	data: '/data/',
	search: '/search/',
	/** What the site is, how the copies and the analysis are made, how to cite it. */
	about: '/about/',
} as const;

/** An open-data file: `/data/claims.json`, `/data/claims.csv`, `/data/claims.schema.json`. */
export const dataFileHref = (dataset: string, format: 'json' | 'csv' | 'schema.json'): string => `/data/${dataset}.${format}`;

/** The site-wide social image, for every page that is not an article. */
export const siteSocialImageHref = '/og/site.png';

/** The address of an article's social image. */
export const articleSocialImageHref = (articleId: string): string => `/og/articles/${articleId}.png`;

/** The URL ids and index labels of the search page's filter values (src/pages/search/facets.json.ts). */
export const searchFacetsHref = `${indexHref.search}facets.json`;

/** The search page with a query. */
export const searchHref = (query?: string): string => (query ? `${indexHref.search}?q=${encodeURIComponent(query)}` : indexHref.search);
