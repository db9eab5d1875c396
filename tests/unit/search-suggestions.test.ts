import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildVocabulary, editDistance, maxDistance, minWordLength, speller, suggestQuery, wordKey } from '../../src/lib/search/suggestions';

const texts = [
	'Kirill Dmitriev, head of the Russian Direct Investment Fund, met Steve Witkoff. Dmitriev spoke of sanctions.',
	'Sanctions on Russia and the Arctic: Dmitriev and Witkoff discussed rare earths and sanctions relief.',
];
const names = ['Kirill Dmitriev', 'Steve Witkoff', 'Dmitry Medvedev', 'TNK-BP'];
const vocabulary = buildVocabulary(texts, names);
const spelling = speller(vocabulary);

/** Lower-case words of 4 to 12 letters. */
const word = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'), minLength: minWordLength, maxLength: 12 });

describe('the vocabulary of “Did you mean”', () => {
	it('keeps each word as the texts write it most often, with how often, most frequent first', () => {
		const sanctions = vocabulary.words.find(([w]) => wordKey(w) === 'sanctions');
		expect(sanctions).toEqual(['sanctions', 3]);
		const counts = vocabulary.words.map(([, n]) => n);
		expect(counts).toEqual([...counts].sort((a, b) => b - a));
	});

	it('counts the entities’ names as often as the most frequent word, and leaves out words shorter than four letters', () => {
		const top = Math.max(...buildVocabulary(texts).words.map(([, n]) => n));
		expect(vocabulary.words.find(([w]) => w === 'Medvedev')?.[1]).toBe(top);
		expect(vocabulary.words.some(([w]) => w.length < minWordLength)).toBe(false);
		expect(vocabulary.words.some(([w]) => w === 'TNK-BP')).toBe(true);
	});

	it('is built for an archive of hundreds of thousands of distinct words, as a generated 10,000-article one has', () => {
		const letters = (n: number): string => (n < 26 ? '' : letters(Math.floor(n / 26) - 1)) + String.fromCharCode(97 + (n % 26));
		const many = Array.from({ length: 300_000 }, (_, i) => `word${letters(i)}`);
		const built = buildVocabulary([many.join(' '), 'worda worda'], ['Kirill Dmitriev']);
		expect(built.words).toHaveLength(many.length + 2);
		expect(built.words[0]?.[1]).toBe(3);
		expect(built.words.find(([w]) => w === 'Dmitriev')?.[1]).toBe(3);
	});
});

describe('the suggestion for a query', () => {
	it('corrects a misspelt name to the name: “dmitryev” to “Dmitriev”, “medvedef” to “Medvedev”', () => {
		expect(suggestQuery('dmitryev', spelling)).toBe('Dmitriev');
		expect(suggestQuery('medvedef', spelling)).toBe('Medvedev');
		expect(suggestQuery('kirill dmitryev', spelling)).toBe('kirill Dmitriev');
	});

	it('corrects swapped neighbours as one edit, and keeps quotes and the words already known', () => {
		expect(suggestQuery('sacntions', spelling)).toBe('sanctions');
		expect(suggestQuery('"sanctoins relief"', spelling)).toBe('"sanctions relief"');
	});

	it('suggests nothing when every word is known, whole or as the beginning of a word (as the index matches it)', () => {
		expect(suggestQuery('Dmitriev sanctions', spelling)).toBeUndefined();
		expect(suggestQuery('sanct', spelling)).toBeUndefined();
		expect(suggestQuery('oil', spelling)).toBeUndefined();
	});

	it('suggests nothing when no known word is near enough', () => {
		expect(suggestQuery('qqxjzvw', spelling)).toBeUndefined();
	});

	it('never offers a word farther than the allowed distance, nor an unknown word, nor the query itself', () => {
		fc.assert(
			fc.property(word, (typed) => {
				const corrected = spelling.correct(typed);
				if (corrected === undefined) return;
				const distance = editDistance(typed, corrected);
				expect(distance).toBeGreaterThan(0);
				expect(distance).toBeLessThanOrEqual(maxDistance(typed.length));
				expect(vocabulary.words.some(([w]) => w === corrected)).toBe(true);
			}),
		);
	});

	it('finds a vocabulary word again after one letter of it is changed, dropped or swapped with its neighbour', () => {
		const longWords = vocabulary.words.map(([w]) => w).filter((w) => /^\p{L}{6,}$/u.test(w));
		const typo = fc.tuple(fc.constantFrom(...longWords), fc.nat(), fc.constantFrom('change', 'drop', 'swap'), fc.constantFrom(...'qxzj'));
		fc.assert(
			fc.property(typo, ([known, at, edit, letter]) => {
				const i = 1 + (at % (known.length - 2));
				const typed =
					edit === 'change' ? known.slice(0, i) + letter + known.slice(i + 1)
					: edit === 'drop' ? known.slice(0, i) + known.slice(i + 1)
					: known.slice(0, i) + known[i + 1] + known[i] + known.slice(i + 2);
				if (spelling.knows(typed)) return;
				const corrected = spelling.correct(typed);
				expect(corrected).toBeDefined();
				expect(editDistance(typed, corrected ?? '')).toBeLessThanOrEqual(editDistance(typed, known));
			}),
		);
	});

	it('measures transpositions as one edit and is symmetric', () => {
		expect(editDistance('dmitryev', 'dmitriev')).toBe(1);
		expect(editDistance('ab', 'ba')).toBe(1);
		fc.assert(
			fc.property(word, word, (a, b) => {
				expect(editDistance(a, b)).toBe(editDistance(b, a));
				expect(editDistance(a, b)).toBeLessThanOrEqual(Math.max(a.length, b.length));
				expect(editDistance(a, a)).toBe(0);
			}),
		);
	});
});
