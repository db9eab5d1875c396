/**
 * “Did you mean …” for the search page. Pagefind matches words by their beginning and has no tolerance for
 * typing errors, so “dmitryev” finds nothing. At build time the words of the index (the text of every indexed
 * page) and the entities' names and aliases become a small vocabulary (`buildVocabulary`), written beside the
 * index; the search page loads it only when a query finds nothing or few results, and `suggestQuery` replaces
 * each word the vocabulary does not know by its nearest known word, by Damerau–Levenshtein distance (a letter
 * added, dropped, changed, or two neighbours swapped).
 */

/** The vocabulary as written to the JSON file: each word as the texts most often write it, and how often. */
export interface Vocabulary {
	/** `[word, occurrences]`, most frequent first; a name's words count as often as the most frequent word. */
	words: [string, number][];
}

/** Runs of letters (and the apostrophes and hyphens inside a word), as the vocabulary and the queries split text. */
const wordPattern = /\p{L}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*/gu;

/** The words of a text, in order. */
export const wordsOf = (text: string): string[] => text.match(wordPattern) ?? [];

/** How words are compared: lower-cased, with typographic apostrophes made straight. */
export const wordKey = (word: string): string => word.toLowerCase().replace(/’/g, "'");

/** Words shorter than this are neither corrected nor offered: too many short words lie one letter apart. */
export const minWordLength = 4;

/**
 * Builds the vocabulary from the indexed texts and the entities' names and aliases. Each word keeps the form the
 * texts use most (“Dmitriev”, not “dmitriev”); names rank as high as the most frequent word, so that a misspelt
 * name is corrected to the name rather than to a common word as near.
 */
export function buildVocabulary(texts: Iterable<string>, names: Iterable<string> = []): Vocabulary {
	const counts = new Map<string, Map<string, number>>();
	const add = (word: string, times: number) => {
		if (word.length < minWordLength) return;
		const forms = counts.get(wordKey(word)) ?? new Map<string, number>();
		forms.set(word, (forms.get(word) ?? 0) + times);
		counts.set(wordKey(word), forms);
	};
	for (const text of texts) for (const word of wordsOf(text)) add(word, 1);
	const total = (forms: Map<string, number>) => [...forms.values()].reduce((sum, n) => sum + n, 0);
	// A loop, not Math.max(...all): spread into arguments, the words of a large archive overflow the call stack.
	let top = 1;
	for (const forms of counts.values()) top = Math.max(top, total(forms));
	for (const name of names) for (const word of wordsOf(name)) add(word, top);
	const words = [...counts.values()].map((forms): [string, number] => {
		const [form] = [...forms].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'en'));
		return [form?.[0] ?? '', total(forms)];
	});
	words.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'en'));
	return { words };
}

/** The largest distance at which a word of this length is corrected: one edit up to six letters, two beyond. */
export const maxDistance = (length: number): number => (length <= 6 ? 1 : 2);

/**
 * The Damerau–Levenshtein distance (optimal string alignment) between two words, ignoring case: the fewest letters
 * added, dropped, changed, or neighbours swapped. (The npm package `damerau-levenshtein` gives up early on long
 * words and then answers a distance that depends on the order of its arguments; this is the textbook recurrence.)
 */
export function editDistance(first: string, second: string): number {
	const a = [...wordKey(first)];
	const b = [...wordKey(second)];
	// Three rows of the table: two rows back (for swaps), the previous one and the current one.
	let before: number[] = [];
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let best = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, (before[j - 2] ?? 0) + 1);
			current[j] = best;
		}
		before = previous;
		previous = current;
	}
	return previous[b.length] ?? 0;
}

/** A lookup over a vocabulary: known words (whole, and as prefixes, as Pagefind matches them) and candidates. */
export interface Speller {
	/** True when the index has this word, or a word that begins with it. */
	knows(word: string): boolean;
	/** The nearest known word within `maxDistance`, the most frequent on a tie; undefined when none is near. */
	correct(word: string): string | undefined;
}

export function speller(vocabulary: Vocabulary): Speller {
	const entries = vocabulary.words.map(([word, count]) => ({ word, key: wordKey(word), count }));
	const keys = entries.map((entry) => entry.key).sort();
	const knows = (word: string) => {
		const key = wordKey(word);
		// Binary search for the first key not below `key`: known when it starts with `key`.
		let low = 0;
		let high = keys.length;
		while (low < high) {
			const mid = (low + high) >> 1;
			if ((keys[mid] ?? '') < key) low = mid + 1;
			else high = mid;
		}
		return (keys[low] ?? '').startsWith(key);
	};
	const correct = (word: string) => {
		const key = wordKey(word);
		const limit = maxDistance(key.length);
		let best: { word: string; distance: number; count: number } | undefined;
		for (const entry of entries) {
			if (Math.abs(entry.key.length - key.length) > limit) continue;
			const distance = editDistance(key, entry.key);
			if (distance === 0 || distance > limit) continue;
			// Entries come most frequent first: a later one wins only by being nearer.
			if (!best || distance < best.distance) best = { word: entry.word, distance, count: entry.count };
		}
		return best?.word;
	};
	return { knows, correct };
}

/**
 * The query with each word the index does not know (whole or as a prefix) replaced by its nearest known word;
 * undefined when no word needs or finds a correction. Quotes, spacing and the other words stay as typed.
 */
export function suggestQuery(query: string, spelling: Speller): string | undefined {
	let changed = false;
	const suggestion = query.replace(wordPattern, (word) => {
		if (word.length < minWordLength || spelling.knows(word)) return word;
		const corrected = spelling.correct(word);
		if (!corrected) return word;
		changed = true;
		return corrected;
	});
	return changed ? suggestion : undefined;
}
