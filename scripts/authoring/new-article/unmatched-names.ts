/**
 * Names in a text that no entity knows yet: candidate people, organisations and places found by
 * `compromise`, minus every name the site already matches (an entity's name or alias, found with
 * the site's own matcher, src/lib/text/entity-matcher.ts).
 */
import nlp from 'compromise';
import { createEntityMatcher, type EntityMatch, type MatchableEntity } from '../../../src/lib/text/entity-matcher.ts';
import type { EntityKind } from '../../../src/schemas/entity.ts';

/** One name found in the text that matches no entity. */
export interface NameSuggestion {
	/** The name as written in the text (without a possessive ending or surrounding punctuation). */
	name: string;
	/** Whether compromise took it for a person, an organisation or a place (the most frequent reading). */
	kind: EntityKind;
	/** How often it occurs in the text. */
	count: number;
	/** Ids of known entities whose spellings occur inside the name (e.g. "Russia" in "Russia Direct Investment Fund"). */
	contains: string[];
}

interface Candidate {
	start: number;
	end: number;
	kind: EntityKind;
}

/** Small words allowed in lower case inside a name ("Bank of America", "Carnegie Endowment for International Peace"). */
const connectors = new Set(['of', 'for', 'the', 'and', 'de', 'du', 'la', 'le', 'von', 'van', 'der', 'al', 'bin', 'on', 'in']);

/**
 * Narrows a span found by compromise to the name itself: no surrounding punctuation, quotes or
 * Markdown markers, no possessive ending, no full stop after the last word (an abbreviation such
 * as "U.S." keeps its own).
 */
function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
	let s = start;
	let e = end;
	const isNameChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);
	while (s < e && !isNameChar(text[s])) s += 1;
	for (;;) {
		const piece = text.slice(s, e);
		const possessive = /(?:['’]s|(?<=s)['’])$/u.exec(piece);
		if (possessive) e -= possessive[0].length;
		else if (/(?:^|[^\p{L}])\p{L}\.$/u.test(piece)) break; // "U.S." keeps its final full stop
		else if (e > s && !isNameChar(text[e - 1])) e -= 1;
		else break;
	}
	return { start: s, end: e };
}

/** Whether the span reads as a name: capitalised, every word capitalised except small connectors. */
function looksLikeName(name: string): boolean {
	if (!/^[\p{Lu}\p{N}]/u.test(name) || !/\p{L}/u.test(name)) return false;
	return name.split(/\s+/).every((word) => /^[\p{Lu}\p{N}]/u.test(word) || connectors.has(word));
}

/** The spans compromise reads as people, organisations and places, each position once (people first). */
function candidates(text: string): Candidate[] {
	const doc = nlp(text);
	// Only `.json()` is needed; compromise types each view differently.
	const views: [EntityKind, { json(options: { offset: boolean }): unknown }][] = [
		['person', doc.people().not('#Honorific')],
		['organisation', doc.organizations()],
		['place', doc.places()],
	];
	const seen = new Set<number>();
	const found: Candidate[] = [];
	for (const [kind, view] of views) {
		for (const match of view.json({ offset: true }) as { offset: { start: number; length: number } }[]) {
			const { start, end } = trimSpan(text, match.offset.start, match.offset.start + match.offset.length);
			if (end <= start || seen.has(start)) continue;
			seen.add(start);
			found.push({ start, end, kind });
		}
	}
	return found;
}

/**
 * Finds the candidate names in `text` (people, organisations and places, as `compromise` reads
 * them) that no entity matches yet, deduplicated, with how often each occurs, most frequent first
 * (then alphabetically).
 *
 * A candidate is left out when it is already matched: when the mentions the site's matcher finds
 * in the text (names and aliases of `entities`, case-sensitive, on word boundaries) cover all its
 * letters ("Putin's" with the alias "Putin"), or when a mention runs past it (compromise cut a
 * known name apart, as "State Marco" in "Secretary of State Marco Rubio"). It is also left out
 * when it does not read as a name (a lower-case word, "Trump administration") or is the first or
 * last part of a hyphenated word ("Russo-" in "Russo-American"). A candidate that merely contains
 * a known name ("Russia Direct Investment Fund" contains "Russia") is kept, with the ids of the
 * entities it contains: it may be a new spelling to add as an alias.
 *
 * @param text the article text (Markdown or plain text)
 * @param entities the known entities, e.g. from `loadEntities()` (src/lib/content/load-entities.ts)
 */
export function findUnmatchedNames(text: string, entities: readonly MatchableEntity[]): NameSuggestion[] {
	// A spelling shared by two entities is the content validator's to report; here the first keeps it.
	const mentions: EntityMatch[] = createEntityMatcher(entities, () => {}).find(text);
	const byName = new Map<string, { kinds: Map<EntityKind, number>; count: number; contains: Set<string> }>();
	for (const { start, end, kind } of candidates(text)) {
		if (text[start - 1] === '-' || text[end] === '-') continue;
		const name = text.slice(start, end);
		if (!looksLikeName(name)) continue;
		const inside = mentions.filter((mention) => mention.start < end && mention.end > start);
		if (inside.some((mention) => mention.start < start || mention.end > end)) continue;
		let rest = name;
		for (const mention of [...inside].reverse()) rest = rest.slice(0, mention.start - start) + rest.slice(mention.end - start);
		if (!/\p{L}/u.test(rest)) continue;
		const entry = byName.get(name) ?? { kinds: new Map<EntityKind, number>(), count: 0, contains: new Set<string>() };
		entry.count += 1;
		entry.kinds.set(kind, (entry.kinds.get(kind) ?? 0) + 1);
		for (const mention of inside) entry.contains.add(mention.entityId);
		byName.set(name, entry);
	}
	return [...byName.entries()]
		.map(([name, { kinds, count, contains }]) => ({
			name,
			// The most frequent reading; on a tie, the first one found (people, then organisations, then places).
			kind: [...kinds.entries()].reduce((best, next) => (next[1] > best[1] ? next : best))[0],
			count,
			contains: [...contains].sort(),
		}))
		.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'en'));
}
