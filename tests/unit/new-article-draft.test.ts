/**
 * `npm run new-article` as a whole: what it writes and where, and the clear errors it stops
 * with (missing file, empty text, existing target, bad slug), writing nothing then. Each test
 * works in its own temporary project root with a copy of tests/fixtures/new-article/content.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createArticleDraft, NewArticleError, slugFromText } from '../../scripts/authoring/new-article/create-draft';
import { formatReport } from '../../scripts/authoring/new-article/report';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const fixturesDir = path.join(projectRoot, 'tests/fixtures/new-article');
const tmpRoots: string[] = [];
afterAll(() => {
	for (const dir of tmpRoots) rmSync(dir, { recursive: true, force: true });
});

/** A fresh project root holding `content/` (the fixture content) and `raw/` (the fixture texts). */
function project(): string {
	const root = mkdtempSync(path.join(os.tmpdir(), 'new-article-draft-'));
	tmpRoots.push(root);
	cpSync(path.join(fixturesDir, 'content'), path.join(root, 'content'), { recursive: true });
	for (const name of readdirSync(fixturesDir).filter((file) => file.endsWith('.txt'))) cpSync(path.join(fixturesDir, name), path.join(root, 'raw', name));
	return root;
}

const articlesIn = (root: string) => readdirSync(path.join(root, 'content/articles')).sort();

/** The error `run` throws; fails the test when it throws none or another kind. */
function errorOf(run: () => unknown): NewArticleError {
	try {
		run();
	} catch (error) {
		expect(error).toBeInstanceOf(NewArticleError);
		return error as NewArticleError;
	}
	throw new Error('expected a NewArticleError, but nothing was thrown');
}

describe('writing a draft', () => {
	it('writes content/articles/<slug>.md from the headline-like first line, and reports what it found', () => {
		const root = project();
		const result = createArticleDraft({ source: 'raw/chrome.txt', root });
		expect(result).toMatchObject({ file: 'content/articles/energy-talks-resume-in-riyadh.md', slug: 'energy-talks-resume-in-riyadh', slugFrom: 'headline', paragraphs: 6 });
		expect(result.headline).toBe('Energy Talks Resume in Riyadh');
		expect(result.dropped).toHaveLength(6);
		expect(result.sourceCopy).toEqual({ file: 'tests/fixtures/sources/chrome.txt', state: 'missing' });
		const written = readFileSync(path.join(root, result.file), 'utf8');
		expect(written).toContain('sourceFile: "chrome.txt"');
		expect(written).toMatch(/---\n\nEnergy Talks Resume in Riyadh\n\nJane Doe\n\nBy Jane Doe\n\nAmerican energy firms/);
		expect(written).not.toContain('Share This Post\n');
	});

	it('takes the slug from --slug, or else from the file name when there is no headline', () => {
		const root = project();
		expect(createArticleDraft({ source: 'raw/no-headline.txt', root, slug: 'firms-ask-to-return' }).file).toBe('content/articles/firms-ask-to-return.md');
		expect(createArticleDraft({ source: 'raw/no-headline.txt', root })).toMatchObject({ slug: 'no-headline', slugFrom: 'file name' });
		expect(slugFromText('002_a19f79d5cd2ee08a')).toBe('002-a19f79d5cd2ee08a');
		expect(slugFromText('Russia–U.S.A 2025: Why the Russian Elite Courts Trump')).toBe('russiausa-2025-why-the-russian-elite-courts-trump');
	});

	it('writes to the content directory it is given', () => {
		const root = project();
		cpSync(path.join(root, 'content'), path.join(root, 'other'), { recursive: true });
		const result = createArticleDraft({ source: 'raw/names.txt', root, contentDir: 'other', slug: 'names' });
		expect(result.file).toBe('other/articles/names.md');
		expect(existsSync(path.join(root, 'content/articles/names.md'))).toBe(false);
		expect(result.unmatchedNames.map(({ name }) => name)).toContain('Elena Novak');
	});

	it('warns when another article already copies the same source', () => {
		const root = project();
		writeFileSync(path.join(root, 'raw/901_fixture_a.txt'), 'Kirill Dmitriev met officials in Riyadh.\n');
		const result = createArticleDraft({ source: 'raw/901_fixture_a.txt', root, slug: 'again' });
		expect(result.warnings.join('\n')).toContain('content/articles/energy-talks-resume.md already copies 901_fixture_a.txt');
	});

	it('prints the file, the chrome dropped, the unmatched names with counts and the next steps', () => {
		const root = project();
		const result = createArticleDraft({ source: 'raw/names.txt', root, slug: 'names' });
		const report = formatReport(result, { source: 'raw/names.txt' });
		expect(report).toMatch(/^Wrote content\/articles\/names\.md: 5 paragraphs\./);
		expect(report).toContain('Page chrome: none found.');
		expect(report).toContain('  3 × Elena Novak (person)');
		expect(report).toContain('1 × Russia Direct Investment Fund (organisation; contains russia: a new alias?)');
		expect(report.indexOf('Elena Novak')).toBeLessThan(report.indexOf('Oslo'));
		expect(report).toContain('cp raw/names.txt tests/fixtures/sources/names.txt');
		expect(report).toContain('content/entities/<id>.yaml');
		expect(report).toContain('npm run build');
	});
});

