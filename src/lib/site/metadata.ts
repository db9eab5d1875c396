/** The site's name, as the header, page titles, the feed and the social images show it. */
export const siteName = 'US–Russia Business Talks';

/** One sentence on what the site is, for the feed and the site-wide social image. */
export const siteDescription =
	'Five articles about US–Russia business talks, 2024–2025, copied faithfully from their sources, with headlines, dates and outlets the sources do not give marked as supplied or estimated.';
