/**
 * What the "In this article" panel under an article's text shows: the editors' stance, the article's
 * quotations by speaker, its positions on claims and the events it refers to, each with the address of its
 * row on the analysis pages (`analysis-pages.ts`), so that a reader goes from the text to the analysis of it.
 */
import type { Article } from '../content/articles';
import { claimPages, type QuoteItem, quoteList, timelineList } from './analysis-pages';
import { oncePerBuildFor } from '../content/once-per-build';
import { entityHref } from '../routing/routes';
import { formatPreciseDate } from './timeline';
import type { Analysis } from './analysis';
import type { ClaimStatus } from '../../schemas/claim';

export interface HubQuote {
	/** The first words of the quotation (the whole of it is in the text above). */
	excerpt: string;
	href: string;
}

export interface HubSpeaker {
	name: string;
	entityHref: string;
	quotes: HubQuote[];
}

export interface HubPosition {
	status: ClaimStatus;
	/** Whom the article reports as making the claim: an entity's name, or the article's words for an unnamed source. */
	attributedTo?: { name: string; href?: string | undefined } | undefined;
	statement: string;
	href: string;
}

export interface HubEvent {
	title: string;
	/** The event's date as the timeline gives it, e.g. "February 2022". */
	date: string;
	inferred: boolean;
	href: string;
}

export interface ArticleHub {
	stance: Article['data']['stance'];
	speakers: HubSpeaker[];
	positions: HubPosition[];
	events: HubEvent[];
}

/** The first `words` words of a quotation, with an ellipsis when there are more. */
export function quoteExcerpt(text: string, words = 8): string {
	const all = text.split(/\s+/);
	return all.length <= words ? text : `${all.slice(0, words).join(' ').replace(/[,;:.]$/, '')} …`;
}

/**
 * Made once per analysis, so that an article page looks only at its own entries, not at every quotation and
 * timeline entry of the archive: each article's quotations in the quotes page's order, and the timeline's
 * event entries in its order.
 */
const hubIndex = oncePerBuildFor((analysis: Analysis) => {
	const quotesByArticle = new Map<string, QuoteItem[]>();
	for (const item of quoteList(analysis).items) {
		const articleId = item.quote.data.article.id;
		const list = quotesByArticle.get(articleId);
		if (list) list.push(item);
		else quotesByArticle.set(articleId, [item]);
	}
	const eventEntries = timelineList(analysis).entries.filter((entry) => entry.kind === 'event');
	return { quotesByArticle, eventEntries };
});

export function articleHub(article: Article, analysis: Analysis): ArticleHub {
	const quotes = quoteList(analysis);
	const claims = claimPages(analysis);
	const timeline = timelineList(analysis);
	const { quotesByArticle, eventEntries } = hubIndex(analysis);
	// Speakers in the order of the quotes page (most quoted first); their quotations in reading order.
	const speakers = new Map<string, HubSpeaker>();
	for (const item of quotesByArticle.get(article.id) ?? []) {
		// Quotations the article gives no speaker are left to the quotes page.
		const id = item.quote.data.speaker?.id;
		if (id === undefined) continue;
		let speaker = speakers.get(id);
		if (!speaker) {
			speaker = { name: analysis.nameOf(id), entityHref: entityHref(id), quotes: [] };
			speakers.set(id, speaker);
		}
		speaker.quotes.push({ excerpt: quoteExcerpt(item.quote.data.text), href: quotes.quoteHref(item.quote.id) });
	}
	const positions = analysis.positionsOf(article.id).map(({ claim, position }): HubPosition => {
		const entity = position.attributedTo?.id;
		return {
			status: position.status,
			attributedTo: entity
				? { name: analysis.nameOf(entity), href: entityHref(entity) }
				: position.source
					? { name: position.source }
					: undefined,
			statement: claim.data.statement,
			href: claims.claimHref(claim.id),
		};
	});
	const ownEvents = analysis.eventsOf(article.id);
	const events = eventEntries
		.filter((entry) => ownEvents.some((event) => event.id === entry.id))
		.map((entry): HubEvent => {
			const event = analysis.events.find((candidate) => candidate.id === entry.id);
			return {
				title: event?.data.title ?? entry.id,
				date: event ? formatPreciseDate(event.data.date) : '',
				inferred: event?.data.date.basis === 'estimated',
				href: timeline.eventHref(entry.id),
			};
		});
	return { stance: article.data.stance, speakers: [...speakers.values()], positions, events };
}
