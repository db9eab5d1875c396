/**
 * The open data of the built site (`/data/`): each JSON file valid against the JSON Schema published
 * beside it, its records as many as the content holds, every address in it pointing at a page (and
 * anchor) of the build, each CSV file parseable with as many records, and the data page linking to
 * every file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { normaliseVerbatim } from '../../src/lib/text/verbatim';
import { assertBuilt, fileOfPath, htmlFiles, siteDir, siteOrigin } from './site';

const names = ['articles', 'entities', 'quotes', 'claims', 'timeline', 'coverage', 'findings'] as const;
type Name = (typeof names)[number];
type Item = Record<string, unknown> & { id: string };
interface DataFile {
	$schema: string;
	count: number;
	items: Item[];
}

assertBuilt();
const origin = siteOrigin();
const read = (file: string) => readFileSync(path.join(siteDir, file), 'utf8');
const json = Object.fromEntries(names.map((name) => [name, JSON.parse(read(`data/${name}.json`)) as DataFile])) as Record<Name, DataFile>;
const schemas = Object.fromEntries(names.map((name) => [name, JSON.parse(read(`data/${name}.schema.json`)) as object])) as Record<Name, object>;

/** How many files of a kind a folder of the content holds. */
const contentCount = (folder: string, extension: string) =>
	readdirSync(path.resolve('content', folder)).filter((file) => file.endsWith(extension)).length;

/** Every string in a JSON value that is an address on this site. */
function siteUrls(value: unknown): string[] {
	if (typeof value === 'string') return value.startsWith(`${origin}/`) ? [value] : [];
	if (Array.isArray(value)) return value.flatMap(siteUrls);
	if (value !== null && typeof value === 'object') return Object.values(value).flatMap(siteUrls);
	return [];
}

