/**
 * The site's navigation, written once: the header, the footer and the links between the analysis pages all
 * take their entries from {@link navigation}, each entry saying where it is shown.
 */
import { type AnalysisPage, analysisHref, homeHref, indexHref } from './routes';

/** Where a navigation entry is shown. */
export type NavigationPlace =
	/** The header's first group: the texts and what they are about. */
	| 'header-reading'
	/** The header's second group: the analysis pages. */
	| 'header-analysis'
	/** The footer's list of ways to browse. */
	| 'footer'
	/** The links at the top of each analysis page. */
	| 'analysis';

export interface NavigationEntry {
	href: string;
	label: string;
	/** The label in the analysis pages' own links, where it differs ("Overview" for the hub). */
	analysisLabel?: string;
	/** The places the entry is shown in. */
	places: readonly NavigationPlace[];
	/** True for the page at `path` and the pages it stands for (an article for "Articles", `/claims/2/` for "Claims"). */
	isCurrent: (path: string) => boolean;
}

/** True for `base` and its later pages (`/claims/`, `/claims/2/`). */
export const pageOrLaterPage = (base: string) => (path: string) => path === base || (path.startsWith(base) && /^\d+\/$/.test(path.slice(base.length)));
/** True for `base` and every address under it. */
const under = (base: string) => (path: string) => path.startsWith(base);

const analysisEntry = (kind: AnalysisPage, label: string): NavigationEntry => ({
	href: analysisHref(kind),
	label,
	places: ['header-analysis', 'analysis'],
	isCurrent: pageOrLaterPage(analysisHref(kind)),
});

/** Every navigation entry, in the order each list shows them (the header shows its reading group first). */
export const navigation: readonly NavigationEntry[] = [
	{
		href: homeHref(),
		label: 'Articles',
		places: ['header-reading', 'footer'],
		isCurrent: (path) => pageOrLaterPage(homeHref())(path) || under('/articles/')(path),
	},
	{ href: indexHref.tags, label: 'Tags', places: ['header-reading', 'footer'], isCurrent: under(indexHref.tags) },
	{ ...analysisEntry('analysis', 'Analysis'), analysisLabel: 'Overview', isCurrent: under(analysisHref('analysis')) },
	{ href: indexHref.entities, label: 'Entities', places: ['header-reading', 'analysis'], isCurrent: under(indexHref.entities) },
	analysisEntry('quotes', 'Quotes'),
	analysisEntry('claims', 'Claims'),
	analysisEntry('timeline', 'Timeline'),
	// "Compare" keeps the header's analysis group on one line of a 390-px phone.
	{ ...analysisEntry('compare', 'Compare'), analysisLabel: 'Comparison' },
	{ href: indexHref.outlets, label: 'Outlets', places: ['footer'], isCurrent: under(indexHref.outlets) },
	{ href: indexHref.genres, label: 'Genres', places: ['footer'], isCurrent: under(indexHref.genres) },
	{ href: indexHref.data, label: 'Open data', places: ['footer'], isCurrent: under(indexHref.data) },
	{ href: indexHref.about, label: 'About', places: ['footer'], isCurrent: under(indexHref.about) },
];

/** The entries shown in `place`, in order. */
export const navigationIn = (place: NavigationPlace): NavigationEntry[] => navigation.filter((entry) => entry.places.includes(place));
