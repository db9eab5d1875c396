/**
 * `npm run bench`: builds the site on seeded synthetic corpora of 100, 1,000, 10,000 and 30,000 articles,
 * side by side with a plain Astro site and Hugo + Pagefind over the same corpus, measures build
 * time, memory, output, search index, page weight and search cost, and writes bench/results.json
 * and BENCHMARKS.md (rendered from the JSON by report.ts). Everything else stays in bench/.work/.
 *
 *   npm run bench                       sizes 100, 1,000, 10,000 and 30,000 (the official run)
 *   npm run bench -- --quick            only the small sizes (100 and 1,000)
 *   npm run bench -- --sizes 100,1000   pick the sizes
 *   options: --seed <n> (default 1), --skip-peers, --skip-browser, --profile (CPU profiles of our
 *   builds into bench/.work/profiles/), --no-write (results only under bench/.work/),
 *   --queries <n> (search queries, default 24), --cards <n> (social images timed, default 200), --timeout <s> (per build, default 3600),
 *   --heap <MiB> (V8 heap limit of the Astro builds; default Node's own up to 10,000 articles and
 *   16384 above, see `heapLimitFor`),
 *   --browser-only (no builds: page weight and search against the outputs already in bench/.work/out/,
 *   for 10,000 articles if --sizes has it, else the largest there; results in bench/.work/results-browser.json)
 *
 * Above 10,000 articles only the clean build is measured (the rebuilds' targets are at 10,000), to keep the
 * official run within about two hours on two cores.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { load } from 'js-yaml';
import { calibrateThrottle, launchBrowser, measureEngineFirstSearch, measurePageWeight, measureSearch, type PageWeight, type SearchCost } from './browser.ts';
import { corpusVersion, editArticle, generateCorpus, readRealTexts, writeCorpus, type Corpus, type CorpusStats } from './corpus.ts';
import { directoryStats, listFiles, machineInfo, measure, otherLoad, type RunResult } from './measure.ts';
import { prepareHugo, preparePlainAstro } from './peers.ts';
import { computeRatios, renderMarkdown, type BenchResults, type BuildFigures, type SizeResults, type SocialCardCost } from './report.ts';
import { Random } from './prng.ts';
import { serveCounting } from './serve.ts';

const root = process.cwd();
if (!existsSync(path.join(root, 'astro.config.mjs'))) {
	console.error('Run the bench from the project root: npm run bench');
	process.exit(2);
}
const work = path.join(root, 'bench', '.work');
const rel = (p: string) => path.relative(root, p) || '.';
const node = process.execPath;
const astroBin = path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
const pagefindBin = path.join(root, 'node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs');
const hooks = path.join(root, 'scripts', 'ts-hooks.mjs');
const buildSiteScript = path.join(root, 'scripts', 'build-site.ts');

// ---------------------------------------------------------------- options
const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(`--${name}`);
const option = (name: string) => {
	const index = argv.indexOf(`--${name}`);
	return index >= 0 ? argv[index + 1] : undefined;
};
const known = new Set(['quick', 'sizes', 'cards', 'seed', 'skip-peers', 'skip-browser', 'browser-only', 'profile', 'no-write', 'queries', 'timeout', 'heap', 'help']);
for (const arg of argv) {
	if (arg.startsWith('--') && !known.has(arg.slice(2))) {
		console.error(`Unknown option ${arg}. See the top of scripts/bench/run.ts.`);
		process.exit(2);
	}
}
if (flag('help')) {
	console.log('npm run bench [-- --quick | --sizes 100,1000,10000] [--seed N] [--skip-peers] [--skip-browser] [--browser-only] [--profile] [--no-write] [--queries N] [--cards N] [--timeout S] [--heap MiB]');
	process.exit(0);
}
const officialSizes = '100,1000,10000,30000';
const sizes = (option('sizes') ?? (flag('quick') ? '100,1000' : officialSizes)).split(',').map((s) => Number(s.trim()));
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) {
	console.error('--sizes takes positive whole numbers separated by commas, e.g. --sizes 100,1000');
	process.exit(2);
}
const seed = option('seed') ?? '1';
const queryCount = Number(option('queries') ?? 24);
const timeoutSeconds = Number(option('timeout') ?? 3600);
/** How many social images the per-card measurement renders (--cards <n>). */
const socialCardCount = Number(option('cards') ?? 200);
/**
 * The V8 heap limit of the Astro builds at a size, in MiB, or undefined for Node's own (about 4 GiB here).
 * Up to 10,000 articles both Astro builds run with Node's default, as a host with 8 GB would run them; above,
 * with 16 GiB, since the question there is whether the build fits this 24 GiB machine at all. --heap <MiB>
 * sets one limit for every size.
 */
