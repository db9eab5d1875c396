import { describe, expect, it } from 'vitest';
import { contentFileOf, forEntry, listPaths, pageBuildError, pathsBuildError } from '../../src/lib/content/build-errors';

const article = { filePath: 'content/articles/a.md' };
const entity = { filePath: 'content/entities/b.yaml' };
const fail = (): never => {
	throw new Error('broken value\nsecond line');
};

describe('build errors that name the content file', () => {
	it('marks an error thrown for an entry, synchronously or not, with the entry file', async () => {
		expect(() => forEntry(article, fail)).toThrow('broken value');
		let thrown: unknown;
		try {
			forEntry(article, fail);
		} catch (error) {
			thrown = error;
		}
		expect(contentFileOf(thrown)).toBe('content/articles/a.md');
		const rejected = await forEntry(article, async () => fail()).catch((error: unknown) => error);
		expect(contentFileOf(rejected)).toBe('content/articles/a.md');
	});

	it('keeps the innermost entry when steps for several entries are nested', () => {
		let thrown: unknown;
		try {
			forEntry(article, () => forEntry(entity, fail));
		} catch (error) {
			thrown = error;
		}
		expect(contentFileOf(thrown)).toBe('content/entities/b.yaml');
	});

	it('returns the result of a step that succeeds, unchanged', async () => {
		expect(forEntry(article, () => 3)).toBe(3);
		await expect(forEntry(article, async () => 'x')).resolves.toBe('x');
	});

	it('reports a failing getStaticPaths with the route, the file, the first line of the message and a hint, without a stack', async () => {
		const paths = listPaths('/articles/[slug]/', () => [forEntry(article, fail)]);
		const error = (await Promise.resolve()
			.then(() => paths())
			.then(
				() => undefined,
				(e: unknown) => e,
			)) as Error & { hint?: string };
		expect(error.message).toBe('The pages of /articles/[slug]/ could not be listed, while processing content/articles/a.md: broken value');
		expect(error.hint).toContain('content/articles/a.md');
		expect(error.stack).toBe('');
		expect(pathsBuildError(new Error('x'), '/tags/[tag]/').message).toContain('they are made from all the content');
	});

	it('names the marked file of a failing page before the file of its route', () => {
		let thrown: unknown;
		try {
			forEntry(entity, fail);
		} catch (error) {
			thrown = error;
		}
		expect(pageBuildError(thrown, '/articles/a/', 'content/articles/a.md').message).toContain('built from content/entities/b.yaml');
		expect(pageBuildError(new Error('x'), '/articles/a/', 'content/articles/a.md').message).toContain('built from content/articles/a.md');
	});
});
