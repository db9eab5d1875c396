/**
 * `npm run new-article` without the command line: reads a raw source text, cleans it, writes
 * `<contentDir>/articles/<slug>.md` with a frontmatter skeleton, and says what the editors still
 * have to do. Every failure is a {@link NewArticleError} whose message says what to do.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { slug as githubSlug } from 'github-slugger';
import { load as loadYaml } from 'js-yaml';
import { loadEntities } from '../../../src/lib/content/load-entities.ts';
import { idPattern } from '../../../src/schemas/reference.ts';
import { cleanSourceText, countDroppedChrome, headlineCandidate, paragraphsWithoutSentenceEnd, type DroppedChrome } from './clean-text.ts';
import { articleDraft, readContentChoices } from './skeleton.ts';
import { findUnmatchedNames, type NameSuggestion } from './unmatched-names.ts';

/** A problem with the input; the message says what is wrong and what to do. Nothing was written. */
export class NewArticleError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'NewArticleError';
	}
}

/** Options of {@link createArticleDraft}. */
export interface NewArticleOptions {
	/** The raw source text, e.g. `tests/fixtures/sources/002_a19f79d5cd2ee08a.txt`; relative to `root`. */
	source: string;
	/** The new article's id and file name; by default made from the headline-like first line, else from the source's file name. */
	slug?: string | undefined;
	/** The content directory, relative to `root`; `content` by default. */
	contentDir?: string | undefined;
	/** The project root, against which relative paths are resolved; the working directory by default. */
	root?: string | undefined;
}

/** What {@link createArticleDraft} did and found. */
export interface NewArticleResult {
	/** The file written, relative to `root`, with "/". */
	file: string;
	/** The article's id. */
	slug: string;
	/** Where the id came from. */
	slugFrom: 'option' | 'headline' | 'file name';
	/** How many paragraphs the text has. */
	paragraphs: number;
	/** The page-chrome lines left out. */
	dropped: DroppedChrome[];
	/** A first line that looks like a headline (offered in the frontmatter, still in the text). */
	headline?: string | undefined;
	/** Paragraphs that do not end a sentence: headlines, bylines, dates, captions, subheadings or broken lines to review. */
	openParagraphs: string[];
	/** Names in the text that match no entity yet. */
	unmatchedNames: NameSuggestion[];
	/** Where the verbatim copy of the source belongs for the faithfulness test, relative to `root`. */
	sourceCopy: { file: string; state: 'missing' | 'same' | 'different' };
	/** Things worth knowing that did not stop the draft. */
	warnings: string[];
}

/** Lower-case words joined by hyphens, made from any text; empty when it has no letters or digits. */
export function slugFromText(text: string): string {
	return githubSlug(text)
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/** The editorial note recording the chrome left out, in the words the existing articles use. */
export function chromeNote(dropped: readonly DroppedChrome[]): string | undefined {
	if (dropped.length === 0) return undefined;
	const items = countDroppedChrome(dropped).map(
		({ kind, line, count }) => `“${line}” (${kind}${count > 1 ? `, ${count} times` : ''})`,
	);
	const listed = items.length === 1 ? items[0] : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
	return `The page’s ${listed} ${dropped.length === 1 ? 'was' : 'were'} left out as page chrome.`;
}

/** The articles under `articlesDir` whose frontmatter names `sourceFile` (an unreadable file counts as none). */
function articlesCopying(articlesDir: string, sourceFile: string): string[] {
	if (!existsSync(articlesDir)) return [];
	return readdirSync(articlesDir)
		.filter((name) => name.endsWith('.md'))
		.filter((name) => {
			const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(path.join(articlesDir, name), 'utf8'))?.[1];
			try {
				return (loadYaml(frontmatter ?? '') as { sourceFile?: unknown } | null)?.sourceFile === sourceFile;
			} catch {
				return false;
			}
		});
}

/** Reads the source text, or explains why it cannot. */
function readSource(sourcePath: string, shown: string): string {
	let stats;
	try {
		stats = statSync(sourcePath);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
			throw new NewArticleError(`There is no file ${shown}. Check the path of the raw source text (e.g. tests/fixtures/sources/000_3a7a7235045d2db3.txt).`);
		}
		throw error;
	}
	if (!stats.isFile()) throw new NewArticleError(`${shown} is not a file. Give the path of one raw source text (a .txt file).`);
	return readFileSync(sourcePath, 'utf8');
}

