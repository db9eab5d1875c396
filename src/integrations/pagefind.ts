import { createReadStream } from 'node:fs';
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import pMap from 'p-map';
import * as pagefind from 'pagefind';
import { gunzipSync } from 'node:zlib';
import { buildVocabulary } from '../lib/search/suggestions';
import { deferredStepsFile, deferStep } from './deferred-steps';

/** Where the index goes inside the build output, and the URL it is served from. */
export const bundleDirName = 'pagefind';

/** The vocabulary of “Did you mean …”, written beside the index (src/lib/search/suggestions.ts). */
export const vocabularyFileName = 'vocabulary.json';

/** Options of {@link pagefindSearch}. */
export interface PagefindSearchOptions {
	/**
	 * CSS selectors Pagefind leaves out of the index, on top of `data-pagefind-ignore`.
	 * The default drops the “Link to the section …” anchors that rehype-autolink-headings
	 * appends to every heading, which would otherwise end up in section titles and excerpts.
	 */
	excludeSelectors?: string[];
}

/** What {@link buildSearchIndex} did, for the build log and for tests. */
export interface SearchIndexSummary {
	/** HTML pages Pagefind read. */
	pagesRead: number;
	/** Pages that went into the index: only those with `data-pagefind-body`, once any page has it. */
	pagesIndexed: number;
	/** The directory the index was written to. */
	outputPath: string;
	/** Total size of the files written, in bytes. */
	bytes: number;
	/** Words in the vocabulary of “Did you mean …”. */
	vocabularyWords: number;
}

const defaultExcludeSelectors = ['.heading-anchor'];

async function directorySize(dir: string): Promise<number> {
	let total = 0;
	for (const entry of await readdir(dir, { withFileTypes: true })) {
		const full = path.join(dir, entry.name);
		total += entry.isDirectory() ? await directorySize(full) : (await stat(full)).size;
	}
	return total;
}

/** What the index holds about one page (a fragment file: gzip of a signature and JSON). */
export interface PagefindFragment {
	content: string;
	filters?: Record<string, string[]>;
	meta?: Record<string, string>;
}

const fragmentSignature = 'pagefind_dcd';

/** How many fragment files {@link readFragments} has open at once: far below any per-process limit on open files. */
const fragmentReadsAtOnce = 64;

/**
 * Reads the index's fragments back: the text Pagefind indexed for each page, its filters and metadata, in the
 * order of the file names. At most {@link fragmentReadsAtOnce} files are open at a time: an index has one
 * fragment per page, and opening them all at once ran past the limit on open files (20,000 here) at 30,000
 * articles.
 */
export async function readFragments(outputPath: string): Promise<PagefindFragment[]> {
	const dir = path.join(outputPath, 'fragment');
	const names = (await readdir(dir)).sort();
	return pMap(
		names,
		async (name) => {
			const file = path.join(dir, name);
			const raw = gunzipSync(await readFile(file)).toString('utf8');
			if (!raw.startsWith(fragmentSignature)) {
				throw new Error(`${file} does not start with “${fragmentSignature}”: this version of Pagefind writes fragments differently; update readFragments in src/integrations/pagefind.ts`);
			}
			return JSON.parse(raw.slice(fragmentSignature.length)) as PagefindFragment;
		},
		{ concurrency: fragmentReadsAtOnce },
	);
}

/**
 * Writes the vocabulary of “Did you mean …” beside the index: the words of every indexed page, and the entities'
 * names (the `entity` filter's values) and aliases (entity pages' `aliases` meta, separated by “;”).
 */
async function writeVocabulary(outputPath: string): Promise<number> {
	const fragments = await readFragments(outputPath);
	const names = new Set<string>();
	for (const fragment of fragments) {
		for (const name of fragment.filters?.['entity'] ?? []) names.add(name);
		for (const alias of fragment.meta?.['aliases']?.split(';') ?? []) if (alias.trim()) names.add(alias.trim());
	}
	const vocabulary = buildVocabulary(
		fragments.map((fragment) => fragment.content),
		names,
	);
	await writeFile(path.join(outputPath, vocabularyFileName), JSON.stringify(vocabulary));
	return vocabulary.words.length;
}

/**
 * Indexes the built HTML in `siteDir` with Pagefind's Node API and writes the bundle to
 * `siteDir/pagefind/`. Throws (after logging each problem) when Pagefind reports an error or
 * finds no page to index, so that a broken index fails the build instead of shipping.
 */
