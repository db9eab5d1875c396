/**
 * One matcher for the names and aliases of every entity, compiled once per build.
 *
 * Every spelling is filed under its first word ("Kirill Dmitriev" under "Kirill"), longest first.
 * Scanning a text is one left-to-right pass over its words: each word that starts a word (not one
 * inside another) is looked up in that index, and only the few spellings filed under it are
 * tried there. So the cost grows with the length of the text, not with the number of entities:
 * 2,000 entities cost about what 200 do. (A spelling that does not start with a letter or a digit,
 * such as "(RDIF)", is filed under its first character, and the scan stops at that character too.)
 *
 * Rules:
 * - **Case-sensitive**: the country "US" is not the pronoun "us".
 * - **Unicode word boundaries**: a spelling matches only where the characters on both sides are
 *   not letters, digits, combining marks or `_` ("Aven" is not found inside "haven").
 *   Hyphens and apostrophes are boundaries: "Kremlin-aligned" and "Trump’s" mention the Kremlin
 *   and Trump. A spelling joined to a word by a hyphen or an en dash ("US-Russia", "US–Russia",
 *   "Kremlin-aligned") is reported as `compound`: it is a mention, but not one to make a link of.
 * - **Possessives**: a following `’s` / `'s`, or a lone `’` / `'` after a spelling ending in
 *   "s" (plural possessive: "Goldman Sachs’"), is reported as `possessive`; it is not part of
 *   the spelling.
 * - **Longest spelling wins**: at any position the longest spelling that ends on a word
 *   boundary is taken ("Kirill Dmitriev" is one mention, "Miami Beach" is not "Miami"), and the
 *   scan continues after it, so a shorter spelling inside it is not counted again.
 *   Between overlapping spellings that start at different positions, the one starting first wins.
 */

/** The part of an entity the matcher needs. */
export interface MatchableEntity {
	/** The entity's id, e.g. `kirill-dmitriev`. */
	id: string;
	/** The name readers see; it is matched too. */
	name: string;
	/** Other spellings matched in the text, exactly as they appear. */
	aliases?: readonly string[];
}

/** One mention found in a text. */
export interface EntityMatch {
	/** The id of the entity mentioned. */
	entityId: string;
	/** The spelling that matched, exactly as in the text (without a possessive ending). */
	text: string;
	/** Offset of the first character of the spelling in the text. */
	start: number;
	/** Offset just after the spelling (exclusive; the possessive ending is not included). */
	end: number;
	/** The possessive ending that followed the spelling (`’s`, `'s`, `’`, `'`), if any. */
	possessive?: string;
	/** True when the spelling is part of a compound word: joined to a word by a hyphen or an en dash ("US-Russia"). */
	compound?: true;
}

/** The compiled matcher. */
export interface EntityMatcher {
	/** How many distinct spellings the matcher knows. */
	readonly spellings: number;
	/** Every mention in `text`, in order, none overlapping. */
	find(text: string): EntityMatch[];
	/** The entity id a spelling belongs to. */
	entityOf(spelling: string): string | undefined;
}

/** What to do when one spelling belongs to two entities. */
export type SpellingConflictHandler = (spelling: string, firstEntityId: string, secondEntityId: string) => void;

/** Characters that count as "inside a word" for the boundary checks. */
const wordChar = String.raw`[\p{L}\p{N}\p{M}_]`;
const wordCharAlone = new RegExp(`^${wordChar}$`, 'u');
/** The word a spelling starts with (letters, digits, marks, `_`), if it starts with one. */
const leadingWord = new RegExp(`^${wordChar}+`, 'u');

/** A hyphen (ASCII, Unicode hyphen, non-breaking hyphen) or an en dash, joining two words into one. */
const joiner = /^[-\u2010\u2011\u2013]$/u;

/** Whether the spelling at `start`…`end` of `text` is joined to a word before or after it by a hyphen or an en dash. */
export function inCompound(text: string, start: number, end: number): boolean {
	const before = text.slice(0, start);
	const beforeChars = [...before.slice(-4)];
	const afterChars = [...text.slice(end, end + 4)];
	const joinedBefore = joiner.test(beforeChars.at(-1) ?? '') && wordCharAlone.test(beforeChars.at(-2) ?? '');
	const joinedAfter = joiner.test(afterChars[0] ?? '') && wordCharAlone.test(afterChars[1] ?? '');
	return joinedBefore || joinedAfter;
}

