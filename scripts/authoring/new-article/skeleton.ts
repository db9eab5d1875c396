/**
 * The frontmatter skeleton of a new article: every field of the article schema
 * (src/schemas/article.ts), each under a YAML comment saying what to write and which values are
 * allowed. Fields only the editors can decide hold placeholders (`""`, `[""]`, `[]`) that the
 * build's content check rejects, naming the file and the field, until they are filled in.
 * Only what is certain is filled in: the source file's name, the language, and the notes on
 * what the copy left out.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load as loadYaml } from 'js-yaml';
import { createArticleSchema } from '../../../src/schemas/article.ts';
import { datePrecisions } from '../../../src/schemas/published.ts';
import { plainIdReference } from '../../../src/schemas/reference.ts';

/** One id an article may refer to, with the name an editor knows it by. */
export interface Choice {
	/** The id, i.e. the file name without `.yaml`. */
	id: string;
	/** The tag's `label` or the author's or outlet's `name`, when the file has one. */
	label?: string;
}

/** The ids the frontmatter may refer to, as they are in the content directory. */
export interface ContentChoices {
	tags: Choice[];
	authors: Choice[];
	outlets: Choice[];
}

/** What {@link frontmatterSkeleton} needs to know. */
export interface SkeletonOptions {
	/** The file name of the source text, for `sourceFile`. */
	sourceFile: string;
	/** The article's id (the file name), mentioned in the comment on `slug`. */
	slug: string;
	/** A first line of the source that looks like a headline; offered in a comment, never filled in. */
	headline?: string | undefined;
	/** The ids listed in the comments on `tags`, `authors` and `outlet`. */
	choices: ContentChoices;
	/** Notes on what the copy changed (e.g. the chrome it left out), prefilled in `editorialNotes`. */
	editorialNotes?: readonly string[];
}

const articleShape = createArticleSchema(plainIdReference).shape;

/** The values of the enumerated fields, read from the schema so that the comments never go stale. */
export const allowedValues = {
	genre: articleShape.genre.options,
	titleSource: articleShape.titleSource.options,
	precision: datePrecisions,
	basis: articleShape.published.shape.basis.options,
} as const;

function readChoices(dir: string): Choice[] {
	let names: string[];
	try {
		names = readdirSync(dir).filter((name) => name.endsWith('.yaml'));
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
		throw error;
	}
	return names.sort().map((name) => {
		const id = name.slice(0, -'.yaml'.length);
		try {
			const data = loadYaml(readFileSync(path.join(dir, name), 'utf8')) as { label?: unknown; name?: unknown } | null;
			const label = data?.label ?? data?.name;
			return typeof label === 'string' ? { id, label } : { id };
		} catch {
			return { id };
		}
	});
}

/**
 * Reads the tag, author and outlet ids (with their labels or names) under `contentDir`.
 * A missing folder gives an empty list; a file that is not valid YAML is listed by id alone
 * (the build reports what is wrong with it).
 */
export function readContentChoices(contentDir: string): ContentChoices {
	return {
		tags: readChoices(path.join(contentDir, 'tags')),
		authors: readChoices(path.join(contentDir, 'authors')),
		outlets: readChoices(path.join(contentDir, 'outlets')),
	};
}

/** A YAML string: JSON's double-quoted strings are valid YAML. */
const quote = (text: string) => JSON.stringify(text);

function choiceLines(choices: readonly Choice[], folder: string, indent = ''): string[] {
	if (choices.length === 0) return [`${indent}#   (none yet: add ${folder}/<id>.yaml)`];
	return choices.map(({ id, label }) => `${indent}#   - ${id}${label ? `: ${label}` : ''}`);
}

/**
 * The frontmatter of a new article, without the `---` lines: every field of the article schema,
 * commented. `slug` is written as a comment (the file name is the id); every other field is
 * present, filled in only where the value is certain.
 */