export async function buildSearchIndex(
	siteDir: string,
	{ excludeSelectors = defaultExcludeSelectors, logger }: PagefindSearchOptions & { logger?: Pick<AstroIntegrationLogger, 'info' | 'error'> } = {},
): Promise<SearchIndexSummary> {
	const outputPath = path.join(siteDir, bundleDirName);
	const fail = (problems: string[]): never => {
		for (const problem of problems) logger?.error(problem);
		throw new Error(`Pagefind could not index ${siteDir}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
	};
	// Pagefind's API talks to its binary (pagefind_extended --service) and does not notice when that process dies:
	// killed for lack of memory, say, as at 30,000 articles. Its promises then never settle, Node's event loop
	// empties, and the build would end with exit code 0, nothing indexed and nothing published. If Node is about
	// to exit while the index is still being built, that is what happened: say so and fail.
	const stoppedUnfinished = () => {
		const message = `Pagefind's indexer stopped before it finished indexing ${siteDir}, without an error: its process was most likely killed by the system for lack of memory (see \`dmesg\`). Nothing was published. Build on a machine with more memory, or with fewer pages to index.`;
		if (logger) logger.error(message);
		else console.error(message);
		process.exitCode = 1;
	};
	process.once('beforeExit', stoppedUnfinished);
	try {
		const { index, errors: createErrors } = await pagefind.createIndex({ excludeSelectors });
		if (!index || createErrors.length > 0) return fail(createErrors.length ? createErrors : ['Pagefind returned no index']);
		// A stale bundle would leave old fragments behind; the index is rebuilt from scratch every time.
		await rm(outputPath, { recursive: true, force: true });
		const added = await index.addDirectory({ path: siteDir });
		if (added.errors.length > 0) return fail(added.errors);
		if (added.page_count === 0) return fail([`no HTML page found in ${siteDir}`]);
		const written = await index.writeFiles({ outputPath });
		if (written.errors.length > 0) return fail(written.errors);
		const pagesIndexed = (await readdir(path.join(outputPath, 'fragment'))).length;
		const vocabularyWords = await writeVocabulary(outputPath);
		const summary = { pagesRead: added.page_count, pagesIndexed, outputPath, bytes: await directorySize(outputPath), vocabularyWords };
		logger?.info(
			`indexed ${pagesIndexed} of ${summary.pagesRead} pages → ${path.relative(process.cwd(), outputPath) || outputPath}/ (${(summary.bytes / 1024).toFixed(0)} KiB; ${vocabularyWords} words for “Did you mean”)`,
		);
		return summary;
	} finally {
		process.off('beforeExit', stoppedUnfinished);
		await pagefind.close();
	}
}

const contentTypes: Record<string, string> = {
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
};

/**
 * Full-text search with Pagefind.
 *
 * - `astro build`: after the pages are written, indexes `dist/` (only elements marked
 *   `data-pagefind-body`) and writes the bundle to `dist/pagefind/`, with the vocabulary of “Did you mean …”
 *   (`vocabulary.json`) beside it. Any indexing error fails the build.
 * - `npm run build` (scripts/build-site.ts): the same indexing, but after Astro's process has exited; this
 *   integration only hands the step over (src/integrations/deferred-steps.ts).
 * - `astro dev`: serves `/pagefind/*` from the last build's `dist/pagefind/`, so search works in
 *   development once `npm run build` has run. Without a build it answers 404 with a note saying so,
 *   and the search page explains it. The index is not rebuilt while developing: rebuild to refresh it.
 */
export function pagefindSearch(options: PagefindSearchOptions = {}): AstroIntegration {
	let outDir = '';
	return {
		name: 'pagefind-search',
		hooks: {
			'astro:config:done': ({ config }) => {
				outDir = fileURLToPath(config.outDir);
			},
			'astro:server:setup': ({ server, logger }) => {
				const bundleDir = path.join(outDir, bundleDirName);
				let warned = false;
				server.middlewares.use((req, res, next) => {
					const url = new URL(req.url ?? '/', 'http://localhost');
					if (!url.pathname.startsWith(`/${bundleDirName}/`)) return next();
					const file = path.normalize(path.join(bundleDir, decodeURIComponent(url.pathname.slice(bundleDirName.length + 2))));
					if (!file.startsWith(bundleDir + path.sep)) return next();
					stat(file).then(
						(info) => {
							if (!info.isFile()) return next();
							res.setHeader('Content-Type', contentTypes[path.extname(file)] ?? 'application/octet-stream');
							res.setHeader('Cache-Control', 'no-store');
							createReadStream(file).pipe(res);
						},
						() => {
							if (!warned) {
								logger.warn(`no search index at ${path.relative(process.cwd(), bundleDir)}/: run \`npm run build\` once for search to work in dev`);
								warned = true;
							}
							res.statusCode = 404;
							res.setHeader('Content-Type', 'text/plain; charset=utf-8');
							res.end(`No search index at ${bundleDir}. Run \`npm run build\` once; \`astro dev\` then serves the last build's index.\n`);
						},
					);
				});
			},
			'astro:build:done': async ({ dir, logger }) => {
				const siteDir = fileURLToPath(dir);
				const deferred = deferredStepsFile();
				if (deferred) {
					deferStep(deferred, 'searchIndex', { siteDir, excludeSelectors: options.excludeSelectors ?? defaultExcludeSelectors });
					logger.info('the search index is built once this process has exited (npm run build)');
					return;
				}
				await buildSearchIndex(siteDir, { ...options, logger });
			},
		},
	};
}
