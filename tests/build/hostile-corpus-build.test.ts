import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hostileCases, makeHostileCase } from '../fixtures/hostile/corpus';
import { astroBuild } from './run-astro-build';

/** A few cases of the hostile corpus as real builds: those that crashed, hung or half-published the site before the guard knew them. */
const built = [
	'billion-laughs-in-an-entity',
	'cyrillic-file-name',
	'folder-named-like-an-article',
	'dangling-symlink',
	'escaped-escape-in-title',
	'title-of-9000-unbroken-characters',
	'upper-case-md-extension',
	'headings-named-like-page-ids',
	'markup-only-body',
];

const root = process.cwd();
mkdirSync(path.join(root, 'tests/.tmp'), { recursive: true });
const base = mkdtempSync(path.join(root, 'tests/.tmp/hostile-build-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('a real build of a hostile case', () => {
	it.each(built)('%s: the build has the expected outcome, names the file and prints no stack trace', { timeout: 120_000 }, async (name) => {
		const hostile = hostileCases.find((c) => c.name === name);
		if (!hostile) throw new Error(`no case ${name}`);
		const dir = path.join(base, name);
		makeHostileCase(hostile, dir);
		const contentDir = path.relative(root, dir).split(path.sep).join('/');
		const result = await astroBuild(`hostile-corpus-${name}`, { CONTENT_DIR: contentDir });
		if ('accepted' in hostile.outcome) {
			expect(result.code, result.output).toBe(0);
			expect(existsSync(path.join(result.outDir, 'index.html'))).toBe(true);
			if (name === 'headings-named-like-page-ids') {
				// Headings whose slugs are ids of the page itself get the section- form; the page's own ids stay once each.
				const html = readFileSync(path.join(result.outDir, 'articles/talks-resume/index.html'), 'utf8');
				for (const id of ['section-main', 'section-hub-heading', 'section-article-title']) expect(html).toContain(`<h2 id="${id}"`);
				for (const id of ['main', 'article-title']) expect(html.match(new RegExp(` id="${id}"`, 'g'))?.length, id).toBe(1);
			}
			return;
		}
		expect(result.code, result.output).not.toBe(0);
		expect(result.output).toContain(`✗ ${contentDir}/${hostile.outcome.refused.file}`);
		expect(result.output).toContain(hostile.outcome.refused.problem);
		expect(result.output).not.toContain('Stack trace');
		expect(result.output).not.toContain('Browser APIs');
		expect(existsSync(path.join(result.outDir, 'index.html'))).toBe(false);
	});
});