describe('refusing bad input, writing nothing', () => {
	it('stops when the source file does not exist', () => {
		const root = project();
		expect(errorOf(() => createArticleDraft({ source: 'raw/missing.txt', root })).message).toMatch(/^There is no file raw\/missing\.txt\. Check the path/);
		expect(articlesIn(root)).toEqual(['energy-talks-resume.md']);
	});

	it('stops when the source is a folder', () => {
		expect(errorOf(() => createArticleDraft({ source: 'raw', root: project() })).message).toContain('raw is not a file');
	});

	it('stops when the text is empty or only whitespace', () => {
		const root = project();
		expect(errorOf(() => createArticleDraft({ source: 'raw/blank.txt', root })).message).toContain('raw/blank.txt is empty');
		expect(articlesIn(root)).toEqual(['energy-talks-resume.md']);
	});

	it('stops when the text is nothing but page chrome', () => {
		const root = project();
		expect(errorOf(() => createArticleDraft({ source: 'raw/only-chrome.txt', root })).message).toContain('holds only page chrome ("Share This Post", "top of page", "BE RU EN")');
		expect(articlesIn(root)).toEqual(['energy-talks-resume.md']);
	});

	it('never overwrites an existing article', () => {
		const root = project();
		const existing = path.join(root, 'content/articles/energy-talks-resume.md');
		const before = readFileSync(existing, 'utf8');
		const error = errorOf(() => createArticleDraft({ source: 'raw/chrome.txt', root, slug: 'energy-talks-resume' }));
		expect(error.message).toBe(
			'content/articles/energy-talks-resume.md already exists; nothing was written. Choose another slug with --slug <id>, or move the existing file away first.',
		);
		expect(readFileSync(existing, 'utf8')).toBe(before);
	});

	it.each(['Energy Talks', 'energy_talks', 'energy--talks', '-energy', 'énergie', ''])('refuses the slug %j', (slug) => {
		const root = project();
		expect(errorOf(() => createArticleDraft({ source: 'raw/chrome.txt', root, slug })).message).toContain('cannot be a slug: use lower-case letters and digits');
		expect(articlesIn(root)).toEqual(['energy-talks-resume.md']);
	});

	it('stops when the content directory does not exist', () => {
		expect(errorOf(() => createArticleDraft({ source: 'raw/chrome.txt', root: project(), contentDir: 'nowhere' })).message).toContain(
			'The content directory nowhere/ does not exist',
		);
	});
});

describe('the command line', () => {
	// The project's Node (24) strips the types itself; the one running the tests may be older.
	const projectNode = path.join(projectRoot, 'node_modules/.bin/node');
	const cli = (args: string[], cwd: string) =>
		spawnSync(
			existsSync(projectNode) ? projectNode : process.execPath,
			['--disable-warning=ExperimentalWarning', '--import', path.join(projectRoot, 'scripts/ts-hooks.mjs'), path.join(projectRoot, 'scripts/authoring/new-article.ts'), ...args],
			{ cwd, encoding: 'utf8' },
		);

	it('prints the error and exits with 1 when the file is missing, 2 when called wrongly', () => {
		const root = project();
		const missing = cli(['raw/missing.txt'], root);
		expect(missing.status).toBe(1);
		expect(missing.stderr).toContain('new-article: There is no file raw/missing.txt.');
		const noArgument = cli([], root);
		expect(noArgument.status).toBe(2);
		expect(noArgument.stderr).toContain('Usage: npm run new-article -- <raw text file>');
	});
});
