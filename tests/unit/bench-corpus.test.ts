import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus, readRealTexts, wordRange, writeCorpus, type Corpus } from '../../scripts/bench/corpus';
import { Random, Zipf } from '../../scripts/bench/prng';
import { findContentProblems } from '../../src/lib/validation/content-validation';
import { formatProblems } from '../../src/lib/validation/content-problems';
import { countWords } from '../../src/markdown/remark-reading-time';

/** The benchmark corpus generator (scripts/bench/corpus.ts): deterministic, valid, realistic. */
describe('bench corpus generator', () => {
	let realTexts: string[];
	let corpus: Corpus;
	let dir: string;

	beforeAll(async () => {
		realTexts = await readRealTexts('content');
		corpus = generateCorpus({ size: 40, seed: 'unit', realTexts });
		dir = await mkdtemp(path.join(tmpdir(), 'bench-corpus-'));
		await writeCorpus(corpus, dir);
	}, 120_000);
	afterAll(async () => {
		if (dir) await rm(dir, { recursive: true, force: true });
	});

	it('gives byte-identical files for the same seed', () => {
		const again = generateCorpus({ size: 40, seed: 'unit', realTexts });
		expect([...again.files]).toEqual([...corpus.files]);
	}, 60_000);

	it('gives a different corpus for another seed', () => {
		const other = generateCorpus({ size: 40, seed: 'other', realTexts });
		expect([...other.files.values()].join('')).not.toEqual([...corpus.files.values()].join(''));
	}, 60_000);

	it('passes the site’s own content validation (findContentProblems)', async () => {
		const problems = await findContentProblems(dir, '/');
		expect(problems, formatProblems(problems)).toEqual([]);
	}, 60_000);

	it('writes every collection the site has, analysis included', () => {
		const folders = new Set([...corpus.files.keys()].map((file) => file.split('/')[0]));
		for (const folder of ['articles', 'authors', 'outlets', 'tags', 'entities', 'topics', 'quotes', 'claims', 'events']) {
			expect(folders.has(folder), folder).toBe(true);
		}
		expect(corpus.stats.filesByCollection.articles).toBe(40);
	});

	it('writes articles of realistic length (300–1,100 words, counted like the reading-time plugin)', () => {
		for (const article of corpus.articles) {
			const words = countWords(article.body);
			expect(words).toBe(article.words);
			expect(words).toBeGreaterThanOrEqual(wordRange.min);
			expect(words).toBeLessThanOrEqual(wordRange.max);
		}
		const mean = corpus.stats.words / corpus.articles.length;
		expect(mean).toBeGreaterThan(450);
		expect(mean).toBeLessThan(900);
	});

	it('draws its vocabulary from the real articles plus a synthetic lexicon, so it grows with the corpus', () => {
		const real = new Set(realTexts.join(' ').toLowerCase().match(/\p{L}+/gu));
		const words = corpus.articles.flatMap((a) => a.body.toLowerCase().match(/\p{L}+/gu) ?? []);
		const fromReal = words.filter((w) => real.has(w)).length / words.length;
		expect(fromReal).toBeGreaterThan(0.6);
		expect(fromReal).toBeLessThan(0.9);
		const bigger = generateCorpus({ size: 160, seed: 'unit', realTexts });
		expect(bigger.stats.distinctWords).toBeGreaterThan(corpus.stats.distinctWords * 1.5);
	}, 60_000);

	it('keeps every recorded sentence verbatim in its article body', () => {
		for (const article of corpus.articles) {
			for (const sentence of article.sentences) expect(article.body).toContain(sentence.text);
		}
	});

	it('rejects a size that is not a positive whole number', () => {
		expect(() => generateCorpus({ size: 0, seed: 1, realTexts })).toThrow(/positive integer/);
	});
});

describe('bench PRNG', () => {
	it('repeats its sequence for a seed', () => {
		const a = new Random(42);
		const b = new Random(42);
		expect(Array.from({ length: 5 }, () => a.next())).toEqual(Array.from({ length: 5 }, () => b.next()));
	});

	it('draws Zipf ranks with rank 0 the most frequent', () => {
		const random = new Random('zipf');
		const zipf = new Zipf(100, 1);
		const counts = new Array<number>(100).fill(0);
		for (let i = 0; i < 20_000; i++) {
			const rank = zipf.draw(random);
			counts[rank] = (counts[rank] ?? 0) + 1;
		}
		expect(counts[0]).toBeGreaterThan(counts[9] ?? 0);
		expect(counts[9]).toBeGreaterThan(counts[99] ?? 0);
	});
});
