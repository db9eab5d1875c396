import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { shortLabel } from '../../src/lib/analysis/short-label';
import { textWidth } from '../../src/lib/analysis/text-width';

const words = fc.array(fc.stringMatching(/^[\p{L}\p{N}][\p{L}\p{N}’'“”,:.()-]{0,13}$/u), { minLength: 1, maxLength: 12 }).map((list) => list.join(' '));
const length = (text: string) => [...text].length;

describe('shortLabel', () => {
	test('keeps a title that fits as it is', () => {
		expect(shortLabel('Talks in Riyadh', 24)).toBe('Talks in Riyadh');
	});

	test('shortens a long title at a word boundary, without a dangling comma', () => {
		expect(shortLabel('Witkoff, Kushner and Dmitriev meet in Miami Beach', 18)).toBe('Witkoff, Kushner…');
		expect(shortLabel('Global Business Didn’t Save Russia in the 1990s.', 26)).toBe('Global Business Didn’t…');
	});

	test('is never longer than asked, and is the text’s own beginning', () => {
		fc.assert(
			fc.property(words, fc.integer({ min: 4, max: 40 }), (text, max) => {
				const label = shortLabel(text, max);
				expect(length(label)).toBeLessThanOrEqual(max);
				if (length(text) <= max) expect(label).toBe(text);
				else {
					expect(label.endsWith('…')).toBe(true);
					expect(text.startsWith(label.slice(0, -1))).toBe(true);
				}
			}),
		);
	});

	test('cuts inside a word only when the first word alone is too long', () => {
		fc.assert(
			fc.property(words, fc.integer({ min: 4, max: 40 }), (text, max) => {
				const label = shortLabel(text, max);
				const first = text.split(' ')[0] ?? '';
				fc.pre(label.endsWith('…') && length(first) + 1 <= max);
				const wholeWords = text.split(' ').map((_, i, all) => all.slice(0, i + 1).join(' ').replace(/[\s,;:.–—-]+$/u, ''));
				expect(wholeWords).toContain(label.slice(0, -1));
			}),
		);
	});
});

describe('textWidth', () => {
	test('grows with every character and with the font size', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 30 }), fc.string({ minLength: 1, maxLength: 5 }), (text, more) => {
				expect(textWidth(text + more, 13)).toBeGreaterThan(textWidth(text, 13));
				expect(textWidth(text + more, 15)).toBeGreaterThan(textWidth(text + more, 13));
			}),
		);
	});

	test('gives a wide letter more room than a narrow one', () => {
		expect(textWidth('m', 13)).toBeGreaterThan(textWidth('i', 13));
		expect(textWidth('W', 13)).toBeGreaterThan(textWidth('a', 13));
	});
});
