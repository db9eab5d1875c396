/**
 * One combined matcher for the names and aliases of every entity.
 *
 * All spellings are put into a trie, and the trie is written out as ONE regular expression
 * (e.g. `Miami(?: Beach)?|K(?:irill Dmitriev|remlin)`), compiled once. Scanning a text is a
 * single left-to-right pass of that expression, so the cost grows with the length of the text
 * (times the length of the longest spelling), not with text × number of entities.
 *
 * Rules, all enforced by the expression itself:
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
	/** The single regular expression that finds every spelling (global, Unicode). */
	readonly pattern: RegExp;
	/** How many distinct spellings the matcher knows. */
	readonly spellings: number;
	/** Every mention in `text`, in order, none overlapping. */
	find(text: string): EntityMatch[];
	/** The entity id a spelling belongs to. */
	entityOf(spelling: string): string | undefined;
}

/** What to do when one spelling belongs to two entities. */
export type SpellingConflictHandler = (spelling: string, firstEntityId: string, secondEntityId: string) => void;

interface TrieNode {
	children: Map<string, TrieNode>;
	terminal: boolean;
}

/** Characters that count as "inside a word" for the boundary checks. */
const wordChar = String.raw`[\p{L}\p{N}\p{M}_]`;

/** A hyphen (ASCII, Unicode hyphen, non-breaking hyphen) or an en dash, joining two words into one. */
const joiner = /^[-\u2010\u2011\u2013]$/u;
const wordCharAlone = new RegExp(`^${wordChar}$`, 'u');

/** Whether the spelling at `start`…`end` of `text` is joined to a word before or after it by a hyphen or an en dash. */
function inCompound(text: string, start: number, end: number): boolean {
	const before = text.slice(0, start);
	const beforeChars = [...before.slice(-4)];
	const afterChars = [...text.slice(end, end + 4)];
	const joinedBefore = joiner.test(beforeChars.at(-1) ?? '') && wordCharAlone.test(beforeChars.at(-2) ?? '');
	const joinedAfter = joiner.test(afterChars[0] ?? '') && wordCharAlone.test(afterChars[1] ?? '');
	return joinedBefore || joinedAfter;
}

/** Escapes one code point for use in a Unicode-mode regular expression. */
function escapeCodePoint(char: string): string {
	return /[\\^$.*+?()[\]{}|/]/.test(char) ? `\\${char}` : char;
}

function newNode(): TrieNode {
	return { children: new Map(), terminal: false };
}

/**
 * Writes the trie below `node` as a regular expression. Longer continuations come before the
 * end of a shorter spelling (`Miami(?: Beach)?` is greedy), so the longest spelling is tried first
 * and a shorter one is only taken when the longer one does not end on a word boundary.
 */
function emit(node: TrieNode): string {
	const branches = [...node.children.entries()]
		.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
		.map(([char, child]) => escapeCodePoint(char) + emit(child));
	if (branches.length === 0) return '';
	const body = branches.length === 1 ? (branches[0] ?? '') : `(?:${branches.join('|')})`;
	if (!node.terminal) return body;
	// A terminal node with continuations: the continuation is optional, and greedy, so it is tried first.
	return `(?:${branches.join('|')})?`;
}

/**
 * Compiles one matcher for all spellings (names and aliases) of `entities`.
 *
 * A spelling listed by two entities is ambiguous: by default that throws a `TypeError`;
 * pass `onConflict` to be told instead (the first entity keeps the spelling).
 */
export function createEntityMatcher(entities: readonly MatchableEntity[], onConflict?: SpellingConflictHandler): EntityMatcher {
	const owner = new Map<string, string>();
	const root = newNode();
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
			let node = root;
			for (const char of spelling) {
				let next = node.children.get(char);
				if (!next) {
					next = newNode();
					node.children.set(char, next);
				}
				node = next;
			}
			node.terminal = true;
		}
	}

	// With no spellings at all the pattern must match nothing.
	const alternatives = owner.size === 0 ? '(?!)' : emit(root);
	const pattern = new RegExp(
		`(?<!${wordChar})(?<spelling>${alternatives})(?<possessive>['’]s|(?<=s)['’])?(?!${wordChar})`,
		'gu',
	);

	return {
		pattern,
		spellings: owner.size,
		entityOf: (spelling) => owner.get(spelling),
		find(text) {
			const matches: EntityMatch[] = [];
			// `matchAll` scans with its own copy of the compiled expression, so no state is shared between calls.
			for (const match of text.matchAll(pattern)) {
				const spelling = match.groups?.spelling ?? '';
				const entityId = owner.get(spelling);
				if (entityId === undefined) continue;
				const found: EntityMatch = { entityId, text: spelling, start: match.index, end: match.index + spelling.length };
				const possessive = match.groups?.possessive;
				if (possessive) found.possessive = possessive;
				if (inCompound(text, found.start, found.end)) found.compound = true;
				matches.push(found);
			}
			return matches;
		},
	};
}
