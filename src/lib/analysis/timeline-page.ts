/**
 * What one page of `/timeline/` shows, worked out from the analysis, so that the page is its markup: each
 * entry's row (its anchor, its date in words and on whose word, what it refers to or names, its evidence),
 * the chart of the page's entries, and which part of the timeline the page covers.
 */
import type { Page } from 'astro';
import { getReferenceNames } from '../content/names';
import type { Article } from '../content/articles';
import { genreInfo } from '../content/genres';
import { pageRange } from '../routing/pagination';
import { analysisEntryId, entityHref } from '../routing/routes';
import { type Analysis, type PlacedSentence, type TimelineEvent } from './analysis';
import { type NumberedEntry, timelineList } from './analysis-pages';
import { shortLabel } from './short-label';
import { entryDateWords, formatPreciseDate, precisionNote } from './timeline';
import type { ChartEntry } from './timeline-marks';

/** How long a label beside a chart mark may be when it is cut from the title. */
const chartLabelLength = 26;

/** A link from a row to another entry or page, with its words. */
export interface RowLink {
	href: string;
	text: string;
}

/** What every row of the list shows. */
interface RowBase {
	number: number;
	/** The row's anchor, the target of links to the entry. */
	anchor: string;
	/** The date to its precision (`datetime`), in words, how precise it is, and the day the chart places it on. */
	date: { iso: string; words: string; precision: string; placedOn: string };
	/** Whether the editors inferred or estimated the date, and why. */
	uncertain: boolean;
	reason?: string | undefined;
}
/** An article's publication. */
export interface ArticleRow extends RowBase {
	kind: 'article';
	article: Article;
	outletName: string | undefined;
	genreLabel: string;
	/** The events the article refers to (by its evidence sentences), by number. */
	refersTo: RowLink[];
}
/** An event. */
export interface EventRow extends RowBase {
	kind: 'event';
	event: TimelineEvent;
	/** The text's own words for the date, when it states it. */
	asPrinted?: string | undefined;
	/** The event it is only known to come before. */
	before?: RowLink | undefined;
	participants: RowLink[];
	evidence: PlacedSentence[];
}

export interface TimelinePageView {
	rows: (ArticleRow | EventRow)[];
	chart: { entries: ChartEntry[]; description: string };
	/** Whether the timeline has more than one page, the numbers of this page's first and last entries, and in words which part it covers. */
	paged: boolean;
	firstNumber: number | undefined;
	lastNumber: number | undefined;
	covers: string;
	/** How many events and articles the whole timeline has, and how many of their dates are the editors'. */
	counts: { events: number; inferred: number; articles: number; estimated: number };
	/** The first and the last event of the whole timeline in words, for the description, e.g. `, from “…” (1962) to “…” (2025)`. */
	span: string;
}

