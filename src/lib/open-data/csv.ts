/**
 * CSV files of the open data: RFC 4180 (comma-separated, fields with a comma, a quotation mark or a
 * line break in double quotes, quotation marks doubled, CRLF between records), UTF-8, one header row.
 *
 * A column is named by the path of a field in the JSON items (`published.date`, `positions[].status`),
 * so that the fields documented for the JSON file document the CSV file too. A field that holds a
 * list becomes one cell with the values joined by {@link listSeparator}.
 */
import { stringify } from 'csv-stringify/sync';

/** What joins the values of a list in one cell. */
export const listSeparator = ' | ';

type Cell = string | number | boolean | null | undefined;

/** The scalar values found at a path such as `a.b`, `a[].b` or `tags` (a list of scalars), and whether the path crosses a list. */
export function valuesAt(record: unknown, path: string): { values: Cell[]; list: boolean } {
	let current: unknown[] = [record];
	let list = false;
	for (const segment of path.split('.')) {
		const key = segment.endsWith('[]') ? segment.slice(0, -2) : segment;
		current = current.flatMap((value) => {
			if (value === null || typeof value !== 'object') return [];
			const next = (value as Record<string, unknown>)[key];
			if (next === undefined) return [];
			if (Array.isArray(next)) {
				list = true;
				return next as unknown[];
			}
			return [next];
		});
	}
	for (const value of current) {
		if (value !== null && typeof value === 'object') throw new Error(`CSV: the field "${path}" holds objects; name one of their fields instead`);
	}
	return { values: current as Cell[], list };
}

/**
 * The text of one cell: the value at `path`, or the values of a list joined by {@link listSeparator}
 * (an empty list gives an empty cell). Throws when a value of a list contains the separator, so that
 * no cell can be split wrongly.
 */
export function cellAt(record: unknown, path: string): string {
	const { values, list } = valuesAt(record, path);
	const texts = values.filter((value) => value !== null && value !== undefined).map(String);
	if (list) {
		const clash = texts.find((text) => text.includes(listSeparator));
		if (clash !== undefined) throw new Error(`CSV: a value of "${path}" contains the list separator "${listSeparator}": ${clash}`);
	}
	return texts.join(listSeparator);
}

/** A CSV file with one header row (the paths) and one record per row. */
export function toCsv(paths: readonly string[], rows: readonly unknown[]): string {
	return stringify(
		rows.map((row) => paths.map((path) => cellAt(row, path))),
		// A line break of either kind inside a value is quoted, whatever the record delimiter.
		{ header: true, columns: [...paths], record_delimiter: 'windows', quoted_match: /[\r\n]/, bom: false },
	);
}
