import { describe, expect, it } from 'vitest';
import {
	articleSocialCard,
	renderSocialImage,
	renderSocialImageSvg,
	type SocialCard,
	socialCardAlt,
	socialImageSize,
	titleBox,
	titleFontSize,
} from '../../src/lib/sharing/social-image/card';
import { pngSize } from '../png-header';

/** The ink the title is set in (src/lib/sharing/social-image/card.ts); nothing else on the card uses it. */
const titleInk = '#1c1b19';

/**
 * The box around the title's glyphs. Satori sets text as outlines (`<path d>` with absolute coordinates), so the
 * numbers of the title's paths, taken in pairs, are the x and y of its points.
 */
async function titleGlyphBounds(card: SocialCard) {
	const svg = await renderSocialImageSvg(card);
	const paths = [...svg.matchAll(/<path\b[^>]*>/g)].map((m) => m[0]).filter((tag) => tag.includes(`fill="${titleInk}"`));
	const numbers = paths.flatMap((tag) => [...(/\sd="([^"]*)"/.exec(tag)?.[1] ?? '').matchAll(/-?\d+(?:\.\d+)?/g)].map((m) => Number(m[0])));
	const xs = numbers.filter((_, index) => index % 2 === 0);
	const ys = numbers.filter((_, index) => index % 2 === 1);
	return { points: xs.length, left: Math.min(...xs), right: Math.max(...xs), top: Math.min(...ys), bottom: Math.max(...ys) };
}

/** Every laid-out box that holds text, with its text. */
async function textBoxes(card: SocialCard) {
	const boxes: { text: string; top: number; bottom: number; left: number; right: number }[] = [];
	await renderSocialImageSvg(card, {
		onNodeDetected: (node) => {
			if (typeof node.textContent === 'string' && node.textContent !== '')
				boxes.push({ text: node.textContent, top: node.top, bottom: node.top + node.height, left: node.left, right: node.left + node.width });
		},
	});
	return boxes;
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
		const bounds = await titleGlyphBounds({ title: 'Moscow eyes a ‘reset’ with Washington', details: ['November 2024'] });
		expect(bounds.points).toBeGreaterThan(0);
		expect(bounds.bottom - bounds.top).toBeLessThan(2 * titleFontSize('Moscow eyes a ‘reset’ with Washington') * 1.2);
	});

	it('wraps a very long title and cuts it to the lines the box holds, so that no glyph leaves the box', async () => {
		expect([...longTitle].length).toBeGreaterThan(500);
		const bounds = await titleGlyphBounds({ title: longTitle, kicker: 'Analysis', details: ['2025 (estimated)', 'Outlet unknown'] });
		expect(bounds.left).toBeGreaterThanOrEqual(titleBox.left);
		expect(bounds.right).toBeLessThanOrEqual(titleBox.left + titleBox.width);
		expect(bounds.top).toBeGreaterThanOrEqual(titleBox.top);
		expect(bounds.bottom).toBeLessThanOrEqual(titleBox.top + titleBox.height);
		// It wrapped: several lines, not one line running off to the right.
		expect(bounds.bottom - bounds.top).toBeGreaterThan(3 * titleFontSize(longTitle));
	});

	it('breaks a word too long for a line rather than letting it run off the card', async () => {
		const bounds = await titleGlyphBounds({ title: 'W'.repeat(120) });
		expect(bounds.right).toBeLessThanOrEqual(titleBox.left + titleBox.width);
		expect(bounds.bottom).toBeLessThanOrEqual(titleBox.top + titleBox.height);
	});

	it('keeps the site name, kicker and details on the card below a very long title', async () => {
		const boxes = await textBoxes({ title: longTitle, kicker: 'Analysis', details: ['2025 (estimated)', 'Outlet unknown'] });
		for (const text of ['US–Russia Business Talks', 'Analysis', '2025 (estimated)', 'Outlet unknown']) {
			const found = boxes.find((b) => b.text === text);
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
