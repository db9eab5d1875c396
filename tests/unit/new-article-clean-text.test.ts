/**
 * `npm run new-article`, step one: the raw text loses its page chrome (and only its chrome), and
 * what was dropped is reported. The chrome list itself is scripts/authoring/page-chrome.ts, shared with the
 * faithfulness test.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { chromeNote } from '../../scripts/authoring/new-article/create-draft';
import { cleanSourceText, countDroppedChrome, headlineCandidate, paragraphsWithoutSentenceEnd } from '../../scripts/authoring/new-article/clean-text';
import { cleanScrapedLine, pageChrome, pageChromeOf } from '../../scripts/authoring/page-chrome';

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../fixtures/new-article/${name}`, import.meta.url)), 'utf8');

/** One line of each kind of chrome, as it appears in the sources. */
const chromeSamples: Record<string, string> = {
	'language switcher': 'BE RU EN',
	'top-of-page anchor': 'top of page',
	'bottom-of-page anchor': 'bottom of page',
	'share button': 'Share This Post',
	'comment form': 'Leave a Reply',
	'link to a related article': 'Related article: [Trump’s Ukraine Peace Push Was Always a Naked Cash Grab](#)',
	'image credit': 'Image Source: SCMP',
	'comments section': 'Comments',
	'more-news section': 'More News',
	'latest-news section': 'Latest news',
	'original-URL label': 'Original url:',
};

describe('the list of page chrome', () => {
	it('names each kind once, with a pattern anchored at both ends and without flags', () => {
		expect(new Set(pageChrome.map(({ kind }) => kind)).size).toBe(pageChrome.length);
		for (const { pattern } of pageChrome) {
			expect(pattern.source).toMatch(/^\^.*\$$/);
			expect(pattern.flags).toBe('');
		}
	});

	it.each(pageChrome.map(({ kind }) => kind))('recognises a %s line', (kind) => {
		const sample = chromeSamples[kind];
		expect(sample, `no sample line for "${kind}" in this test`).toBeDefined();
		expect(pageChromeOf(cleanScrapedLine(sample ?? ''))?.kind).toBe(kind);
	});

	it('does not take a sentence that merely contains chrome words for chrome', () => {
		for (const line of ['Share This Post on the forum, he said.', 'Comments were closed.', 'The top of page one read: BE RU EN']) {
			expect(pageChromeOf(line)).toBeUndefined();
		}
	});
});

describe('cleaning a raw source text', () => {
	const { paragraphs, dropped } = cleanSourceText(fixture('chrome.txt'));

	it('drops every chrome line and reports its kind, text and line number', () => {
		expect(dropped).toEqual([
			{ kind: 'language switcher', line: 'BE RU EN', lineNumber: 1 },
			{ kind: 'top-of-page anchor', line: 'top of page', lineNumber: 3 },
			{ kind: 'image credit', line: 'Image Source: Example Photo', lineNumber: 11 },
			{ kind: 'image credit', line: 'Image Source: Example Photo', lineNumber: 12 },
			{ kind: 'link to a related article', line: 'Related article: Sanctions Stay in Place', lineNumber: 17 },
			{ kind: 'share button', line: 'Share This Post', lineNumber: 21 },
		]);
	});

	it('keeps every other line as a paragraph, with the page markup undone and no word changed', () => {
		expect(paragraphs).toEqual([
			'Energy Talks Resume in Riyadh',
			'Jane Doe',
			'By Jane Doe',
			'American energy firms are weighing a return to Russia, people familiar with the matter said.',
			'Any return would be slow, and on Russia’s terms.',
			'The talks are said to continue next month.',
		]);
	});

	it('counts repeated chrome lines once each, with how often they occurred', () => {
		expect(countDroppedChrome(dropped)).toContainEqual({ kind: 'image credit', line: 'Image Source: Example Photo', count: 2 });
		expect(countDroppedChrome(dropped)).toHaveLength(5);
	});

	it('writes an editorial note naming every chrome line left out', () => {
		const note = chromeNote(dropped) ?? '';
		for (const line of ['BE RU EN', 'top of page', 'Image Source: Example Photo', 'Share This Post']) expect(note).toContain(`“${line}”`);
		expect(note).toContain('image credit, 2 times');
		expect(note).toMatch(/were left out as page chrome\.$/);
		expect(chromeNote([])).toBeUndefined();
	});

	it('finds nothing to drop in a text without chrome', () => {
		const cleaned = cleanSourceText(fixture('no-headline.txt'));
		expect(cleaned.dropped).toEqual([]);
		expect(cleaned.paragraphs).toHaveLength(2);
	});

	it('is left with no paragraphs when the text is only chrome', () => {
		const cleaned = cleanSourceText(fixture('only-chrome.txt'));
		expect(cleaned.paragraphs).toEqual([]);
		expect(cleaned.dropped.map(({ kind }) => kind)).toEqual(['share button', 'top-of-page anchor', 'language switcher']);
	});
});

describe('reading the first line as a headline', () => {
	it('offers a short first line without a full stop', () => {
		expect(headlineCandidate(['US-Russia Talks: The Key Topic', 'Leonid Nevzlin'])).toBe('US-Russia Talks: The Key Topic');
	});

	it('offers a title-case first line even when it ends with a full stop', () => {
		const headline = "Global Business Didn't Save Russia in the 1990s. It Won't Today, Either.";
		expect(headlineCandidate([headline, 'For relations between Russia and the United States, the 1990s are back.'])).toBe(headline);
	});

	it('offers nothing when the text starts with a sentence', () => {
		expect(headlineCandidate(cleanSourceText(fixture('no-headline.txt')).paragraphs)).toBeUndefined();
		expect(headlineCandidate(['The talks resumed on Tuesday in a hotel near the old port.'])).toBeUndefined();
		expect(headlineCandidate([])).toBeUndefined();
	});
});

describe('finding paragraphs to review', () => {
	it('lists the paragraphs that do not end a sentence, in order', () => {
		const { paragraphs } = cleanSourceText(fixture('chrome.txt'));
		expect(paragraphsWithoutSentenceEnd(paragraphs)).toEqual(['Energy Talks Resume in Riyadh', 'Jane Doe', 'By Jane Doe']);
	});

	it('counts a sentence ending in closing quotes as ended', () => {
		expect(paragraphsWithoutSentenceEnd(['“Returning won’t be easy.”', 'He said “no!”'])).toEqual([]);
	});
});
