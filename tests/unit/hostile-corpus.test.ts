import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findContentProblems } from '../../src/lib/validation/content-validation';
import { hostileCases, makeHostileCase } from '../fixtures/hostile/corpus';

const root = process.cwd();
mkdirSync(path.join(root, 'tests/.tmp'), { recursive: true });
const base = mkdtempSync(path.join(root, 'tests/.tmp/hostile-corpus-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('the hostile corpus', () => {
	it('has at least 40 cases, each with its own name', () => {
		expect(hostileCases.length).toBeGreaterThanOrEqual(40);
		expect(new Set(hostileCases.map((c) => c.name)).size).toBe(hostileCases.length);
	});

	it.each(hostileCases)('$name ($kind): the guard gives the expected outcome, naming the file', { timeout: 15_000 }, async (hostile) => {
		const dir = path.join(base, hostile.name);
		makeHostileCase(hostile, dir);
		const contentDir = path.relative(root, dir).split(path.sep).join('/');
		const problems = await findContentProblems(contentDir, root);
		if ('accepted' in hostile.outcome) {
			expect(problems).toEqual([]);
			return;
		}
		const { file, field, problem } = hostile.outcome.refused;
		const named = problems.filter((p) => p.file === `${contentDir}/${file}`);
		expect(named, JSON.stringify(problems, null, 2)).not.toEqual([]);
		const match = named.find((p) => p.field === field && p.problem.includes(problem));
		expect(match, JSON.stringify(named, null, 2)).toBeDefined();
		for (const words of hostile.outcome.refused.fix ?? []) expect(match?.fix).toContain(words);
		for (const p of problems) {
			for (const part of [p.file, p.field, p.problem, p.expected, p.fix]) expect(part.trim()).not.toBe('');
		}
	});
});
