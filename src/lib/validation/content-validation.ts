import type { Root } from 'mdast';
import path from 'node:path';
import { VFile } from 'vfile';
import type { z } from 'astro/zod';
import { articleRemarkProcessor, textModelOf } from '../../markdown';
import { type ArticleText, plainTextOf } from '../text/article-text';
import { createArticleSchema } from '../../schemas/article';
import { createAuthorSchema } from '../../schemas/author';
import { createClaimSchema } from '../../schemas/claim';
import { createEventSchema } from '../../schemas/event';
import { createFindingSchema } from '../../schemas/finding';
import { createQuoteSchema } from '../../schemas/quote';
import { createTopicSchema } from '../../schemas/topic';
import { entitySchema } from '../../schemas/entity';
import { outletSchema } from '../../schemas/outlet';
import { pageSchema } from '../../schemas/page';
import { plainIdReference, type ReferencedCollection } from '../../schemas/reference';
import { tagSchema } from '../../schemas/tag';
import { findAnalysisProblems } from './analysis-validation';
import { type ContentProblem, ContentValidationError } from './content-problems';
import { findEntityProblems } from './entity-checks';
import { findFindingProblems } from './finding-checks';
import { collectionFolders, type CollectionName, listCollectionFiles } from '../content/paths';
import { isInvisibleOnly } from '../content/text-hygiene';
import { readContentFile } from './read-content-file';
import { unknownReferenceProblem } from './references';
import { futureDateProblem } from './future-dates';
import { findKeyTermProblems } from './key-terms';
import type { BodyCheckCache } from './body-check-cache';

/** The collections kept under the content directory, each in its own folder. */
const collections = {
	articles: { schema: createArticleSchema(plainIdReference), module: 'src/schemas/article.ts' },
	authors: { schema: createAuthorSchema(plainIdReference), module: 'src/schemas/author.ts' },
	outlets: { schema: outletSchema, module: 'src/schemas/outlet.ts' },
	tags: { schema: tagSchema, module: 'src/schemas/tag.ts' },
	entities: { schema: entitySchema, module: 'src/schemas/entity.ts' },
	// The analysis data; their verbatim checks are in analysis-validation.ts.
	topics: { schema: createTopicSchema(plainIdReference), module: 'src/schemas/topic.ts' },
	quotes: { schema: createQuoteSchema(plainIdReference), module: 'src/schemas/quote.ts' },
	claims: { schema: createClaimSchema(plainIdReference), module: 'src/schemas/claim.ts' },
	events: { schema: createEventSchema(plainIdReference), module: 'src/schemas/event.ts' },
	// The editors' findings; their citations are checked in finding-checks.ts.
	findings: { schema: createFindingSchema(plainIdReference), module: 'src/schemas/finding.ts' },
	// The editors' own pages (the codebook).
	pages: { schema: pageSchema, module: 'src/schemas/page.ts' },
} as const satisfies Record<CollectionName, unknown>;

/** Which fields of which collection point at which other collection. */
const referenceFields: Record<CollectionName, Partial<Record<string, ReferencedCollection>>> = {
	articles: { authors: 'authors', outlet: 'outlets', tags: 'tags' },
	authors: { outlet: 'outlets' },
	outlets: {},
	tags: {},
	entities: {},
	topics: { tag: 'tags' },
	quotes: { speaker: 'entities', article: 'articles' },
	claims: { topic: 'topics' },
	events: { participants: 'entities' },
	findings: {},
	pages: {},
};

