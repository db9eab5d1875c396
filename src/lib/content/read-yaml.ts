import { load } from 'js-yaml';

/** The largest content the build accepts; beyond these a file is refused before it is parsed further. */
export const contentLimits = {
	/** An article file (frontmatter and body), in bytes. */
	articleBytes: 1024 * 1024,
	/** An article's frontmatter block, in bytes. */
	frontmatterBytes: 32 * 1024,
	/** A data file (an entity, a tag, a quote list, …), in bytes. */
	dataFileBytes: 256 * 1024,
	/** One text field, in characters. */
	fieldCharacters: 10_000,
	/** Lists and blocks inside one another in a file's data. */
	dataDepth: 10,
	/** Block quotes and list items inside one another in an article body. */
	bodyNesting: 10,
} as const;

/**
 * Parses a content file's YAML. Aliases (`*name`) are refused, so that a few lines repeating
 * an anchor (a "billion laughs") cannot expand into gigabytes and hang the build: js-yaml stops
 * at the first alias with "aliases exceeded maxAliases (0)".
 */
export function loadContentYaml(text: string, filename: string): unknown {
	return load(text, { filename, maxAliases: 0 });
}

/** True when a js-yaml error is the refusal of an alias. */
export function isAliasError(reason: string): boolean {
	return /maxAliases/.test(reason);
}