/**
 * Writes a draft of a new article from a raw source text and reports what the editors still have
 * to do. Nothing is ever overwritten: when `<contentDir>/articles/<slug>.md` exists, it fails.
 *
 * @throws {NewArticleError} when the source is missing or empty (or only page chrome), the slug is
 *   not an id, the content directory does not exist, or the target file exists. Nothing is written then.
 */
export function createArticleDraft(options: NewArticleOptions): NewArticleResult {
	const root = path.resolve(options.root ?? process.cwd());
	const contentDir = options.contentDir ?? 'content';
	const relative = (file: string) => path.relative(root, file).split(path.sep).join('/');
	const sourcePath = path.resolve(root, options.source);
	const sourceFile = path.basename(sourcePath);

	if (options.slug !== undefined && !idPattern.test(options.slug)) {
		throw new NewArticleError(
			`"${options.slug}" cannot be a slug: use lower-case letters and digits, words joined by single hyphens, e.g. "us-russia-talks-the-key-topic".`,
		);
	}
	const raw = readSource(sourcePath, options.source);
	if (raw.trim() === '') throw new NewArticleError(`${options.source} is empty: there is no text to copy. Check that the scrape worked.`);
	const { paragraphs, dropped } = cleanSourceText(raw);
	if (paragraphs.length === 0) {
		throw new NewArticleError(`${options.source} holds only page chrome (${dropped.map((d) => `"${d.line}"`).join(', ')}): there is no article text to copy.`);
	}

	const headline = headlineCandidate(paragraphs);
	let slug = options.slug;
	let slugFrom: NewArticleResult['slugFrom'] = 'option';
	if (slug === undefined) {
		const fromHeadline = headline ? slugFromText(headline) : '';
		slugFrom = fromHeadline ? 'headline' : 'file name';
		slug = fromHeadline || slugFromText(sourceFile.replace(/\.[^.]*$/, ''));
		if (!slug) throw new NewArticleError(`Cannot make a slug from ${sourceFile}: pass one with --slug <id>, e.g. --slug us-russia-talks.`);
	}

	const contentPath = path.resolve(root, contentDir);
	if (!existsSync(contentPath) || !statSync(contentPath).isDirectory()) {
		throw new NewArticleError(`The content directory ${contentDir}/ does not exist. Run the command from the project root, or pass --content-dir <dir>.`);
	}
	const articlesDir = path.join(contentPath, 'articles');
	const target = path.join(articlesDir, `${slug}.md`);
	const file = relative(target);
	if (existsSync(target)) {
		throw new NewArticleError(`${file} already exists; nothing was written. Choose another slug with --slug <id>, or move the existing file away first.`);
	}

	const warnings: string[] = [];
	if (!/^[\w.-]+\.txt$/.test(sourceFile)) {
		warnings.push(`The source's file name "${sourceFile}" is not what "sourceFile" accepts (a name like "000_3a7a.txt"); rename the source, then sourceFile.`);
	}
	for (const other of articlesCopying(articlesDir, sourceFile)) {
		warnings.push(`${relative(path.join(articlesDir, other))} already copies ${sourceFile}; each source text is copied exactly once.`);
	}
	const sourceCopyPath = path.join(root, 'tests', 'fixtures', 'sources', sourceFile);
	const sourceCopy: NewArticleResult['sourceCopy'] = {
		file: relative(sourceCopyPath),
		state: !existsSync(sourceCopyPath) ? 'missing' : readFileSync(sourceCopyPath, 'utf8') === raw ? 'same' : 'different',
	};
	if (sourceCopy.state === 'different') warnings.push(`${sourceCopy.file} differs from ${options.source}; the copy must be verbatim.`);

	const note = chromeNote(dropped);
	const draft = articleDraft({
		sourceFile,
		slug,
		headline,
		choices: readContentChoices(contentPath),
		editorialNotes: note ? [note] : [],
		paragraphs,
	});
	const unmatchedNames = findUnmatchedNames(paragraphs.join('\n\n'), loadEntities(contentDir, root));

	mkdirSync(articlesDir, { recursive: true });
	try {
		// "wx": fail rather than overwrite, should the file have appeared since the check above.
		writeFileSync(target, draft, { encoding: 'utf8', flag: 'wx' });
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new NewArticleError(`${file} already exists; nothing was written. Choose another slug with --slug <id>.`);
		throw error;
	}

	return {
		file,
		slug,
		slugFrom,
		paragraphs: paragraphs.length,
		dropped,
		headline,
		openParagraphs: paragraphsWithoutSentenceEnd(paragraphs),
		unmatchedNames,
		sourceCopy,
		warnings,
	};
}