/** Whether the code point at `index` of `text` is a word character (false at the end of the text). */
function wordCharAt(text: string, index: number): boolean {
	const codePoint = text.codePointAt(index);
	return codePoint !== undefined && wordCharAlone.test(String.fromCodePoint(codePoint));
}

/**
 * How a spelling that ends at `end` of `text` may end: with a possessive (`’s`, `'s`, or a lone
 * apostrophe after a final "s"), or with nothing; either way followed by a character that is not a
 * word character. Tried in that order, as a greedy optional group would be. `undefined` when the
 * spelling runs on into a word.
 */
function endingAt(text: string, end: number): { possessive?: string } | undefined {
	const apostrophe = text[end];
	if (apostrophe === "'" || apostrophe === '’') {
		if (text[end + 1] === 's' && !wordCharAt(text, end + 2)) return { possessive: `${apostrophe}s` };
		if (text[end - 1] === 's' && !wordCharAt(text, end + 1)) return { possessive: apostrophe };
	}
	return wordCharAt(text, end) ? undefined : {};
}

/** The key a spelling is filed under: its first word, or its first character when it does not start with a word character. */
function keyOf(spelling: string): string {
	return leadingWord.exec(spelling)?.[0] ?? String.fromCodePoint(spelling.codePointAt(0) ?? 0);
}

/** A code point written as an escape that is valid inside a character class of a Unicode-mode expression. */
function classEscape(char: string): string {
	return `\\u{${(char.codePointAt(0) ?? 0).toString(16)}}`;
}

/**
 * Compiles one matcher for all spellings (names and aliases) of `entities`.
 *
 * A spelling listed by two entities is ambiguous: by default that throws a `TypeError`;
 * pass `onConflict` to be told instead (the first entity keeps the spelling).
 */
export function createEntityMatcher(entities: readonly MatchableEntity[], onConflict?: SpellingConflictHandler): EntityMatcher {
	const owner = new Map<string, string>();
	for (const entity of entities) {
		for (const raw of [entity.name, ...(entity.aliases ?? [])]) {
			const spelling = raw.trim();
			if (spelling === '') continue;
			const previous = owner.get(spelling);
			if (previous !== undefined) {
				if (previous === entity.id) continue;
				if (onConflict) {
					onConflict(spelling, previous, entity.id);
					continue;
				}
				throw new TypeError(
					`createEntityMatcher: "${spelling}" is a spelling of both "${previous}" and "${entity.id}"; a mention could not be told apart. Give it to one entity only.`,
				);
			}
			owner.set(spelling, entity.id);
		}
	}

	// Spellings by their key, longest first: the first that fits at a position is the longest.
	const byKey = new Map<string, string[]>();
	for (const spelling of owner.keys()) {
		const key = keyOf(spelling);
		const list = byKey.get(key);
		if (list) list.push(spelling);
		else byKey.set(key, [spelling]);
	}
	for (const list of byKey.values()) list.sort((a, b) => b.length - a.length);

	// Where a mention can start: a whole word, or one of the characters that a spelling starts with when
	// it does not start with a word character; either way not preceded by a word character.
	const otherStarts = [...byKey.keys()].filter((key) => !leadingWord.test(key));
	const starts = otherStarts.length === 0 ? `${wordChar}+` : `${wordChar}+|[${otherStarts.map(classEscape).join('')}]`;
	const candidates = new RegExp(`(?<!${wordChar})(?:${starts})`, 'gu');

	return {
		spellings: owner.size,
		entityOf: (spelling) => owner.get(spelling),
		find(text) {
			const matches: EntityMatch[] = [];
			// Where the last mention ended (its possessive included): the scan goes on after it.
			let cursor = 0;
			// `matchAll` scans with its own copy of the expression, so no state is shared between calls.
			for (const candidate of owner.size === 0 ? [] : text.matchAll(candidates)) {
				const start = candidate.index;
				if (start < cursor) continue;
				for (const spelling of byKey.get(candidate[0]) ?? []) {
					if (!text.startsWith(spelling, start)) continue;
					const end = start + spelling.length;
					const ending = endingAt(text, end);
					if (!ending) continue;
					const entityId = owner.get(spelling) ?? '';
					const found: EntityMatch = { entityId, text: spelling, start, end };
					if (ending.possessive) found.possessive = ending.possessive;
					if (inCompound(text, start, end)) found.compound = true;
					matches.push(found);
					cursor = end + (ending.possessive?.length ?? 0);
					break;
				}
			}
			return matches;
		},
	};
}
