import { type ArchiveFacts, articlesInWords, yearSpan } from '../content/archive-facts';

/** The site's name, as the header, page titles, the feed and the social images show it. */
export const siteName = 'US–Russia Business Talks';

/** What the articles are about, in running text. */
export const siteSubject = 'US–Russia business talks';

type ArchiveSize = Pick<ArchiveFacts, 'count' | 'firstYear' | 'lastYear'>;

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The archive in a phrase, from the data: "Five articles about US–Russia business talks, 2024–2025". */
export function describeArchive(facts: ArchiveSize): string {
	const what = `${capitalised(articlesInWords(facts.count))} about ${siteSubject}`;
	return facts.count > 0 ? `${what}, ${yearSpan(facts)}` : what;
}

/** The archive's title, from the data: "US–Russia business talks, 2024–2025". */
export function archiveTitle(facts: ArchiveSize): string {
	return facts.count > 0 ? `${siteSubject}, ${yearSpan(facts)}` : siteSubject;
}

/** One sentence on what the site is, for the feed. */
export function siteDescription(facts: ArchiveSize): string {
	return `${describeArchive(facts)}, copied faithfully from their sources, with headlines, dates and outlets the sources do not give marked as supplied or estimated.`;
}
