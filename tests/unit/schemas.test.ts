/**
 * The zod schemas of the four collections, with `plainIdReference` standing in
 * for Astro's `reference()` (as in the content validator). The valid inputs are
 * the YAML of the fixture tree `tests/fixtures/content/valid/`, read with
 * js-yaml just as the validator reads it; each rule is then broken on a copy.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { createArticleSchema } from '../../src/schemas/article';
import { createAuthorSchema } from '../../src/schemas/author';
import { outletSchema } from '../../src/schemas/outlet';
import { publishedSchema } from '../../src/schemas/published';
import { plainIdReference } from '../../src/schemas/reference';
import { tagSchema } from '../../src/schemas/tag';

const validDir = fileURLToPath(new URL('../fixtures/content/valid/', import.meta.url));
const articleSchema = createArticleSchema(plainIdReference);
const authorSchema = createAuthorSchema(plainIdReference);

type Data = Record<string, unknown>;

function yamlFile(relative: string): Data {
	return load(readFileSync(`${validDir}${relative}`, 'utf8')) as Data;
}

function frontmatter(relative: string): Data {
	const match = /^---\n([\s\S]*?)\n---\n/.exec(readFileSync(`${validDir}${relative}`, 'utf8'));
	if (!match?.[1]) throw new Error(`${relative} has no frontmatter`);
	return load(match[1]) as Data;
}

/** A fresh copy of the valid day-precision, stated-date article. */
const article = (): Data => structuredClone(frontmatter('articles/talks-resume-in-riyadh.md'));
const published = (): Data => structuredClone(article().published as Data);

interface SafeParser {
	safeParse(input: unknown): { success: boolean; error?: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string; code: string }> } };
}

/** The issues of a failed parse as "path: message" lines; [] when the input is valid. */
function issues(schema: SafeParser, input: unknown): string[] {
	const result = schema.safeParse(input);
	return (result.error?.issues ?? []).map((issue) => `${issue.path.map(String).join('.')}: ${issue.message}`);
}

describe('the fixture tree is valid', () => {
	it.each(['articles/talks-resume-in-riyadh.md', 'articles/energy-firms-eye-return.md'])('accepts the article %s', (file) => {
		expect(issues(articleSchema, frontmatter(file))).toEqual([]);
	});

	it('fills in empty lists for sourceNotes and editorialNotes when an article omits them', () => {
		const data = article();
		delete data.sourceNotes;
		delete data.editorialNotes;
		const parsed = articleSchema.parse(data) as { sourceNotes: unknown; editorialNotes: unknown };
		expect(parsed.sourceNotes).toEqual([]);
		expect(parsed.editorialNotes).toEqual([]);
	});

	it('accepts the fixture tag, outlet and author', () => {
		expect(issues(tagSchema, yamlFile('tags/energy.yaml'))).toEqual([]);
		expect(issues(outletSchema, yamlFile('outlets/example-times.yaml'))).toEqual([]);
		expect(issues(authorSchema, yamlFile('authors/jane-doe.yaml'))).toEqual([]);
	});
});

