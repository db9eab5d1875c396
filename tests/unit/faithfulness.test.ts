/**
 * Proves that every article in `content/articles/` is a faithful copy of the
 * scraped source text it names in `sourceFile` (kept verbatim in
 * `tests/fixtures/sources/`).
 *
 * The comparison works on words: both sides are reduced to a sequence of
 * whitespace-separated tokens, punctuation and quote characters included, so a
 * dropped, changed or added word (or a changed apostrophe, dash or full stop)
 * makes the sequences differ. Before the comparison the source loses only:
 *
 *   1. page chrome, listed in `pageChrome` in scripts/authoring/page-chrome.ts, one entry
 *      per kind (shared with `npm run new-article`);
 *   2. the values the editors moved into the frontmatter (headline, byline,
 *      date as printed, standfirst, source notes, the author's note, the URL),
 *      each matched as whole lines of the source;
 *   3. nothing else, except the wording repairs declared in `REPAIRS`, which
 *      are applied to the source side so that both sides carry them.
 *
 * Markdown markers (`#` headings, `*` emphasis, link syntax) and scraped page
 * markup (non-breaking spaces, `•` list bullets) are normalised away on both
 * sides by `words()`/`cleanSource()` (the latter with `cleanScrapedLine()` from
 * scripts/authoring/page-chrome.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { cleanScrapedLine, pageChromeOf } from '../../scripts/authoring/page-chrome';

const root = fileURLToPath(new URL('../../', import.meta.url));
const articlesDir = join(root, 'content', 'articles');
const authorsDir = join(root, 'content', 'authors');
const sourcesDir = join(root, 'tests', 'fixtures', 'sources');

/**
 * Wording repairs the editors made, by source file. Each is applied to the
 * source side before comparing, must occur exactly once in the source, and
 * must be explained in the article's `editorialNotes` (which quote `find`).
 */
const REPAIRS: Readonly<Record<string, ReadonlyArray<{ find: string; replace: string; why: string }>>> = {
	'003_59c0cebcadfe412f.txt': [
		{
			find: 'commercial projectsCarnegie Endowment for International Peace.',
			replace: 'commercial projects (Carnegie Endowment for International Peace).',
			why: 'the source glues the name of a cited source to the word before it; the editors set it in parentheses',
		},
	],
};

interface ArticleData {
	title: string;
	titleSource: 'source' | 'editors';
	standfirst?: string;
	authors: string[];
	byline?: string;
	published: { asPrinted?: string };
	originalUrl?: string;
	sourceFile: string;
	sourceNotes?: string[];
	editorialNotes?: string[];
}

interface Article {
	slug: string;
	data: ArticleData;
	body: string;
	source: string;
}

/** Splits a Markdown file into its leading `---` YAML block and the body. */
function splitFrontmatter(file: string, name: string): { data: unknown; body: string } {
	const match = /^---\n([\s\S]*?)\n---\n/.exec(file);
	const [block, yaml] = match ?? [];
	if (block === undefined || yaml === undefined) throw new Error(`${name} does not start with a --- frontmatter block`);
	return { data: load(yaml), body: file.slice(block.length) };
}

/** Undoes the page's own markup: non-breaking spaces, list bullets, link and autolink syntax, stray indentation. */
function cleanSource(text: string): string {
	return text.split('\n').map(cleanScrapedLine).join('\n');
}

