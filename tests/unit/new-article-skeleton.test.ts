/**
 * `npm run new-article`, step two: the frontmatter skeleton. Every field of the article schema is
 * there, commented; only certain values are filled in; and the content check (the one the build
 * runs) refuses each placeholder by file and field until an editor fills it in.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { allowedValues, articleDraft, frontmatterSkeleton, readContentChoices, type SkeletonOptions } from '../../scripts/authoring/new-article/skeleton';
import { findContentProblems } from '../../src/lib/validation/content-validation';
import { createArticleSchema } from '../../src/schemas/article';
import { plainIdReference } from '../../src/schemas/reference';

const fixtureContent = fileURLToPath(new URL('../fixtures/new-article/content', import.meta.url));
const shape = createArticleSchema(plainIdReference).shape;

const options: SkeletonOptions = {
	sourceFile: '002_a19f79d5cd2ee08a.txt',
	slug: 'us-russia-talks',
	headline: 'US-Russia Talks: The Key Topic',
	choices: readContentChoices(fixtureContent),
	editorialNotes: ['The page’s “BE RU EN” (language switcher) was left out as page chrome.'],
};
const yaml = frontmatterSkeleton(options);
const data = load(yaml) as Record<string, unknown>;

const tmpRoots: string[] = [];
afterAll(() => {
	for (const dir of tmpRoots) rmSync(dir, { recursive: true, force: true });
});

/** Copies the fixture content into a fresh project root and adds `articles/<name>.md`. */
function contentWith(name: string, article: string): string {
	const root = mkdtempSync(path.join(os.tmpdir(), 'new-article-skeleton-'));
	tmpRoots.push(root);
	cpSync(fixtureContent, path.join(root, 'content'), { recursive: true });
	writeFileSync(path.join(root, 'content', 'articles', `${name}.md`), article);
	return root;
}

describe('the frontmatter skeleton', () => {
	it('has every field of the article schema, slug as a comment since the file name is the id', () => {
		expect(Object.keys(data).sort()).toEqual(Object.keys(shape).filter((key) => key !== 'slug').sort());
		expect(yaml).toMatch(/^# slug: "us-russia-talks"$/m);
		expect(Object.keys(data.published as object).sort()).toEqual(Object.keys(shape.published.shape).sort());
		expect(Object.keys(data.stance as object).sort()).toEqual(['label', 'reason']);
	});

	it('puts a comment above every field', () => {
		const lines = yaml.split('\n');
		lines.forEach((line, index) => {
			if (/^\s*[A-Za-z]+:/.test(line)) expect(lines[index - 1], `no comment above "${line}"`).toMatch(/^\s*#/);
		});
	});

	it('fills in only what is certain: the source file, the language and the notes on what was left out', () => {
		expect(data).toMatchObject({
			sourceFile: '002_a19f79d5cd2ee08a.txt',
			language: 'en',
			sourceNotes: [],
			editorialNotes: ['The page’s “BE RU EN” (language switcher) was left out as page chrome.'],
		});
		expect(data).toMatchObject({ title: '', titleSource: '', summary: '', authors: [''], outlet: '', genre: '', tags: [] });
		expect(data.published).toEqual({ date: '', precision: '', basis: '', reason: '', asPrinted: '' });
	});

	it('offers the headline-like first line in a comment, not as the title', () => {
		expect(yaml).toContain('#   "US-Russia Talks: The Key Topic"');
		expect(data.title).toBe('');
		expect(frontmatterSkeleton({ ...options, headline: undefined })).toContain('does not look like a headline');
	});

	it('lists the allowed values of every enumerated field, read from the schema', () => {
		expect(allowedValues.genre).toEqual(['news-report', 'opinion', 'analysis', 'commentary']);
		for (const values of Object.values(allowedValues)) expect(yaml).toContain(`One of: ${values.join(', ')}.`);
	});

	it('lists the existing tag, author and outlet ids with their names', () => {
		expect(yaml).toContain('#   - energy: Energy\n#   - sanctions: Sanctions\ntags: []');
		expect(yaml).toContain('#   - jane-doe: Jane Doe\nauthors: [""]');
		expect(yaml).toContain('#   - example-times: The Example Times\noutlet: ""');
	});

	it('says how to add the first id when a folder is empty', () => {
		const empty = frontmatterSkeleton({ ...options, choices: { tags: [], authors: [], outlets: [] } });
		expect(empty).toContain('#   (none yet: add content/tags/<id>.yaml)');
	});

	it('writes the paragraphs below the frontmatter, separated by one blank line', () => {
		const draft = articleDraft({ ...options, paragraphs: ['One.', 'Two.'] });
		expect(draft).toBe(`---\n${yaml}---\n\nOne.\n\nTwo.\n`);
	});
});

describe('the content check on an unfilled draft', () => {
	it('refuses every placeholder, naming the file and the field', async () => {
		const root = contentWith('us-russia-talks', articleDraft({ ...options, paragraphs: ['The talks went on.'] }));
		const problems = await findContentProblems('content', root);
		const file = 'content/articles/us-russia-talks.md';
		expect(problems.every((problem) => problem.file === file)).toBe(true);
		const fields = new Set(problems.map((problem) => problem.field));
		for (const field of [
			'title',
			'titleSource',
			'standfirst',
			'summary',
			'authors.0',
			'byline',
			'outlet',
			'published.precision',
			'published.basis',
			'published.reason',
			'published.asPrinted',
			'originalUrl',
			'genre',
			'tags',
			'stance.label',
			'stance.reason',
		]) {
			expect(fields, `no problem for "${field}"`).toContain(field);
		}
		expect(fields).not.toContain('sourceFile');
		expect(fields).not.toContain('language');
	});

	it('says how to fix an optional field: fill it in or delete the line', async () => {
		const root = contentWith('us-russia-talks', articleDraft({ ...options, paragraphs: ['The talks went on.'] }));
		const problems = await findContentProblems('content', root);
		expect(problems.find((problem) => problem.field === 'byline')?.expected).toContain('no "byline" line at all');
		expect(problems.find((problem) => problem.field === 'genre')?.expected).toBe('one of "news-report", "opinion", "analysis", "commentary"');
	});

	it('accepts the draft once the editors have filled it in', async () => {
		const filled = {
			...data,
			title: 'US-Russia Talks: The Key Topic',
			titleSource: 'source',
			summary: 'The article says that business is the key topic of the talks.',
			authors: ['jane-doe'],
			byline: 'Jane Doe',
			outlet: null,
			published: { date: '2025-02-20', precision: 'day', basis: 'stated', asPrinted: '20.02.2025, 13:47' },
			genre: 'opinion',
			tags: ['energy'],
			stance: { label: 'Business first', reason: 'It says business leads the talks.' },
		} as Record<string, unknown>;
		delete filled.standfirst;
		delete filled.originalUrl;
		const root = contentWith('us-russia-talks', `---\n${JSON.stringify(filled, null, 2)}\n---\n\nThe talks went on.\n`);
		expect(await findContentProblems('content', root)).toEqual([]);
	});
});
