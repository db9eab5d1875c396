/**
 * Fuzzing the content guard: random frontmatter (YAML built from random values, and raw YAML-like text
 * with anchors, tags, flow collections and odd characters) and random bodies (Markdown punctuation and
 * any Unicode) are written over one article of the valid fixture tree. Whatever the input, the guard
 * must finish and either accept it or report problems that each name a file of the tree, a field, what
 * was expected and a fix: never a throw or a hang.
 *
 * The run in the unit tests is bounded (30 articles, a second or two); `npm run fuzz` checks 3,000, and
 * FUZZ_RUNS sets any other number.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { dump } from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { findContentProblems } from '../../src/lib/validation/content-validation';
import { makeHostileCase, riyadh } from '../fixtures/hostile/corpus';

const runs = Number(process.env.FUZZ_RUNS ?? (process.env.npm_lifecycle_event === 'fuzz' ? 3_000 : 30));
const root = process.cwd();
mkdirSync(path.join(root, 'tests/.tmp'), { recursive: true });
const dir = mkdtempSync(path.join(root, 'tests/.tmp/content-fuzz-'));
makeHostileCase(undefined, dir);
const contentDir = path.relative(root, dir).split(path.sep).join('/');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const anyText = fc.string({ unit: 'binary', maxLength: 40 });
const yamlAlphabet = fc.constantFrom(...': -[]{},&*!|>\'"#%@`?\n\n  \t'.split(''), 'a', 'b', 'title', 'tags', '- x', '&a', '*a', '!!str', '<<', '\u202e', '\u200b', '\u0000', 'é', '🤝');
const markdownAlphabet = fc.constantFrom(...'#*_[]()!>-+`~|\\<>=:\n\n '.split(''), '1.', '[^1]', '```', '<b>', 'javascript:', 'http://x', '&amp;', 'Riyadh', 'word', '\u0301', '\u200b', '\ud800');

/** Frontmatter built from random values (valid YAML, any shape), merged over a valid article's fields. */
const structuredFrontmatter = fc
	.dictionary(fc.constantFrom('title', 'summary', 'tags', 'authors', 'outlet', 'published', 'genre', 'slug', 'standfirst', 'extra'), fc.jsonValue({ maxDepth: 4 }), { maxKeys: 4 })
	.map((fields) => dump({ title: 'T', titleSource: 'editors', summary: 'S.', authors: [], outlet: null, published: { date: '2025-04', precision: 'month', basis: 'estimated', reason: 'R.' }, genre: 'analysis', tags: ['energy'], ...fields }));
/** Raw YAML-like text: anchors, aliases, tags, flow collections, stray quotes. */
const rawFrontmatter = fc.array(yamlAlphabet, { maxLength: 80 }).map((parts) => parts.join(''));
const body = fc.oneof(
	fc.array(markdownAlphabet, { maxLength: 120 }).map((parts) => parts.join('')),
	anyText,
	fc.array(fc.oneof(markdownAlphabet, anyText), { maxLength: 40 }).map((parts) => parts.join(' ')),
);
const article = fc.record({ frontmatter: fc.oneof(structuredFrontmatter, rawFrontmatter), body, unclosed: fc.boolean() });

describe('the content guard under random input', () => {
	it(`accepts or names the file for ${runs} random articles, never throwing or hanging`, { timeout: 60_000 + runs * 2_000 }, async () => {
		await fc.assert(
			fc.asyncProperty(article, async ({ frontmatter, body, unclosed }) => {
				writeFileSync(path.join(dir, riyadh), `---\n${frontmatter}\n${unclosed ? '' : '---\n'}${body}\n`);
				const problems = await findContentProblems(contentDir, root);
				for (const problem of problems) {
					expect(problem.file.startsWith(`${contentDir}/`), problem.file).toBe(true);
					for (const part of [problem.field, problem.problem, problem.expected, problem.fix]) expect(typeof part === 'string' && part.trim() !== '').toBe(true);
				}
			}),
			{ numRuns: runs, timeout: 10_000 },
		);
	});
});