describe('published', () => {
	it.each([
		['day', '2025-12-08'],
		['month', '2025-12'],
		['year', '2025'],
	])('accepts a %s-precision date written as "%s"', (precision, date) => {
		expect(issues(publishedSchema, { ...published(), precision, date })).toEqual([]);
	});

	it.each([
		['day', '2025-12', '2025-12-08'],
		['day', '8 December 2025', '2025-12-08'],
		['month', '2025-12-08', '2025-12'],
		['year', '2025-12', '2025'],
	])('refuses a %s-precision date written as "%s" and shows the shape it needs ("%s")', (precision, date, example) => {
		expect(issues(publishedSchema, { ...published(), precision, date })).toEqual([
			`date: with precision "${precision}" the date must look like "${example}", got "${date}"`,
		]);
	});

	it.each([
		['day', '2025-13-01'],
		['day', '2025-02-32'],
		['day', '2025-00-10'],
		['month', '2025-00'],
	])('refuses the impossible %s-precision date "%s" as not a calendar date', (precision, date) => {
		expect(issues(publishedSchema, { ...published(), precision, date })).toEqual([`date: "${date}" is not a calendar date`]);
	});

	it.each(['2025-02-30', '2025-04-31', '2025-02-29'])('refuses the day that does not exist, "%s"', (date) => {
		expect(issues(publishedSchema, { ...published(), precision: 'day', date })).toEqual([`date: "${date}" is not a calendar date`]);
	});

	it('accepts 29 February in a leap year', () => {
		expect(issues(publishedSchema, { ...published(), precision: 'day', date: '2024-02-29' })).toEqual([]);
	});

	it('refuses an estimated date without a reason and says what the reason must say', () => {
		const input: Data = { ...published(), basis: 'estimated' };
		delete input.reason;
		delete input.asPrinted;
		const found = issues(publishedSchema, input);
		expect(found).toHaveLength(1);
		expect(found[0]).toMatch(/^reason: an estimated date needs a reason: say what in the text it was inferred from$/);
	});

	it('refuses a stated date that carries a reason and points to basis "estimated"', () => {
		const found = issues(publishedSchema, { ...published(), basis: 'stated', reason: 'Guessed from the text.' });
		expect(found).toEqual(['reason: a stated date takes no reason; set basis to "estimated" if the editors inferred it']);
	});

	it('takes a Date (what Astro\'s YAML parser makes of an unquoted 2025-12-08) back to the text "2025-12-08"', () => {
		// Astro reads frontmatter with js-yaml 4, whose default schema turns an unquoted date into a Date at UTC midnight.
		expect(publishedSchema.parse({ date: new Date(Date.UTC(2025, 11, 8)), precision: 'day', basis: 'stated' }).date).toBe('2025-12-08');
		expect(publishedSchema.parse({ date: new Date(Date.UTC(2024, 1, 29)), precision: 'day', basis: 'stated' }).date).toBe('2024-02-29');
	});

	it('takes a YAML number (unquoted 2025) back to the text "2025" for a year-precision date', () => {
		const fromYaml = load('date: 2025\nprecision: year\nbasis: estimated\nreason: "From the text."\n') as Data;
		expect(fromYaml.date).toBe(2025);
		expect(publishedSchema.parse(fromYaml).date).toBe('2025');
	});

	it('still checks a YAML date against the precision: a Date with precision "month" is refused', () => {
		const found = issues(publishedSchema, { date: new Date(Date.UTC(2025, 11, 8)), precision: 'month', basis: 'stated' });
		expect(found).toEqual(['date: with precision "month" the date must look like "2025-12", got "2025-12-08"']);
	});

	it('refuses an unknown field inside published', () => {
		expect(issues(publishedSchema, { ...published(), source: 'Reuters' }).join('\n')).toMatch(/^: .*"source"/);
	});
});