/** Plain-language expectations for fields whose zod message alone would be terse. */
const expectations: Record<string, string> = {
	'published.date': 'the date written to its precision, quoted: "2025-12-08" (day), "2025-12" (month) or "2025" (year)',
	'published.reason': 'for an estimated date, a sentence saying what in the text the date was inferred from',
	title: 'a non-empty string: the headline, the source’s own verbatim (titleSource: source) or one the editors write (titleSource: editors)',
	standfirst: 'the standfirst exactly as the source prints it, or no "standfirst" line at all when the source has none',
	summary: 'one sentence by the editors',
	byline: 'the byline exactly as the source prints it, or no "byline" line at all when the source has none',
	'published.asPrinted': 'for a stated date, the date exactly as the source prints it; no "asPrinted" line for an estimated date',
	'stance.label': 'a few words describing the stance, or no "stance" block at all',
	'stance.reason': 'one sentence saying what in the text the label rests on',
	tags: 'a list of at least one tag id, each a file in content/tags/',
	authors: 'a list of author ids, each a file in content/authors/ (an empty list [] means unknown)',
	outlet: 'an outlet id, a file in content/outlets/, or null when the source does not say',
	language: 'a BCP 47 language tag such as "en"',
	originalUrl: 'a full web address starting with https:// (or http://), or no "originalUrl" line when the source gives none',
	homepage: 'a full web address starting with https:// (or http://)',
	link: 'a full web address starting with https:// (or http://)',
	slug: 'lower-case words joined by hyphens, e.g. "global-business-talks"',
};

interface LoadedEntry {
	collection: CollectionName;
	id: string;
	file: string;
	data: Record<string, unknown>;
	body?: string | undefined;
	bodyStartLine?: number | undefined;
	/** The body's text model, read by `checkBody` with the site's own Markdown pipeline; used by the entity and analysis checks. */
	text?: ArticleText | undefined;
}

function describeReceived(input: unknown): string {
	if (input === undefined) return 'nothing';
	if (input === null) return 'null';
	if (Array.isArray(input)) return 'a list';
	if (input instanceof Date) return `the date ${input.toISOString().slice(0, 10)}`;
	return typeof input === 'string' ? `the text ${JSON.stringify(input)}` : `${typeof input} ${JSON.stringify(input)}`;
}

function issueToProblem(issue: z.core.$ZodIssue, file: string, module: string): ContentProblem {
	const field = issue.path.length > 0 ? issue.path.map(String).join('.') : 'frontmatter';
	const fieldKey = issue.path.filter((part) => typeof part === 'string').join('.');
	let expected = expectations[fieldKey] ?? `a value as documented in ${module}`;
	let problem = issue.message;
	let fix = `Change "${field}" in ${file} so that it is ${expected}.`;
	switch (issue.code) {
		case 'invalid_type':
			problem = `expected ${issue.expected}, got ${describeReceived(issue.input)}`;
			if (issue.input === undefined) fix = `Add the required field "${field}" to ${file}.`;
			expected = expectations[fieldKey] ?? `${issue.expected}`;
			break;
		case 'invalid_value':
			expected = `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
			problem = `got ${describeReceived(issue.input)}`;
			fix = `Set "${field}" in ${file} to ${expected}.`;
			break;
		case 'unrecognized_keys':
			problem = `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
			expected = `only the fields documented in ${module}`;
			fix = `Remove or rename ${issue.keys.map((k) => `"${k}"`).join(', ')} (check the spelling against ${module}).`;
			return { file, field: issue.path.length ? `${field}.${issue.keys[0]}` : issue.keys.join(', '), problem, expected, fix };
		case 'too_small':
			expected = expectations[fieldKey] ?? (issue.origin === 'array' ? `at least ${issue.minimum} item(s)` : 'a non-empty value');
			fix = `Change "${field}" in ${file} so that it is ${expected}.`;
			break;
		default:
			break;
	}
	return { file, field, problem, expected, fix };
}

/** A problem for an error the checks did not expect while reading a file: the file, the error, and what to try. */
function unexpectedProblem(file: string, error: unknown): ContentProblem {
	const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
	return {
		file,
		field: 'file',
		problem: `the file could not be checked: ${message.split('\n')[0]}`,
		expected: 'a readable file in the shape of the other files of its folder',
		fix: `Compare ${file} with a file that builds (copy one and fill it in again); if it looks right, report this message with the file.`,
	};
}

/**
 * Parses a body exactly as the site's Markdown pipeline does (same parser settings, same remark
 * plugins), which refuses unsafe and unsupported markup and reads the text model; one processor
 * for every article (it holds no state between files).
 */
const bodyChecker = articleRemarkProcessor();

