import { readFileSync, statSync } from 'node:fs';
import { contentLimits, isAliasError, loadContentYaml } from '../content/read-yaml';
import { isInvisibleOnly, textHygieneProblem } from '../content/text-hygiene';
import type { ContentProblem } from './content-problems';

/** A content file read and parsed, not yet checked against its schema. */
export interface ReadFile {
	data: Record<string, unknown>;
	/** The Markdown after the frontmatter (articles only). */
	body?: string | undefined;
	/** The line of the file where the body starts (1-based). */
	bodyStartLine?: number | undefined;
}

const kib = (bytes: number) => `${Math.round(bytes / 1024)} KiB`;

function splitFrontmatter(source: string): { frontmatter: string; body: string; bodyStartLine: number } | undefined {
	const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(source);
	if (!match) return undefined;
	return { frontmatter: match[1] ?? '', body: source.slice(match[0].length), bodyStartLine: match[0].split('\n').length };
}

function describeReceived(input: unknown): string {
	if (input === null) return 'null';
	if (Array.isArray(input)) return 'a list';
	return typeof input === 'string' ? `the text ${JSON.stringify(input.slice(0, 80))}` : `${typeof input} ${JSON.stringify(input)}`;
}

/** Line and column (1-based) of an offset. */
function position(source: string, offset: number): { line: number; column: number } {
	const before = source.slice(0, offset).split('\n');
	return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/** Every text field of the data: its dotted path and value; and the deepest nesting. */
function walk(value: unknown, field: string, depth: number, visit: (field: string, text: string) => void): number {
	if (typeof value === 'string') {
		visit(field, value);
		return depth;
	}
	if (value === null || typeof value !== 'object' || value instanceof Date) return depth;
	let deepest = depth + 1;
	if (deepest > contentLimits.dataDepth) return deepest;
	const children = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
	for (const [key, child] of children) {
		if (textHygieneProblem(key)) visit(field ? `${field}.${key}` : key, key);
		deepest = Math.max(deepest, walk(child, field ? `${field}.${key}` : key, depth + 1, visit));
	}
	return deepest;
}

/** How deep block quotes and list items are nested on the deepest line of a Markdown body, and where. */
function deepestNesting(body: string): { depth: number; line: number } {
	let deepest = { depth: 0, line: 0 };
	const marker = /^[ \t]{0,3}(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))[ \t]?/;
	body.split('\n').forEach((text, index) => {
		let rest = text;
		let depth = 0;
		for (let m = marker.exec(rest); m && m[0].length > 0; m = marker.exec(rest)) {
			depth++;
			rest = rest.slice(m[0].length);
			if (depth > contentLimits.bodyNesting) break;
		}
		if (depth > deepest.depth) deepest = { depth, line: index + 1 };
	});
	return deepest;
}

/**
 * Reads one content file and parses its YAML within bounds: the size of the file, its frontmatter
 * and each field; valid UTF-8 without a byte-order mark; no control characters; no YAML aliases;
 * data nested at most {@link contentLimits}.dataDepth deep; text fields free of control characters,
 * lone surrogates, noncharacters and bidirectional overrides, and not made only of invisible
 * characters. Returns the data, or the problems (each naming the file and the field).
 */
