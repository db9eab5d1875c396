/**
 * How the claims and quotes pages are split into pages, in one place, so that the pages and the open data
 * (which links to each claim and quotation) agree on where each entry is. Worked out once per build.
 *
 * - Claims, in the analysis's order (by topic, then statement), fill a page until it has `claimsPerPage`
 *   claims, or until one more would bring the articles that take a position on them (the matrix's columns)
 *   above `articlesPerComparison` (`packPages`).
 * - Quotations, grouped by speaker (most quoted first; within a speaker the oldest article first, then in
 *   reading order), `quotesPerPage` a page, as Astro's `paginate()` cuts them.
 * - The timeline's entries (events and articles' publication, in date order: `timelineOf`),
 *   `timelineEntriesPerPage` a page, as Astro's `paginate()` cuts them; the timeline page, the open data
 *   and the comparison page link to each entry there.
 */
import { type Analysis, type Claim, type PlacedSentence, type Quote, timelineOf } from './analysis';
import { forEntry } from '../content/build-errors';
import type { Article } from '../content/articles';
import { analysisEntryHref } from '../routing/routes';
import { oncePerBuildFor } from '../content/once-per-build';
import { articlesPerComparison, claimsPerPage, packPages, quotesPerPage, timelineEntriesPerPage } from '../routing/pagination';
import type { TimelineEntry } from './timeline';
import { findQuoted } from '../text/verbatim';
import { speakerKeyOf, unattributedSpeaker } from './quotes';
import { sentenceAt } from '../text/sentences';
import { sentencesOf } from '../text/article-text';

/** One page of claims. */
export interface ClaimPage {
	claims: Claim[];
	/** How many claims the earlier pages hold. */
	before: number;
	/** The articles that take a position on one of `claims`, oldest first (timeline order): the matrix's columns. */
	articles: Article[];
}

export interface ClaimPages {
	pages: ClaimPage[];
	/** How many positions all claims have (an article's one position per claim). */
	positions: number;
	/** `/claims/N/#claim-<id>` */
	claimHref: (claimId: string) => string;
	/** The first page with a claim of the topic: `/claims/N/#topic-<id>` */
	topicHref: (topicId: string) => string;
}

/** Makes `build` run once per analysis, that is once per build: every page of a split list asks for the same split. */
/** Worked out once per analysis (that is, once per build: src/lib/content/once-per-build.ts). */
const oncePerAnalysis = <T>(build: (analysis: Analysis) => T): ((analysis: Analysis) => T) => oncePerBuildFor(build);

/** Each article's place in the oldest-first order, by id. */
const chronologicalPlace = oncePerAnalysis((analysis) => new Map(analysis.chronological.map((article, index) => [article.id, index])));

export const claimPages = oncePerAnalysis((analysis): ClaimPages => {
	const order = chronologicalPlace(analysis);
	const chunks = packPages(analysis.claims, {
		maxItems: claimsPerPage,
		maxKeys: articlesPerComparison,
		keysOf: (claim) => claim.data.positions.map((position) => position.article.id),
	});
	const pageOfClaim = new Map<string, number>();
	const pageOfTopic = new Map<string, number>();
	let before = 0;
	const pages = chunks.map((claims, index): ClaimPage => {
		for (const claim of claims) {
			pageOfClaim.set(claim.id, index + 1);
			if (!pageOfTopic.has(claim.data.topic.id)) pageOfTopic.set(claim.data.topic.id, index + 1);
		}
		const ids = [...new Set(claims.flatMap((claim) => claim.data.positions.map((position) => position.article.id)))];
		const articles = ids.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0)).map((id) => analysis.articleById.get(id) as Article);
		const page = { claims, before, articles };
		before += claims.length;
		return page;
	});
	const result: ClaimPages = {
		pages,
		positions: analysis.claims.reduce((sum, claim) => sum + new Set(claim.data.positions.map((p) => p.article.id)).size, 0),
		claimHref: (id) => analysisEntryHref('claim', id, pageOfClaim.get(id) ?? 1),
		topicHref: (id) => analysisEntryHref('topic', id, pageOfTopic.get(id) ?? 1),
	};
	return result;
});

/** A quotation placed in its article. */
export interface QuoteItem {
	quote: Quote;
	placed: PlacedSentence;
	/** For a partial quotation: the article's sentence around it, cut into before / quote / after. */
	context?: { before: string; quoted: string; after: string };
}

/** A speaker on the quotes pages. */
export interface Speaker {
	/** The speaker's entity id, or `unattributedSpeaker` (src/lib/analysis/quotes.ts) for the quotations whose speaker is not named. */
	id: string;
	name: string;
	direct: number;
	partial: number;
	/** Where the speaker's quotations begin in the whole list (from 0) … */
	first: number;
	/** … and on which page (from 1). */
	firstPage: number;
}