/** Reduces text or Markdown to its words, punctuation kept, Markdown markers dropped. */
function words(text: string): string[] {
	return text
		.replace(/\u00a0/g, ' ')
		.replace(/^#{1,6}\s+/gm, '')
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/<(https?:\/\/[^>\s]+)>/g, '$1')
		.replace(/\*/g, '')
		.split(/\s+/)
		.filter(Boolean);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A pattern for `value` as whole lines of the source, its words allowed to be split across line breaks. */
function wholeLines(value: string): RegExp {
	return new RegExp(`^${words(value).map(escapeRegExp).join('\\s+')}$`, 'gm');
}

/** The values an article moved out of its source text into the frontmatter and data files. */
function movedValues(article: Article): string[] {
	const { data } = article;
	const values: string[] = [];
	if (data.titleSource === 'source') values.push(data.title);
	if (data.byline) values.push(data.byline);
	if (data.published.asPrinted) values.push(data.published.asPrinted);
	if (data.standfirst) values.push(data.standfirst);
	if (data.originalUrl) values.push(data.originalUrl);
	values.push(...(data.sourceNotes ?? []));
	for (const id of data.authors) {
		const author = load(readFileSync(join(authorsDir, `${id}.yaml`), 'utf8')) as { sourceNote?: string };
		if (author.sourceNote) values.push(author.sourceNote);
	}
	return values;
}

/** The source text with chrome and moved values removed and the declared repairs applied. */
function articleTextOfSource(article: Article): string {
	let text = cleanSource(article.source);
	text = text
		.split('\n')
		.filter((line) => pageChromeOf(line) === undefined)
		.join('\n');
	for (const value of movedValues(article)) text = text.replace(wholeLines(value), '');
	for (const { find, replace } of REPAIRS[article.data.sourceFile] ?? []) text = text.split(find).join(replace);
	return text;
}

const padded = (tokens: string[]) => ` ${tokens.join(' ')} `;

/** Text that ends a sentence: a full stop, question or exclamation mark or ellipsis, then any closing quotes or brackets. */
const sentenceEnd = /[.!?…]["'”’)]*$/;

const articles: Article[] = readdirSync(articlesDir)
	.filter((name) => name.endsWith('.md'))
	.sort()
	.map((name) => {
		const { data, body } = splitFrontmatter(readFileSync(join(articlesDir, name), 'utf8'), name);
		const article = data as ArticleData;
		return {
			slug: name.replace(/\.md$/, ''),
			data: article,
			body,
			source: readFileSync(join(sourcesDir, article.sourceFile), 'utf8'),
		};
	});

describe('the collection of articles', () => {
	it('copies every source text exactly once', () => {
		const sources = readdirSync(sourcesDir).filter((name) => name.endsWith('.txt')).sort();
		expect(articles.map((article) => article.data.sourceFile).sort()).toEqual(sources);
	});
});

describe.each(articles)('the article $slug', (article) => {
	const { slug, data, body } = article;

	it(`carries every word of the source of ${slug}, in order`, () => {
		expect(words(body)).toEqual(words(articleTextOfSource(article)));
	});

	it(`keeps every sentence-ending line of the source of ${slug}`, () => {
		const text = padded(words(body));
		const lines = articleTextOfSource(article)
			.split('\n')
			.filter((line) => sentenceEnd.test(line));
		expect(lines.length).toBeGreaterThan(0);
		for (const line of lines) expect(text).toContain(padded(words(line)));
	});

	it(`takes every value moved out of the text of ${slug} verbatim from its source`, () => {
		const source = cleanSource(article.source);
		for (const value of movedValues(article)) expect(source).toMatch(wholeLines(value));
	});

	it(`applies and explains each declared repair of ${slug}`, () => {
		const source = cleanSource(article.source);
		for (const { find, replace } of REPAIRS[data.sourceFile] ?? []) {
			expect(source.split(find)).toHaveLength(2);
			expect(body).toContain(replace);
			expect((data.editorialNotes ?? []).join('\n')).toContain(find);
		}
	});

	it(`keeps the italics of the source of ${slug}`, () => {
		const italics = articleTextOfSource(article).match(/\*[^*\n]+\*/g) ?? [];
		for (const span of italics) expect(body).toContain(span);
	});

	it(`has no raw HTML in the body of ${slug}`, () => {
		expect(body).not.toMatch(/<\/?[A-Za-z][^>]*>|<!--/);
	});

	it(`does not repeat the headline in the body of ${slug}`, () => {
		expect(padded(words(body))).not.toContain(padded(words(data.title)));
	});

	it(`does not cut a sentence of ${slug} in two across paragraphs`, () => {
		const paragraphs = body
			.trim()
			.split(/\n\s*\n/)
			.filter((block) => !block.startsWith('#'));
		const sourceWords = words(articleTextOfSource(article));
		const sourceEndsOpen = !sentenceEnd.test(sourceWords.at(-1) ?? '');
		paragraphs.forEach((paragraph, index) => {
			const isLast = index === paragraphs.length - 1;
			if (isLast && sourceEndsOpen) return; // the source's own last sentence has no full stop
			expect(paragraph, `paragraph ${index + 1} ends mid-sentence`).toMatch(sentenceEnd);
		});
	});

	it(`separates the paragraphs of ${slug} by exactly one blank line`, () => {
		expect(body.trim()).not.toMatch(/\n\s*\n\s*\n/);
		for (const block of body.trim().split('\n\n')) expect(block).not.toContain('\n');
	});
});
