/**
 * The content validator's checks of the analysis data (quotes, claims, events), run on the
 * self-contained content trees in `tests/fixtures/analysis/<case>/`: `valid` passes, and each other
 * case differs from it in one file, whose problem must name the file, the field and the article.
 */
import { describe, expect, it } from 'vitest';
import type { ContentProblem } from '../../src/lib/validation/content-problems';
import { oneEvidenceEntryPerArticle } from '../../src/lib/validation/analysis-validation';
import { findContentProblems } from '../../src/lib/validation/content-validation';

const fixtures = 'tests/fixtures/analysis';
const problemsOf = (name: string) => findContentProblems(`${fixtures}/${name}`);
const article = `${fixtures}/%s/articles/talks-in-riyadh.md`;

function only(problems: ContentProblem[]): ContentProblem {
	expect(problems, JSON.stringify(problems, null, 2)).toHaveLength(1);
	return problems[0] as ContentProblem;
}

describe('the analysis data in the content validator', () => {
	it('accepts a valid tree: a quotation, a quoted word inside *emphasis*, a claim and an event', async () => {
		expect(await problemsOf('valid')).toEqual([]);
	});

	it('accepts the real content', async () => {
		expect(await findContentProblems('content')).toEqual([]);
	});

	it('rejects a quote that is not word for word in its article, naming file, field, article and the difference', async () => {
		const problem = only(await problemsOf('quote-not-verbatim'));
		expect(problem.file).toBe(`${fixtures}/quote-not-verbatim/quotes/anna-petrova-good-start.yaml`);
		expect(problem.field).toBe('text');
		expect(problem.problem).toContain(article.replace('%s', 'quote-not-verbatim'));
		expect(problem.problem).toContain('“shall meet again soon”');
		expect(problem.problem).toContain('“will meet again soon');
		expect(problem.expected).toMatch(/exactly as the article prints them/);
		expect(problem.fix).toMatch(/Copy the quoted words from .*talks-in-riyadh\.md into "text"/);
	});

	it('rejects a “quote” the article does not set in quotation marks', async () => {
		const problem = only(await problemsOf('quote-not-in-quotation-marks'));
		expect(problem.file).toBe(`${fixtures}/quote-not-in-quotation-marks/quotes/anna-petrova-good-start.yaml`);
		expect(problem.field).toBe('text');
		expect(problem.problem).toContain('not set off by quotation marks');
		expect(problem.problem).toContain(article.replace('%s', 'quote-not-in-quotation-marks'));
		expect(problem.fix).toMatch(/paraphrases/);
	});

	it('rejects a claim whose evidence sentence is not in the article, naming the field path', async () => {
		const problem = only(await problemsOf('evidence-not-in-article'));
		expect(problem.file).toBe(`${fixtures}/evidence-not-in-article/claims/talks-held-in-riyadh.yaml`);
		expect(problem.field).toBe('positions.0.evidence.0');
		expect(problem.problem).toContain(article.replace('%s', 'evidence-not-in-article'));
		expect(problem.problem).toContain('“Jeddah on Tuesday, officials said.”');
		expect(problem.fix).toContain('positions.0.evidence.0');
	});

	it('rejects an event whose evidence sentence is not in the article', async () => {
		const problem = only(await problemsOf('event-evidence-not-in-article'));
		expect(problem.file).toBe(`${fixtures}/event-evidence-not-in-article/events/riyadh-talks.yaml`);
		expect(problem.field).toBe('evidence.0.text.0');
		expect(problem.problem).toContain(article.replace('%s', 'event-evidence-not-in-article'));
		expect(problem.problem).toContain('“say.”');
	});
});

describe('oneEvidenceEntryPerArticle', () => {
	it('accepts each article once and reports a second entry for an article, pointing at the first', () => {
		const problems: ContentProblem[] = [];
		const onceEach = oneEvidenceEntryPerArticle('content/events/x.yaml', problems);
		onceEach(0, 'a');
		onceEach(1, 'b');
		expect(problems).toEqual([]);
		onceEach(2, 'a');
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ file: 'content/events/x.yaml', field: 'evidence.2.article' });
		expect(problems[0]?.problem).toContain('already has evidence in evidence.0');
		expect(problems[0]?.fix).toBe('Move the sentences of evidence.2 into evidence.0.text and delete evidence.2.');
	});
});
