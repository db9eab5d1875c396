import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type ConfigData, HtmlValidate, StaticConfigLoader } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { assertBuilt, htmlFiles, siteDir } from './site';

/**
 * Every rule that .htmlvalidate.json loosens from `html-validate:recommended`, with the reason.
 * JSON has no comments, so the reasons live here, and the first test fails when a rule is loosened without one.
 */
const reasons: Record<string, string> = {
	'long-title':
		'Article pages are titled with the source headline, verbatim (up to 74 characters), plus the site name; ' +
		'we do not shorten a headline. 70 characters is a search-snippet heuristic, not an HTML error; 120 still ' +
		'catches a runaway title.',
};

const configData = JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')) as ConfigData;
const validator = new HtmlValidate(new StaticConfigLoader(configData));

describe('.htmlvalidate.json', () => {
	it('extends html-validate:recommended and loosens a rule only with a written reason', () => {
		expect(configData.extends).toContain('html-validate:recommended');
		expect(Object.keys(configData.rules ?? {}).sort()).toEqual(Object.keys(reasons).sort());
	});
});

assertBuilt();
const files = htmlFiles();

describe(`every HTML file in ${path.relative(process.cwd(), siteDir)}/ is valid HTML`, () => {
	it('has HTML files to check', () => expect(files.length).toBeGreaterThan(1));
	it.each(files)('%s', async (file) => {
		const report = await validator.validateString(readFileSync(path.join(siteDir, file), 'utf8'), file);
		const problems = report.results.flatMap((result) =>
			result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}${m.selector ? ` (${m.selector})` : ''}`),
		);
		expect(problems).toEqual([]);
	});
});
