import { describe, expect, it } from 'vitest';
import {
	articleSocialCard,
	laidOutText,
	renderSocialImage,
	type SocialCard,
	socialCardAlt,
	socialImageSize,
	titleBox,
	titleFontSize,
	titleLines,
} from '../../src/lib/sharing/social-image/card';
import { pngSize } from '../png-header';

/**
 * The box around the title's lines, as the renderer lays them out: the lines between the kicker and the details.
 * A line's box is the font's full height, which reaches a little above and below the tight title leading, so the
 * box is taken from the lines' middles, half a leading in from their edges.
 */
async function titleBounds(card: SocialCard) {
	const all = await laidOutText(card);
	const lines = all.filter((line) => {
		const middle = (line.top + line.bottom) / 2;
		return middle > titleBox.top && middle < titleBox.top + titleBox.height;
	});
	const inset = (line: { top: number; bottom: number }) => ((line.bottom - line.top) * (1 - 1 / 1.25)) / 2;
	return {
		lines: lines.length,
		left: Math.min(...lines.map((l) => l.left)),
		right: Math.max(...lines.map((l) => l.right)),
		top: Math.min(...lines.map((l) => l.top + inset(l))),
		bottom: Math.max(...lines.map((l) => l.bottom - inset(l))),
	};
}

const longTitle = `${'A headline that goes on, and on, about talks – “business first” – in Riyadh and Washington; '.repeat(6)}the end`;
const published = { date: '2025-04', precision: 'month', basis: 'estimated', reason: 'inferred' } as const;

describe('renderSocialImage', () => {
	it('returns a PNG whose header says 1200×630', async () => {
		const png = await renderSocialImage({ title: 'US-Russia Talks: The Key Topic', kicker: 'Commentary', details: ['20 February 2025', 'Outlet unknown'] });
		expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
		expect(socialImageSize).toEqual({ width: 1200, height: 630 });
	});

	it('sets a short title in one or two lines, inside the title box', async () => {
		const bounds = await titleBounds({ title: 'Moscow eyes a ‘reset’ with Washington', details: ['November 2024'] });
		expect(bounds.lines).toBeGreaterThan(0);
		expect(bounds.lines).toBeLessThanOrEqual(2);
		expect(bounds.bottom - bounds.top).toBeLessThan(2 * titleFontSize('Moscow eyes a ‘reset’ with Washington') * 1.25);
	});

	it('wraps a very long title and cuts it to the lines the box holds, so that no glyph leaves the box', async () => {
		expect([...longTitle].length).toBeGreaterThan(500);
		const bounds = await titleBounds({ title: longTitle, kicker: 'Analysis', details: ['2025 (estimated)', 'Outlet unknown'] });
		expect(bounds.left).toBeGreaterThanOrEqual(titleBox.left);
		expect(bounds.right).toBeLessThanOrEqual(titleBox.left + titleBox.width);
		expect(bounds.top).toBeGreaterThanOrEqual(titleBox.top);
		expect(bounds.bottom).toBeLessThanOrEqual(titleBox.top + titleBox.height);
		// It wrapped: several lines, not one line running off to the right, and no more than the box holds.
		expect(bounds.lines).toBe(titleLines(titleFontSize(longTitle)));
	});

	it('breaks a word too long for a line rather than letting it run off the card', async () => {
		const bounds = await titleBounds({ title: 'W'.repeat(120) });
		expect(bounds.right).toBeLessThanOrEqual(titleBox.left + titleBox.width);
		expect(bounds.bottom).toBeLessThanOrEqual(titleBox.top + titleBox.height);
	});

	it('keeps the site name, kicker and details on the card below a very long title', async () => {
		const boxes = await laidOutText({ title: longTitle, kicker: 'Analysis', details: ['2025 (estimated)', 'Outlet unknown'] });
		for (const text of ['US–Russia Business Talks', 'Analysis', '2025 (estimated)', 'Outlet unknown']) {
			const found = boxes.find((b) => b.text.toLowerCase() === text.toLowerCase());
			expect(found, text).toBeDefined();
			expect(found?.top, text).toBeGreaterThanOrEqual(0);
			expect(found?.bottom, text).toBeLessThanOrEqual(socialImageSize.height);
			expect(found?.right, text).toBeLessThanOrEqual(socialImageSize.width);
		}
		const details = boxes.find((b) => b.text === '2025 (estimated)');
		expect(details?.top).toBeGreaterThanOrEqual(titleBox.top + titleBox.height);
	});

	it('uses a smaller type for longer titles', () => {
		expect(titleFontSize('Short')).toBeGreaterThan(titleFontSize('x'.repeat(100)));
		expect(titleFontSize('x'.repeat(100))).toBeGreaterThan(titleFontSize(longTitle));
	});
});

describe('articleSocialCard', () => {
	it('shows the genre, the date at its precision marked as estimated, and “Outlet unknown” when the outlet is unknown', () => {
		const card = articleSocialCard({ title: 'Dmitriev: American companies ask to return to Russia', genre: 'news-report', published }, undefined);
		expect(card).toEqual({
			title: 'Dmitriev: American companies ask to return to Russia',
			kicker: 'News report',
			details: ['April 2025 (estimated)', 'Outlet unknown'],
		});
	});

	it('shows a stated day and the outlet by name', () => {
		const card = articleSocialCard(
			{ title: 'Global Business', genre: 'opinion', published: { date: '2025-12-08', precision: 'day', basis: 'stated' } },
			'The Moscow Times',
		);
		expect(card.details).toEqual(['8 December 2025', 'The Moscow Times']);
		expect(socialCardAlt(card)).toBe('US–Russia Business Talks — Opinion — Global Business — 8 December 2025 — The Moscow Times');
	});
});
