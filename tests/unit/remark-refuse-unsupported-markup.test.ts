/**
 * What an article body may contain: the constructs `remark-refuse-unsupported-markup` refuses
 * (with line, column and the fix) and the accepted ones, read into the text model with their ids
 * and plain text. One fixture per case in `tests/fixtures/markdown/article-text/`; the refused
 * cases locate the construct in the fixture by a marker to know which line and column to expect.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { markerPosition } from '../fixture-position';
import { articleRemarkProcessor } from '../../src/markdown';

/** A message the pipeline reports on a file. */
type VFileMessage = VFile['messages'][number];

const fixtures = fileURLToPath(new URL('../fixtures/markdown/article-text/', import.meta.url));
const processor = articleRemarkProcessor();

function load(name: string): VFile {
	return new VFile({ path: `tests/fixtures/markdown/article-text/${name}.md`, value: readFileSync(`${fixtures}${name}.md`, 'utf8') });
}

function run(name: string): VFile {
	const file = load(name);
	processor.runSync(processor.parse(file), file);
	return file;
}

function errorOf(name: string): VFileMessage {
	try {
		run(name);
	} catch (error) {
		return error as VFileMessage;
	}
	throw new Error(`${name}.md was accepted, but it should have been refused`);
}

const positionOf = (name: string, marker: string) => markerPosition(load(name).toString(), marker, `${name}.md`);

const refused = [
	{ name: 'footnote', title: 'a footnote', marker: '[^1]', what: /footnote reference \("\[\^1\]"\)/, fix: /Fix: write the note into the text where it belongs, or add it to "editorialNotes"/ },
	{ name: 'image', title: 'an image', marker: '![A photo', what: /an image\./, fix: /Fix: leave the image out and describe it, with its caption and credit, in "editorialNotes"/ },
	{ name: 'fenced-code', title: 'a fenced code block', marker: '```', what: /a code block/, fix: /Fix: remove the indent \(or the fences\)/ },
	{ name: 'task-list', title: 'a task-list checkbox', marker: '- [ ]', what: /a task-list checkbox/, fix: /Fix: write the brackets as "\\\[ \]" or leave them out/ },
] as const;

describe('constructs an article body may not contain', () => {
	for (const { name, title, marker, what, fix } of refused) {
		it(`refuses ${title}, naming the file, line, column and the fix`, () => {
			const error = errorOf(name);
			const { line, column } = positionOf(name, marker);
			expect(error.file).toBe(`tests/fixtures/markdown/article-text/${name}.md`);
			expect({ line: error.line, column: error.column }).toEqual({ line, column });
			expect(error.reason).toMatch(what);
			expect(error.reason).toMatch(fix);
		});
	}
});

const accepted = [
	{ name: 'strikethrough', title: 'strikethrough, keeping the struck words in the text', blocks: [['p-1', 'The talks were cancelled postponed.']] },
	{ name: 'table', title: 'a table, one block per cell', blocks: [['p-1', 'Side'], ['p-2', 'Envoy'], ['p-3', 'US'], ['p-4', 'Witkoff']] },
	{ name: 'tight-list', title: 'a tight list, one block per item', blocks: [['p-1', 'First point.'], ['p-2', 'Second point.']] },
	{ name: 'block-quote', title: 'a block quotation', blocks: [['p-1', 'The talks were useful, he said.']] },
	{ name: 'autolink', title: 'a bare link, keeping its address in the text', blocks: [['p-1', 'The statement is at https://example.com/statement today.']] },
] as const;

describe('constructs an article body may contain', () => {
	for (const { name, title, blocks } of accepted) {
		it(`reads ${title} into the text model`, () => {
			const model = run(name).data.articleText;
			expect(model?.blocks.map((block) => [block.id, block.text])).toEqual(blocks);
		});
	}

	it('gives a heading whose id would be one of the page’s own ids the prefix "section-"', () => {
		const model = run('reserved-heading').data.articleText;
		expect(model?.blocks.map((block) => [block.id, block.text])).toEqual([
			['section-main', 'Main'],
			['p-1', 'The talks went ahead.'],
			['section-article-title', 'Article title'],
			['p-2', 'The delegation arrived.'],
		]);
	});
});