export function readContentFile(absolute: string, file: string, isArticle: boolean): ReadFile | ContentProblem[] {
	const problem = (field: string, text: string, expected: string, fix: string): ContentProblem[] => [{ file, field, problem: text, expected, fix }];
	const limit = isArticle ? contentLimits.articleBytes : contentLimits.dataFileBytes;
	const size = statSync(absolute).size;
	if (size > limit) {
		return problem('file', `the file is ${kib(size)}, more than the ${kib(limit)} the build reads`, `a file of at most ${kib(limit)}`, `Shorten ${file}${isArticle ? ', or split the text into two articles' : ', or split it into several files'}.`);
	}
	const bytes = readFileSync(absolute);
	let source: string;
	try {
		source = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
	} catch {
		const lenient = bytes.toString('utf8');
		const at = position(lenient, Math.max(0, lenient.indexOf('\ufffd')));
		return problem('file', `the file is not valid UTF-8 text (line ${at.line}, column ${at.column}): it holds binary data or another encoding`, 'text saved as UTF-8', `Save ${file} as UTF-8 text, removing any binary data pasted into it.`);
	}
	if (source.startsWith('\ufeff')) {
		return problem('file', 'the file starts with a byte-order mark (an invisible U+FEFF before the first character)', 'UTF-8 text without a byte-order mark', `Save ${file} as "UTF-8" rather than "UTF-8 with BOM" in your editor.`);
	}
	const control = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.exec(source);
	if (control) {
		const at = position(source, control.index);
		const code = `U+${(control[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
		const split = isArticle ? splitFrontmatter(source) : undefined;
		const inBody = split !== undefined && control.index >= source.length - split.body.length;
		const keyLine = source
			.slice(0, control.index)
			.split('\n')
			.reverse()
			.find((line) => /^[A-Za-z_][\w-]*:/.test(line));
		const key = inBody ? undefined : /^([A-Za-z_][\w-]*):/.exec(keyLine ?? '')?.[1];
		return problem(inBody ? 'body' : (key ?? (isArticle ? 'frontmatter' : 'file')), `a control character ${code} at line ${at.line}, column ${at.column}`, 'text with no control characters other than tabs and line breaks', `Delete the invisible character at line ${at.line}, column ${at.column} of ${file} (it was probably pasted along with the text).`);
	}
	let yamlText = source;
	let lineOffset = 0;
	let body: string | undefined;
	let bodyStartLine: number | undefined;
	if (isArticle) {
		const split = splitFrontmatter(source);
		if (!split) {
			return problem('frontmatter', 'the file does not start with a frontmatter block', 'a first line "---", the YAML fields, then a line "---", then the text', `Add the frontmatter block at the top of ${file} (copy one from another article).`);
		}
		if (Buffer.byteLength(split.frontmatter) > contentLimits.frontmatterBytes) {
			return problem('frontmatter', `the frontmatter is ${kib(Buffer.byteLength(split.frontmatter))}, more than ${kib(contentLimits.frontmatterBytes)}`, `a frontmatter block of at most ${kib(contentLimits.frontmatterBytes)}`, `Shorten the fields of ${file}; long text belongs in the body.`);
		}
		({ body, bodyStartLine } = split);
		yamlText = split.frontmatter;
		lineOffset = 1;
		const nesting = deepestNesting(body);
		if (nesting.depth > contentLimits.bodyNesting) {
			return problem('body', `block quotes or list items are nested more than ${contentLimits.bodyNesting} deep (line ${nesting.line + bodyStartLine - 1})`, `at most ${contentLimits.bodyNesting} levels of ">" or list items inside one another`, `Flatten the nesting at line ${nesting.line + bodyStartLine - 1} of ${file}.`);
		}
	}
	let raw: unknown;
	try {
		raw = loadContentYaml(yamlText, file);
	} catch (error) {
		const mark = (error as { mark?: { line: number; column: number } }).mark;
		const reason = (error as { reason?: string }).reason ?? String(error);
		const at = mark ? ` at line ${mark.line + 1 + lineOffset}, column ${mark.column + 1}` : '';
		if (isAliasError(reason)) {
			return problem(isArticle ? 'frontmatter' : 'file', `a YAML alias ("*name", repeating an "&name" anchor)${at}: aliases are not allowed in content, since a few of them can expand into gigabytes`, 'every value written out in full, without "&anchor" and "*alias"', `Replace the alias${at} with the value it stands for, and remove the "&" anchor.`);
		}
		return problem(isArticle ? 'frontmatter' : 'file', `YAML syntax error${at}: ${reason}`, 'valid YAML: "key: value" pairs, lists as "- item" or [a, b], text with ":" or "#" in quotes', 'Correct the syntax at that line; quoting the value usually helps.');
	}
	if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
		return problem('frontmatter', `the data is ${describeReceived(raw)}, not a set of fields`, 'the fields documented in the collection\'s schema (src/schemas/)', `Write the fields as "key: value" lines in ${file}.`);
	}
	const problems: ContentProblem[] = [];
	const depth = walk(raw, '', 0, (field, text) => {
		const label = field || 'frontmatter';
		const dirty = textHygieneProblem(text);
		if (dirty) {
			problems.push({ file, field: label, problem: `the text has ${dirty}`, expected: 'visible text, without control characters, bidirectional overrides or noncharacters', fix: `Retype "${label}" in ${file}, or delete the invisible character (it was probably pasted along with the text).` });
		} else if (isInvisibleOnly(text)) {
			problems.push({ file, field: label, problem: 'the text is empty: it holds only spaces or invisible (zero-width) characters', expected: 'visible text', fix: `Write the text of "${label}" in ${file}, or remove the field if it is optional.` });
		} else if (text.length > contentLimits.fieldCharacters) {
			problems.push({ file, field: label, problem: `the text is ${text.length} characters long, more than ${contentLimits.fieldCharacters}`, expected: `at most ${contentLimits.fieldCharacters} characters`, fix: `Shorten "${label}" in ${file}.` });
		}
	});
	if (depth > contentLimits.dataDepth) {
		problems.push({ file, field: isArticle ? 'frontmatter' : 'file', problem: `lists and blocks are nested more than ${contentLimits.dataDepth} deep`, expected: `the shape documented in the collection's schema (at most ${contentLimits.dataDepth} levels)`, fix: `Remove the extra levels of nesting in ${file}.` });
	}
	if (problems.length > 0) return problems;
	return { data: raw as Record<string, unknown>, body, bodyStartLine };
}
