/**
 * The two entity rules of the content validator (src/lib/validation/entity-checks.ts), on in-memory files.
 * The full validator runs the same rules on the fixture overlays `entity-alias-shared` and
 * `entity-not-mentioned` (see tests/fixtures/content/cases.ts and content-validation.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { type ArticleFile, type EntityFile, findEntityProblems } from '../../src/lib/validation/entity-checks';
import { articleTextOf } from './helpers/article-text';

const articles: ArticleFile[] = [
	{ file: 'content/articles/a.md', text: articleTextOf('Officials from the United States and Russia met in Riyadh.\n\nThe US side left early.') },
	{ file: 'content/articles/b.md', text: articleTextOf('Trump’s envoy spoke of *Alaska*.') },
];

function entity(id: string, name: string, aliases: string[] = []): EntityFile {
	return { id, file: `content/entities/${id}.yaml`, data: { name, kind: 'place', aliases, description: 'x' } };
}

describe('findEntityProblems', () => {
	it('finds no problem when every entity is mentioned under its name or an alias, possessives and emphasis included', () => {
		const problems = findEntityProblems(
			[entity('united-states', 'United States', ['US']), entity('russia', 'Russia'), entity('donald-trump', 'Donald Trump', ['Trump']), entity('alaska', 'Alaska')],
			articles,
		);
		expect(problems).toEqual([]);
	});

	it('reports an entity that no article mentions, and only that one', () => {
		const problems = findEntityProblems([entity('russia', 'Russia'), entity('mars', 'Mars', ['Red Planet'])], articles);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ file: 'content/entities/mars.yaml', field: 'name' });
		expect(problems[0]?.problem).toContain('"Mars", "Red Planet"');
	});

	it('matches case-sensitively, so an entity spelled only in the wrong case is not mentioned', () => {
		const problems = findEntityProblems([entity('riyadh', 'riyadh'), entity('usa', 'Usa')], articles);
		expect(problems.map((p) => p.file)).toEqual(['content/entities/riyadh.yaml', 'content/entities/usa.yaml']);
	});

	it('does not count a name found only inside a longer one of another entity', () => {
		// "United States" is one mention; "States" inside it is not a mention of a "States" entity.
		const problems = findEntityProblems([entity('united-states', 'United States', ['US']), entity('states', 'States')], articles);
		expect(problems.map((p) => p.file)).toEqual(['content/entities/states.yaml']);
	});

	it('reports a spelling shared by two entities once, naming both files', () => {
		const problems = findEntityProblems([entity('russia', 'Russia'), entity('russian-federation', 'Russian Federation', ['Russia'])], articles);
		expect(problems).toHaveLength(1);
		const [problem] = problems;
		expect(problem?.file).toBe('content/entities/russian-federation.yaml');
		expect(problem?.field).toBe('aliases.0');
		expect(problem?.problem).toContain('content/entities/russia.yaml');
		expect(problem?.fix).toContain('content/entities/russia.yaml');
		expect(problem?.fix).toContain('content/entities/russian-federation.yaml');
	});

	it('checks nothing when there are no entities', () => {
		expect(findEntityProblems([], articles)).toEqual([]);
	});
});
