/**
 * `npm run new-article`, step three: the names in the text that match no entity yet. Candidates
 * come from compromise; known names are found with the site's own entity matcher, so what counts
 * as "already matched" is exactly what the site would link.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { findUnmatchedNames } from '../../scripts/authoring/new-article/unmatched-names';
import { loadEntities } from '../../src/lib/content/load-entities';

const fixturesDir = fileURLToPath(new URL('../fixtures/new-article/', import.meta.url));
const text = readFileSync(`${fixturesDir}names.txt`, 'utf8');
const entities = loadEntities('content', fixturesDir);
const suggestions = findUnmatchedNames(text, entities);
const names = suggestions.map(({ name }) => name);

describe('names that match no entity yet', () => {
	it('reads the fixture entities (the test depends on them)', () => {
		expect(entities.map(({ id }) => id)).toEqual(['kirill-dmitriev', 'marco-rubio', 'riyadh', 'russia']);
	});

	it('lists new people, organisations and places with their kind', () => {
		expect(suggestions).toContainEqual({ name: 'Elena Novak', kind: 'person', count: 3, contains: [] });
		expect(suggestions).toContainEqual({ name: 'Northwind Energy', kind: 'organisation', count: 1, contains: [] });
		expect(suggestions).toContainEqual({ name: 'Oslo', kind: 'place', count: 1, contains: [] });
		expect(names).toContain('Moscow');
	});

	it('leaves out names an entity already matches by name or alias, possessives and honorifics included', () => {
		for (const known of ['Kirill Dmitriev', 'Dmitriev', 'Dmitriev’s', 'President Kirill Dmitriev', 'Riyadh', 'Marco Rubio']) {
			expect(names).not.toContain(known);
		}
	});

	it('leaves out a fragment of a known name that compromise cut apart', () => {
		// "Secretary of State Marco Rubio": compromise may read "State Marco" as a place.
		expect(names.filter((name) => name.includes('Marco'))).toEqual([]);
	});

	it('keeps a name that only contains a known one, saying which', () => {
		expect(suggestions).toContainEqual({ name: 'Russia Direct Investment Fund', kind: 'organisation', count: 1, contains: ['russia'] });
	});

	it('counts each name once per occurrence and sorts by count, then alphabetically', () => {
		expect(suggestions[0]).toMatchObject({ name: 'Elena Novak', count: 3 });
		const counts = suggestions.map(({ count }) => count);
		expect(counts).toEqual([...counts].sort((a, b) => b - a));
		const ones = suggestions.filter(({ count }) => count === 1).map(({ name }) => name);
		expect(ones).toEqual([...ones].sort((a, b) => a.localeCompare(b, 'en')));
		expect(new Set(names).size).toBe(names.length);
	});

	it('leaves out words that do not read as names, and parts of hyphenated words', () => {
		const sentence = 'The Trump administration met Russo-American traders.';
		// compromise itself does offer both, so the filter is what keeps them out.
		expect(nlp(sentence).organizations().out('array')).toContain('Trump administration');
		expect(nlp(sentence).people().out('array')).toContain('Russo-');
		expect(findUnmatchedNames(sentence, [])).toEqual([]);
	});

	it('reports every name when there are no entities, and none when every name is known', () => {
		expect(findUnmatchedNames('Kirill Dmitriev flew to Riyadh.', []).map(({ name }) => name).sort()).toEqual(['Kirill Dmitriev', 'Riyadh']);
		expect(findUnmatchedNames('Kirill Dmitriev flew to Riyadh.', entities)).toEqual([]);
	});
});
