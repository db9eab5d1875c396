import type { RSSFeedItem } from '@astrojs/rss';
import type { ArticleData } from '../content/articles';
import { publishedStart } from '../content/dates';
import { articleHref } from '../routing/routes';

/** The XML namespaces the feed's items use besides RSS 2.0: Dublin Core, for dates at their precision and authors. */
export const feedNamespaces = { dc: 'http://purl.org/dc/elements/1.1/' } as const;

/** The feed's own address. */
export const feedPath = '/rss.xml';

/** What {@link feedItem} needs of an article, already looked up. */
export interface FeedArticle {
	/** The article's id: its page is `/articles/<id>/`. */
	id: string;
	data: Pick<ArticleData, 'title' | 'summary' | 'published'>;
	/** The credited authors' names; empty when the author is unknown. */
	authorNames: readonly string[];
	/** The labels of the article's tags. */
	tagLabels: readonly string[];
}

const xmlEscapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
/** Text as XML character data. */
const escapeXml = (text: string) => text.replace(/[&<>"']/g, (character) => xmlEscapes[character] ?? character);

/**
 * One feed item: title, absolute link (with the trailing slash the site uses), the summary as description, and the
 * tags as categories.
 *
 * Dates keep their precision. RSS's `pubDate` is a full RFC 822 date and time, so it is given only when the source
 * states the day; every item also carries `<dc:date>` with the date as known ("2025-12-08", "2025-04", "2025"),
 * so that no day is invented for a month, a year or an estimate. Authors go in `<dc:creator>`, one per author,
 * only when known (RSS's own `author` wants an e-mail address).
 */
export function feedItem(article: FeedArticle, site: URL | string): RSSFeedItem {
	const { published } = article.data;
	const dublinCore = [
		`<dc:date>${escapeXml(published.date)}</dc:date>`,
		...article.authorNames.map((name) => `<dc:creator>${escapeXml(name)}</dc:creator>`),
	];
	return {
		title: article.data.title,
		link: new URL(articleHref(article.id), site).href,
		description: article.data.summary,
		...(published.precision === 'day' && published.basis === 'stated' ? { pubDate: publishedStart(published) } : {}),
		categories: [...article.tagLabels],
		customData: dublinCore.join(''),
	};
}