const heapOption = option('heap') === undefined ? undefined : Number(option('heap'));
const heapLimitFor = (size: number | undefined): number | undefined => heapOption ?? (size !== undefined && size > 10_000 ? 16_384 : undefined);
/** Sizes up to this one also get the rebuilds (unchanged, "cached", and one article edited); above it only the clean build. */
const rebuildsUpTo = 10_000;
/** The size whose build the browser measures (page weight and search): 10,000 when it is run, else the largest. */
const browserSize = sizes.includes(10_000) ? 10_000 : Math.max(...sizes);
const cpuSlowdown = 4;

// ---------------------------------------------------------------- tools
function ensureDebianPackage(binary: string, pkg: string, why: string): void {
	if (existsSync(binary)) return;
	const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
	if (!isRoot) {
		console.error(`✗ The bench needs ${binary} (${why}), and it is missing.\n  Install Debian's package:  sudo apt-get install -y ${pkg}`);
		process.exit(1);
	}
	console.log(`▶ ${binary} is missing; installing Debian's ${pkg} package with apt-get.`);
	for (const args of [['update', '-qq'], ['install', '-y', '-qq', '--no-install-recommends', pkg]]) {
		const result = spawnSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
		if (result.status !== 0) {
			console.error(`✗ apt-get ${args.join(' ')} failed.`);
			process.exit(1);
		}
	}
	if (!existsSync(binary)) {
		console.error(`✗ apt-get finished but ${binary} is still missing.`);
		process.exit(1);
	}
}
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
ensureDebianPackage('/usr/bin/time', 'time', 'peak memory of each build');
if (!flag('skip-peers') && !flag('browser-only')) ensureDebianPackage('/usr/bin/hugo', 'hugo', 'the Hugo peer');
if (!flag('skip-browser') && !process.env.CHROMIUM_PATH) ensureDebianPackage(chromiumPath, 'chromium', 'page weight and search in a browser');

