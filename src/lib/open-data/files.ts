/**
 * The files of the open data, as text: each JSON file validated against its zod schema before it
 * is written (invalid data is never published), its JSON Schema, and its CSV form. Deterministic:
 * no timestamps, records in a fixed order, keys in the schema's order, so that two builds of the
 * same content are byte for byte the same.
 */
import { z } from 'astro/zod';
import { type DatasetFile, type DatasetItem, type DatasetName, datasetInfo, datasetSchemas, type JsonSchema, jsonSchemaOf } from '../../schemas/open-data';
import { dataFileHref, indexHref } from '../routing/routes';
import { toCsv } from './csv';
import { fieldsOf, type SchemaField, type SchemaNode } from './json-schema-fields';


/** Fields left out of a file's CSV form (long texts, which the JSON file has). */
const csvExcluded: Partial<Record<DatasetName, readonly string[]>> = { articles: ['text'] };

/** Files whose CSV form has one row per item of a list: a claim once per position. */
const csvRowsPer: Partial<Record<DatasetName, string>> = { claims: 'positions' };

/** What the data page says about each CSV file's rows. */
export const csvRowNote: Record<DatasetName, string> = {
	articles: 'One row per article; the text is only in the JSON file.',
	entities: 'One row per entity; the per-article counts are lists in the order of `mentionsByArticle[].article`.',
	quotes: 'One row per quotation.',
	claims: 'One row per claim and article position; the claim’s own columns repeat on each of its rows.',
	timeline: 'One row per entry, events and articles together; columns that only apply to events are empty for articles.',
	coverage: 'One row per topic and article; the paragraphs’ columns are lists in the order of `paragraphs[].paragraph`, empty where the article does not cover the topic.',
	findings: 'One row per finding; its claims, quotations and sentences are lists, the sentences’ columns in the order of `evidence[].article`.',
};

/** The fields of a file's records, from its JSON Schema. */
export function recordFieldsOf(name: DatasetName): SchemaField[] {
	const items = (jsonSchemaOf(name).properties as Record<string, SchemaNode> | undefined)?.items?.items;
	if (!items) throw new Error(`The JSON Schema of ${name} has no items`);
	return fieldsOf(items);
}

/** The columns of a file's CSV form: the documented fields that hold values (not objects or lists of objects). */
export function csvColumnsOf(name: DatasetName): string[] {
	const fields = recordFieldsOf(name).map((field) => field.name);
	const excluded = new Set(csvExcluded[name] ?? []);
	return fields.filter((field) => !excluded.has(field) && !fields.some((other) => other.startsWith(`${field}.`) || other.startsWith(`${field}[].`)));
}

/** The envelope and records of a file, ready to validate. */
export function datasetFile<N extends DatasetName>(name: N, items: DatasetItem<N>[], site: URL): DatasetFile<N> {
	return {
		$schema: `./${name}.schema.json`,
		title: datasetInfo[name].title,
		description: datasetInfo[name].description,
		documentation: new URL(`${indexHref.data}#${name}`, site).href,
		count: items.length,
		items,
	};
}

/**
 * A JSON file's text. The file is parsed with its zod schema first: when it does not match, this
 * throws (and the build fails) with the problems listed, instead of publishing invalid data.
 */
export function datasetJson<N extends DatasetName>(name: N, items: DatasetItem<N>[], site: URL): string {
	const result = datasetSchemas[name].safeParse(datasetFile(name, items, site));
	if (!result.success) {
		throw new Error(`${dataFileHref(name, 'json')} does not match its schema, so it is not published:\n${z.prettifyError(result.error)}`);
	}
	return `${JSON.stringify(result.data, null, '\t')}\n`;
}

/** The JSON Schema file of a JSON file, with its own address as `$id`. */
export function datasetSchemaJson(name: DatasetName, site: URL): string {
	const { $schema, ...schema }: JsonSchema = jsonSchemaOf(name);
	return `${JSON.stringify({ $schema, $id: new URL(dataFileHref(name, 'schema.json'), site).href, ...schema }, null, '\t')}\n`;
}

/** The rows of a file's CSV form: one per record, or one per item of its list (see `csvRowsPer`), the record's other fields repeated. */
export function csvRowsOf<N extends DatasetName>(name: N, items: DatasetItem<N>[]): unknown[] {
	const per = csvRowsPer[name];
	if (!per) return items;
	return items.flatMap((item) => ((item as Record<string, unknown>)[per] as unknown[]).map((one) => ({ ...item, [per]: [one] })));
}

/** A file's CSV form: the columns of {@link csvColumnsOf}, the rows of {@link csvRowsOf}. */
export function datasetCsv<N extends DatasetName>(name: N, items: DatasetItem<N>[]): string {
	return toCsv(csvColumnsOf(name), csvRowsOf(name, items));
}