export interface QuoteList {
	/** Every quotation in the order of the quotes pages. */
	items: QuoteItem[];
	/** Every speaker, most quoted first. */
	speakers: Map<string, Speaker>;
	/** How many articles are quoted. */
	quotedArticles: number;
	/** `/quotes/N/#quote-<id>` */
	quoteHref: (quoteId: string) => string;
	/** Where a speaker's quotations begin: `/quotes/N/#speaker-<id>` */
	speakerHref: (speakerId: string) => string;
}

export const quoteList = oncePerAnalysis((analysis): QuoteList => {
	const order = chronologicalPlace(analysis);
	const bySpeaker = new Map<string, QuoteItem[]>();
	for (const quote of analysis.quotes) {
		const item = forEntry(quote, (): QuoteItem => {
			const placed = analysis.placeQuote(quote);
			if (quote.data.quotation !== 'partial') return { quote, placed };
			const text = placed.paragraph.text;
			const at = findQuoted([text], quote.data.text)?.offset ?? 0;
			const span = sentenceAt(sentencesOf(placed.paragraph), at) ?? { start: 0, end: text.length };
			const end = at + quote.data.text.length;
			return { quote, placed, context: { before: text.slice(span.start, at), quoted: text.slice(at, end), after: text.slice(end, Math.max(end, span.end)) } };
		});
		const key = speakerKeyOf(quote);
		const own = bySpeaker.get(key);
		if (own) own.push(item);
		else bySpeaker.set(key, [item]);
	}
	const offset = (item: QuoteItem) => item.placed.paragraph.text.indexOf(item.quote.data.text);
	const groups = [...bySpeaker]
		.map(([id, items]) => ({
			id,
			name: id === unattributedSpeaker ? 'Speaker not named' : analysis.nameOf(id),
			items: items.sort(
				(a, b) =>
					(order.get(a.placed.article.id) ?? 0) - (order.get(b.placed.article.id) ?? 0) ||
					a.placed.paragraph.number - b.placed.paragraph.number ||
					offset(a) - offset(b),
			),
		}))
		// Named speakers first, most quoted first; the quotations whose speaker the articles do not name last.
		.sort((a, b) => Number(a.id === unattributedSpeaker) - Number(b.id === unattributedSpeaker) || b.items.length - a.items.length || a.name.localeCompare(b.name, 'en'));
	const items = groups.flatMap((group) => group.items);
	const pageOf = (index: number) => Math.floor(index / quotesPerPage) + 1;
	const indexOfQuote = new Map(items.map((item, index) => [item.quote.id, index]));
	let before = 0;
	const speakers = new Map(
		groups.map(({ id, name, items: own }): [string, Speaker] => {
			const speaker = {
				id,
				name,
				direct: own.filter((item) => item.quote.data.quotation === 'direct').length,
				partial: own.filter((item) => item.quote.data.quotation === 'partial').length,
				first: before,
				firstPage: pageOf(before),
			};
			before += own.length;
			return [id, speaker];
		}),
	);
	const result: QuoteList = {
		items,
		speakers,
		quotedArticles: new Set(items.map((item) => item.placed.article.id)).size,
		quoteHref: (id) => analysisEntryHref('quote', id, pageOf(indexOfQuote.get(id) ?? 0)),
		speakerHref: (id) => analysisEntryHref('speaker', id, speakers.get(id)?.firstPage ?? 1),
	};
	return result;
});

/** An entry of the timeline with its number in the whole timeline (from 1), which every page keeps. */
export interface NumberedEntry extends TimelineEntry {
	number: number;
}

export interface TimelineList {
	/** Every entry in timeline order, numbered from 1. */
	entries: NumberedEntry[];
	/** The page (from 1) that shows an event's or an article's entry. */
	pageOf: (kind: TimelineEntry['kind'], id: string) => number;
	/** `/timeline/N/#event-<id>` */
	eventHref: (eventId: string) => string;
	/** Where an article's publication is on the timeline: `/timeline/N/#published-<id>` */
	publishedHref: (articleId: string) => string;
}

export const timelineList = oncePerAnalysis((analysis): TimelineList => {
	const entries = timelineOf(analysis).map((entry, index): NumberedEntry => ({ ...entry, number: index + 1 }));
	const indexOf = new Map(entries.map((entry, index) => [`${entry.kind}:${entry.id}`, index]));
	const pageOf = (kind: TimelineEntry['kind'], id: string) => Math.floor((indexOf.get(`${kind}:${id}`) ?? 0) / timelineEntriesPerPage) + 1;
	const result: TimelineList = {
		entries,
		pageOf,
		eventHref: (id) => analysisEntryHref('event', id, pageOf('event', id)),
		publishedHref: (id) => analysisEntryHref('published', id, pageOf('article', id)),
	};
	return result;
});
