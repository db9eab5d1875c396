/**
 * The editors' findings (content/findings/) in the content guard: the real content passes, and a copy of
 * it in which a finding's evidence has gone away (a claim or quotation deleted, a cited sentence edited out
 * of its article) fails, naming the finding's file, the field and what to do. The schema refuses a finding
 * that cites nothing.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { findContentProblems } from '../../src/lib/validation/content-validation';
import { createFindingSchema } from '../../src/schemas/finding';
import { plainIdReference } from '../../src/schemas/reference';

const tmpRoot = path.resolve('tests/.tmp');
let copies: string[] = [];
afterEach(() => {
	for (const dir of copies) rmSync(dir, { recursive: true, force: true });
	copies = [];
});

/** A copy of content/ under tests/.tmp/, as a path relative to the project (as the guard reports files). */
function copyOfContent(): string {
	mkdirSync(tmpRoot, { recursive: true });
	const dir = mkdtempSync(path.join(tmpRoot, 'findings-'));
	copies.push(dir);
	cpSync('content', dir, { recursive: true });
	return path.relative(process.cwd(), dir).split(path.sep).join('/');
}

interface FindingFile {
	claims?: string[];
	quotes?: string[];
	evidence?: { article: string; text: string[] }[];
}
const finding = (id: string) => load(readFileSync(`content/findings/${id}.yaml`, 'utf8')) as FindingFile;

describe('findings in the content guard', () => {
	it('accepts the real findings, every one of which cites at least one claim, quotation or sentence', async () => {
		expect(await findContentProblems('content')).toEqual([]);
	});

	it('fails when a claim a finding cites is deleted, naming the finding, the field and the missing claim', async () => {
		const dir = copyOfContent();
		const claim = finding('business-leads-the-talks').claims?.[0] as string;
		rmSync(`${dir}/claims/${claim}.yaml`);
		const problems = (await findContentProblems(dir)).filter((p) => p.file === `${dir}/findings/business-leads-the-talks.yaml`);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ field: 'claims.0' });
		expect(problems[0]?.problem).toContain(`"${claim}"`);
		expect(problems[0]?.fix).toContain(`${dir}/claims/${claim}.yaml`);
	});

	it('fails when a quotation a finding cites is deleted', async () => {
		const dir = copyOfContent();
		const quotes = finding('return-on-russias-terms').quotes ?? [];
		rmSync(`${dir}/quotes/${quotes[1]}.yaml`);
		const problems = (await findContentProblems(dir)).filter((p) => p.file === `${dir}/findings/return-on-russias-terms.yaml`);
		expect(problems.map((p) => p.field)).toEqual(['quotes.1']);
	});

	it('suggests the id that was probably meant when a citation is misspelt', async () => {
		const dir = copyOfContent();
		const file = `${dir}/findings/the-same-sectors.yaml`;
		writeFileSync(file, readFileSync(file, 'utf8').replace('- sectors-on-the-table', '- sectors-on-the-tabel'));
		const [problem] = (await findContentProblems(dir)).filter((p) => p.file === file);
		expect(problem?.fix).toContain('Did you mean "sectors-on-the-table"?');
	});

	it('fails when a sentence a finding cites is no longer in its article word for word', async () => {
		const dir = copyOfContent();
		const evidence = finding('sanctions-relief-named').evidence?.[0];
		const sentence = evidence?.text[0] as string;
		const articleFile = `${dir}/articles/${evidence?.article}.md`;
		writeFileSync(articleFile, readFileSync(articleFile, 'utf8').replace(sentence, sentence.replace('Riyadh', 'Jeddah')));
		const problems = (await findContentProblems(dir)).filter((p) => p.file === `${dir}/findings/sanctions-relief-named.yaml`);
		expect(problems.map((p) => p.field)).toEqual(['evidence.0.text.0']);
		expect(problems[0]?.problem).toContain(`${dir}/articles/${evidence?.article}.md`);
	});

	it('fails when a finding cites an article that does not exist', async () => {
		const dir = copyOfContent();
		const file = `${dir}/findings/a-reset-hoped-for.yaml`;
		writeFileSync(file, readFileSync(file, 'utf8').replace('article: moscow-eyes-a-reset-with-washington-after-trumps-victory', 'article: moscow-eyes-a-reset'));
		const problems = (await findContentProblems(dir)).filter((p) => p.file === file);
		expect(problems.map((p) => p.field)).toEqual(['evidence.0.article']);
	});

	it('refuses, in the schema, a finding that cites no evidence at all', () => {
		const result = createFindingSchema(plainIdReference).safeParse({ title: 'A finding', statement: 'It holds.', order: 1 });
		expect(result.success).toBe(false);
		expect(result.error?.issues[0]?.message).toMatch(/needs evidence/);
	});
});
