import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { type ChartEntry, placeMarks } from '../../src/lib/analysis/timeline-marks';
import { textWidth } from '../../src/lib/analysis/text-width';

const geometry = { width: 960, left: 24, radius: 11, labelSize: 13, labelGap: 5, clearance: 8 };
const scale = (time: number) => 35 + (time / 1000) * 890;

const entry = fc
	.record({
		at: fc.integer({ min: 0, max: 1000 }),
		before: fc.integer({ min: 0, max: 300 }),
		after: fc.integer({ min: 0, max: 300 }),
		shortLabel: fc.stringMatching(/^[A-Za-z’' -]{1,24}$/),
		kind: fc.constantFrom('event' as const, 'article' as const),
	})
	.map(
		({ at, before, after, shortLabel, kind }, number = 0): ChartEntry => ({
			number,
			kind,
			label: shortLabel,
			shortLabel,
			dateLabel: '',
			at,
			from: Math.max(0, at - before),
			to: Math.min(1000, at + after),
			uncertain: false,
		}),
	);

/** The label's extent: from its anchor, to the right (`start`) or to the left (`end`). */
const labelExtent = (mark: ReturnType<typeof placeMarks>[number]) => {
	const width = textWidth(mark.shortLabel, geometry.labelSize);
	return mark.labelAnchor === 'start' ? [mark.labelX, mark.labelX + width] : [mark.labelX - width, mark.labelX];
};

describe('placeMarks', () => {
	test('keeps every mark, its period and its label clear of the others in its lane', () => {
		fc.assert(
			fc.property(fc.array(entry, { maxLength: 30 }), (entries) => {
				const marks = placeMarks(entries, scale, geometry);
				expect(marks).toHaveLength(entries.length);
				for (const [i, a] of marks.entries()) {
					for (const b of marks.slice(i + 1)) {
						if (a.lane !== b.lane) continue;
						const apart = a.to + geometry.clearance <= b.from || b.to + geometry.clearance <= a.from;
						expect(apart, `${a.shortLabel} and ${b.shortLabel} share lane ${a.lane}`).toBe(true);
					}
				}
			}),
		);
	});

	test('reserves the room of the mark, its period and its label, with the label beside the mark, not on it', () => {
		fc.assert(
			fc.property(entry, (one) => {
				const [mark] = placeMarks([one], scale, geometry);
				if (!mark) throw new Error('no mark');
				const [labelFrom = 0, labelTo = 0] = labelExtent(mark);
				expect(mark.from).toBeLessThanOrEqual(Math.min(labelFrom, mark.x - geometry.radius, mark.x0) + 1e-9);
				expect(mark.to).toBeGreaterThanOrEqual(Math.max(labelTo, mark.x + geometry.radius, mark.x1) - 1e-9);
				const clear = labelFrom >= mark.x + geometry.radius || labelTo <= mark.x - geometry.radius;
				expect(clear).toBe(true);
			}),
		);
	});

	test('puts a label on the left when the right edge is near and the left has more room', () => {
		const [near] = placeMarks([{ number: 1, kind: 'event', label: 'x', shortLabel: 'Companies leave Russia', dateLabel: '', at: 1000, from: 1000, to: 1000, uncertain: false }], scale, geometry);
		expect(near?.labelAnchor).toBe('end');
		const [far] = placeMarks([{ number: 1, kind: 'event', label: 'x', shortLabel: 'Companies leave Russia', dateLabel: '', at: 0, from: 0, to: 0, uncertain: false }], scale, geometry);
		expect(far?.labelAnchor).toBe('start');
	});

	test('raises a label that lies along its own period’s bar above it', () => {
		const [mark] = placeMarks([{ number: 1, kind: 'event', label: 'x', shortLabel: 'Miami Beach meeting', dateLabel: '', at: 1000, from: 100, to: 1000, uncertain: false }], scale, geometry);
		expect(mark?.labelDy).toBeLessThan(0);
		const [plain] = placeMarks([{ number: 1, kind: 'event', label: 'x', shortLabel: 'Miami Beach meeting', dateLabel: '', at: 500, from: 500, to: 500, uncertain: false }], scale, geometry);
		expect(plain?.labelDy).toBeGreaterThan(0);
	});
});
