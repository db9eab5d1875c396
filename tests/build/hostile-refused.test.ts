import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroBuild } from './run-astro-build';

/** Article bodies carrying markup that would run code: the build must stop and name the file (tests/fixtures/hostile/). */
const cases = [
	{ name: 'script-in-body', file: 'articles/hostile-script.md', problem: 'Raw HTML is not allowed', found: '<script>' },
	{ name: 'img-onerror-in-body', file: 'articles/hostile-img.md', problem: 'Raw HTML is not allowed', found: 'onerror' },
	{ name: 'javascript-link-in-body', file: 'articles/hostile-link.md', problem: 'Unsafe URL scheme "javascript:"', found: 'javascript:' },
];

describe('a hostile article body is refused by the build', () => {
	it.concurrent.each(cases)(
		'$name: astro build fails naming $file',
		async ({ name, file, problem, found }) => {
			const contentDir = `tests/fixtures/hostile/${name}`;
			const result = await astroBuild(`hostile-${name}`, { CONTENT_DIR: contentDir });
			expect(result.code, result.output).not.toBe(0);
			expect(result.output).toContain(`✗ ${contentDir}/${file}`);
			expect(result.output).toContain(problem);
			expect(result.output).toContain(found);
			expect(result.output).toContain('nothing was built');
			expect(existsSync(path.join(result.outDir, 'index.html'))).toBe(false);
		},
		60_000,
	);
});
