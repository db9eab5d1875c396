/**
 * `npm run new-article` end to end, with the real CLI and two real `astro build`s: the unfilled
 * draft of a real source text must stop the build with an error naming the file and the field;
 * once the frontmatter is filled in (as an editor would, here through js-yaml), the same content
 * must build and publish the article with its text.
 *
 * Works on a copy of tests/fixtures/content/valid under tests/.tmp/new-article-<id>/ (CONTENT_DIR
 * must be inside the project); the real content/ is never touched. Everything is removed afterwards.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { dump, load } from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { astroBuild } from './run-astro-build';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const projectNode = path.join(projectRoot, 'node_modules/.bin/node');
const node = existsSync(projectNode) ? projectNode : process.execPath;
const sharedTmp = path.join(projectRoot, 'tests/.tmp');
mkdirSync(sharedTmp, { recursive: true });
const workDir = mkdtempSync(path.join(sharedTmp, 'new-article-'));
const contentDir = path.relative(projectRoot, path.join(workDir, 'content')).split(path.sep).join('/');
const buildName = path.basename(workDir);
cpSync(path.join(projectRoot, 'tests/fixtures/content/valid'), path.join(workDir, 'content'), { recursive: true });

const source = 'tests/fixtures/sources/002_a19f79d5cd2ee08a.txt';
const slug = 'us-russia-talks-the-key-topic';
const articleFile = `${contentDir}/articles/${slug}.md`;

afterAll(() => {
	rmSync(workDir, { recursive: true, force: true });
	rmSync(path.join(sharedTmp, `dist-${buildName}`), { recursive: true, force: true });
	rmSync(path.join(sharedTmp, `cache-${buildName}`), { recursive: true, force: true });
	try {
		rmdirSync(sharedTmp); // only when no other test left files there
	} catch {
		// not empty
	}
});

/** Fills in the draft's frontmatter as an editor would, and moves headline, byline, date and sign-off out of the text. */
function fillIn(draft: string): string {
	const match = /^---\n([\s\S]*?)\n---\n/.exec(draft);
	if (!match?.[1]) throw new Error('the draft has no frontmatter');
	const data = load(match[1]) as Record<string, unknown>;
	const moved = ['US-Russia Talks: The Key Topic', 'Leonid Nevzlin', '20.02.2025, 13:47', 'The names of businessmen close to the Kremlin were mentioned in Riyadh.', 'Leonid Nevzlin, Facebook'];
	Object.assign(data, {
		title: moved[0],
		titleSource: 'source',
		standfirst: moved[3],
		summary: 'Leonid Nevzlin writes that business is the key topic of the US-Russia talks.',
		authors: [],
		byline: moved[1],
		outlet: null,
		published: { date: '2025-02-20', precision: 'day', basis: 'stated', asPrinted: moved[2] },
		genre: 'opinion',
		tags: ['sanctions'],
		sourceNotes: [moved[4]],
		stance: { label: 'Business first', reason: 'It says that business leads the talks.' },
	});
	delete data.originalUrl;
	const body = draft
		.slice(match[0].length)
		.split('\n\n')
		.filter((paragraph) => !moved.includes(paragraph.trim()))
		.join('\n\n');
	return `---\n${dump(data)}---\n${body}`;
}

describe('adding an article with npm run new-article', () => {
	it('writes a draft from a raw source text and reports the chrome and the names it found', () => {
		const run = spawnSync(
			node,
			['--disable-warning=ExperimentalWarning', '--import', './scripts/ts-hooks.mjs', 'scripts/authoring/new-article.ts', source, '--content-dir', contentDir],
			{ cwd: projectRoot, encoding: 'utf8' },
		);
		expect(run.status, run.stderr).toBe(0);
		expect(run.stdout).toContain(`Wrote ${articleFile}: 9 paragraphs`);
		expect(run.stdout).toContain('1 × "BE RU EN" (language switcher)');
		expect(run.stdout).toMatch(/2 × Leonid Nevzlin \(person\)/);
		expect(existsSync(path.join(projectRoot, articleFile))).toBe(true);
	});

	it('stops the build on the unfilled draft, naming the file and each field to fill in', { timeout: 180_000 }, async () => {
		const result = await astroBuild(buildName, { CONTENT_DIR: contentDir });
		expect(result.code, result.output).not.toBe(0);
		expect(result.output).toContain('nothing was built');
		expect(result.output).toContain(`✗ ${articleFile}\n    field:    title\n`);
		for (const field of ['titleSource', 'summary', 'authors.0', 'outlet', 'published.precision', 'genre', 'tags']) {
			expect(result.output).toMatch(new RegExp(`field:\\s+${field.replace('.', '\\.')}\\n`));
		}
		expect(result.output).toContain('expected: one of "news-report", "opinion", "analysis", "commentary"');
		expect(existsSync(result.outDir)).toBe(false);
	});

	it('builds once the frontmatter is filled in, and publishes the article with its text', { timeout: 180_000 }, async () => {
		const file = path.join(projectRoot, articleFile);
		writeFileSync(file, fillIn(readFileSync(file, 'utf8')));
		const result = await astroBuild(buildName, { CONTENT_DIR: contentDir });
		expect(result.code, result.output).toBe(0);
		const page = path.join(result.outDir, 'articles', slug, 'index.html');
		expect(existsSync(page), `${page} is missing`).toBe(true);
		const html = readFileSync(page, 'utf8');
		expect(html).toContain('US-Russia Talks: The Key Topic');
		expect(html).toContain('Business issues are the key topic of the negotiations');
		expect(html).toContain('Unfortunately, the Kremlin understood this before others.');
	});
});
