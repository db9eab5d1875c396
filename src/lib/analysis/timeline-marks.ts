/**
 * Where the timeline chart draws each mark and its label (`src/components/charts/TimelineChart.astro`): the
 * mark at its date, the label beside it on the side with room, and each mark in the lowest lane where
 * neither it, the bar of its period nor its label comes within `clearance` of another's. Label widths are
 * estimated generously (`textWidth`), since nothing can be measured at build time.
 */
import { textWidth } from './text-width';
import { assignLanes } from './timeline';

/** One entry of the chart, as the page gives it. */
export interface ChartEntry {
	/** The entry's number in the ordered list. */
	number: number;
	kind: 'event' | 'article';
	/** The title, shown as a tooltip. */
	label: string;
	/** The label beside the mark: the title, or a short form of it (the full title is in the tooltip and the list). */
	shortLabel: string;
	/** The date in words, shown as a tooltip. */
	dateLabel: string;
	/** Where the entry is placed, and the period its date allows (times in ms). */
	at: number;
	from: number;
	to: number;
	/** Whether the editors inferred or estimated the date. */
	uncertain: boolean;
}

/** An entry with its place on the chart. */
export interface PlacedEntry extends ChartEntry {
	/** The mark's centre, and the ends of its period's bar. */
	x: number;
	x0: number;
	x1: number;
	/** The lane, counting from the axis. */
	lane: number;
	/** Where the label starts (`start`: right of the mark) or ends (`end`: left of it). */
	labelX: number;
	labelAnchor: 'start' | 'end';
	/** How far the label's baseline sits below the lane's centre line: raised above the period bar when it lies along it. */
	labelDy: number;
	/** The horizontal extent the mark, its bar and its label take, which no other mark of its lane enters. */
	from: number;
	to: number;
}

/** The chart's geometry, in CSS pixels. */
export interface MarkGeometry {
	/** The chart's width and its left margin. */
	width: number;
	left: number;
	/** The radius of a mark, the labels' font size, the gap between a mark and its label, and the least gap between neighbours. */
	radius: number;
	labelSize: number;
	labelGap: number;
	clearance: number;
}

/** The entries of one row of the chart (above or below one axis), placed on `scale`. */
export function placeMarks(list: readonly ChartEntry[], scale: (time: number) => number, geometry: MarkGeometry): PlacedEntry[] {
	const { width, left, radius, labelSize, labelGap, clearance } = geometry;
	const placed = list.map((entry) => {
		const x = scale(entry.at);
		const x0 = scale(entry.from);
		const x1 = scale(entry.to);
		const labelWidth = textWidth(entry.shortLabel, labelSize);
		// Right of the mark unless it would run past the chart's edge and there is more room on the left.
		const onRight = x + radius + labelGap + labelWidth <= width || x - left < width - x;
		const labelFrom = onRight ? x + radius + labelGap : x - radius - labelGap - labelWidth;
		const labelTo = labelFrom + labelWidth;
		const alongBar = x1 - x0 > 2 && labelFrom < x1 && labelTo > x0;
		return {
			...entry,
			x,
			x0,
			x1,
			lane: 0,
			labelX: onRight ? labelFrom : labelTo,
			labelAnchor: onRight ? ('start' as const) : ('end' as const),
			labelDy: alongBar ? -7 : 4.5,
			from: Math.min(x0, x - radius, labelFrom),
			to: Math.max(x1, x + radius, labelTo),
		};
	});
	const lanes = assignLanes(placed, clearance);
	return placed.map((entry, index) => ({ ...entry, lane: lanes[index] ?? 0 }));
}
