/**
 * The content validator that stops the build (src/lib/validation/content-validation.ts). Each bad
 * case is the valid fixture tree with one overlay from tests/fixtures/content/cases/
 * copied over it in a temporary directory; the validator must report exactly one
 * problem that names the file, the field, what was expected and how to fix it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { findContentProblems } from '../../src/lib/validation/content-validation';
import type { ContentProblem } from '../../src/lib/validation/content-problems';
import { contentCases, mergeCase, overlayFolders } from '../fixtures/content/cases';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const tempRoot = mkdtempSync(path.join(os.tmpdir(), 'content-validation-'));
afterAll(() => rmSync(tempRoot, { recursive: true, force: true }));

/** Merges a case into `<tempRoot>/<name>/content` and validates it with that folder as the root. */
async function problemsOf(caseName: string | undefined): Promise<ContentProblem[]> {
	const root = path.join(tempRoot, caseName ?? 'valid');
	mergeCase(caseName, path.join(root, 'content'));
	return findContentProblems('content', root);
}

describe('findContentProblems', () => {
	it('finds no problem in the valid fixture tree', async () => {
		expect(await problemsOf(undefined)).toEqual([]);
	});

	it('finds no problem in the real content/ directory', async () => {
		expect(await findContentProblems('content', projectRoot)).toEqual([]);
	});

	it('has a case description for every overlay folder and an overlay folder for every case', () => {
		expect(overlayFolders()).toEqual(contentCases.map((c) => c.name).sort());
	});

	it.each(contentCases)('reports $title with the file, the field, what was expected and a fix ($name)', async (c) => {
		const problems = await problemsOf(c.name);
		expect(problems).toHaveLength(1);
		const [problem] = problems as [ContentProblem];
		const files = [c.file, ...(c.orFile ? [c.orFile] : [])].map((file) => `content/${file}`);
		expect(files).toContain(problem.file);
		expect(problem.field).toBe(c.field);
		for (const text of c.problem) expect(problem.problem).toContain(text);
		for (const text of c.expected) expect(problem.expected).toContain(text);
		for (const text of c.fix) expect(problem.fix).toContain(text);
		// Two files in conflict: the problem names the one it is filed under and the other one.
		for (const other of files.filter((file) => file !== problem.file)) expect(problem.problem).toContain(other);
	});

	it('quotes the value it refuses ("reportage") in the bad-genre problem', async () => {
		const [problem] = await problemsOf('bad-genre');
		expect(problem?.problem).toContain('reportage');
	});

	it('does not tell the editor to add a title that is there but is a number', async () => {
		const [problem] = await problemsOf('title-not-text');
		expect(problem?.problem).toContain('42');
		expect(problem?.fix).not.toContain('Add the required field');
	});
});