export async function timelinePageView(analysis: Analysis, page: Page<NumberedEntry>): Promise<TimelinePageView> {
	const { outlets: outletNames } = await getReferenceNames();
	const eventById = new Map(analysis.events.map((event) => [event.id, event]));
	const { entries: allEntries, pageOf, eventHref } = timelineList(analysis);
	const eventNumbers = new Map(allEntries.filter((entry) => entry.kind === 'event').map((entry) => [entry.id, entry.number]));
	/** A link to an event's entry: on this page, the fragment alone. */
	const linkToEvent = (id: string) => (pageOf('event', id) === page.currentPage ? `#${analysisEntryId('event', id)}` : eventHref(id));
	const eventOf = (id: string) => eventById.get(id) as TimelineEvent;
	const articleOf = (id: string) => analysis.articleById.get(id) as Article;
	const dateOf = (entry: NumberedEntry) => (entry.kind === 'event' ? eventOf(entry.id).data.date : articleOf(entry.id).data.published);
	const dateWords = (entry: NumberedEntry) => {
		const before = entry.kind === 'event' ? eventOf(entry.id).data.date.before : undefined;
		return entryDateWords(entry.kind, dateOf(entry), before ? (eventById.get(before.id)?.data.title ?? before.id) : undefined);
	};
	const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);

	const rows = page.data.map((entry): ArticleRow | EventRow => {
		const date = dateOf(entry);
		const base: RowBase = {
			number: entry.number,
			anchor: analysisEntryId(entry.kind === 'article' ? 'published' : 'event', entry.id),
			date: { iso: date.date, words: formatPreciseDate(date), precision: precisionNote(date.precision), placedOn: isoDay(entry.at) },
			uncertain: date.basis !== 'stated',
			reason: date.reason,
		};
		if (entry.kind === 'article') {
			const article = articleOf(entry.id);
			return {
				...base,
				kind: 'article',
				article,
				outletName: article.data.outlet ? outletNames.get(article.data.outlet.id) : undefined,
				genreLabel: genreInfo[article.data.genre].label,
				refersTo: analysis
					.eventsOf(article.id)
					.map((event) => ({ event, number: eventNumbers.get(event.id) ?? 0 }))
					.sort((a, b) => a.number - b.number)
					.map(({ event, number }) => ({ href: linkToEvent(event.id), text: `${number}. ${event.data.title}` })),
			};
		}
		const event = eventOf(entry.id);
		const before = event.data.date.before;
		return {
			...base,
			kind: 'event',
			event,
			asPrinted: event.data.date.asPrinted,
			before: before ? { href: linkToEvent(before.id), text: eventById.get(before.id)?.data.title ?? '' } : undefined,
			participants: event.data.participants.map((participant) => ({ href: entityHref(participant.id), text: analysis.nameOf(participant.id) })),
			evidence: event.data.evidence.flatMap((evidence, e) =>
				evidence.text.map((sentence, n) => analysis.place(evidence.article.id, sentence, `content/events/${event.id}.yaml, evidence.${e}.text.${n}`)),
			),
		};
	});

	const numbered = page.data;
	const chart = {
		entries: numbered.map(
			(entry): ChartEntry => ({
				number: entry.number,
				kind: entry.kind,
				label: entry.title,
				// The editors' chart label of an event, or the title's first words.
				shortLabel: (entry.kind === 'event' ? eventById.get(entry.id)?.data.chartLabel : undefined) ?? shortLabel(entry.title, chartLabelLength),
				dateLabel: dateWords(entry),
				at: entry.at,
				from: entry.from,
				to: entry.to,
				uncertain: dateOf(entry).basis !== 'stated',
			}),
		),
		description: `${numbered.length} numbered entries in date order: ${numbered.map((e) => `${e.number}. ${e.kind === 'article' ? 'Published: ' : ''}${e.title} (${dateWords(e)})`).join('; ')}.`,
	};

	const first = numbered[0];
	const last = numbered.at(-1);
	const period = first && last ? [...new Set([formatPreciseDate(dateOf(first)), formatPreciseDate(dateOf(last))])].join(' – ') : '';
	const events = allEntries.filter((entry) => entry.kind === 'event');
	const eventInWords = (entry: NumberedEntry) => `“${entry.title}” (${formatPreciseDate(dateOf(entry))})`;
	const firstEvent = events[0];
	const lastEvent = events.at(-1);
	return {
		rows,
		chart,
		paged: page.lastPage > 1,
		firstNumber: first?.number,
		lastNumber: last?.number,
		covers: `${pageRange(page, { one: 'entry', many: 'entries' })}, ${period}`,
		counts: {
			events: analysis.events.length,
			inferred: analysis.events.filter((event) => event.data.date.basis === 'estimated').length,
			articles: analysis.articles.length,
			estimated: analysis.articles.filter((article) => article.data.published.basis === 'estimated').length,
		},
		span: firstEvent && lastEvent && firstEvent !== lastEvent ? `, from ${eventInWords(firstEvent)} to ${eventInWords(lastEvent)}` : '',
	};
}
