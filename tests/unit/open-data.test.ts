/**
 * The open data's export schemas, the JSON Schema derived from them, the field tables of the data
 * page, the CSV form and the plain text of the articles; pure functions, no build needed.
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { cellAt, listSeparator, toCsv } from '../../src/lib/open-data/csv';
import { fieldsOf, type SchemaNode } from '../../src/lib/open-data/json-schema-fields';
import { csvColumnsOf, csvRowsOf, datasetJson, datasetSchemaJson, recordFieldsOf } from '../../src/lib/open-data/files';
import { plainTextOf } from '../../src/lib/text/article-text';
import { articleTextOf } from './helpers/article-text';
import { genres } from '../../src/schemas/article';
import { claimStatuses } from '../../src/schemas/claim';
import { type DatasetItem, datasetNames, jsonSchemaOf } from '../../src/schemas/open-data';
import { datePrecisions } from '../../src/schemas/published';

const site = new URL('https://example.org/');

/** Every property schema in a JSON Schema, with its path. */
function properties(node: SchemaNode, path = ''): { path: string; node: SchemaNode }[] {
	const own = Object.entries(node.properties ?? {}).flatMap(([key, child]) => [{ path: `${path}${key}`, node: child }, ...properties(child, `${path}${key}.`)]);
	const nested = [node.items, ...(node.anyOf ?? []), ...(node.oneOf ?? [])].filter((child): child is SchemaNode => child !== undefined);
	return [...own, ...nested.flatMap((child) => properties(child, child === node.items ? path.replace(/\.$/, '[].') : path))];
}

const itemSchema = (name: (typeof datasetNames)[number]) => (jsonSchemaOf(name).properties as Record<string, SchemaNode>).items?.items as SchemaNode;

describe('the JSON Schema derived from the export schemas', () => {
	it.each(datasetNames)('describes every field of %s.json', (name) => {
		const undocumented = properties(jsonSchemaOf(name) as SchemaNode)
			.filter(({ node }) => !(node.description ?? node.anyOf?.some((member) => member.description)))
			.map(({ path }) => path);
		expect(undocumented).toEqual([]);
	});

	it.each(datasetNames)('requires the envelope of %s.json and every record’s id and url', (name) => {
		const schema = jsonSchemaOf(name) as SchemaNode;
		expect(schema.required).toEqual(expect.arrayContaining(['$schema', 'title', 'description', 'documentation', 'count', 'items']));
		const items = itemSchema(name);
		for (const variant of items.oneOf ?? [items]) expect(variant.required).toEqual(expect.arrayContaining(['id', 'url']));
	});

	it('is draft 2020-12 and forbids fields it does not name', () => {
		const schema = jsonSchemaOf('articles') as unknown as SchemaNode & { $schema: string; additionalProperties: boolean };
		expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
		expect(schema.additionalProperties).toBe(false);
		expect((itemSchema('articles') as { additionalProperties?: boolean }).additionalProperties).toBe(false);
	});

	it('keeps the content schemas’ field rules: the genres, date precisions and claim statuses are the same lists', () => {
		const article = itemSchema('articles').properties ?? {};
		expect(article.genre?.enum).toEqual([...genres]);
		expect(article.published?.properties?.precision?.enum).toEqual([...datePrecisions]);
		expect(article.tags).toMatchObject({ type: 'array', minItems: 1 });
		expect(article.required ?? itemSchema('articles').required).toEqual(expect.arrayContaining(['title', 'published', 'text']));
		const position = itemSchema('claims').properties?.positions?.items?.properties ?? {};
		expect(position.status?.enum).toEqual([...claimStatuses]);
	});

	it('publishes the schema with its own address as $id, right after $schema', () => {
		const schema = JSON.parse(datasetSchemaJson('quotes', site)) as Record<string, unknown>;
		expect(Object.keys(schema).slice(0, 2)).toEqual(['$schema', '$id']);
		expect(schema.$id).toBe('https://example.org/data/quotes.schema.json');
	});
});

