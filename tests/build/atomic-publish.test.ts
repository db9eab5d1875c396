import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { publishFolders } from '../../src/integrations/atomic-publish';
import { astroBuild } from './run-astro-build';

/** Every file under `dir` with the SHA-256 of its bytes, by path. */
function snapshot(dir: string): Map<string, string> {
	const files = new Map<string, string>();
	const walk = (folder: string) => {
		for (const entry of readdirSync(folder, { withFileTypes: true })) {
			const full = path.join(folder, entry.name);
			if (entry.isDirectory()) walk(full);
			else files.set(path.relative(dir, full), createHash('sha256').update(readFileSync(full)).digest('hex'));
		}
	};
	walk(dir);
	return files;
}

const env = { CONTENT_DIR: 'tests/fixtures/content/valid' };

describe('a failed build leaves the published site as it was', () => {
	it(
		'keeps the previous output byte for byte when a route fails to list its pages or a page fails mid-build (naming the content file) or a step fails after the pages',
		async () => {
			const good = await astroBuild('atomic', env);
			expect(good.code, good.output).toBe(0);
			expect(good.output).toContain('[atomic-publish] published');
			const before = snapshot(good.outDir);
			expect(before.has('index.html')).toBe(true);
			expect(before.has('pagefind/pagefind.js')).toBe(true);
			const { staging, previous } = publishFolders(good.outDir);

			for (const config of ['tests/fixtures/build-configs/fails-listing-pages.mjs', 'tests/fixtures/build-configs/fails-mid-pages.mjs', 'tests/fixtures/build-configs/fails-after-pages.mjs']) {
				const failed = await astroBuild('atomic', env, { keepOutDir: true, config });
				expect(failed.code, failed.output).not.toBe(0);
				expect(failed.output).toMatch(/forced failure/);
				if (config.includes('listing-pages')) {
					// getStaticPaths failing for one article names the route and that article's file, with a hint, and no stack trace.
					expect(failed.output).toMatch(/The pages of \/articles\/\[slug\]\/broken\/ could not be listed, while processing tests\/fixtures\/content\/valid\/articles\/[a-z-]+\.md: forced failure while listing pages/);
					expect(failed.output).toContain('Hint:');
					expect(failed.output).not.toContain('Stack trace');
					expect(failed.output).not.toContain('Browser APIs');
				}
				if (config.includes('mid-pages')) {
					// An unexpected error in a page names the content file it was built from, with a hint, and no stack trace.
					expect(failed.output).toMatch(/The page \/articles\/[a-z-]+\/fails\/, built from tests\/fixtures\/content\/valid\/articles\/[a-z-]+\.md, could not be written/);
					expect(failed.output).toContain('Hint:');
					expect(failed.output).not.toContain('Stack trace');
				}
				expect(failed.output).not.toContain('[atomic-publish] published');
				expect(snapshot(good.outDir)).toEqual(before);
				expect(existsSync(staging), `${staging} is removed`).toBe(false);
				expect(existsSync(previous)).toBe(false);
			}
		},
		240_000,
	);
});
