import { describe, expect, it } from 'vitest';
import { navigation, navigationIn } from '../../src/lib/routing/navigation';
import {
	analysisEntryHref,
	analysisEntryId,
	analysisHref,
	articleHref,
	dataFileHref,
	entityHref,
	genreHref,
	homeHref,
	outletHref,
	pageHref,
	paragraphHref,
	searchHref,
	tagHref,
} from '../../src/lib/routing/routes';

describe('routes', () => {
	it('spell each kind of address with a trailing slash, later pages under the first', () => {
		expect(articleHref('a-b')).toBe('/articles/a-b/');
		expect(entityHref('kirill-dmitriev')).toBe('/entities/kirill-dmitriev/');
		expect(entityHref('kirill-dmitriev', 3)).toBe('/entities/kirill-dmitriev/3/');
		expect(tagHref('energy', 2)).toBe('/tags/energy/2/');
		expect(outletHref('the-moscow-times')).toBe('/outlets/the-moscow-times/');
		expect(outletHref(null)).toBe('/outlets/unknown/');
		expect(genreHref('analysis')).toBe('/genres/analysis/');
		expect(analysisHref('claims')).toBe('/claims/');
		expect(analysisHref('claims', 2)).toBe('/claims/2/');
		expect(homeHref()).toBe('/');
		expect(homeHref(4)).toBe('/4/');
		expect(dataFileHref('claims', 'schema.json')).toBe('/data/claims.schema.json');
		expect(searchHref()).toBe('/search/');
		expect(searchHref('oil & gas')).toBe('/search/?q=oil%20%26%20gas');
	});

	it('put each analysis entry on the page that lists it, under an anchor of its kind', () => {
		expect(analysisEntryHref('claim', 'talks-resume', 2)).toBe('/claims/2/#claim-talks-resume');
		expect(analysisEntryHref('topic', 'energy')).toBe('/claims/#topic-energy');
		expect(analysisEntryHref('quote', 'q-1', 3)).toBe('/quotes/3/#quote-q-1');
		expect(analysisEntryHref('speaker', 'kirill-dmitriev')).toBe('/quotes/#speaker-kirill-dmitriev');
		expect(analysisEntryHref('event', 'riyadh-talks')).toBe('/timeline/#event-riyadh-talks');
		expect(analysisEntryHref('published', 'an-article', 2)).toBe('/timeline/2/#published-an-article');
		expect(analysisEntryHref('finding', 'f')).toBe('/analysis/#finding-f');
		// The page's anchor and the link's fragment are one spelling.
		expect(analysisEntryHref('event', 'riyadh-talks').split('#')[1]).toBe(analysisEntryId('event', 'riyadh-talks'));
	});

	it('give page 1 (and anything below it) the address of the list itself', () => {
		for (const n of [-1, 0, 1]) expect(pageHref('/quotes/', n)).toBe('/quotes/');
		for (const n of [2, 10, 10_000]) expect(pageHref('/quotes/', n)).toBe(`/quotes/${n}/`);
	});

	it('encode a paragraph id into the fragment of its article’s address', () => {
		expect(paragraphHref('a', 'p-3')).toBe('/articles/a/#p-3');
		expect(paragraphHref('a', 'odd id')).toBe('/articles/a/#odd%20id');
	});
});

describe('navigation', () => {
	it('puts the texts and the analysis pages in the header, and outlets and genres in the footer', () => {
		const labels = (place: Parameters<typeof navigationIn>[0]) => navigationIn(place).map((entry) => entry.label);
		expect(labels('header-reading')).toEqual(['Articles', 'Tags', 'Entities']);
		expect(labels('header-analysis')).toEqual(['Analysis', 'Quotes', 'Claims', 'Timeline', 'Compare']);
		expect(labels('footer')).toEqual(['Articles', 'Tags', 'Outlets', 'Genres', 'Open data', 'About']);
		expect(navigationIn('analysis').map((entry) => entry.analysisLabel ?? entry.label)).toEqual([
			'Overview',
			'Entities',
			'Quotes',
			'Claims',
			'Timeline',
			'Comparison',
		]);
	});

	it('marks exactly one header entry as current on each kind of page', () => {
		const header = [...navigationIn('header-reading'), ...navigationIn('header-analysis')];
		const current = (path: string) => header.filter((entry) => entry.isCurrent(path)).map((entry) => entry.label);
		expect(current('/')).toEqual(['Articles']);
		expect(current('/3/')).toEqual(['Articles']);
		expect(current('/articles/a/')).toEqual(['Articles']);
		expect(current('/tags/energy/2/')).toEqual(['Tags']);
		expect(current('/entities/kirill-dmitriev/')).toEqual(['Entities']);
		expect(current('/analysis/')).toEqual(['Analysis']);
		expect(current('/claims/2/')).toEqual(['Claims']);
		expect(current('/compare/')).toEqual(['Compare']);
		expect(current('/search/')).toEqual([]);
		expect(current('/outlets/unknown/')).toEqual([]);
	});

	it('links every entry to a distinct address', () => {
		const hrefs = navigation.map((entry) => entry.href);
		expect(new Set(hrefs).size).toBe(hrefs.length);
	});
});
