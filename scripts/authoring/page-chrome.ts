/**
 * Page chrome and page markup of the scraped source texts.
 *
 * A scraped page carries lines that belong to the website around the article, not to the
 * article: navigation, buttons, section labels ("top of page", "Share This Post", "BE RU EN").
 * They are listed here once, so that the faithfulness test (tests/unit/faithfulness.test.ts)
 * and `npm run new-article` (scripts/authoring/new-article.ts) agree on what is chrome.
 *
 * To add a kind of chrome, add one entry: a short `kind` (what the line is, as an editor would
 * say it) and a `pattern` that matches the whole line, after {@link cleanScrapedLine}. Keep the
 * patterns anchored (`^…$`) and without flags, so that a line of the article that merely
 * contains such words is never taken for chrome.
 */

/** One kind of page chrome. */
export interface PageChrome {
	/** What the line is, in a few words, e.g. "share button". */
	kind: string;
	/** Matches the whole line (trimmed, page markup undone); anchored, no flags. */
	pattern: RegExp;
}

/** Every kind of page chrome found in the sources so far, one entry per kind. */
export const pageChrome: readonly PageChrome[] = [
	{ kind: 'language switcher', pattern: /^BE RU EN$/ },
	{ kind: 'top-of-page anchor', pattern: /^top of page$/ },
	{ kind: 'bottom-of-page anchor', pattern: /^bottom of page$/ },
	{ kind: 'share button', pattern: /^Share This Post$/ },
	{ kind: 'comment form', pattern: /^Leave a Reply$/ },
	{ kind: 'link to a related article', pattern: /^Related article: .+$/ },
	{ kind: 'image credit', pattern: /^Image Source: .+$/ },
	{ kind: 'comments section', pattern: /^Comments$/ },
	{ kind: 'more-news section', pattern: /^More News$/ },
	{ kind: 'latest-news section', pattern: /^Latest news$/ },
	{ kind: 'original-URL label', pattern: /^Original url:$/ },
];

/**
 * The kind of page chrome `line` is, or `undefined` when it is not chrome.
 * Pass the line through {@link cleanScrapedLine} first.
 */
export function pageChromeOf(line: string): PageChrome | undefined {
	return pageChrome.find(({ pattern }) => pattern.test(line));
}

/**
 * Undoes the page's own markup on one line of a scraped text: non-breaking spaces become spaces,
 * the line is trimmed, a leading `•` list bullet is dropped, Markdown links keep only their text
 * (`[Charles Hecker](#)` → `Charles Hecker`) and a line that is only an autolink keeps only its
 * address (`<https://…>` → `https://…`).
 */
export function cleanScrapedLine(line: string): string {
	return line
		.replace(/\u00a0/g, ' ')
		.trim()
		.replace(/^•\s+/, '')
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/^<(https?:\/\/[^>\s]+)>$/, '$1');
}
