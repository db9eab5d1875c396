/**
 * The fields of a JSON Schema as a flat list, for the tables of the data page: generated from the
 * published schema, so that the documentation cannot drift from the data.
 */

/** A JSON Schema (or a part of one), as far as this module reads it. */
export interface SchemaNode {
	type?: string | string[];
	description?: string;
	properties?: Record<string, SchemaNode>;
	required?: string[];
	items?: SchemaNode;
	anyOf?: SchemaNode[];
	oneOf?: SchemaNode[];
	enum?: unknown[];
	const?: unknown;
	format?: string;
}

/** One row of a field table. */
export interface SchemaField {
	/** The path of the field: `published.date`, `positions[].status` (`[]`: each item of a list). */
	name: string;
	/** The type in words, e.g. "string", "URL", "one of `day`, `month`, `year`", "list of string". */
	type: string;
	description: string;
	/** Whether every record has the field (for a field inside a list: every item). */
	required: boolean;
	/** For a field only some records have, by the value of their discriminator: e.g. "kind `event`". */
	only?: string;
}

const code = (value: unknown) => `\`${String(value)}\``;

/** The type of a schema node in words. */
export function typeOf(node: SchemaNode): string {
	if (node.const !== undefined) return code(node.const);
	if (node.enum) return `one of ${node.enum.map(code).join(', ')}`;
	const variants = node.anyOf ?? node.oneOf;
	if (variants) return [...new Set(variants.map(typeOf))].join(' or ');
	if (Array.isArray(node.type)) return node.type.join(' or ');
	switch (node.type) {
		case 'string':
			return node.format === 'uri' ? 'URL' : node.format === 'date-time' ? 'date and time (ISO 8601)' : 'string';
		case 'array':
			return `list of ${node.items ? typeOf(node.items) : 'values'}`;
		case undefined:
			return 'any';
		default:
			return node.type;
	}
}

/** The object schema inside a node, if any: the node itself, the items of a list, or the non-null member of "X or null". */
function objectOf(node: SchemaNode): { node: SchemaNode; suffix: string } | undefined {
	if (node.properties) return { node, suffix: '' };
	if (node.type === 'array' && node.items?.properties) return { node: node.items, suffix: '[]' };
	const members = (node.anyOf ?? []).filter((member) => member.type !== 'null');
	if (members.length === 1 && members[0]) return objectOf(members[0]);
	return undefined;
}

/** The description of a node, looking inside "X or null". */
const descriptionOf = (node: SchemaNode): string => node.description ?? node.anyOf?.find((member) => member.description)?.description ?? '';

/**
 * Every field of an object schema, depth first in the schema's order: an object's own row comes
 * before its fields. A union of objects (`oneOf`, a discriminated union) is merged: a field that
 * only some members have says which, by the value of their constant field (e.g. `kind`).
 */
export function fieldsOf(schema: SchemaNode, prefix = ''): SchemaField[] {
	if (schema.oneOf) return mergeVariants(schema.oneOf, prefix);
	const required = new Set(schema.required ?? []);
	return Object.entries(schema.properties ?? {}).flatMap(([key, node]) => {
		const name = `${prefix}${key}`;
		const own: SchemaField = { name, type: typeOf(node), description: descriptionOf(node), required: required.has(key) };
		const inner = objectOf(node);
		return [own, ...(inner ? fieldsOf(inner.node, `${name}${inner.suffix}.`) : [])];
	});
}

function mergeVariants(variants: readonly SchemaNode[], prefix: string): SchemaField[] {
	interface Merged {
		field: SchemaField;
		types: string[];
		descriptions: Map<string, string[]>;
		tags: string[];
	}
	const merged = new Map<string, Merged>();
	for (const variant of variants) {
		const constant = Object.entries(variant.properties ?? {}).find(([, node]) => node.const !== undefined);
		const tag = constant ? `${constant[0]} ${code(constant[1].const)}` : 'some records';
		for (const field of fieldsOf(variant, prefix)) {
			const entry: Merged = merged.get(field.name) ?? { field: { ...field }, types: [], descriptions: new Map<string, string[]>(), tags: [] };
			entry.types.push(field.type);
			entry.descriptions.set(field.description, [...(entry.descriptions.get(field.description) ?? []), tag]);
			entry.tags.push(tag);
			entry.field.required &&= field.required;
			merged.set(field.name, entry);
		}
	}
	return [...merged.values()].map(({ field, types, descriptions, tags }) => {
		const result: SchemaField = { ...field, type: mergeTypes(types), description: [...descriptions.keys()][0] ?? '' };
		if (descriptions.size > 1) result.description = [...descriptions].map(([text, by]) => `For ${by.join(', ')}: ${text}`).join(' ');
		if (tags.length < variants.length) {
			result.only = tags.join(', ');
			result.required = false;
		}
		return result;
	});
}

/** The types of one field in several variants, in words: enumerations are merged into one. */
function mergeTypes(types: readonly string[]): string {
	const distinct = [...new Set(types)];
	if (distinct.length > 1 && distinct.every((type) => type.startsWith('one of '))) {
		return `one of ${[...new Set(distinct.flatMap((type) => type.slice('one of '.length).split(', ')))].join(', ')}`;
	}
	return distinct.join(' or ');
}