function checkBody(entry: LoadedEntry, problems: ContentProblem[]): void {
	const body = entry.body ?? '';
	const noText = (problem: string): ContentProblem => ({
		file: entry.file,
		field: 'body',
		problem,
		expected: 'the article text as Markdown after the closing "---"',
		fix: `Paste the article text into ${entry.file} below the frontmatter, or delete the file.`,
	});
	if (body.trim() === '' || isInvisibleOnly(body)) {
		problems.push(noText('the article has no text below its frontmatter'));
		return;
	}
	const file = new VFile({ path: entry.file, value: body });
	let tree: Root | undefined;
	try {
		tree = bodyChecker.parse(file);
		bodyChecker.runSync(tree, file);
		entry.text = file.data.articleText;
		// Markup alone (">", "---", "#", "- ") renders no words: the page, its search entry and its open-data text would be empty.
		if (entry.text && plainTextOf(entry.text).trim() === '') problems.push(noText('the article has no text below its frontmatter: its Markdown renders no words'));
	} catch (error) {
		// The body is refused; its words are still read, so that the checks of quotes and mentions do not report them missing too.
		if (tree) entry.text = textModelOf(tree);
		const message = error as { reason?: string; line?: number; column?: number };
		const line = message.line === undefined ? '' : ` (line ${message.line + (entry.bodyStartLine ?? 1) - 1}, column ${message.column})`;
		const [problem, expected, fix] = (message.reason ?? String(error)).split(/(?<=\.) (?=Expected |Fix: )/);
		problems.push({
			file: entry.file,
			field: 'body',
			problem: `${problem}${line}`,
			expected: expected?.replace(/^Expected /, '') ?? 'plain Markdown',
			fix: fix?.replace(/^Fix: /, '') ?? 'Remove the offending markup.',
		});
	}
}

/**
 * Checks a body, or takes what checking it found from `cache` when the same file had the same body
 * at the last build: its problems (reported again) and its text model (for the checks across files).
 */
function checkBodyOnce(entry: LoadedEntry, problems: ContentProblem[], cache: BodyCheckCache | undefined): void {
	const body = entry.body ?? '';
	const cached = cache?.lookup(entry.file, body, entry.bodyStartLine);
	if (cached) {
		problems.push(...cached.problems);
		entry.text = cached.text;
		return;
	}
	const found: ContentProblem[] = [];
	checkBody(entry, found);
	cache?.store(entry.file, body, entry.bodyStartLine, { problems: found, text: entry.text });
	problems.push(...found);
}

/** Options of {@link findContentProblems}. */
export interface FindContentProblemsOptions {
	/**
	 * The per-file cache of body checks (`body-check-cache.ts`), kept between builds. Without one,
	 * every body is parsed and checked. The checks across files always run whole.
	 */
	cache?: BodyCheckCache | undefined;
	/**
	 * Only the bodies of the articles with these ids are checked (stage 1 of a sharded build: one shard's
	 * articles); the checks across files, which need every article's text, are then left to the whole
	 * archive's check in stage 2. Every file is still read and checked against its schema and references.
	 */
	articleBodies?: ((articleId: string) => boolean) | undefined;
}

/**
 * Reads every collection under `contentDir` and checks it the way the site uses it:
 * YAML syntax, the zod schemas, references between collections, unique ids, non-empty
 * article bodies and no raw HTML or unsafe URLs. Returns every problem found.
 */