const version = (command: string, args: string[]) => {
	const result = spawnSync(command, args, { encoding: 'utf8' });
	return (result.stdout || result.stderr || '').trim().split('\n')[0] ?? 'unknown';
};
const packageVersion = async (name: string) =>
	(JSON.parse(await readFile(path.join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;

// ---------------------------------------------------------------- helpers
const log = (message: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

function failIfBad(result: RunResult, label: string): boolean {
	if (result.exitCode === 0) return true;
	log(`✗ ${label} failed (exit ${result.exitCode ?? 'killed'}); see ${rel(result.logFile)}`);
	return false;
}

async function tail(file: string, lines = 15): Promise<string> {
	try {
		return (await readFile(file, 'utf8')).trim().split('\n').slice(-lines).join('\n');
	} catch {
		return '';
	}
}

async function htmlPages(dir: string): Promise<number> {
	return (await listFiles(dir)).filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/')).length;
}

async function pagefindFigures(dir: string): Promise<BuildFigures['pagefindIndex']> {
	const bundle = path.join(dir, 'pagefind');
	if (!existsSync(bundle)) return undefined;
	const all = await directoryStats(bundle);
	const files = await listFiles(bundle);
	const sizeOf = async (filter: (f: string) => boolean) => directoryStats(bundle, (f) => filter(path.relative(bundle, f)));
	return {
		bytes: all.bytes,
		files: all.files,
		indexChunks: files.filter((f) => f.endsWith('.pf_index')).length,
		fragments: files.filter((f) => f.endsWith('.pf_fragment')).length,
		metaBytes: (await sizeOf((f) => f.endsWith('.pf_meta'))).bytes,
		indexBytes: (await sizeOf((f) => f.endsWith('.pf_index'))).bytes,
		fragmentBytes: (await sizeOf((f) => f.endsWith('.pf_fragment'))).bytes,
	};
}

/** Seconds of the Pagefind step as the build log shows it (Astro logs whole seconds), when the integration logged it. */
function pagefindFromLog(text: string): number | undefined {
	const lines = text.split('\n');
	const at = lines.findIndex((line) => /\[pagefind-search\] indexed \d+/.test(line));
	if (at < 1) return undefined;
	const time = (line: string) => {
		const match = /(\d\d):(\d\d):(\d\d)/.exec(line);
		return match ? Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3]) : undefined;
	};
	const end = time(lines[at] ?? '');
	for (let i = at - 1; i >= 0; i--) {
		// Astro prints "Waiting for integration …" only once a hook has run for a while: not its start.
		if (/Waiting for integration/.test(lines[i] ?? '')) continue;
		const start = time(lines[i] ?? '');
		if (start !== undefined && end !== undefined) return end - start;
	}
	return undefined;
}

async function dataStoreBytes(cacheDir: string): Promise<number | undefined> {
	const file = (await listFiles(cacheDir)).find((f) => f.endsWith('data-store.json'));
	return file ? (await directoryStats(cacheDir, (f) => f.endsWith(file))).bytes : undefined;
}

/**
 * Builds an Astro site: ours as `npm run build` does (scripts/build-site.ts: `astro build`, then the search index
 * and the publish once Astro's process has exited), the plain peer with `astro build`.
 */
async function buildAstro(
	label: string,
	options: { rootDir: string; outDir: string; cacheDir: string; env: Record<string, string>; clean: boolean; heapLimitMiB: number | undefined; profileDir?: string; command?: 'npm run build' | 'astro build' },
): Promise<RunResult> {
	if (options.clean) {
		await rm(options.cacheDir, { recursive: true, force: true });
		await rm(options.outDir, { recursive: true, force: true });
		await rm(path.join(options.rootDir, '.astro'), { recursive: true, force: true }).catch(() => undefined);
	}
	const command = options.command ?? 'npm run build';
	const entry = command === 'npm run build' ? ['--disable-warning=ExperimentalWarning', '--import', hooks, buildSiteScript] : [astroBin, 'build'];
	const args = [...entry, '--root', options.rootDir, '--outDir', options.outDir];
	if (options.profileDir) await rm(options.profileDir, { recursive: true, force: true });
	// Both Astro builds (ours and the plain peer) get the same heap limit at a size (`heapLimitFor`).
	const nodeArgs = [...(options.heapLimitMiB === undefined ? [] : [`--max-old-space-size=${options.heapLimitMiB}`]), ...(options.profileDir ? [`--cpu-prof`, `--cpu-prof-dir=${options.profileDir}`] : [])];
	log(`${label}: ${command} → ${rel(options.outDir)}`);
	const result = await measure(node, [...nodeArgs, ...args], {
		cwd: options.rootDir,
		env: { ASTRO_TELEMETRY_DISABLED: '1', ASTRO_CACHE_DIR: options.cacheDir, ...options.env },
		logFile: path.join(work, 'logs', `${label}.log`),
		timeoutSeconds,
	});
	log(`${label}: ${result.exitCode === 0 ? 'ok' : 'FAILED'} in ${result.wallSeconds} s, peak ${result.peakTreeRssMiB} MiB (tree)`);
	return result;
}

async function pagefindCli(label: string, site: string): Promise<RunResult> {
	const result = await measure(node, [pagefindBin, '--site', site], { cwd: root, logFile: path.join(work, 'logs', `${label}.log`), timeoutSeconds });
	log(`${label}: pagefind ${result.wallSeconds} s`);
	return result;
}

/**
 * How many pages (and other files) a build log says were restored from the incremental cache, and how many were
 * rendered: one status per file (Astro prints it after the file's name, or a few lines later when two pages are
 * rendered at once, so only the counts are read).
 */
async function routeCounts(logFile: string): Promise<BuildFigures['editedRoutes']> {
	const text = await readFile(logFile, 'utf8');
	const restored = [...text.matchAll(/ \((?:restored|cached)\)/g)].length;
	const rendered = [...text.matchAll(/ \(\+[\d.]+m?s\)/g)].length;
	return { restored, rendered };
}

/**
 * "Edit one article, rebuild": edits one article of the corpus (a paragraph added, `editArticle`), builds again
 * with the same cache, and puts the article back as it was, so that the next build sees the corpus as generated.
 */
async function editAndRebuild(corpus: Corpus, corpusDir: string, build: () => Promise<RunResult>): Promise<RunResult> {
	const { file } = await editArticle(corpus, corpusDir);
	try {
		return await build();
	} finally {
		await writeFile(path.join(corpusDir, file), corpus.files.get(file) ?? '');
	}
}

/** A tag with the most articles, from a content directory. */
async function biggestTag(contentDir: string): Promise<{ id: string; count: number } | undefined> {
	const counts = new Map<string, number>();
	for (const file of await listFiles(path.join(contentDir, 'articles'))) {
		const text = await readFile(path.join(contentDir, 'articles', file), 'utf8');
		const front = /^---\n([\s\S]*?)\n---/.exec(text)?.[1];
		const tags = (load(front ?? '') as { tags?: string[] } | null)?.tags ?? [];
		for (const tag of tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
	}
	const [id, count] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? [];
	return id === undefined || count === undefined ? undefined : { id, count };
}

/** Search queries drawn from the corpus: words of several document frequencies and entity names, each in at least 5 articles. */
function pickQueries(corpus: Corpus, count: number): string[] {
	const df = new Map<string, number>();
	for (const article of corpus.articles) {
		const seen = new Set(article.body.toLowerCase().match(/\p{L}{5,}/gu) ?? []);
		for (const word of seen) df.set(word, (df.get(word) ?? 0) + 1);
	}
	const eligible = [...df].filter(([, n]) => n >= 5).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
	const random = new Random(`queries:${corpus.seed}`);
	const band = (from: number, to: number, n: number) => random.sample(eligible.slice(Math.floor(eligible.length * from), Math.max(Math.floor(eligible.length * from) + n, Math.floor(eligible.length * to))).map(([w]) => w), n);
	const mentions = new Map<string, number>();
	for (const article of corpus.articles) for (const id of article.entities) mentions.set(id, (mentions.get(id) ?? 0) + 1);
	const names = corpus.entities.filter((e) => (mentions.get(e.id) ?? 0) >= 5).map((e) => e.name);
	const quarter = Math.max(1, Math.floor(count / 4));
	const queries = [
		...band(0, 0.02, quarter), // very common words
		...band(0.02, 0.3, quarter), // common
		...band(0.3, 1, quarter), // rare, but in at least 5 articles
		...random.sample(names, count - 3 * quarter), // names (two words)
	];
	return random.sample(queries, queries.length);
}

async function writeJson(file: string, data: unknown): Promise<void> {
	await mkdir(path.dirname(file), { recursive: true });
	await writeFile(file, `${JSON.stringify(data, null, '\t')}\n`);
}

/** Whether the browser step has run (it runs once). */
let measuredInBrowser = false;
/**
 * Page weight (the real site, and the articles, home and biggest tag of the build of `size`) and search cost
 * against the build of `size`, in headless Chromium. Run once: as soon as the browser size has built, so that
 * a longer size after it does not hold it up, or at the end.
 */
async function measureInBrowser(size: number | undefined): Promise<void> {
	measuredInBrowser = true;
	const browser = await launchBrowser();
	try {
		const weigh = async (label: string, outDir: string, pages: { role: string; path: string }[]) => {
			const server = await serveCounting(outDir);
			try {
				const measured: (PageWeight & { role: string })[] = [];
				for (const page of pages) {
					measured.push({ role: page.role, ...(await measurePageWeight(browser, server, page.path)) });
					log(`page weight ${label} ${page.path}: ${measured.at(-1)?.gzip.total} B gzip in ${measured.at(-1)?.requests} requests`);
				}
				results.pageWeight[label] = measured;
			} finally {
				await server.close();
			}
		};
		// The real site: every article, the home page and its biggest tag page.
		if (existsSync(path.join(work, 'out', 'real', 'index.html'))) {
			const articles = (await listFiles(path.join(root, 'content', 'articles'))).filter((f) => f.endsWith('.md')).sort();
			const tag = await biggestTag(path.join(root, 'content'));
			await weigh('real', path.join(work, 'out', 'real'), [
				...articles.map((file) => ({ role: 'article', path: `/articles/${file.slice(0, -3)}/` })),
				{ role: 'home', path: '/' },
				...(tag ? [{ role: 'tag', path: `/tags/${tag.id}/` }] : []),
			]);
		}
		// The build of the chosen size.
		if (size !== undefined) {
			const corpus = corpora.get(size) ?? generateCorpus({ size, seed, realTexts: await readRealTexts(path.join(root, 'content')) });
			const outDir = path.join(work, 'out', `ours-${size}`);
			const byLength = [...corpus.articles].sort((a, b) => a.words - b.words);
			const random = new Random(`sample:${seed}`);
			const sample = [byLength.at(-1), byLength[Math.floor(byLength.length / 2)], ...random.sample(corpus.articles, 3)].filter((a) => a !== undefined);
			const tagCounts = new Map<string, number>();
			for (const article of corpus.articles) for (const id of article.tags) tagCounts.set(id, (tagCounts.get(id) ?? 0) + 1);
			const [tagId, tagCount] = [...tagCounts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? [];
			const tag = tagId === undefined ? undefined : { id: tagId, count: tagCount };
			await weigh(String(size), outDir, [
				...[...new Map(sample.map((a) => [a.id, a])).values()].map((a) => ({ role: 'article', path: `/articles/${a.id}/` })),
				{ role: 'home', path: '/' },
				...(tag ? [{ role: 'tag', path: `/tags/${tag.id}/` }] : []),
			]);
			await save();

			if (existsSync(path.join(outDir, 'search', 'index.html')) && existsSync(path.join(outDir, 'pagefind'))) {
				const server = await serveCounting(outDir);
				try {
					const calibration = await calibrateThrottle(browser, server, cpuSlowdown);
					log(`CPU throttle ${cpuSlowdown}×: measured ${calibration.mainThread}× on the main thread, ${calibration.worker}× in a worker`);
					const queries = pickQueries(corpus, queryCount);
					log(`search: ${queries.length} queries against ${size.toLocaleString('en')} articles at ${cpuSlowdown}× CPU slowdown`);
					const cost: SearchCost = await measureSearch(browser, server, queries, { cpuSlowdown });
					// Pagefind's own share of the first search, on our build and on plain Astro's of the same corpus.
					const query = cost.firstSearch.query;
					const plainOut = path.join(work, 'out', `plain-astro-${size}`);
					const engineFirstSearch: NonNullable<BenchResults['search']>['engineFirstSearch'] = { ours: await measureEngineFirstSearch(browser, server, query) };
					if (existsSync(path.join(plainOut, 'pagefind', 'pagefind.js'))) {
						const plainServer = await serveCounting(plainOut);
						try {
							engineFirstSearch.plainAstro = await measureEngineFirstSearch(browser, plainServer, query);
						} finally {
							await plainServer.close();
						}
					}
					results.search = { size, calibration, ...cost, engineFirstSearch };
					log(`search: Pagefind alone, first search ${engineFirstSearch.ours?.gzip.total} B gzip in ${engineFirstSearch.ours?.requests} requests on ours, ${engineFirstSearch.plainAstro?.gzip.total ?? '—'} B in ${engineFirstSearch.plainAstro?.requests ?? '—'} on plain Astro`);
					log(`search: first ${cost.firstSearch.gzip.total} B gzip in ${cost.firstSearch.requests} requests; first query p95 ${cost.firstQuery.p95} ms, follow-up p95 ${cost.followUp.p95} ms`);
				} finally {
					await server.close();
				}
			} else {
				results.notes.push(`No search page or Pagefind bundle in the ${size}-article build; search was not measured.`);
			}
		}
	} finally {
		await browser.close();
	}
}

// ---------------------------------------------------------------- the run
const started = new Date();
await mkdir(work, { recursive: true });
const command = `npm run bench${argv.length ? ` -- ${argv.join(' ')}` : ''}`;
const machine = machineInfo();
const loadAtStart = otherLoad();
log(`${command}: sizes ${sizes.join(', ')}, seed ${seed}; machine ${machine.nproc} cores, ${machine.memoryGiB} GiB; load ${loadAtStart.loadavg.join(' ')}`);

const results: BenchResults = {
	schema: 1,
	generatedAt: started.toISOString(),
	command,
	seed,
	corpusVersion,
	sizes,
	partial: sizes.join(',') !== officialSizes || flag('skip-peers') || flag('skip-browser'),
	machine,
	versions: {
		node: process.version,
		astro: await packageVersion('astro'),
		pagefind: await packageVersion('pagefind'),
		pagefindBinary: version(node, [pagefindBin, '--version']),
		hugo: existsSync('/usr/bin/hugo') ? version('hugo', ['version']) : 'not installed',
		chromium: existsSync(chromiumPath) ? version(chromiumPath, ['--version']) : 'not installed',
		playwrightCore: await packageVersion('playwright-core'),
	},
	load: { atStart: loadAtStart, atEnd: loadAtStart, maxOtherCpuShare: 0 },
	real: undefined,
	results: [],
	pageWeight: {},
	search: undefined,
	notes: [
		heapOption === undefined
			? `Both Astro builds (ours and the plain peer) ran with Node’s default V8 heap limit (about 4 GiB here) up to 10,000 articles, and with 16,384 MiB (--max-old-space-size) above.`
			: `Both Astro builds (ours and the plain peer) ran with a V8 heap limit of ${heapOption.toLocaleString('en')} MiB (--max-old-space-size).`,
		...(sizes.some((size) => size > rebuildsUpTo) ? [`Above ${rebuildsUpTo.toLocaleString('en')} articles only the clean build was run, not the rebuilds (unchanged and one article edited).`] : []),
	],
};
const browserOnly = flag('browser-only');
const partialFile = path.join(work, browserOnly ? 'results-browser.json' : 'results-partial.json');
const save = () => writeJson(partialFile, results);
const otherShares: number[] = [];
const noteLoad = (run: RunResult) => {
	otherShares.push(run.otherCpuShare);
};

// The real five-article site: its build, and the page weight of its pages.
if (!browserOnly) {
	const outDir = path.join(work, 'out', 'real');
	const cacheDir = path.join(work, 'cache', 'real');
	const run = await buildAstro('real-clean', { rootDir: root, outDir, cacheDir, env: { CONTENT_DIR: 'content' }, clean: true, heapLimitMiB: heapLimitFor(undefined) });
	noteLoad(run);
	results.real = { build: run, pages: failIfBad(run, 'real site build') ? await htmlPages(outDir) : 0, outDir: rel(outDir) };
	await save();

	// One social image's cost, alone: the largest part of our build that the plain peer does not have.
	const cardsRun = await measure(node, ['--disable-warning=ExperimentalWarning', '--import', hooks, path.join(root, 'scripts', 'bench', 'social-cards.ts'), String(socialCardCount)], {
		cwd: root,
		logFile: path.join(work, 'logs', 'social-cards.log'),
		timeoutSeconds,
	});
	if (cardsRun.exitCode === 0) {
		results.socialCards = JSON.parse((await readFile(cardsRun.logFile, 'utf8')).trim().split('\n').at(-1) ?? '{}') as SocialCardCost;
		log(`social images: ${results.socialCards.cpuMsPerCard} ms CPU, ${results.socialCards.wallMsPerCard} ms wall a card`);
	} else failIfBad(cardsRun, 'social image measurement');
	await save();
}

const corpora = new Map<number, Corpus>();
for (const size of browserOnly ? [] : sizes) {
	log(`— size ${size.toLocaleString('en')} —`);
	const corpusDir = path.join(work, `corpus-${size}`);
	const generationStart = performance.now();
	const corpus = generateCorpus({ size, seed, realTexts: await readRealTexts(path.join(root, 'content')) });
	await writeCorpus(corpus, corpusDir);
	const generationSeconds = (performance.now() - generationStart) / 1000;
	corpora.set(size, corpus);
	log(`corpus: ${corpus.stats.articles} articles, ${corpus.stats.words.toLocaleString('en')} words (${corpus.stats.distinctWords.toLocaleString('en')} distinct), ${[...corpus.files.keys()].length} files in ${generationSeconds.toFixed(1)} s`);

	// Validate with the site's own validator before building; fail loudly.
	const validation = await measure(node, ['--disable-warning=ExperimentalWarning', '--import', hooks, path.join(root, 'scripts', 'bench', 'validate.ts'), rel(corpusDir)], {
		cwd: root,
		logFile: path.join(work, 'logs', `validate-${size}.log`),
		timeoutSeconds,
	});
	if (validation.exitCode !== 0) {
		console.error(`\n✗ The generated corpus of ${size} articles does not pass findContentProblems:\n${await tail(validation.logFile, 40)}`);
		console.error('\nThe generator (scripts/bench/corpus.ts) no longer matches the schemas; fix it before benchmarking.');
		process.exit(1);
	}
	log(`corpus valid (findContentProblems, ${validation.wallSeconds} s)`);
	const entry: SizeResults = {
		size,
		corpus: corpus.stats as CorpusStats,
		generationSeconds: Math.round(generationSeconds * 10) / 10,
		validation,
		ours: undefined,
		plainAstro: undefined,
		hugo: undefined,
	};
	results.results.push(entry);

	// Ours.
	{
		const outDir = path.join(work, 'out', `ours-${size}`);
		const cacheDir = path.join(work, 'cache', `ours-${size}`);
		const env = { CONTENT_DIR: rel(corpusDir) };
		const profileDir = flag('profile') ? path.join(work, 'profiles', `ours-${size}`) : undefined;
		const heapLimitMiB = heapLimitFor(size);
		const clean = await buildAstro(`ours-${size}-clean`, { rootDir: root, outDir, cacheDir, env, clean: true, heapLimitMiB, ...(profileDir ? { profileDir: `${profileDir}-clean` } : {}) });
		noteLoad(clean);
		const ok = failIfBad(clean, `our build of ${size}`);
		const cached = ok && size <= rebuildsUpTo ? await buildAstro(`ours-${size}-cached`, { rootDir: root, outDir, cacheDir, env, clean: false, heapLimitMiB, ...(profileDir ? { profileDir: `${profileDir}-cached` } : {}) }) : undefined;
		if (cached) noteLoad(cached);
		const edited = ok && size <= rebuildsUpTo
			? await editAndRebuild(corpus, corpusDir, () => buildAstro(`ours-${size}-edited`, { rootDir: root, outDir, cacheDir, env, clean: false, heapLimitMiB, ...(profileDir ? { profileDir: `${profileDir}-edited` } : {}) }))
			: undefined;
		if (edited) noteLoad(edited);
		const figures: BuildFigures = { clean, cached, edited, heapLimitMiB, ok: ok && (cached === undefined || cached.exitCode === 0) && (edited === undefined || edited.exitCode === 0) };
		if (edited?.exitCode === 0) {
			figures.editedRoutes = await routeCounts(edited.logFile);
			log(`ours-${size}-edited: ${figures.editedRoutes?.restored} files restored, ${figures.editedRoutes?.rendered} rendered`);
		}
		if (ok) {
			figures.pages = await htmlPages(outDir);
			figures.output = await directoryStats(outDir);
			figures.dataStoreBytes = await dataStoreBytes(cacheDir);
			figures.pagefindIndex = await pagefindFigures(outDir);
			const logged = pagefindFromLog(await readFile(clean.logFile, 'utf8'));
			if (logged !== undefined) figures.pagefindLoggedSeconds = logged;
			// Pagefind on its own: the integration's own function on the same output.
			const indexRun = await measure(node, ['--disable-warning=ExperimentalWarning', '--import', hooks, path.join(root, 'scripts', 'bench', 'pagefind-index.ts'), outDir], {
				cwd: root,
				logFile: path.join(work, 'logs', `ours-${size}-pagefind.log`),
				timeoutSeconds,
			});
			if (failIfBad(indexRun, 'Pagefind indexing')) {
				const line = (await readFile(indexRun.logFile, 'utf8')).trim().split('\n').reverse().find((l) => l.startsWith('{'));
				figures.pagefind = { run: indexRun, ...(JSON.parse(line ?? '{}') as { seconds?: number; pageCount?: number }) };
				log(`ours-${size}: Pagefind indexing alone ${figures.pagefind.seconds} s`);
			}
		} else {
			figures.failure = await tail(clean.logFile);
		}
		entry.ours = figures;
		await save();
	}

	// Peers.
	if (!flag('skip-peers')) {
		const plainDir = path.join(work, 'plain-astro');
		await preparePlainAstro(plainDir);
		const outDir = path.join(work, 'out', `plain-astro-${size}`);
		const cacheDir = path.join(work, 'cache', `plain-astro-${size}`);
		const env = { BENCH_CONTENT_DIR: path.relative(plainDir, corpusDir) };
		const heapLimitMiB = heapLimitFor(size);
		const clean = await buildAstro(`plain-astro-${size}-clean`, { rootDir: plainDir, outDir, cacheDir, env, clean: true, heapLimitMiB, command: 'astro build' });
		noteLoad(clean);
		const ok = failIfBad(clean, `plain Astro build of ${size}`);
		const cached = ok && size <= rebuildsUpTo ? await buildAstro(`plain-astro-${size}-cached`, { rootDir: plainDir, outDir, cacheDir, env, clean: false, heapLimitMiB, command: 'astro build' }) : undefined;
		const pagefind = ok ? await pagefindCli(`plain-astro-${size}-pagefind`, outDir) : undefined;
		const edited = ok && size <= rebuildsUpTo ? await editAndRebuild(corpus, corpusDir, () => buildAstro(`plain-astro-${size}-edited`, { rootDir: plainDir, outDir, cacheDir, env, clean: false, heapLimitMiB, command: 'astro build' })) : undefined;
		const editedPagefind = edited?.exitCode === 0 ? await pagefindCli(`plain-astro-${size}-edited-pagefind`, outDir) : undefined;
		entry.plainAstro = { clean, cached, edited, editedPagefindCli: editedPagefind, heapLimitMiB, ok: ok && (cached === undefined || cached.exitCode === 0) && (edited === undefined || edited.exitCode === 0), pagefindCli: pagefind };
		if (ok) {
			entry.plainAstro.pages = await htmlPages(outDir);
			entry.plainAstro.output = await directoryStats(outDir);
			entry.plainAstro.dataStoreBytes = await dataStoreBytes(cacheDir);
			entry.plainAstro.pagefindIndex = await pagefindFigures(outDir);
		} else {
			entry.plainAstro.failure = await tail(clean.logFile);
		}
		await save();

		const hugoDir = path.join(work, `hugo-${size}`);
		await prepareHugo(hugoDir, corpusDir);
		const publicDir = path.join(hugoDir, 'public');
		const hugoRun = (label: string) => measure('/usr/bin/hugo', ['--source', hugoDir, '--destination', publicDir, '--quiet'], { cwd: hugoDir, logFile: path.join(work, 'logs', `${label}.log`), timeoutSeconds });
		log(`hugo-${size}: hugo → ${rel(publicDir)}`);
		const hugoClean = await hugoRun(`hugo-${size}-clean`);
		noteLoad(hugoClean);
		const hugoOk = failIfBad(hugoClean, `Hugo build of ${size}`);
		log(`hugo-${size}: ${hugoClean.wallSeconds} s`);
		const hugoSecond = hugoOk ? await hugoRun(`hugo-${size}-second`) : undefined;
		const hugoPagefind = hugoOk ? await pagefindCli(`hugo-${size}-pagefind`, publicDir) : undefined;
		entry.hugo = { clean: hugoClean, cached: hugoSecond, ok: hugoOk, pagefindCli: hugoPagefind };
		if (hugoOk) {
			entry.hugo.pages = await htmlPages(publicDir);
			entry.hugo.output = await directoryStats(publicDir);
			entry.hugo.pagefindIndex = await pagefindFigures(publicDir);
		}
		await save();
	}
	entry.ratios = computeRatios(entry);
	await save();
	if (size === browserSize && entry.ours?.ok && !flag('skip-browser')) await measureInBrowser(size);
}

// ---------------------------------------------------------------- browser
if (!flag('skip-browser') && !measuredInBrowser) {
	const built = browserOnly
		? sizes.filter((size) => existsSync(path.join(work, 'out', `ours-${size}`, 'index.html')))
		: results.results.filter((r) => r.ours?.ok).map((r) => r.size);
	await measureInBrowser(built.includes(browserSize) ? browserSize : built.length ? Math.max(...built) : undefined);
}

// ---------------------------------------------------------------- write
results.load.atEnd = otherLoad();
results.load.maxOtherCpuShare = otherShares.length ? Math.max(...otherShares) : 0;
results.finishedAt = new Date().toISOString();
await save();
const markdown = renderMarkdown(results);
if (flag('no-write') || browserOnly) {
	await writeFile(path.join(work, 'BENCHMARKS.md'), markdown);
	log(`results in ${rel(partialFile)} and ${rel(path.join(work, 'BENCHMARKS.md'))} (--no-write)`);
} else {
	await writeJson(path.join(root, 'bench', 'results.json'), results);
	await writeFile(path.join(root, 'BENCHMARKS.md'), markdown);
	log('wrote bench/results.json and BENCHMARKS.md');
}

// A failed build or measurement fails the run (CI runs the bench's smallest size as a smoke test; no timing is judged).
const failed = results.results.flatMap((r) =>
	[
		['our site', r.ours],
		['plain Astro', r.plainAstro],
		['Hugo', r.hugo],
	]
		.filter(([, figures]) => figures !== undefined && !(figures as { ok: boolean }).ok)
		.map(([name]) => `${name} at ${r.size.toLocaleString('en')} articles`),
);
if (!flag('skip-browser') && !browserOnly && results.results.some((r) => r.ours?.ok) && !results.search) failed.push('the search measurement');
if (failed.length) {
	log(`✗ failed: ${failed.join('; ')}`);
	process.exitCode = 1;
}
