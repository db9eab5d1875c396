/**
 * The reading-time plugin, run the way the Markdown pipeline runs it: parsed by
 * remark-parse, transformed by the plugin, result read from
 * `file.data.astro.frontmatter.readingTime` (what Astro exposes as
 * `remarkPluginFrontmatter`). Each case has its own fixture in
 * `tests/fixtures/markdown/reading-time/`; the expected word counts were
 * counted by hand from the fixture text (see the comment at each case).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { type ReadingTime, remarkReadingTime } from '../../src/markdown/remark-reading-time';

const fixtures = fileURLToPath(new URL('../fixtures/markdown/reading-time/', import.meta.url));

function fixture(name: string): VFile {
	const path = `${fixtures}${name}.md`;
	return new VFile({ path, value: readFileSync(path, 'utf8') });
}

/** Runs the plugin on a fixture and returns what it stored in the frontmatter. */
function readingTimeOf(name: string, options?: { wordsPerMinute?: number }): ReadingTime {
	const file = fixture(name);
	const processor = unified().use(remarkParse).use(remarkReadingTime, options);
	processor.runSync(processor.parse(file), file);
	const data = file.data as { astro?: { frontmatter?: { readingTime?: ReadingTime } } };
	const readingTime = data.astro?.frontmatter?.readingTime;
	if (!readingTime) throw new Error(`no readingTime in file.data.astro.frontmatter for ${name}.md`);
	return readingTime;
}

describe('remarkReadingTime', () => {
	it('counts every word of plain paragraphs and rounds the minutes up at 230 words per minute', () => {
		const source = fixture('plain-paragraphs').toString();
		// The fixture is plain words separated by spaces, so splitting on whitespace is an independent count.
		const wordsBySpaces = source.split(/\s+/).filter(Boolean).length;
		expect(wordsBySpaces).toBe(461);
		// 461 / 230 = 2.004…, which rounds up to 3 minutes.
		expect(readingTimeOf('plain-paragraphs')).toEqual({ words: wordsBySpaces, minutes: 3 });
	});

	it('counts the words inside emphasis, strong emphasis, links and inline code within a paragraph', () => {
		// The envoy met two US officials on Tuesday and briefed reporters = 11 words.
		expect(readingTimeOf('inline-emphasis-links').words).toBe(11);
	});

	it('counts the words of headings separately from the paragraphs that follow them', () => {
		// Talks in Riyadh (3) + The envoy met two US officials on Tuesday and briefed reporters (11)
		// + Next steps (2) + More talks are planned (4) = 20 words.
		expect(readingTimeOf('headings-emphasis-links').words).toBe(20);
	});

	// Same bug as above: list items "energy", "sanctions", "minerals" are read as "energysanctionsminerals".
	it('counts each list item as its own words', () => {
		expect(readingTimeOf('list-items').words).toBe(3);
	});

	it('counts a word with an inner apostrophe or hyphen once and ignores a lone dash', () => {
		// It's · a · well-known · fact · that · Russia’s · state-owned · firms · don't · say · the ·
		// companies' · plans · aloud · ever = 15 words; the em dash is not a word.
		expect(readingTimeOf('apostrophes-hyphens').words).toBe(15);
	});

	it('gives an empty document 0 words and still 1 minute', () => {
		expect(readingTimeOf('empty')).toEqual({ words: 0, minutes: 1 });
	});

	it('uses a custom wordsPerMinute and rounds the minutes up', () => {
		// 25 words: "One" … "twenty" (20) and "Twenty-one" … "twenty-five" (5, one word each).
		expect(readingTimeOf('custom-wpm', { wordsPerMinute: 10 })).toEqual({ words: 25, minutes: 3 });
		expect(readingTimeOf('custom-wpm', { wordsPerMinute: 25 })).toEqual({ words: 25, minutes: 1 });
		expect(readingTimeOf('custom-wpm', { wordsPerMinute: 24 })).toEqual({ words: 25, minutes: 2 });
	});

	it('keeps frontmatter that is already on the file next to the reading time', () => {
		const file = fixture('custom-wpm');
		file.data = { astro: { frontmatter: { title: 'Kept' } } };
		const processor = unified().use(remarkParse).use(remarkReadingTime);
		processor.runSync(processor.parse(file), file);
		expect(file.data).toEqual({ astro: { frontmatter: { title: 'Kept', readingTime: { words: 25, minutes: 1 } } } });
	});

	it.each([0, -230, Number.NaN])('refuses wordsPerMinute = %s with a message that names the option', (wordsPerMinute) => {
		expect(() => readingTimeOf('invalid-option', { wordsPerMinute })).toThrow(/wordsPerMinute must be a positive number/);
	});
});