export function frontmatterSkeleton(options: SkeletonOptions): string {
	const { sourceFile, slug, headline, choices, editorialNotes = [] } = options;
	const list = (values: readonly string[]) => values.join(', ');
	const lines = [
		`# A draft made by \`npm run new-article\` from ${sourceFile}. Fill in every field below, as the`,
		'# comment above it says; the fields are documented in src/schemas/article.ts. Until then',
		'# `npm run build` stops and names each field still to do.',
		'#',
		`# The article's address is /articles/${slug}/, from the file name. To publish it under`,
		'# another, rename the file or uncomment the next line (lower-case words joined by hyphens).',
		`# slug: ${quote(slug)}`,
		'',
		'# The headline. Where the source has one, copy it verbatim and delete it from the text below;',
		'# where it has none, the editors write one.',
		...(headline
			? ['# The first line of the source looks like a headline (check it):', `#   ${quote(headline)}`]
			: ['# The first line of the source does not look like a headline.']),
		'title: ""',
		'# "source" when the headline is the source\'s own, "editors" when the editors wrote it.',
		`# One of: ${list(allowedValues.titleSource)}.`,
		'titleSource: ""',
		'# The lede or standfirst the source prints under its headline, verbatim (delete it from the text',
		'# below). Delete this line when the source has none.',
		'standfirst: ""',
		'# One sentence by the editors saying what the article is about.',
		'summary: ""',
		'# The credited authors, by id, one per line as "- id". Write [] when the author is unknown;',
		'# for a new author, add content/authors/<id>.yaml (see src/schemas/author.ts). Known authors:',
		...choiceLines(choices.authors, 'content/authors'),
		'authors: [""]',
		'# The byline exactly as printed, e.g. "By Charles Hecker" (delete it from the text below).',
		'# Delete this line when the source has none.',
		'byline: ""',
		'# The outlet that published the article, by id; null when the source does not say. For a new',
		'# outlet, add content/outlets/<id>.yaml (see src/schemas/outlet.ts). Known outlets:',
		...choiceLines(choices.outlets, 'content/outlets'),
		'outlet: ""',
		'# When the article was published, how precisely that is known, and on whose word.',
		'# Never guess silently: a date the editors inferred is "estimated", with a reason.',
		'published:',
		'  # The date to its precision, quoted: "2025-12-08" (day), "2025-12" (month) or "2025" (year).',
		'  date: ""',
		`  # How finely the date is known. One of: ${list(allowedValues.precision)}.`,
		'  precision: ""',
		'  # "stated" when the source prints the date, "estimated" when the editors inferred it.',
		`  # One of: ${list(allowedValues.basis)}.`,
		'  basis: ""',
		'  # For an estimated date: what in the text it was inferred from. Delete this line for a stated date.',
		'  reason: ""',
		'  # For a stated date: the date exactly as printed, e.g. "December 08, 2025" (delete it from the',
		'  # text below). Delete this line for an estimated date.',
		'  asPrinted: ""',
		'# The address the text was taken from (https://…), when the source gives it (delete it from the',
		'# text below). Delete this line when the source gives none.',
		'originalUrl: ""',
		`# The kind of journalism, as judged by the editors. One of: ${list(allowedValues.genre)}.`,
		'genre: ""',
		'# The language of the text, as a BCP 47 tag such as "en".',
		'language: en',
		'# The topics the article is filed under, by id, at least one, one per line as "- id". For a new',
		'# topic, add content/tags/<id>.yaml (see src/schemas/tag.ts). Known tags:',
		...choiceLines(choices.tags, 'content/tags'),
		'tags: []',
		'# The scraped source file the text was copied from; keep a verbatim copy in tests/fixtures/sources/.',
		`sourceFile: ${quote(sourceFile)}`,
		'# Lines of the source that belong to the article but not to its text (captions, disclaimers,',
		'# sign-offs), verbatim, one per line as "- text"; delete them from the text below.',
		'sourceNotes: []',
		'# What the editors changed in copying the text, and why (e.g. a repaired line break), one per line.',
		...(editorialNotes.length > 0 ? ['editorialNotes:', ...editorialNotes.map((note) => `  - ${quote(note)}`)] : ['editorialNotes: []']),
		"# The editors' label for the article's stance on US–Russia business diplomacy, shown on the",
		'# comparison page: neutral and defensible from the text; describe, do not judge.',
		'# Delete the whole block to leave it out.',
		'stance:',
		'  # A few words, at most 60 characters, e.g. "Sceptical of business-first diplomacy".',
		'  label: ""',
		'  # One sentence saying what in the text the label rests on.',
		'  reason: ""',
	];
	return `${lines.join('\n')}\n`;
}

/**
 * A whole article draft: the frontmatter skeleton between `---` lines, a blank line, then the
 * paragraphs separated by blank lines, ending with a newline.
 */
export function articleDraft(options: SkeletonOptions & { paragraphs: readonly string[] }): string {
	return `---\n${frontmatterSkeleton(options)}---\n\n${options.paragraphs.join('\n\n')}\n`;
}
