/**
 * Pure helpers of the timeline: the period a date stands for, how events and publications are
 * ordered on one axis, and the scales of the timeline chart.
 *
 * Ordering rule (shown to readers on /timeline/):
 * - an event is placed at the middle of the period its date stands for (a day, a month, a year);
 *   an event the text only places before another (`before`) comes just before that one;
 * - an article is placed at the end of its publication period: the latest it can have been
 *   written, so that everything listed before it may have been known to its author;
 * - at the same moment, events come before articles, then titles in alphabetical order.
 */
import type { DateBasis, DatePrecision } from '../../schemas/published';

const DAY = 86_400_000;
const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A date to a precision, as both `published` and event dates have it. */
export interface PreciseDate {
	date: string;
	precision: DatePrecision;
}

/** The period a date stands for, in UTC milliseconds: from `start` (inclusive) to `end` (exclusive). */
export function periodOf({ date, precision }: PreciseDate): { start: number; end: number } {
	const [year = 1970, month = 1, day = 1] = date.split('-').map(Number);
	const start = Date.UTC(year, month - 1, day);
	if (precision === 'day') return { start, end: start + DAY };
	if (precision === 'month') return { start, end: Date.UTC(year, month, 1) };
	return { start, end: Date.UTC(year + 1, 0, 1) };
}

/** A date in words at its precision: "8 December 2025", "April 2025" or "2025". */
export function formatPreciseDate({ date, precision }: PreciseDate): string {
	const [year, month, day] = date.split('-');
	const monthName = month ? months[Number(month) - 1] : undefined;
	if (precision === 'day') return `${Number(day)} ${monthName} ${year}`;
	if (precision === 'month') return `${monthName} ${year}`;
	return `${year}`;
}

/** What a reader needs to know about a date's precision, e.g. "month only". */
export function precisionNote(precision: DatePrecision): string {
	return precision === 'day' ? 'exact day' : precision === 'month' ? 'month only' : 'year only';
}

/**
 * A timeline entry's date in words, as the timeline shows it: "9 February 2022"; for an event the text
 * only places before another, "February 2022, before “<that event>”"; a date the editors worked out is
 * marked "(inferred)" on an event and "(estimated)" on an article, as the timeline's method note says.
 */
export function entryDateWords(kind: 'event' | 'article', date: PreciseDate & { basis: DateBasis }, beforeTitle?: string): string {
	const base = formatPreciseDate(date);
	const qualified = beforeTitle ? `${base}, before “${beforeTitle}”` : base;
	return date.basis === 'stated' ? qualified : `${qualified} (${kind === 'article' ? 'estimated' : 'inferred'})`;
}

/** An event as the ordering needs it. */
export interface OrderableEvent {
	id: string;
	title: string;
	date: PreciseDate & { before?: string | undefined };
}

/** An article as the ordering needs it. */
export interface OrderableArticle {
	id: string;
	title: string;
	published: PreciseDate;
}

/** One entry of the timeline: an event or an article's publication. */
export interface TimelineEntry {
	kind: 'event' | 'article';
	id: string;
	title: string;
	/** Where the entry sits on the axis (UTC ms); see the module comment. */
	at: number;
	/** The span the date allows: the whole period, or for a `before` event from its period's start up to the later event. */
	from: number;
	to: number;
}

/**
 * Places every event and article on the axis and returns them in timeline order.
 * `before` chains are followed (A before B before C); a broken or circular chain falls back to the
 * event's own period (the content validator reports such chains).
 */
export function buildTimeline(events: readonly OrderableEvent[], articles: readonly OrderableArticle[]): TimelineEntry[] {
	const byId = new Map(events.map((event) => [event.id, event]));
	const placed = new Map<string, { at: number; from: number; to: number }>();
	const place = (event: OrderableEvent, visiting: Set<string>): { at: number; from: number; to: number } => {
		const done = placed.get(event.id);
		if (done) return done;
		const period = periodOf(event.date);
		let result = { at: (period.start + period.end) / 2, from: period.start, to: period.end };
		const target = event.date.before ? byId.get(event.date.before) : undefined;
		if (target && !visiting.has(target.id)) {
			visiting.add(event.id);
			const after = place(target, visiting);
			// One minute before the later event: close enough to read as "just before", apart enough to sort.
			const at = after.at - 60_000;
			result = { at, from: Math.min(period.start, at), to: Math.min(period.end, after.at) };
		}
		placed.set(event.id, result);
		return result;
	};
	const entries: TimelineEntry[] = [
		...events.map((event) => ({ kind: 'event' as const, id: event.id, title: event.title, ...place(event, new Set()) })),
		...articles.map((article) => {
			const { start, end } = periodOf(article.published);
			return { kind: 'article' as const, id: article.id, title: article.title, at: end - 1, from: start, to: end };
		}),
	];
	return entries.sort(
		(a, b) => a.at - b.at || (a.kind === b.kind ? 0 : a.kind === 'event' ? -1 : 1) || a.title.localeCompare(b.title, 'en'),
	);
}

/** A linear scale from a time span onto a pixel span. */
export function timeScale(domain: readonly [number, number], range: readonly [number, number]): (time: number) => number {
	const [d0, d1] = domain;
	const [r0, r1] = range;
	return (time) => r0 + ((Math.min(Math.max(time, d0), d1) - d0) / (d1 - d0 || 1)) * (r1 - r0);
}

/**
 * Spreads items that would overlap onto lanes: each item takes the first lane whose last item ends
 * at least `gap` before it starts. Items are given as pixel spans; returns the lane of each, in input order.
 */
export function assignLanes(spans: readonly { from: number; to: number }[], gap = 4): number[] {
	const order = spans.map((span, index) => ({ ...span, index })).sort((a, b) => a.from - b.from || a.to - b.to);
	const laneEnds: number[] = [];
	const lanes = new Array<number>(spans.length).fill(0);
	for (const span of order) {
		let lane = laneEnds.findIndex((end) => end + gap <= span.from);
		if (lane < 0) lane = laneEnds.length;
		laneEnds[lane] = span.to;
		lanes[span.index] = lane;
	}
	return lanes;
}

/** The first day of the month `time` falls in, moved by `offset` months. */
export function monthStart(time: number, offset = 0): number {
	const date = new Date(time);
	return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + offset, 1);
}

/** Tick marks for a span: the first of each month, labelled "Jan"; the year is given at January and at the first tick. */
export function monthTicks(from: number, to: number): { at: number; month: string; year?: string }[] {
	const ticks: { at: number; month: string; year?: string }[] = [];
	for (let at = monthStart(from, from === monthStart(from) ? 0 : 1); at <= to; at = monthStart(at, 1)) {
		const date = new Date(at);
		const month = months[date.getUTCMonth()]?.slice(0, 3) ?? '';
		ticks.push(date.getUTCMonth() === 0 || ticks.length === 0 ? { at, month, year: String(date.getUTCFullYear()) } : { at, month });
	}
	return ticks;
}

/** Tick marks every `step` years between two years, inclusive. */
export function yearTicks(fromYear: number, toYear: number, step = 10): { at: number; label: string }[] {
	const ticks: { at: number; label: string }[] = [];
	for (let year = Math.ceil(fromYear / step) * step; year <= toYear; year += step) ticks.push({ at: Date.UTC(year, 0, 1), label: String(year) });
	return ticks;
}