describe('publishing a file', () => {
	it('writes an empty entities file with its envelope', () => {
		const file = JSON.parse(datasetJson('entities', [], site)) as Record<string, unknown>;
		expect(file).toEqual({
			$schema: './entities.schema.json',
			title: 'Entities',
			description: expect.any(String),
			documentation: 'https://example.org/data/#entities',
			count: 0,
			items: [],
		});
	});

	it('refuses a record that does not match the schema, naming the field', () => {
		const entity: DatasetItem<'entities'> = {
			id: 'kirill-dmitriev',
			url: '/entities/kirill-dmitriev/',
			name: 'Kirill Dmitriev',
			kind: 'person',
			aliases: ['Dmitriev'],
			description: 'Head of the Russian Direct Investment Fund.',
			mentions: 1,
			articleCount: 1,
			mentionsByArticle: [{ article: 'a', articleUrl: 'https://example.org/articles/a/', count: 1 }],
		};
		expect(() => datasetJson('entities', [entity], site)).toThrow(/entities\.json does not match its schema[\s\S]*items\[0\]\.url/);
		expect(() => datasetJson('entities', [{ ...entity, url: 'https://example.org/entities/kirill-dmitriev/' }], site)).not.toThrow();
		expect(() => datasetJson('entities', [{ ...entity, url: 'https://example.org/x/', extra: 1 } as DatasetItem<'entities'>], site)).toThrow(/extra/);
	});
});

describe('the findings file', () => {
	const finding: DatasetItem<'findings'> = {
		id: 'business-leads-the-talks',
		url: 'https://example.org/analysis/#finding-business-leads-the-talks',
		title: 'Business leads the talks',
		statement: 'The articles present the talks as business first.',
		order: 1,
		claims: ['a-deal-is-near'],
		claimUrls: ['https://example.org/claims/#claim-a-deal-is-near'],
		quotes: [],
		quoteUrls: [],
		evidence: [{ article: 'a', articleUrl: 'https://example.org/articles/a/', sentence: 'It is a deal.', paragraph: 2, url: 'https://example.org/articles/a/#p-2' }],
	};

	it('publishes a finding with its citations as ids and addresses, and its sentences placed in their paragraphs', () => {
		const file = JSON.parse(datasetJson('findings', [finding], site)) as { title: string; documentation: string; items: unknown[] };
		expect(file.title).toBe('Findings');
		expect(file.documentation).toBe('https://example.org/data/#findings');
		expect(file.items).toEqual([finding]);
	});

	it('refuses a finding whose sentence has no paragraph or whose cited claim is not an id', () => {
		const [sentence] = finding.evidence;
		const { paragraph: _paragraph, ...unplaced } = sentence!;
		expect(() => datasetJson('findings', [{ ...finding, evidence: [unplaced as typeof sentence & {}] }], site)).toThrow(/items\[0\]\.evidence\[0\]\.paragraph/);
		expect(() => datasetJson('findings', [{ ...finding, claims: ['Not An Id'] }], site)).toThrow(/items\[0\]\.claims\[0\]/);
	});

	it('gives a finding one CSV row, its claims, quotations and sentences as lists', () => {
		expect(csvColumnsOf('findings')).toEqual([
			'id',
			'url',
			'title',
			'statement',
			'order',
			'claims',
			'claimUrls',
			'quotes',
			'quoteUrls',
			'evidence[].article',
			'evidence[].articleUrl',
			'evidence[].sentence',
			'evidence[].paragraph',
			'evidence[].url',
		]);
		expect(csvRowsOf('findings', [finding])).toEqual([finding]);
	});
});

