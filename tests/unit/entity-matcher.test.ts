/**
 * Property tests of the entity matcher (src/lib/text/entity-matcher.ts): on random spellings and
 * random texts built from them, it finds exactly what the reference matcher finds (one regular
 * expression that states the rules directly: tests/unit/helpers/regex-entity-matcher.ts). The
 * hand-counted cases are in remark-entity-mentions.test.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEntityMatcher, type MatchableEntity } from '../../src/lib/text/entity-matcher';
import { createRegexEntityMatcher } from './helpers/regex-entity-matcher';

/** Words that share beginnings and endings, so that spellings overlap, nest and end in "s". */
const words = ['Al', 'Alba', 'Albas', 'Bo', 'Bos', 'Sachs', 'US', 'U.S.', 'O’Neil', "O'Neil", 'Ré', 'é', 'Ünal', '3M', 'X_1', 'Zoë', 'Δelta', '😀Face'];
/** Spellings that do not start with a letter or a digit. */
const oddStarts = ['(RDIF)', '#Tag', '€uro', '“Quoted”', '-Dash', '’s'];
const joiners = [' ', ' ', ' ', '-', '.', '–', ' & '];

const spelling = fc.oneof(
	{ weight: 5, arbitrary: fc.tuple(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 3 }), fc.constantFrom(...joiners)).map(([parts, joiner]) => parts.join(joiner)) },
	{ weight: 1, arbitrary: fc.constantFrom(...oddStarts) },
);

const entityList = fc.uniqueArray(spelling, { minLength: 1, maxLength: 12 }).chain((spellings) =>
	fc.array(fc.nat(), { minLength: spellings.length, maxLength: spellings.length }).map((groups) => {
		// Spellings grouped into entities: a name and some aliases each.
		const entities: MatchableEntity[] = [];
		spellings.forEach((text, i) => {
			const owner = entities[(groups[i] ?? 0) % (entities.length + 1)];
			if (owner) (owner.aliases as string[]).push(text);
			else entities.push({ id: `entity-${i}`, name: text, aliases: [] });
		});
		return entities;
	}),
);

/** What may stand next to a spelling: spaces, punctuation, possessive endings, hyphens, word characters that spoil a boundary, combining marks, emoji. */
const filler = fc.constantFrom(' ', ' ', ', ', '. ', '-', '–', '—', "'s", '’s', "'", '’', 's', 'x', '_', '9', '\u0301', '\n', '😀', '(', ')', 'é', 'The ', 'us ');

function textOf(entities: readonly MatchableEntity[]) {
	const spellings = entities.flatMap((entity) => [entity.name, ...(entity.aliases ?? [])]);
	// Words and spellings, each followed by a space most of the time and by some other filler otherwise.
	const token = fc.tuple(
		fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...spellings) }, { weight: 1, arbitrary: fc.constantFrom(...words) }),
		fc.oneof({ weight: 2, arbitrary: fc.constant(' ') }, { weight: 3, arbitrary: filler }),
	);
	return fc.array(token, { maxLength: 20 }).map((parts) => parts.flat().join(''));
}

describe('the entity matcher', () => {
	it('finds in any text exactly the mentions the single-expression reference finds: same entities, spellings, offsets, possessives and compounds', () => {
		fc.assert(
			fc.property(
				entityList.chain((entities) => fc.tuple(fc.constant(entities), textOf(entities))),
				([entities, text]) => {
					const found = createEntityMatcher(entities, () => {}).find(text);
					expect(found).toEqual(createRegexEntityMatcher(entities).find(text));
				},
			),
			{ numRuns: 300 },
		);
	});

	it('reports mentions in order, none overlapping, each one its entity’s spelling at its offsets', () => {
		fc.assert(
			fc.property(
				entityList.chain((entities) => fc.tuple(fc.constant(entities), textOf(entities))),
				([entities, text]) => {
					const matcher = createEntityMatcher(entities, () => {});
					let previousEnd = 0;
					for (const match of matcher.find(text)) {
						expect(match.start).toBeGreaterThanOrEqual(previousEnd);
						expect(text.slice(match.start, match.end)).toBe(match.text);
						expect(matcher.entityOf(match.text)).toBe(match.entityId);
						previousEnd = match.end + (match.possessive?.length ?? 0);
					}
				},
			),
			{ numRuns: 1000 },
		);
	});

	it('finds the same mentions whether or not thousands of other entities are known', () => {
		fc.assert(
			fc.property(
				entityList.chain((entities) => fc.tuple(fc.constant(entities), textOf(entities))),
				([entities, text]) => {
					// Other entities whose spellings never occur in these texts (their words are not among the test words).
					const others = Array.from({ length: 2000 }, (_, i) => ({ id: `other-${i}`, name: `Other${i} Person${i}`, aliases: [`Q${i}`] }));
					const alone = createEntityMatcher(entities, () => {}).find(text);
					expect(createEntityMatcher([...entities, ...others], () => {}).find(text)).toEqual(alone);
				},
			),
			{ numRuns: 50 },
		);
	});
});
