/**
 * The key-term check of the claims (src/lib/validation/key-terms.ts), run through the content
 * validator on the content trees in `tests/fixtures/analysis/<case>/`, each differing from `valid`
 * in its claim file only, and on the real content.
 */
import { describe, expect, it } from 'vitest';
import type { ContentProblem } from '../../src/lib/validation/content-problems';
import { findContentProblems } from '../../src/lib/validation/content-validation';
import { containsWord, findKeyTermProblems } from '../../src/lib/validation/key-terms';

const fixtures = 'tests/fixtures/analysis';
const claimFile = (name: string) => `${fixtures}/${name}/claims/talks-held-in-riyadh.yaml`;
const problemsOf = (name: string) => findContentProblems(`${fixtures}/${name}`);

function only(problems: ContentProblem[]): ContentProblem {
	expect(problems, JSON.stringify(problems, null, 2)).toHaveLength(1);
	return problems[0] as ContentProblem;
}

describe('the key-term check of the claims', () => {
	it('refuses a position whose evidence names none of the claim’s key terms, naming the file, the position and the terms', async () => {
		const problem = only(await problemsOf('claim-evidence-without-key-terms'));
		expect(problem.file).toBe(claimFile('claim-evidence-without-key-terms'));
		expect(problem.field).toBe('positions.0.evidence');
		expect(problem.problem).toContain('"talks-in-riyadh"');
		expect(problem.problem).toContain('none of the claim’s key terms');
		expect(problem.expected).toContain('Anna Petrova (anna-petrova)');
		expect(problem.expected).toContain('“constructive”');
		expect(problem.fix).toContain('"not mentioned"');
	});

	it('accepts evidence that mentions a key entity by one of its aliases, inside Markdown emphasis', async () => {
		expect(await problemsOf('claim-key-term-by-alias')).toEqual([]);
	});

	it('reports a key entity that is not an entity, and suggests the nearest id', async () => {
		const problem = only(await problemsOf('claim-key-term-unknown-entity'));
		expect(problem.file).toBe(claimFile('claim-key-term-unknown-entity'));
		expect(problem.field).toBe('keyTerms.entities.0');
		expect(problem.fix).toContain('Did you mean "riyadh"?');
	});

	it('finds a key word from the start of a word, without regard to case, and not inside another word', () => {
		expect(containsWord('Western sanctions bite.', 'sanction')).toBe(true);
		expect(containsWord('Sanctioned firms left.', 'sanction')).toBe(true);
		expect(containsWord('An unsanctioned deal.', 'sanction')).toBe(false);
		expect(containsWord('the language of\nnumbers', 'language of numbers')).toBe(true);
		expect(containsWord('a cost of (LNG) gas', 'LNG')).toBe(true);
	});

	it('matches key entities case-sensitively, as entity mentions are: “us” is not the United States', () => {
		const entries = [
			{ collection: 'entities', id: 'united-states', file: 'e.yaml', data: { name: 'United States', aliases: ['US'] } },
			{
				collection: 'claims',
				id: 'c',
				file: 'content/claims/c.yaml',
				data: {
					keyTerms: { entities: ['united-states'], words: [] },
					positions: [
						{ article: 'a', status: 'asserted', evidence: ['They told us nothing.'] },
						{ article: 'b', status: 'asserted', evidence: ['The US said nothing.'] },
					],
				},
			},
		];
		const problems = findKeyTermProblems(entries);
		expect(problems.map((problem) => problem.field)).toEqual(['positions.0.evidence']);
	});

	it('would have caught the position on a reset under Trump taken by an article that never names Trump', () => {
		const entries = [
			{ collection: 'entities', id: 'donald-trump', file: 'e.yaml', data: { name: 'Donald Trump', aliases: ['Trump'] } },
			{
				collection: 'claims',
				id: 'trump-presidency-chance-for-reset',
				file: 'content/claims/trump-presidency-chance-for-reset.yaml',
				data: {
					keyTerms: { entities: ['donald-trump'], words: [] },
					positions: [
						{
							article: 'dmitriev-american-companies-ask-to-return-to-russia',
							status: 'attributed',
							evidence: ['While cautioning that any progress would be gradual, Dmitriev expressed “cautious optimism” about the prospect of improved U.S.-Russia relations.'],
						},
					],
				},
			},
		];
		const [problem] = findKeyTermProblems(entries);
		expect(problem?.file).toBe('content/claims/trump-presidency-chance-for-reset.yaml');
		expect(problem?.problem).toContain('attributed position of "dmitriev-american-companies-ask-to-return-to-russia"');
	});

	it('passes every position of the real claims', async () => {
		const problems = await findContentProblems('content');
		expect(problems.filter((problem) => problem.file.startsWith('content/claims/'))).toEqual([]);
	});
});
