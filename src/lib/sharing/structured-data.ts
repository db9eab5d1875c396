import type { EntityKind } from '../../schemas/entity';
import type { Genre } from '../../schemas/article';
import type { ArticleData } from '../content/articles';
import { genreInfo } from '../content/genres';

/**
 * The schema.org type of each genre. Commentary is an `OpinionNewsArticle`: schema.org defines that as a news
 * article that "primarily expresses opinions rather than journalistic reporting", which is what the site's
 * commentary is (first-person remarks by a named commentator); schema.org has no commentary type of its own,
 * and neither `AnalysisNewsArticle` (interpretation of news by a journalist) nor `ReportageNewsArticle` fits.
 */
export const schemaTypeOfGenre: Record<Genre, 'NewsArticle' | 'OpinionNewsArticle' | 'AnalysisNewsArticle'> = {
	'news-report': 'NewsArticle',
	opinion: 'OpinionNewsArticle',
	analysis: 'AnalysisNewsArticle',
	commentary: 'OpinionNewsArticle',
};

const typeOfEntityKind: Record<EntityKind, 'Person' | 'Organization' | 'Place'> = {
	person: 'Person',
	organisation: 'Organization',
	place: 'Place',
};

/** What {@link articleStructuredData} describes: the article and what is known about it, already looked up. */
export interface ArticleStructuredDataInput {
	/** The article's frontmatter. */
	data: Pick<ArticleData, 'title' | 'summary' | 'genre' | 'published' | 'originalUrl' | 'language'>;
	/** The page's canonical address, absolute. */
	url: URL | string;
	/** The article's social image, absolute, with its size in pixels. */
	image: { url: URL | string; width: number; height: number };
	/** The credited authors' names; empty when the author is unknown. */
	authors: readonly { name: string }[];
	/** The outlet, or undefined when the source does not name one. */
	outlet?: { name: string; homepage?: string | undefined } | undefined;
	/** The tags' labels, as keywords. */
	tags: readonly { label: string }[];
	/**
	 * People, organisations and places the text names, with their reference page elsewhere (`link`), the most
	 * mentioned first: only the first {@link mentionsInStructuredData} of those with a reference page are stated.
	 */
	mentions?: readonly { kind: EntityKind; name: string; link?: string | undefined }[];
}

/**
 * How many of an article's entities its JSON-LD names: the ones it is most about, among those with a reference
 * page elsewhere (`sameAs`, e.g. Wikipedia), which is what lets a search engine tell which Kirill Dmitriev or
 * which Georgia is meant. `mentions` says what a page is about; it is not an index of every name in it: the full
 * list is on the page and in the open data, and each entity more adds to every article page's weight.
 */
export const mentionsInStructuredData = 5;

/**
 * The schema.org JSON-LD of an article page, stating exactly what is known and nothing more:
 * `datePublished` only when the source states the date (at its precision: "2025-12-08", "2025-04" or "2025"),
 * `author` only when the authors are known, `publisher` only when the outlet is known, and
 * `isBasedOn`/`sameAs` only when the original address is known. Serialise it with {@link serializeJsonLd}.
 */
export function articleStructuredData({ data, url, image, authors, outlet, tags, mentions = [] }: ArticleStructuredDataInput): Record<string, unknown> {
	const canonical = String(url);
	const referenced = mentions.filter((entity) => entity.link).slice(0, mentionsInStructuredData);
	return {
		'@context': 'https://schema.org',
		'@type': schemaTypeOfGenre[data.genre],
		headline: data.title,
		description: data.summary,
		url: canonical,
		mainEntityOfPage: { '@type': 'WebPage', '@id': canonical },
		image: { '@type': 'ImageObject', url: String(image.url), width: image.width, height: image.height },
		inLanguage: data.language,
		articleSection: genreInfo[data.genre].label,
		...(tags.length > 0 ? { keywords: tags.map((tag) => tag.label) } : {}),
		...(data.published.basis === 'stated' ? { datePublished: data.published.date } : {}),
		...(authors.length > 0 ? { author: authors.map((author) => ({ '@type': 'Person', name: author.name })) } : {}),
		...(outlet
			? { publisher: { '@type': 'Organization', name: outlet.name, ...(outlet.homepage ? { url: outlet.homepage } : {}) } }
			: {}),
		// The page is a faithful copy of the original: based on it, and the same work.
		...(data.originalUrl ? { isBasedOn: data.originalUrl, sameAs: data.originalUrl } : {}),
		...(referenced.length > 0
			? {
					mentions: referenced.map((entity) => ({ '@type': typeOfEntityKind[entity.kind], name: entity.name, sameAs: entity.link })),
				}
			: {}),
	};
}

/** Characters that could end the script element or an HTML comment, or break older JavaScript parsers. */
const unsafeInScript: Record<string, string> = {
	'<': '\\u003c',
	'>': '\\u003e',
	'&': '\\u0026',
	'\u2028': '\\u2028',
	'\u2029': '\\u2029',
};

/**
 * JSON for a `<script type="application/ld+json">` element: `JSON.stringify` with `<`, `>`, `&`, U+2028 and U+2029
 * written as `\uXXXX` escapes, so that no value (a headline containing `</script>`, say) can close the element
 * or open a comment. The escapes are plain JSON: `JSON.parse` gives back the same value.
 */
export function serializeJsonLd(value: unknown): string {
	return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (character) => unsafeInScript[character] ?? character);
}
