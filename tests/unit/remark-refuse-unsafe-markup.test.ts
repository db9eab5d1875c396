/**
 * The plugin that refuses raw HTML and unsafe URL schemes in article bodies.
 * Each case is a fixture in `tests/fixtures/markdown/unsafe/`. For the refused
 * cases the test locates the offending construct in the fixture text itself
 * (by a marker string) to know which line and column the error must name.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { markerPosition } from '../fixture-position';
import { remarkRefuseUnsafeMarkup } from '../../src/markdown/remark-refuse-unsafe-markup';

const fixtures = fileURLToPath(new URL('../fixtures/markdown/unsafe/', import.meta.url));
/** The path the VFile carries; the error must repeat it. */
const displayPath = (name: string) => `tests/fixtures/markdown/unsafe/${name}.md`;

function load(name: string): VFile {
	return new VFile({ path: displayPath(name), value: readFileSync(`${fixtures}${name}.md`, 'utf8') });
}

function run(file: VFile, options?: { allowedProtocols?: readonly string[] }): void {
	const processor = unified().use(remarkParse).use(remarkRefuseUnsafeMarkup, options);
	processor.runSync(processor.parse(file), file);
}

/** Runs the plugin and returns what it threw; fails the test when it throws nothing. */
function errorOf(name: string): Error {
	try {
		run(load(name));
	} catch (error) {
		return error as Error;
	}
	throw new Error(`${name}.md was accepted, but it should have been refused`);
}

const positionOf = (name: string, marker: string) => markerPosition(load(name).toString(), marker, `${name}.md`);

const expectedUrl = 'Expected a relative URL, a #fragment or one of: http:, https:, mailto:.';

const refused: ReadonlyArray<{ name: string; title: string; marker: string; found: RegExp; expected: string }> = [
	{ name: 'block-script', title: 'a block of raw HTML (<script>)', marker: '<script>', found: /Raw HTML .*found "<script>alert\(1\)<\/script>"/, expected: 'Expected plain Markdown.' },
	{ name: 'inline-img-onerror', title: 'inline raw HTML (<img onerror=…>)', marker: '<img', found: /Raw HTML .*found "<img src=\\"x\\" onerror=\\"alert\(1\)\\">"/, expected: 'Expected plain Markdown.' },
	{ name: 'javascript-link', title: 'a link to javascript:', marker: '[the statement]', found: /"javascript:" in link "javascript:alert\(1\)"/, expected: expectedUrl },
	{ name: 'tab-entity-scheme', title: 'a javascript: link hidden by a tab character reference (java&#x09;script:)', marker: '[the statement]', found: /"javascript:" in link "java\\tscript:alert\(1\)"/, expected: expectedUrl },
	{ name: 'newline-entity-scheme', title: 'a javascript: link split by a newline character reference (java&#10;script:)', marker: '[the statement]', found: /"javascript:" in link "java\\nscript:alert\(1\)"/, expected: expectedUrl },
	{ name: 'space-split-scheme', title: 'a javascript: link split by a space (<java script:…>)', marker: '[the statement]', found: /"javascript:" in link "java script:alert\(1\)"/, expected: expectedUrl },
	{ name: 'leading-space-scheme', title: 'a javascript: link with leading spaces (<  javascript:…>)', marker: '[the statement]', found: /"javascript:" in link/, expected: expectedUrl },
	{ name: 'uppercase-scheme', title: 'an upper-case JAVASCRIPT: link', marker: '[the statement]', found: /"javascript:" in link "JAVASCRIPT:alert\(1\)"/, expected: expectedUrl },
	{ name: 'autolink-scheme', title: 'an autolink to javascript: (<javascript:…>)', marker: '<javascript:', found: /"javascript:" in link "javascript:alert\(1\)"/, expected: expectedUrl },
	{ name: 'data-image', title: 'an image with a data: URL', marker: '![A chart]', found: /"data:" in image "data:image\/svg\+xml/, expected: expectedUrl },
	{ name: 'reference-definition', title: 'a reference definition pointing at javascript:', marker: '[statement]:', found: /"javascript:" in definition "javascript:alert\(1\)"/, expected: expectedUrl },
];

describe('remarkRefuseUnsafeMarkup refuses', () => {
	it.each(refused)('$title, naming the file, line:column, what was expected and how to fix it', ({ name, marker, found, expected }) => {
		const error = errorOf(name);
		const { line, column } = positionOf(name, marker);
		// The printed form ("path:line:column-…: reason") is what the build shows.
		expect(String(error)).toContain(`${displayPath(name)}:${line}:${column}`);
		expect(error.message).toMatch(found);
		expect(error.message).toContain(expected);
		expect(error.message).toMatch(/Fix: \S/);
		expect(error).toMatchObject({ file: displayPath(name), line, column });
	});
});

describe('remarkRefuseUnsafeMarkup accepts', () => {
	it.each([
		['an https link and an https image', 'safe-https'],
		['a mailto: link', 'safe-mailto'],
		['relative links', 'safe-relative'],
		['a #fragment link', 'safe-fragment'],
		['escaped \\<tag> text and a tag inside inline code', 'safe-escaped-tag'],
		['the word "javascript:" in text and inside an https URL path', 'safe-javascript-as-text'],
	])('%s (%s.md)', (_title, name) => {
		const file = load(name);
		expect(() => run(file)).not.toThrow();
		expect(file.messages).toEqual([]);
	});

	it('refuses a scheme that the allowedProtocols option leaves out (mailto: when only https is allowed)', () => {
		expect(() => run(load('safe-mailto'), { allowedProtocols: ['https'] })).toThrow(/Unsafe URL scheme "mailto:".*one of: https:\./);
	});
});
