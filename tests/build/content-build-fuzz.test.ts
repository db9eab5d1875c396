/**
 * Fuzzing the whole build: a generated article (a random title and summary, any Unicode, and a random
 * Markdown body) is added to the valid fixture tree and the site is built for real, over the output of the
 * build before it. Whatever the input, the build must end in bounded time and either succeed with valid
 * outputs (the home page and the article's page written, the feed and sitemap well-formed XML) or fail
 * naming the article's file, with the previous output left byte for byte as it was and no staging folder:
 * never a hang, a raw stack trace or a partial site.
 *
 * A build takes about ten seconds (a refused one two), so the run in the tests is tiny: a plain article,
 * which must build, then a random one (2 runs); `npm run fuzz` runs 20, and FUZZ_BUILD_RUNS sets any
 * other number.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { XMLValidator } from 'fast-xml-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { publishFolders } from '../../src/integrations/atomic-publish';
import { makeHostileCase } from '../fixtures/hostile/corpus';
import { astroBuild } from './run-astro-build';

const runs = Number(process.env.FUZZ_BUILD_RUNS ?? (process.env.npm_lifecycle_event === 'fuzz' ? 20 : 2));
/** Far more than a build of the fixture tree takes (about ten seconds): longer counts as a hang. */
const buildTimeout = 120_000;

const root = process.cwd();
mkdirSync(path.join(root, 'tests/.tmp'), { recursive: true });
const dir = mkdtempSync(path.join(root, 'tests/.tmp/build-fuzz-'));
makeHostileCase(undefined, dir);
const contentDir = path.relative(root, dir).split(path.sep).join('/');
const articleFile = 'articles/fuzzed-article.md';
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every file under `folder` with the SHA-256 of its bytes; undefined when there is no such folder. */
function snapshot(folder: string): Map<string, string> | undefined {
	if (!existsSync(folder)) return undefined;
	const files = new Map<string, string>();
	const walk = (sub: string) => {
		for (const entry of readdirSync(path.join(folder, sub), { withFileTypes: true })) {
			const rel = path.join(sub, entry.name);
			if (entry.isDirectory()) walk(rel);
			else files.set(rel, createHash('sha256').update(readFileSync(path.join(folder, rel))).digest('hex'));
		}
	};
	walk('');
	return files;
}

const notXmlCharacter = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const text = fc.oneof(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 30 }), fc.constantFrom('Talks resume', 'Переговоры 会谈 🤝', 'W'.repeat(3000)));
const markdownAlphabet = fc.constantFrom(
	...'#*_[]()!>-+`~|\\<>=:\n\n '.split(''),
	'1.',
	'[^1]',
	'```',
	'| a | b |\n| --- | --- |\n| c | d |',
	'<b>',
	'javascript:',
	'https://example.org/x',
	'![alt](x.png)',
	'&amp;',
	'Riyadh',
	'sanctions',
	'word',
	'Officials met in Riyadh.',
	'\u0301',
	'\u200b',
);
const body = fc.oneof(
	fc.array(markdownAlphabet, { minLength: 1, maxLength: 120 }).map((parts) => parts.join('')),
	fc.array(fc.oneof(markdownAlphabet, fc.string({ unit: 'grapheme', maxLength: 20 })), { minLength: 1, maxLength: 40 }).map((parts) => parts.join(' ')),
);
const article = fc.record({ title: text, summary: text, body });

/** A complete article with the generated title, summary and body (JSON strings are valid YAML). */
const articleSource = ({ title, summary, body }: { title: string; summary: string; body: string }) =>
	[
		'---',
		`title: ${JSON.stringify(title)}`,
		'titleSource: editors',
		`summary: ${JSON.stringify(summary)}`,
		'authors: []',
		'outlet: null',
		'published:',
		'  date: "2025-03"',
		'  precision: month',
		'  basis: estimated',
		'  reason: "Generated for a test."',
		'genre: analysis',
		'language: en',
		'tags:',
		'  - energy',
		'sourceFile: "901_fixture_b.txt"',
		'---',
		'',
		body,
		'',
	].join('\n');

describe('the whole build under random articles', () => {
	it(`succeeds with valid outputs or names the file and keeps the previous site, for ${runs} random articles`, { timeout: 60_000 + runs * buildTimeout }, async () => {
		const outcomes = { built: 0, refused: 0 };
		await fc.assert(
			fc.asyncProperty(article, async (generated) => {
				writeFileSync(path.join(dir, articleFile), articleSource(generated));
				const outDir = path.resolve('tests/.tmp/dist-build-fuzz');
				const before = snapshot(outDir);
				const result = await astroBuild('build-fuzz', { CONTENT_DIR: contentDir }, { keepOutDir: true, timeoutMs: buildTimeout });
				expect(result.timedOut, 'the build hung').toBe(false);
				expect(result.code, result.output).not.toBeNull();
				expect(existsSync(publishFolders(outDir).staging), 'a staging folder is left').toBe(false);
				expect(result.output).not.toContain('Stack trace');
				if (result.code === 0) {
					outcomes.built++;
					expect(existsSync(path.join(outDir, 'index.html'))).toBe(true);
					expect(existsSync(path.join(outDir, 'articles/fuzzed-article/index.html'))).toBe(true);
					for (const xml of ['rss.xml', 'sitemap-0.xml']) {
						const source = readFileSync(path.join(outDir, xml), 'utf8');
						expect(XMLValidator.validate(source), xml).toBe(true);
						expect(notXmlCharacter.test(source), `${xml} holds a character XML forbids`).toBe(false);
					}
				} else {
					outcomes.refused++;
					expect(result.output, 'the failure names the article').toContain(`${contentDir}/${articleFile}`);
					expect(snapshot(outDir), 'the previous output changed').toEqual(before);
				}
			}),
			// The first run is a plain article, so that every run of the test goes through a successful build too.
			{ numRuns: runs, endOnFailure: true, examples: [[{ title: 'Talks resume', summary: 'A summary.', body: 'Officials met in Riyadh.\n\n## What was said\n\n- sanctions\n- energy' }]] },
		);
		console.info(`build fuzz: ${outcomes.built} built, ${outcomes.refused} refused`);
		expect(outcomes.built).toBeGreaterThan(0);
	});
});