export async function findContentProblems(contentDir: string, root = process.cwd(), options: FindContentProblemsOptions = {}): Promise<ContentProblem[]> {
	const problems: ContentProblem[] = [];
	const entries: LoadedEntry[] = [];
	const absoluteDir = path.resolve(root, contentDir);
	const relative = (file: string) => path.relative(root, file).split(path.sep).join('/');

	for (const [name, collection] of Object.entries(collections) as [CollectionName, (typeof collections)[CollectionName]][]) {
		const { folder, extension } = collectionFolders[name];
		const isArticle = extension === '.md';
		// Articles and pages are Markdown with frontmatter; only articles have a publication date.
		const seen = new Map<string, string>();
		const { files, refused } = listCollectionFiles(name, contentDir, root);
		for (const { name: fileName, problem, fix } of refused) {
			problems.push({ file: relative(path.join(absoluteDir, folder, fileName)), field: 'file', problem, expected: `a file named with lower-case letters, digits and hyphens, ending in "${extension}"`, fix });
		}
		for (const contentFile of files) {
			const file = relative(path.join(absoluteDir, folder, contentFile.name));
			let read: ReturnType<typeof readContentFile>;
			try {
				read = readContentFile(contentFile.absolute, file, isArticle);
			} catch (error) {
				problems.push(unexpectedProblem(file, error));
				continue;
			}
			if (Array.isArray(read)) {
				problems.push(...read);
				continue;
			}
			const { data, body, bodyStartLine } = read;
			const id = typeof data.slug === 'string' && isArticle ? data.slug : contentFile.id;
			const parsed = collection.schema.safeParse(data, { reportInput: true });
			if (!parsed.success) {
				for (const issue of parsed.error.issues) problems.push(issueToProblem(issue, file, collection.module));
			}
			if (name === 'articles') {
				const future = futureDateProblem(file, data);
				if (future) problems.push(future);
			}
			const previous = seen.get(id);
			if (previous) {
				problems.push({
					file,
					field: isArticle ? 'slug' : 'file',
					problem: `the id "${id}" is already used by ${previous}; one would silently replace the other`,
					expected: `a unique id in ${name}`,
					fix: `Rename the file or set a different "slug" in ${file}.`,
				});
			} else {
				seen.set(id, file);
			}
			entries.push({ collection: name, id, file, data, body, bodyStartLine });
		}
	}

	const ids = new Map<string, Set<string>>(
		(Object.keys(collections) as CollectionName[]).map((name) => [name, new Set(entries.filter((e) => e.collection === name).map((e) => e.id))]),
	);
	for (const entry of entries) {
		for (const [field, target] of Object.entries(referenceFields[entry.collection])) {
			if (!target) continue;
			const value = entry.data[field];
			const values = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
			values.forEach((ref, index) => {
				// An empty id is already reported by the schema (an unfilled placeholder); one problem is enough.
				if (typeof ref !== 'string' || ref === '' || ids.get(target)?.has(ref)) return;
				problems.push(unknownReferenceProblem(entry.file, Array.isArray(value) ? `${field}.${index}` : field, ref, target, ids.get(target) ?? new Set(), contentDir));
			});
		}
		if (entry.collection === 'pages' || (entry.collection === 'articles' && (options.articleBodies?.(entry.id) ?? true))) {
			try {
				checkBodyOnce(entry, problems, options.cache);
			} catch (error) {
				problems.push(unexpectedProblem(entry.file, error));
			}
		}
	}
	if (options.articleBodies) return problems;
	// Entities: no name or alias shared by two entities, and every entity mentioned in some article.
	problems.push(
		...findEntityProblems(
			entries.filter((entry) => entry.collection === 'entities'),
			entries.filter((entry) => entry.collection === 'articles'),
		),
	);
	// Quotes, claims and events: every quotation and evidence sentence verbatim in its article.
	problems.push(...findAnalysisProblems(entries, ids, contentDir));
	// Findings: every claim, quotation and sentence they cite exists.
	problems.push(...findFindingProblems(entries, ids, contentDir));
	// Claims: every position's evidence contains one of the claim's key terms.
	problems.push(...findKeyTermProblems(entries));
	if (!entries.some((entry) => entry.collection === 'articles')) {
		problems.push({
			file: `${contentDir}/articles/`,
			field: 'file',
			problem: 'there are no articles',
			expected: 'at least one Markdown file',
			fix: `Add an article as ${contentDir}/articles/<slug>.md.`,
		});
	}
	return problems;
}

/** Like {@link findContentProblems}, but throws a {@link ContentValidationError} listing them all. */
export async function assertValidContent(contentDir: string, root?: string, options: FindContentProblemsOptions = {}): Promise<void> {
	const problems = await findContentProblems(contentDir, root, options);
	if (problems.length > 0) throw new ContentValidationError(problems);
}
