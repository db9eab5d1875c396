/**
 * Times Pagefind's indexing of a built site on its own, with the site's own integration code
 * (`buildSearchIndex` of src/integrations/pagefind.ts, the function `astro build` runs in
 * astro:build:done), so the figure is exactly the indexing the build does. It rewrites
 * `<site>/pagefind/` with the same result. Prints one JSON line: { seconds, pageCount, bytes }.
 *
 * Usage: node --import ./scripts/ts-hooks.mjs scripts/bench/pagefind-index.ts <siteDir>
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

const siteDir = process.argv[2];
if (!siteDir) {
	console.error('usage: pagefind-index.ts <siteDir>');
	process.exit(2);
}
const integration = path.resolve('src/integrations/pagefind.ts');
const started = performance.now();
let summary: { pageCount: number; bytes: number };
if (existsSync(integration)) {
	const { buildSearchIndex } = (await import(integration)) as {
		buildSearchIndex(dir: string): Promise<{ pageCount: number; bytes: number }>;
	};
	summary = await buildSearchIndex(path.resolve(siteDir));
} else {
	// No search integration yet: Pagefind's Node API with its defaults.
	const pagefind = await import('pagefind');
	const { index } = await pagefind.createIndex({});
	if (!index) throw new Error('Pagefind returned no index');
	const added = await index.addDirectory({ path: path.resolve(siteDir) });
	await index.writeFiles({ outputPath: path.join(path.resolve(siteDir), 'pagefind') });
	await pagefind.close();
	summary = { pageCount: added.page_count, bytes: 0 };
}
console.log(JSON.stringify({ seconds: Math.round((performance.now() - started) / 10) / 100, ...summary }));
