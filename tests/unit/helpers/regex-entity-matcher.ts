/**
 * The entity matcher as it was first written, kept as the reference for the property tests of
 * src/lib/text/entity-matcher.ts: all spellings in a trie, written out as ONE regular expression
 * (e.g. `Miami(?: Beach)?|K(?:irill Dmitriev|remlin)`) whose lookbehind, greedy optional
 * continuations and lookahead state the matching rules directly. It is correct but slow for many
 * entities (a very large expression runs in V8's interpreter), which is why the site no longer uses it.
 */
import { type EntityMatch, type EntityMatcher, inCompound, type MatchableEntity } from '../../../src/lib/text/entity-matcher';
// The compound rule is shared: this reference differs from the real matcher only in how spellings are found.

interface TrieNode {
	children: Map<string, TrieNode>;
	terminal: boolean;
}

/** Characters that count as "inside a word" for the boundary checks. */
const wordChar = String.raw`[\p{L}\p{N}\p{M}_]`;

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

/** The reference matcher: one regular expression written out from a trie of all spellings (a spelling listed twice stays with the first entity). */
export function createRegexEntityMatcher(entities: readonly MatchableEntity[]): Pick<EntityMatcher, 'find'> {
	const owner = new Map<string, string>();
	const root = newNode();
	for (const entity of entities) {
		for (const raw of [entity.name, ...(entity.aliases ?? [])]) {
			const spelling = raw.trim();
			if (spelling === '') continue;
			const previous = owner.get(spelling);
			if (previous !== undefined) {
				if (previous === entity.id) continue;
				continue;
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