describe('the field tables of the data page', () => {
	it('list nested fields by path, lists of objects with []', () => {
		const names = recordFieldsOf('claims').map((field) => field.name);
		expect(names).toEqual(expect.arrayContaining(['statement', 'positions', 'positions[].status', 'positions[].evidence[].url']));
		const date = recordFieldsOf('articles').find((field) => field.name === 'published.precision');
		expect(date).toMatchObject({ type: 'one of `day`, `month`, `year`', required: true });
		expect(recordFieldsOf('articles').find((field) => field.name === 'outletUrl')?.type).toBe('URL or null');
	});

	it('merge the events and articles of the timeline, saying which fields only events have', () => {
		const fields = new Map(recordFieldsOf('timeline').map((field) => [field.name, field]));
		expect(fields.get('kind')?.type).toBe('`event` or `article`');
		expect(fields.get('description')).toMatchObject({ only: 'kind `event`', required: false });
		expect(fields.get('date.asPrinted')?.only).toBeUndefined();
		expect(fields.get('date.basis')?.type).toBe('one of `stated`, `estimated`');
		expect(fields.get('date.date')?.only).toBeUndefined();
	});

	it('mark an optional field as not required', () => {
		expect(fieldsOf({ type: 'object', properties: { a: { type: 'string', description: 'A' } }, required: [] })).toEqual([
			{ name: 'a', type: 'string', description: 'A', required: false },
		]);
	});
});

describe('the CSV files', () => {
	it('quote a value with a comma, a quotation mark or a line break, as RFC 4180 says', () => {
		const csv = toCsv(['name', 'note', 'count'], [{ name: 'Smith, John', note: 'He said "no"\nthen left', count: 3 }, { name: 'plain', count: 0 }]);
		expect(csv).toBe('name,note,count\r\n"Smith, John","He said ""no""\nthen left",3\r\nplain,,0\r\n');
		expect(parse(csv, { columns: true })).toEqual([
			{ name: 'Smith, John', note: 'He said "no"\nthen left', count: '3' },
			{ name: 'plain', note: '', count: '0' },
		]);
	});

	it('join a list in one cell, and refuse a value that holds the separator', () => {
		expect(cellAt({ tags: ['a', 'b'] }, 'tags')).toBe(`a${listSeparator}b`);
		expect(cellAt({ positions: [{ evidence: [{ url: 'x' }, { url: 'y' }] }] }, 'positions[].evidence[].url')).toBe(`x${listSeparator}y`);
		expect(cellAt({ outlet: null }, 'outlet')).toBe('');
		expect(() => cellAt({ aliases: [`a${listSeparator}b`] }, 'aliases')).toThrow(/list separator/);
		expect(() => cellAt({ published: { date: '2025' } }, 'published')).toThrow(/holds objects/);
	});

	it.each(datasetNames)('name the columns of %s.csv after documented fields that hold values', (name) => {
		const fields = new Map(recordFieldsOf(name).map((field) => [field.name, field]));
		const columns = csvColumnsOf(name);
		expect(columns.length).toBeGreaterThan(3);
		for (const column of columns) expect(fields.has(column), column).toBe(true);
		expect(columns.some((column) => fields.has(`${column}.`) || [...fields.keys()].some((f) => f.startsWith(`${column}.`)))).toBe(false);
	});

	it('leave the article text out of articles.csv and give a claim one row per position', () => {
		expect(csvColumnsOf('articles')).not.toContain('text');
		expect(csvColumnsOf('articles')).toEqual(expect.arrayContaining(['id', 'published.date', 'stance.label', 'tags']));
		const claim = { id: 'c', positions: [{ article: 'a' }, { article: 'b' }] } as unknown as DatasetItem<'claims'>;
		expect(csvRowsOf('claims', [claim])).toEqual([
			{ id: 'c', positions: [{ article: 'a' }] },
			{ id: 'c', positions: [{ article: 'b' }] },
		]);
	});
});

describe('the plain text of an article', () => {
	it('drops the Markdown and keeps the words, one block per paragraph or heading', () => {
		const markdown = 'The *first* paragraph,\nwrapped.\n\n## A heading\n\nA [link](https://example.org) and `code`,  \nafter a hard break.\n';
		expect(plainTextOf(articleTextOf(markdown))).toBe('The first paragraph, wrapped.\n\nA heading\n\nA link and code,\nafter a hard break.');
	});

	it('reads GitHub-flavoured Markdown as the page renders it: struck text and table cells are words, not syntax', () => {
		const markdown = 'Prices ~~fell~~ rose.\n\n| Firm | Plan |\n| --- | --- |\n| Exxon | return |\n';
		expect(plainTextOf(articleTextOf(markdown))).toBe('Prices fell rose.\n\nFirm\n\nPlan\n\nExxon\n\nreturn');
	});
});