describe('article', () => {
	it('refuses an article with no tags and says that it needs one', () => {
		expect(issues(articleSchema, { ...article(), tags: [] })).toEqual(['tags: an article needs at least one tag']);
	});

	it.each([
		['subtitle', 'What the firms want'],
		['date', '2025-02-18'],
	])('refuses the unknown field "%s" (the schema is strict)', (field, value) => {
		const found = issues(articleSchema, { ...article(), [field]: value });
		expect(found).toHaveLength(1);
		expect(found[0]).toContain(`"${field}"`);
	});

	it.each(['ftp://example.org/news', 'javascript:alert(1)', 'example.org/news', 'not a url'])(
		'refuses originalUrl "%s", which is not an http(s) address',
		(originalUrl) => {
			const found = issues(articleSchema, { ...article(), originalUrl });
			expect(found).toHaveLength(1);
			expect(found[0]).toMatch(/^originalUrl: /);
		},
	);

	it('accepts an http:// originalUrl as well as https://', () => {
		expect(issues(articleSchema, { ...article(), originalUrl: 'http://example.org/news' })).toEqual([]);
	});

	it.each(['English', 'EN', 'e', 'en_US', 'en-'])('refuses the language tag "%s" and gives "en" as an example', (language) => {
		expect(issues(articleSchema, { ...article(), language })).toEqual(['language: must be a BCP 47 language tag such as "en"']);
	});

	it.each(['en', 'ru', 'en-GB', 'zh-Hant-TW'])('accepts the language tag "%s"', (language) => {
		expect(issues(articleSchema, { ...article(), language })).toEqual([]);
	});

	it.each(['Talks resumed. Firms are waiting.', 'Talks resumed!  Firms are waiting', 'Did talks resume? Nobody knows.'])(
		'refuses the two-sentence summary "%s"',
		(summary) => {
			expect(issues(articleSchema, { ...article(), summary })).toEqual(['summary: must be a single sentence']);
		},
	);

	it('accepts a one-sentence summary that contains the abbreviation "U.S."', () => {
		expect(issues(articleSchema, { ...article(), summary: 'The U.S. Treasury eased sanctions on a Russian bank.' })).toEqual([]);
	});

	it('refuses a genre outside the list and names the allowed genres', () => {
		const found = issues(articleSchema, { ...article(), genre: 'reportage' });
		expect(found).toHaveLength(1);
		expect(found[0]).toMatch(/^genre: .*"news-report".*"opinion".*"analysis".*"commentary"/);
	});

	it('refuses references and slugs that are not ids, and shows an id as example', () => {
		const found = issues(articleSchema, { ...article(), slug: 'Talks_Resume', outlet: 'The Example Times', tags: ['energy', 'Sanctions'] });
		expect(found).toEqual([
			'slug: must be lower-case words joined by hyphens',
			'outlet: must be an id: lower-case words joined by hyphens, e.g. "the-moscow-times"',
			'tags.1: must be an id: lower-case words joined by hyphens, e.g. "the-moscow-times"',
		]);
	});

	it('reports an error inside published with its dotted path', () => {
		expect(issues(articleSchema, { ...article(), published: { ...published(), date: '2025-02' } })).toEqual([
			'published.date: with precision "day" the date must look like "2025-12-08", got "2025-02"',
		]);
	});
});

describe('tag, outlet and author', () => {
	it('refuses a tag without a description and a tag with an unknown field', () => {
		expect(issues(tagSchema, { label: 'Energy' })).toEqual(['description: Invalid input: expected string, received undefined']);
		expect(issues(tagSchema, { ...yamlFile('tags/energy.yaml'), colour: 'red' }).join('\n')).toContain('"colour"');
	});

	it('refuses a tag label that is only spaces', () => {
		expect(issues(tagSchema, { ...yamlFile('tags/energy.yaml'), label: '   ' })).toHaveLength(1);
	});

	it.each(['ftp://example.org', 'javascript:alert(1)', 'example.org'])('refuses the outlet homepage "%s"', (homepage) => {
		const found = issues(outletSchema, { ...yamlFile('outlets/example-times.yaml'), homepage });
		expect(found).toHaveLength(1);
		expect(found[0]).toMatch(/^homepage: /);
	});

	it('refuses an outlet with an unknown field', () => {
		expect(issues(outletSchema, { ...yamlFile('outlets/example-times.yaml'), founded: 1992 }).join('\n')).toContain('"founded"');
	});

	it('refuses an author whose outlet is a name rather than an id, and an author with an unknown field', () => {
		expect(issues(authorSchema, { ...yamlFile('authors/jane-doe.yaml'), outlet: 'The Example Times' })).toEqual([
			'outlet: must be an id: lower-case words joined by hyphens, e.g. "the-moscow-times"',
		]);
		expect(issues(authorSchema, { ...yamlFile('authors/jane-doe.yaml'), email: 'jane@example.org' }).join('\n')).toContain('"email"');
	});
});