const idsOfPage = new Map<string, Set<string>>();
/** The ids of the elements of a built HTML file. */
function idsOf(file: string): Set<string> {
	let ids = idsOfPage.get(file);
	if (!ids) {
		ids = new Set([...read(file).matchAll(/\sid="([^"]+)"/g)].map((match) => match[1] ?? ''));
		idsOfPage.set(file, ids);
	}
	return ids;
}

describe('the JSON files of the open data', () => {
	const ajv = new Ajv2020({ allErrors: true, strict: true });
	addFormats(ajv);

	it.each(names)('%s.json is valid against the JSON Schema published beside it', (name) => {
		expect(json[name].$schema).toBe(`./${name}.schema.json`);
		const validate = ajv.compile(schemas[name]);
		const valid = validate(json[name]);
		expect(validate.errors ?? [], ajv.errorsText(validate.errors)).toEqual([]);
		expect(valid).toBe(true);
	});

	it('the schemas refuse a record with a field they do not know', () => {
		const validate = ajv.compile(schemas.quotes);
		const [first] = json.quotes.items;
		expect(validate({ ...json.quotes, items: [{ ...first, invented: true }], count: 1 })).toBe(false);
	});

	it('hold as many records as the content: articles, entities, quotes, claims, events plus articles on the timeline, topics times articles, findings', () => {
		const articles = contentCount('articles', '.md');
		const events = contentCount('events', '.yaml');
		expect(articles).toBe(5);
		const counts = Object.fromEntries(names.map((name) => [name, [json[name].count, json[name].items.length]]));
		expect(counts).toEqual({
			articles: [articles, articles],
			entities: [contentCount('entities', '.yaml'), contentCount('entities', '.yaml')],
			quotes: [contentCount('quotes', '.yaml'), contentCount('quotes', '.yaml')],
			claims: [contentCount('claims', '.yaml'), contentCount('claims', '.yaml')],
			timeline: [events + articles, events + articles],
			coverage: [contentCount('topics', '.yaml') * articles, contentCount('topics', '.yaml') * articles],
			findings: [contentCount('findings', '.yaml'), contentCount('findings', '.yaml')],
		});
	});

	it('have unique ids within each file (on the timeline, within each kind)', () => {
		for (const name of names) {
			const keys = json[name].items.map((item) => (name === 'timeline' ? `${String(item.kind)}:${item.id}` : item.id));
			expect(new Set(keys).size, name).toBe(keys.length);
		}
	});

	it.each(names)('every address in %s.json points at a page of the build, and at an element of it when it has an anchor', (name) => {
		const urls = [...new Set(siteUrls(json[name]))];
		expect(urls.length).toBeGreaterThan(json[name].count);
		const broken = urls.filter((address) => {
			const url = new URL(address);
			const file = fileOfPath(url.pathname);
			if (!file) return true;
			return url.hash !== '' && !idsOf(file).has(decodeURIComponent(url.hash.slice(1)));
		});
		expect(broken).toEqual([]);
	});

	it('each article’s text holds every quotation and evidence sentence placed in that article', () => {
		const text = new Map(json.articles.items.map((article) => [article.id, normaliseVerbatim(String(article.text))]));
		const sentences = [
			...json.quotes.items.map((quote) => ({ article: String(quote.article), sentence: String(quote.text) })),
			...json.claims.items.flatMap((claim) =>
				(claim.positions as { article: string; evidence: { sentence: string }[] }[]).flatMap((position) =>
					position.evidence.map(({ sentence }) => ({ article: position.article, sentence })),
				),
			),
			...json.findings.items.flatMap((finding) => (finding.evidence as { article: string; sentence: string }[]).map(({ article, sentence }) => ({ article, sentence }))),
		];
		expect(sentences.length).toBeGreaterThan(20);
		const missing = sentences.filter(({ article, sentence }) => !text.get(article)?.includes(normaliseVerbatim(sentence)));
		expect(missing).toEqual([]);
	});

	it('list the findings in their order, each citing claims and quotations the other files hold', () => {
		const orders = json.findings.items.map((item) => Number(item.order));
		expect([...orders].sort((a, b) => a - b)).toEqual(orders);
		const claimIds = new Set(json.claims.items.map((claim) => claim.id));
		const quoteIds = new Set(json.quotes.items.map((quote) => quote.id));
		const cited = json.findings.items.flatMap((finding) => [
			...(finding.claims as string[]).map((id) => ({ id, known: claimIds.has(id) })),
			...(finding.quotes as string[]).map((id) => ({ id, known: quoteIds.has(id) })),
		]);
		expect(cited.length).toBeGreaterThan(0);
		expect(cited.filter(({ known }) => !known)).toEqual([]);
		// A claim's or quotation's address in a finding is the one its own file gives.
		const claimUrl = new Map(json.claims.items.map((claim) => [claim.id, claim.url]));
		for (const finding of json.findings.items) {
			expect(finding.claimUrls).toEqual((finding.claims as string[]).map((id) => claimUrl.get(id)));
		}
	});

	it('hold the comparison’s coverage grid cell for cell: the same paragraphs of each article under each topic', () => {
		const grid = read('compare/index.html');
		for (const item of json.coverage.items) {
			const row = grid.match(new RegExp(`<tr data-topic="${String(item.topic)}"[^>]*>([\\s\\S]*?)</tr>`))?.[1] ?? '';
			expect(row, String(item.topic)).not.toBe('');
			const links = [...row.matchAll(/href="\/articles\/([^/]+)\/#p-(\d+)"/g)].filter((m) => m[1] === item.article).map((m) => Number(m[2]));
			const paragraphs = (item.paragraphs as { paragraph: number }[]).map((p) => p.paragraph);
			expect(paragraphs, item.id).toEqual(links);
			expect(item.id).toBe(`${String(item.topic)}/${String(item.article)}`);
		}
		// Some cell is empty and some is not, or the comparison above proves little.
		expect(json.coverage.items.some((item) => (item.paragraphs as unknown[]).length === 0)).toBe(true);
		expect(json.coverage.items.some((item) => (item.paragraphs as unknown[]).length > 2)).toBe(true);
	});

	it('list the timeline in the order of its numbers, which run from 1 without a gap', () => {
		const numbers = json.timeline.items.map((item) => item.number);
		expect(numbers).toEqual(numbers.map((_, index) => index + 1));
		const times = json.timeline.items.map((item) => Date.parse(String(item.placedAt)));
		expect([...times].sort((a, b) => a - b)).toEqual(times);
	});
});

describe('the CSV files of the open data', () => {
	it.each(names)('%s.csv parses as RFC 4180 with a header row, and has as many records as its JSON file', (name) => {
		const csv = read(`data/${name}.csv`);
		expect(csv.endsWith('\r\n')).toBe(true);
		const rows = parse(csv, { columns: true, record_delimiter: '\r\n', bom: false }) as Record<string, string>[];
		const expected =
			name === 'claims'
				? json.claims.items.reduce((sum, claim) => sum + (claim.positions as unknown[]).length, 0)
				: json[name].items.length;
		expect(rows.length).toBe(expected);
		const ids = name === 'claims' ? json.claims.items.flatMap((claim) => (claim.positions as unknown[]).map(() => claim.id)) : json[name].items.map((item) => item.id);
		expect(rows.map((row) => row.id)).toEqual(ids);
	});

	it('give each field its value: the articles’ titles and publication dates match the JSON file', () => {
		const rows = parse(read('data/articles.csv'), { columns: true }) as Record<string, string>[];
		expect(rows.map((row) => [row.title, row['published.date']])).toEqual(
			json.articles.items.map((item) => [item.title, (item.published as { date: string }).date]),
		);
		expect(Object.keys(rows[0] ?? {})).not.toContain('text');
	});
});

describe('the data page', () => {
	const page = read('data/index.html');
	const links = new Set([...page.matchAll(/<a\b[^>]*\shref="([^"]+)"/g)].map((match) => match[1]));

	it('links to the JSON, JSON Schema and CSV form of every file', () => {
		const missing = names.flatMap((name) => [`/data/${name}.json`, `/data/${name}.schema.json`, `/data/${name}.csv`]).filter((href) => !links.has(href));
		expect(missing).toEqual([]);
	});

	it('gives the number of records of every file and documents every field of its schema', () => {
		for (const name of names) {
			const section = page.slice(page.indexOf(`id="${name}"`));
			expect(section, name).toContain(`${json[name].count} records`);
			const fieldTable = section.slice(0, section.indexOf('</table>'));
			const item = (schemas[name] as { properties: { items: { items: { properties?: object; oneOf?: { properties: object }[] } } } }).properties.items.items;
			const fields = new Set([item.properties ?? {}, ...(item.oneOf ?? []).map((variant) => variant.properties)].flatMap(Object.keys));
			const documented = new Set(
				[...fieldTable.matchAll(/<th scope="row"[^>]*>\s*<code[^>]*>([\s\S]*?)<\/code>/g)].map((match) => (match[1] ?? '').replace(/<[^>]*>|\s/g, '')),
			);
			for (const field of fields) expect(documented.has(field), `${name}: ${field}`).toBe(true);
		}
	});

	it('is linked from the footer of every page', () => {
		const unlinked = htmlFiles().filter((file) => !/<footer[\s\S]*href="\/data\/"[\s\S]*<\/footer>/.test(read(file)));
		expect(unlinked).toEqual([]);
	});

	it('keeps its field tables out of the search index', () => {
		const tables = [...page.matchAll(/<section\b[^>]*class="table-scroll[^"]*"[^>]*>/g)].map((match) => match[0]);
		expect(tables.length).toBe(names.length);
		for (const table of tables) expect(table).toContain('data-pagefind-ignore');
	});
});
