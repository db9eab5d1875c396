/**
 * The results of a bench run (bench/results.json) and BENCHMARKS.md rendered from them: tables,
 * targets (pass/miss) and the "beyond one machine" projections computed from per-article costs.
 *
 * `node --import ./scripts/ts-hooks.mjs scripts/bench/report.ts [results.json]` re-renders
 * BENCHMARKS.md from a results file without running anything.
 */
import type { PageWeight, SearchCost } from './browser.ts';
import type { CorpusStats } from './corpus.ts';
import type { RunResult } from './measure.ts';

export interface BuildFigures {
	clean: RunResult;
	cached?: RunResult | undefined;
	/** "Edit one article, rebuild": one article's text changed (a paragraph added), built again with the same cache. */
	edited?: RunResult | undefined;
	/** Of that build: files restored from Astro's incremental cache, and files rendered (from its log). */
	editedRoutes?: { restored: number; rendered: number } | undefined;
	/** The Pagefind CLI run after a peer's edited build. */
	editedPagefindCli?: RunResult | undefined;
	/** The V8 heap limit the builds ran with (--max-old-space-size), in MiB; undefined for Node's default. */
	heapLimitMiB?: number | undefined;
	ok: boolean;
	pages?: number;
	output?: { bytes: number; files: number };
	/** Size of Astro's content data store (data-store.json in the cache dir). */
	dataStoreBytes?: number | undefined;
	pagefindIndex?: { bytes: number; files: number; indexChunks: number; fragments: number; metaBytes: number; indexBytes: number; fragmentBytes: number } | undefined;
	/** Pagefind seconds read from the build log (whole seconds), when the integration logged it. */
	pagefindLoggedSeconds?: number;
	/** Pagefind indexing timed on its own with the integration's own function. */
	pagefind?: { run: RunResult; seconds?: number; pageCount?: number };
	/** The Pagefind CLI run after a peer's build. */
	pagefindCli?: RunResult | undefined;
	failure?: string;
}

export interface SizeResults {
	size: number;
	corpus: CorpusStats;
	generationSeconds: number;
	/** findContentProblems over the corpus (the check the content guard runs at the start of every build). */
	validation: RunResult;
	ours: BuildFigures | undefined;
	plainAstro: BuildFigures | undefined;
	hugo: BuildFigures | undefined;
	ratios?: Record<string, number | undefined>;
}

export interface LoadSnapshot {
	loadavg: number[];
	busy: { pid: number; cpu: number; command: string }[];
}

export interface BenchResults {
	schema: 1;
	generatedAt: string;
	finishedAt?: string;
	command: string;
	seed: string;
	corpusVersion: number;
	sizes: number[];
	/** Not the full official run (other sizes, or peers or browser skipped). */
	partial: boolean;
	machine: { nproc: number; memoryGiB: number; cpuModel: string; kernel: string };
	versions: Record<string, string>;
	/** Machine load: at start and end, and the largest share of CPU other processes took during a build. */
	load: { atStart: LoadSnapshot; atEnd: LoadSnapshot; maxOtherCpuShare: number };
	real: { build: RunResult; pages: number; outDir: string } | undefined;
	results: SizeResults[];
	/** Page weight by build: "real", or the corpus size. */
	pageWeight: Record<string, (PageWeight & { role: string })[]>;
	search: (SearchCost & { size: number; calibration: { mainThread: number; worker: number } }) | undefined;
	/** One social image's cost with the site's renderer (scripts/bench/social-cards.ts). */
	socialCards?: SocialCardCost | undefined;
	notes: string[];
}

/** What scripts/bench/social-cards.ts prints. */
export interface SocialCardCost {
	cards: number;
	cpuMsPerCard: number;
	wallMsPerCard: number;
	meanBytes: number;
	firstCard: { cpuMs: number; wallMs: number };
}

export interface Target {
	what: string;
	target: string;
	value: string;
	pass: boolean | undefined;
	note?: string;
}

const KB = 1024;
const fmt = (n: number | undefined, digits = 0) => (n === undefined || Number.isNaN(n) ? '—' : n.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits }));
const kb = (bytes: number | undefined, digits = 1) => (bytes === undefined ? '—' : `${fmt(bytes / KB, digits)} KB`);
const mb = (bytes: number | undefined, digits = 1) => (bytes === undefined ? '—' : `${fmt(bytes / (KB * KB), digits)} MB`);
const secs = (s: number | undefined) => (s === undefined ? '—' : `${fmt(s, s < 10 ? 2 : 1)} s`);
const mark = (pass: boolean | undefined) => (pass === undefined ? 'not measured' : pass ? '**pass**' : '**MISS**');

/** Every target of the issue, against the measured figure. */
export function evaluateTargets(results: BenchResults): Target[] {
	const targets: Target[] = [];
	for (const [label, pages] of Object.entries(results.pageWeight)) {
		const articles = pages.filter((p) => p.role === 'article');
		if (articles.length === 0) continue;
		const worst = (f: (p: PageWeight) => number) => Math.max(...articles.map(f));
		const where = label === 'real' ? 'real 5-article site' : `${Number(label).toLocaleString('en')}-article build`;
		// The page budget is HTML + CSS + JS; the webfont has a budget of its own (it is cached for the whole site).
		const fonts = (p: PageWeight) => p.files.filter((file) => file.kind === 'font');
		const gz = worst((p) => p.gzip.total - fonts(p).reduce((sum, file) => sum + file.gzip, 0));
		const req = worst((p) => p.requests - fonts(p).length);
		const js = worst((p) => p.gzip.js);
		const pf = worst((p) => p.pagefindRequests);
		const fontFiles = worst((p) => fonts(p).length);
		const fontBytes = worst((p) => fonts(p).reduce((sum, file) => sum + file.bytes, 0));
		targets.push({ what: `Article page weight without fonts (${where}, heaviest of ${articles.length})`, target: '≤ 15 KB gzip', value: kb(gz), pass: gz <= 15 * KB });
		targets.push({ what: `Article page requests without fonts (${where})`, target: '≤ 3', value: fmt(req), pass: req <= 3 });
		targets.push({ what: `Webfont files on an article page (${where})`, target: '≤ 2 files, ≤ 60 KB', value: `${fmt(fontFiles)} files, ${kb(fontBytes)}`, pass: fontFiles <= 2 && fontBytes <= 60 * KB });
		targets.push({ what: `Article page JavaScript before search (${where})`, target: '≤ 2 KB gzip', value: kb(js, 2), pass: js <= 2 * KB });
		targets.push({ what: `Pagefind requests on an article page (${where})`, target: '0', value: fmt(pf), pass: pf === 0 });
	}
	const search = results.search;
	const at10k = search?.size === 10_000 ? '' : search ? ` (measured at ${search.size.toLocaleString('en')}, not 10,000)` : '';
	targets.push({
		what: `First search, bytes${at10k}`,
		target: '≤ 200 KB gzip (10,000 articles)',
		value: search ? kb(search.firstSearch.gzip.total) : '—',
		pass: search ? search.firstSearch.gzip.total <= 200 * KB && search.size >= 10_000 : undefined,
	});
	targets.push({
		what: `First search, requests${at10k}`,
		target: '≤ 10',
		value: search ? fmt(search.firstSearch.requests) : '—',
		pass: search ? search.firstSearch.requests <= 10 && search.size >= 10_000 : undefined,
	});
	targets.push({
		what: `First-query latency p95, ${search?.cpuSlowdown ?? 4}× CPU slowdown${at10k}`,
		target: '≤ 150 ms',
		value: search ? `${fmt(search.firstQuery.searchMs.p95)} ms (+ ${search.debounceMs} ms debounce)` : '—',
		pass: search ? search.firstQuery.searchMs.p95 <= 150 && search.size >= 10_000 : undefined,
		note: 'typing to the fifth result rendered, less the input’s configured debounce',
	});
	targets.push({
		what: `Follow-up query latency p95, ${search?.cpuSlowdown ?? 4}× CPU slowdown${at10k}`,
		target: '≤ 50 ms',
		value: search ? `${fmt(search.followUp.searchMs.p95)} ms (+ ${search.debounceMs} ms debounce)` : '—',
		pass: search ? search.followUp.searchMs.p95 <= 50 && search.size >= 10_000 : undefined,
	});
	const cards = results.socialCards;
	targets.push({
		what: 'Social image, CPU per card',
		target: '≤ 20 ms (satori + resvg took 43–55 ms)',
		value: cards ? `${fmt(cards.cpuMsPerCard, 1)} ms` : '—',
		pass: cards ? cards.cpuMsPerCard <= 20 : undefined,
		...(cards ? { note: `${fmt(cards.cards)} cards of 20–300-character titles, ${kb(cards.meanBytes)} each on average` } : {}),
	});
	const big = results.results.find((r) => r.size === 10_000);
	targets.push({ what: '10,000-article clean build', target: '≤ 60 s', value: big?.ours ? secs(big.ours.clean.wallSeconds) + (big.ours.ok ? '' : ' (failed)') : '—', pass: big?.ours ? big.ours.ok && big.ours.clean.wallSeconds <= 60 : undefined });
	targets.push({ what: '10,000-article cached build', target: '≤ 20 s', value: big?.ours?.cached ? secs(big.ours.cached.wallSeconds) : '—', pass: big?.ours?.cached ? big.ours.ok && big.ours.cached.wallSeconds <= 20 : undefined });
	targets.push({ what: '10,000-article build peak memory (process tree)', target: '≤ 2 GB', value: big?.ours ? mb(big.ours.clean.peakTreeRssMiB * KB * KB) : '—', pass: big?.ours ? big.ours.clean.peakTreeRssMiB <= 2048 : undefined });
	const cpuRatio = big?.ratios?.cleanCpuVsPlainAstro;
	const plainCpu = big?.plainAstro ? big.plainAstro.clean.cpuSeconds + (big.plainAstro.pagefindCli?.cpuSeconds ?? 0) : undefined;
	targets.push({
		what: '10,000-article clean build, CPU time against plain Astro + Pagefind in the same run',
		target: '≤ 1.5×',
		value: big?.ours && cpuRatio !== undefined ? `${fmt(cpuRatio, 2)}× (${secs(big.ours.clean.cpuSeconds)} against ${secs(plainCpu)})` : '—',
		pass: big?.ours && cpuRatio !== undefined ? big.ours.ok && cpuRatio <= 1.5 : undefined,
	});
	const defaultHeap = big?.ours ? big.ours.heapLimitMiB === undefined : undefined;
	targets.push({
		what: '10,000-article clean build peak memory with Node’s default heap (process tree)',
		target: '≤ 3 GiB',
		value: big?.ours
			? `${mb(big.ours.clean.peakTreeRssMiB * KB * KB)}${big.ours.clean.peakProcessRssMiB ? `; largest process ${mb(big.ours.clean.peakProcessRssMiB * KB * KB)}` : ''}${defaultHeap ? '' : ` (heap limit ${fmt(big.ours.heapLimitMiB)} MiB, not the default)`}`
			: '—',
		pass: big?.ours ? big.ours.ok && defaultHeap === true && big.ours.clean.peakTreeRssMiB <= 3 * 1024 : undefined,
	});
	const huge = results.results.find((r) => r.size === 30_000);
	targets.push({
		what: '30,000-article clean build on this machine',
		target: 'builds',
		value: huge?.ours
			? `${huge.ours.ok ? 'built' : 'failed'}: ${secs(huge.ours.clean.wallSeconds)} wall, ${secs(huge.ours.clean.cpuSeconds)} CPU, peak ${mb(huge.ours.clean.peakTreeRssMiB * KB * KB)} (tree)${huge.ours.heapLimitMiB === undefined ? '' : `, heap limit ${fmt(huge.ours.heapLimitMiB)} MiB`}`
			: '—',
		pass: huge?.ours ? huge.ours.clean.exitCode === 0 : undefined,
	});
	for (const entry of results.results) {
		const ours = entry.ours?.edited;
		const plain = entry.plainAstro?.edited;
		const plainCpu = plain ? plain.cpuSeconds + (entry.plainAstro?.editedPagefindCli?.cpuSeconds ?? 0) : undefined;
		const r = entry.ratios?.editedCpuVsPlainAstro;
		const routes = entry.ours?.editedRoutes;
		targets.push({
			what: `Edit one article, rebuild, ${entry.size.toLocaleString('en')} articles (CPU time; the plain peer’s build and its Pagefind run)`,
			target: '≤ 2× plain Astro',
			value: ours ? `${secs(ours.cpuSeconds)} CPU (${secs(ours.wallSeconds)} wall) against ${secs(plainCpu)}${r === undefined ? '' : `: ${fmt(r, 2)}×`}` : '—',
			pass: ours && r !== undefined ? ours.exitCode === 0 && r <= 2 : undefined,
			...(routes ? { note: `${fmt(routes.restored)} files restored from the previous build, ${fmt(routes.rendered)} rendered` } : {}),
		});
	}
	for (const entry of results.results) {
		const r = entry.ratios?.cleanVsPlainAstro;
		targets.push({
			what: `Analysis overhead over plain Astro + Pagefind, ${entry.size.toLocaleString('en')} articles (clean build)`,
			target: '≤ +10 %',
			value: r === undefined ? '—' : `${r >= 1 ? '+' : ''}${fmt((r - 1) * 100)} % wall${entry.ratios?.cleanCpuVsPlainAstro === undefined ? '' : `, ${entry.ratios.cleanCpuVsPlainAstro >= 1 ? '+' : ''}${fmt((entry.ratios.cleanCpuVsPlainAstro - 1) * 100)} % CPU time`}`,
			pass: r === undefined ? undefined : r <= 1.1,
		});
	}
	return targets;
}

/** Per-article costs and where one machine stops, from the two largest sizes that built. */
export function projections(results: BenchResults): Record<string, number | undefined> | undefined {
	const ok = results.results.filter((r) => r.ours?.ok && r.ours.cached);
	if (ok.length < 2) return undefined;
	const a = ok.at(-2) as SizeResults;
	const b = ok.at(-1) as SizeResults;
	const slope = (f: (r: SizeResults) => number | undefined) => {
		const fa = f(a);
		const fb = f(b);
		return fa === undefined || fb === undefined ? undefined : (fb - fa) / (b.size - a.size);
	};
	const intercept = (f: (r: SizeResults) => number | undefined) => {
		const s = slope(f);
		const fb = f(b);
		return s === undefined || fb === undefined ? undefined : fb - s * b.size;
	};
	const reach = (f: (r: SizeResults) => number | undefined, limit: number) => {
		const s = slope(f);
		const c = intercept(f);
		return s === undefined || c === undefined || s <= 0 ? undefined : Math.max(0, Math.floor((limit - c) / s));
	};
	// Times in CPU seconds of the process tree: on this mostly single-threaded build they are close to the wall
	// time of a quiet machine, and a loaded machine inflates them far less than wall time.
	const clean = (r: SizeResults) => r.ours?.clean.cpuSeconds;
	const cached = (r: SizeResults) => r.ours?.cached?.cpuSeconds;
	const cleanWall = (r: SizeResults) => r.ours?.clean.wallSeconds;
	const memory = (r: SizeResults) => r.ours?.clean.peakTreeRssMiB;
	const store = (r: SizeResults) => r.ours?.dataStoreBytes;
	const index = (r: SizeResults) => r.ours?.pagefindIndex?.bytes;
	const meta = (r: SizeResults) => r.ours?.pagefindIndex?.metaBytes;
	const pagefindSeconds = (r: SizeResults) => r.ours?.pagefind?.run.cpuSeconds;
	const validation = (r: SizeResults) => r.validation.cpuSeconds;
	const output = (r: SizeResults) => r.ours?.output?.bytes;
	const maxString = 0x1fffffe8; // V8's longest string (≈ 512 MiB of one-byte characters): data-store.json is read as one string
	return {
		fromSize: a.size,
		toSize: b.size,
		cleanSecondsPerArticle: slope(clean),
		cleanFixedSeconds: intercept(clean),
		cleanWallSecondsPerArticle: slope(cleanWall),
		cleanWallFixedSeconds: intercept(cleanWall),
		cachedFixedSeconds: intercept(cached),
		cachedSecondsPerArticle: slope(cached),
		memoryMiBPerArticle: slope(memory),
		memoryFixedMiB: intercept(memory),
		dataStoreBytesPerArticle: slope(store),
		pagefindBytesPerArticle: slope(index),
		pagefindMetaBytesPerArticle: slope(meta),
		pagefindSecondsPerArticle: slope(pagefindSeconds),
		validationSecondsPerArticle: slope(validation),
		outputBytesPerArticle: slope(output),
		articlesAt60sClean: reach(clean, 60),
		articlesAt20sCached: reach(cached, 20),
		articlesAt2GiB: reach(memory, 2048),
		articlesAtHeapLimit: reach(memory, 4096),
		articlesAt24GiB: reach(memory, 24 * 1024),
		articlesAtDataStoreStringLimit: reach(store, maxString),
		articlesAtOneHourClean: reach(clean, 3600),
		metaBytesAt100k: (() => {
			const s = slope(meta);
			const c = intercept(meta);
			return s === undefined || c === undefined ? undefined : c + s * 100_000;
		})(),
	};
}

function runCells(run: RunResult | undefined): string[] {
	if (!run) return ['—', '—', '—'];
	return [secs(run.wallSeconds) + (run.exitCode === 0 ? '' : ' ✗'), secs(run.cpuSeconds), `${fmt(run.peakTreeRssMiB)} MiB`];
}

function weightTable(pages: (PageWeight & { role: string })[]): string {
	const rows = pages.map((p) => {
		const cell = (kind: 'html' | 'css' | 'js' | 'font' | 'other') => (p.bytes[kind] ? `${kb(p.gzip[kind], 1)} (${kb(p.bytes[kind], 1)})` : '0');
		return `| ${p.role} | \`${p.path.length > 48 ? `${p.path.slice(0, 45)}…` : p.path}\` | ${p.requests} | **${kb(p.gzip.total)}** (${kb(p.bytes.total)}) | ${cell('html')} | ${cell('css')} | ${cell('js')} | ${cell('font')} | ${cell('other')} | ${p.pagefindRequests} |`;
	});
	return ['| page | path | requests | total gzip (raw) | HTML | CSS | JS (inline incl.) | fonts | other | Pagefind requests |', '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |', ...rows].join('\n');
}

/**
 * What limits the figures, found by profiling (`npm run bench -- --profile`, then
 * scripts/bench/profile-summary.ts) and from the build logs, on 2026-11-22 at 1,000 and 10,000 articles;
 * page generation again on 2026-12-02.
 * Written by hand: re-check it when the code named here changes.
 */
export const findings: string[] = [
	'**Where a clean 10,000-article build spends its time** (from its log): the content guard 31 s, Astro’s content sync (parsing and rendering 10,000 Markdown bodies into the data store) 94 s, Vite 17 s, generating the 15,708 pages and images 528 s, Pagefind 47 s. Plain Astro needs 76 s for all of it, Hugo 5 s. Every figure below is from this run unless it says otherwise.',
	'**Fixed while benchmarking, in earlier runs:** `src/lib/content/article-order.ts` sorted all articles again for every article page; `findEntityProblems` compiled the entity matcher once per article; the home, tag, genre and outlet pages listed every article (the home page alone was 1.5 MB gzip at 10,000). Fixed since the last run: the search page (below); the comparison, claims, quotes, timeline and entity pages, which held every article (at 10,000 articles /compare/ was 90 MB, /claims/ 38 MB, /timeline/ 14 MB, /quotes/ 12 MB, the busiest entity page 9.5 MB) and are now split into pages of a fixed size (src/lib/routing/pagination.ts: ten articles side by side, at most twenty claims and ten article columns, fifty quotes, sixty timeline entries, twenty-five mentioning articles; tests/build/pagination-build.test.ts checks them on a generated 157-article archive); related articles found through a tag index instead of every article per page; the content guard parsing each body once instead of twice; social images drawn in a worker thread while the pages render. Together: the clean 10,000-article build went from 1,362 s wall (941 CPU s, on a loaded machine) to 727 s (996 CPU s, quiet), the cached one from 476 s (509 CPU s) to 365 s (426 CPU s), and the output from 1.28 GB to 1.23 GB.',
	'**Found after this run** (not in the tables above): every article page sorted all entities by name twice (`getEntities()`, in the page and in its entity list) and walked all of them to find the few the article mentions — quadratic, at 10,000 articles 2 × 10,000 sorts of 2,030 entities. `src/lib/content/entities.ts` now reads and sorts them once per build and `entitiesOfArticle` looks them up from the article’s own mentions. And the social images now have one worker per core, not one fewer: at 1,000 articles one worker was busy for the whole page generation while the main thread waited for it. A clean 10,000-article build with both, on the same corpus and machine right after this run (`CONTENT_DIR=bench/.work/corpus-10000 ASTRO_CACHE_DIR=<empty dir> /usr/bin/time -v node --max-old-space-size=12288 node_modules/astro/bin/astro.mjs build`): 547 s wall instead of 727, 749 CPU s (user + system, `time -v`), page generation 368 s instead of 528, largest process 5.4 GiB as before; the output is byte-identical on the real site. The next `npm run bench` will carry these figures into the tables.',
	'**Page generation, measured 2026-12-02** (a clean 10,000-article build profiled with `--cpu-prof`; scripts/bench/profile-summary.ts): work that grew with the archive squared is gone. Every entity page built a map of all 2,030 entities and its first page scanned every article for the entities named in the same paragraphs; the open data listed each entity’s articles by scanning every article, cutting snippets it threw away; every article page walked all 14,583 quotations and 10,030 timeline entries to find its own, and every entity page every quotation and claim position; related articles made an object for each article sharing a tag (one tag is on 2,882 articles); the comparison compiled each topic’s keywords once per article and copied the expression for every paragraph. Now, once per build (src/lib/content/once-per-build.ts): one mention index (`getMentionIndex`: the articles that mention each entity, and the paragraphs each pair of entities shares, counted once per paragraph), the entities by id, the quotations, positions and events grouped by article and by entity, related articles counted in one typed array, one expression per topic; each index has a property test against the scan it replaced, and the real site is byte-identical. The same 10,000-article build after these changes, on a machine where other processes took 21 % of the CPU: page generation (pages, images, data files) 297 s, against 528 s in the run above and 368 s after the fixes just above; content guard and sync 276 s; 864 CPU s for the process tree (sampled; `time -v` 747 s), peak 8.8 GiB for the tree and 4.8 GiB for the largest process under an 8 GiB heap. That run stopped in its last step, Pagefind’s “Did you mean” vocabulary (128,000 words spread into `Math.max` overflowed the stack; fixed since in src/lib/search/suggestions.ts), so it has no complete total. At 1,000 articles, clean, same bench corpus, on a loaded machine (others 42–78 % of the CPU): before these changes, ours 88.2 CPU s against plain Astro 29.4 + Pagefind CLI 5.8 (2.5×); after, 87.0 against 28.3 + 5.0 (2.6×; others took 51–67 % of the CPU): no change beyond the noise, since at that size the quadratic work was a few seconds; the entity and article pages and entities.json of that corpus are byte-identical before and after. The gain shows at 10,000. What is left, largest first, from the 10,000-article profile (main thread): the content guard 116 s and Markdown during content sync about 190 s; compiling the data store’s JavaScript module at the first `getCollection` 55 s (the store, below); garbage collection 47 s; Astro’s own page rendering about 15 s; related articles 13 s (before the last change, which cut them to about a third over the corpus’s tags); the open data 11 s to assemble and 8 s to validate and serialise; `getEntry` 7 s; Astro’s CSP hashes of each page’s inline styles 5.5 s; takumi’s card drawing 10 s on the main thread. Plain Astro + Pagefind took 166 CPU s at 10,000, so the 1.5× target is about 250 CPU s: content sync and the guard alone take more than that now, and page generation is no longer the largest part.',
	'**The content guard runs in every build, clean or cached** (updated 2026-12-02): `findContentProblems` (src/lib/validation/content-validation.ts) read, parsed and checked every file each time, 31 s at 10,000 articles; parsing the Markdown bodies was about 10 of its 14 s at 1,000 (CPU profile). What it finds in each body (its problems and its text model) is now kept in Astro’s cache dir (`content-guard/`, one file per body, named by a digest of the guard’s code and packages, the file’s path and the body: src/lib/validation/body-check-cache.ts), so a cached build parses only the bodies that changed; the checks across files run whole on the cached text models, a cached body’s problems are reported again, and a cache file that cannot be read is ignored (tests/unit/body-check-cache.test.ts). At 1,000 articles the guard’s part of a cached build (build start to its log line) went from about 11 s to about 4 s.',
	'**Astro’s data store** (measured 2026-12-02 at 1,000 articles, `data-store.json`): 22,035,802 bytes (22.0 KB an article) before, 15,947,166 (15.9 KB) after, against 12.6 KB for plain Astro. Mentions were already offsets into the text model (`[block, start, end]`, snippets cut from it where pages and open data show them); what went is the raw file text of every entry (`retainBody: false` in src/content.config.ts: nothing reads it from the store, the guard reads the files itself) and each text block’s sentence offsets (split again from the text when a page first asks, `sentencesOf`). The real site’s pages are byte-identical. The wall: Astro embeds the store in the build as `JSON.parse("…")` in one module, escaping adds about 3 %, and V8’s longest string is 2^29 − 24 characters (about 537 million): about 23,700 articles at 22.0 KB, about 32,700 at 15.9 KB. So 30,000 fit, with little room; beyond that the text model has to leave the store (or Astro’s chunked storage has to become fast).',
	'**The entity matcher** (src/lib/text/entity-matcher.ts, 2026-12-02) was one regular expression of every spelling; with the 2,030 entities of the 10,000-article corpus it was 43,000 characters, past what V8 compiles to machine code, and content sync spent 38 s in it. Each spelling is now filed under its first word, and each word that starts a word in the text is looked up there, so the cost follows the text. Over every body of the corpus, one thread, CPU seconds: 1,000 articles and 230 entities 0.43 before, 0.41 after; 10,000 articles and 2,030 entities 20.9 before, 4.6 after, the same 265,805 mentions. A property test (tests/unit/entity-matcher.test.ts) checks it against the old expression on random spellings and texts.',
	'**Measured together at 1,000 articles** (2026-12-02, corpus seed 1, `astro build` with an empty cache and then again with it, CPU of the whole process tree as the bench takes it): before (main at 94afa8f) clean 84.8 CPU s / 73 s wall, cached 55.4 CPU s / 61 s; after (d1df806) clean 73.8 / 57 s, cached 38.8 / 31 s; peak memory of the tree 1.80 and 1.75 GiB. The machine was busier during the before runs (other processes took 17 % and 48 % of its CPU, against 2–3 % after), which inflates CPU time somewhat, and the after code also holds other changes that landed in between (analysis indexes built once, the timeline chart), so not all of the difference is the store, the matcher and the guard cache.',
	'**Cached builds now restore what did not change** (measured after this run, 2026-12-02): Astro 7’s `experimental.incrementalBuild` is on, with a cache key per page, social image and open-data file made of exactly what it shows (src/lib/routing/cache-keys.ts, src/lib/content/shown.ts; tests/build/incremental-build.test.ts checks that a rebuilt site is byte for byte a clean build’s). On seed 1 at 500 articles, on a loaded machine (other processes took about 70 % of the CPU): editing one article’s text and building again took 25.2 CPU s of the process tree (39 s wall) and rendered 37 files while restoring 1,309 — the article, the pages that show its data (its tags’ and the home page’s cards only when their fields change, the first pages of the entities it mentions, its analysis pages), the open-data files and the single pages that have no key; plain Astro’s rebuild and its Pagefind CLI run took 9.4 + 3.1 = 12.4 CPU s, so 2.0×, at the edge of the target. The unchanged rebuild took 23.0 CPU s (the clean build 45.6). Before, with the keys on articles and social images only, 1,999 of 2,614 routes were restored at 1,000 articles (29.8 CPU s); now every route but the single pages has a key. What an edited build still does for every page: the content sync and Vite (about 7 s wall at 500), every route’s `getStaticPaths` with the analysis and the keys, copying each restored file from the cache into the staging folder (atomic publish starts from an empty one), and Pagefind (below). Not measured at 1,000 and 10,000 in this round: the shared machine’s lock for large builds was busy; the next `npm run bench` records the row at every size.',
	'**Pagefind re-indexes every page in every build**, edited or not: its API builds an index from scratch, with no way to add or replace one page in an existing bundle, so at 500 articles an edited build still reads all 822 pages and indexes 630 (about 12 of its 39 s wall, a third). Reusing the previous bundle is safe only when no page it reads changed, which never holds after an edit (the edited article is indexed), so it was not done. Next steps: hand Pagefind only the pages it indexes (those with `data-pagefind-body`, about three quarters of the pages) instead of the whole folder, and past one machine one index per shard merged in the browser (`mergeIndex`).',
	'**Memory**: the 10,000-article build peaked at 9.5 GiB (process tree) under the bench’s 12 GiB V8 heap limit, against 2.9 GiB for plain Astro. An earlier run with Node’s default limit (about 4 GiB here) was still going at 3.2–3.8 GiB after 7,159 of 12,500 pages, so much of the peak is garbage V8 has no reason to collect yet; what stays live is the content store (above), the social images in flight and the open-data texts (about 120 MB, made once per build). The 2 GB target is out of reach at 10,000 articles without the store fix; a build of that size needs `NODE_OPTIONS=--max-old-space-size=8192`. Measured again 2026-12-02: a clean 10,000-article build of d1df806 (the slimmer store, the new matcher and the guard cache) with Node’s default heap, no `--max-old-space-size` (`CONTENT_DIR=<corpus-10000> ASTRO_CACHE_DIR=<empty dir> node node_modules/astro/bin/astro.mjs build`), generated all pages without running out of heap: largest process 5,052 MiB (GNU time), process tree 8,249 MiB at its peak (sampled every 100 ms, Pagefind’s binary included), 866 CPU s and 1,130 s wall, with other processes taking 57 % of the machine’s CPU. Its data store was 161,551,290 bytes (16.2 KB an article). It then stopped in the search step, on the “Did you mean” vocabulary (maximum call stack size in src/lib/search/suggestions.ts), which main fixed in a178f5a while it ran. So the build of that size now fits the default heap, but not the 3 GiB target: the largest process holds about 1 GiB above its 4 GiB heap limit (native memory), and the tree about 3 GiB more; the next step is a heap profile of page generation. A 30,000-article corpus (3,000 entities, 429 MB, generated in 163 s by scripts/bench/corpus.ts) was not built: the shared build slot was taken until after 05:00. By the store size above it should pass the string wall (about 490 million characters expected).',
	'**Sharded builds, measured 2026-12-02 at 1,000 articles** (`npm run build:sharded`, README “Sharded builds”; bench corpus seed 1, CPU of the whole process tree sampled as the bench does, other processes 1–17 % of the CPU): a plain clean build 96.2 CPU s, 78.3 s wall, peak 1.65 GiB for the tree. Two shards, each stage alone one after another: prepare 25.1 + 23.6 CPU s, lists 32.1, pages 34.2 + 29.6, merge 14.5 (11.8 s wall): 159.1 CPU s in all, 1.65× the plain build, since each of the five jobs starts Vite or the content sync and reads and checks the whole archive. All stages at once with two processes at a time: 93.1 s wall, 147.8 CPU s, peak 2.44 GiB for the tree (1.2 GiB the largest process). The merged site is byte for byte the plain build’s (tests/build/sharded-build.test.ts). Search over all shards: Pagefind 1.6 has no merge in its Node API (`mergeIndex` is the browser’s), so the two ways are one pass over the merged site, 14.0 s wall, 6.6 MiB, or an index per job, 5.4 + 5.2 + 3.4 s (the longest 5.4 s in parallel jobs), 8.5 MiB in all, merged by every reader’s browser on each visit (measured on a loaded machine); the one pass is kept. The gain is past one machine: with a job per machine the wall time is the longest job plus the merge.',
	'**Pagefind** takes 50 s over our 15,708 pages against 26 s over plain Astro’s 10,138: it reads and parses every HTML file, 12,030 of which it indexes (articles and entity pages).',
	'**Article pages make 3 requests**: the HTML, one stylesheet and one script (the search shortcuts and the colour-scheme picker, 1.6 KB gzip, plus the inline colour-scheme switch); the favicon is a `data:` URL.',
	'**Social images** (src/lib/sharing/social-image/card.ts, one 1200×630 PNG per article) cost about 43 ms of CPU each: satori 11 ms (layout, text to outlines) on the main thread, then resvg 19 ms (rasterising) and 14 ms (PNG encoding), now in worker threads (src/lib/sharing/social-image/raster.ts), started when the image routes are listed (`warmSocialImageCache`), so they are drawn while the HTML pages render; the bytes are the same. About 430 CPU seconds at 10,000 articles, more than five plain Astro builds: the largest single difference from the plain peer, which has none. Cached builds draw only changed cards (kept in Astro’s cache dir, keyed by card and renderer).',
	'**Open data** (src/pages/data/) writes every article’s text again in articles.json (70 MB at 10,000 articles). Linear and modest next to the images; at scale, split it by year.',
	'**First search is now 298 KB in 20 requests** (was 629 KB in 27): the search page is our own small interface on Pagefind’s JavaScript API (src/scripts/search/page.ts) instead of its Component UI, loads the filter files only when a filter group is opened (they are 300 KB at 10,000 articles), and the data of five results at once, the rest as they near the viewport. What is left: Pagefind’s metadata file, 113 KB at 10,000 articles (about 9.4 bytes for each of the 12,030 indexed pages, loaded by every first search), the WebAssembly 60 KB, pagefind.js and its worker 26 KB, two index chunks for a two-word query (62 KB), five to seven fragments (one request each, 3–4 KB), and our page (HTML 12 KB, CSS 4 KB, JS 7 KB in three files).',
	'**First search, 2 December 2026** (measured at 500 articles with the bench’s browser measurement on a loaded machine, load average 6–7 on 2 cores; a 10,000-article build for it ran 47 minutes on that machine and then failed at its last step, see below): 232 KB gzip in 23 requests before, 225 KB in 21 after. Two changes: the results after the first five start loading only once those five are shown, instead of all ten of a wide window at once (two fragments fewer on that query, up to five on a common word); and the id → label map of every filter value, an attribute of the search page (about 1 KB gzip at 500 articles, about 7 KB at 10,000 by the same count of tags, outlets and authors), is a file of its own, /search/facets.json, fetched only when a filter is in play. Not taken, measured on the same build: Pagefind’s `noWorker` option saves pagefind-worker.js (12 KB, one request) but put the search on the page’s thread, and the first query took 1.9 s instead of 0.8 s at 4× CPU slowdown; `maxFragments` (1.6’s fragment bundling) makes things worse for a first search: at 50 files for 630 pages each file holds 13 pages (27 KB gzip), results fall into different files, so five results would cost about 135 KB instead of 15, and the metadata grows by 14 % (each page names its file). The `date` sort key is 17 % of the metadata (877 of 6,469 bytes at 500 articles; about 19 KB of the 113 at 10,000). What stands between this and ≤ 200 KB / ≤ 10 requests at 10,000: the two webfont files the results are set in (42 KB, 2 requests, cached for the rest of the site), Pagefind’s fixed files (pagefind.js, worker, entry, WebAssembly: 86 KB, 4 requests), an index chunk per word of the query (about 31 KB each: Pagefind cuts chunks at 20,000 word positions), one fragment per result shown (five requests; bundling them does not help, above) and the metadata. Next: sort by date without a Pagefind sort key (a page-order file loaded only when a date order is chosen), and a 10,000-article run of the bench to confirm the figures.',
	'**The 10,000-article build failed after rendering every page**: the vocabulary of “Did you mean …” took its largest word count with `Math.max(...counts)`, one argument per distinct word, and the generated archive’s hundreds of thousands of words overflowed the call stack (src/lib/search/suggestions.ts, fixed, with a test of 300,000 words). The atomic publish then published nothing, as it should; no 10,000-article build could have finished since that feature landed.',
	'**Search latency is now Pagefind’s own**: at 10,000 articles and 4× CPU slowdown, typing to the fifth result rendered takes 344 ms p95 for a first query and 201 ms for a follow-up (after the 150 ms typing debounce), against 5.6 s and 5.3 s through the Component UI; Pagefind’s JavaScript API alone, in the same page, takes 369 ms and 146 ms p95 (its first query includes loading the WebAssembly and metadata the search page loads on opening). The 150 ms and 50 ms targets are below what Pagefind itself needs on this CPU at 4× for 10,000 articles: a first query decodes two index chunks and the metadata in WebAssembly; a follow-up still decodes a chunk per new word prefix.',
	'**Plain Astro itself** takes 76 s (81 CPU s) for 10,000 articles with this unified pipeline, and 28 s cached; Hugo takes 5. The 60 s clean-build and 20 s cached-build targets at 10,000 articles cannot be met by an Astro build of this pipeline on 2 cores, ours or plain; they need sharded builds (see “Beyond one machine”).',
];

/** BENCHMARKS.md, from the results alone. */
export function renderMarkdown(results: BenchResults): string {
	const out: string[] = [];
	const push = (...lines: string[]) => out.push(...lines);
	const loaded = results.load.maxOtherCpuShare >= 0.1 || (results.load.atStart.loadavg[0] ?? 0) >= results.machine.nproc * 0.5;
	push('# Benchmarks', '');
	push('<!-- Written by `npm run bench` (scripts/bench/run.ts) from bench/results.json; do not edit by hand. -->', '');
	if (loaded) {
		push(
			`> **Note: these numbers were taken on a loaded machine.** Other processes took up to ${fmt(results.load.maxOtherCpuShare * 100)} % of the machine's CPU during a build (load average ${results.load.atStart.loadavg.join(' / ')} at the start, ${results.load.atEnd.loadavg.join(' / ')} at the end, on ${results.machine.nproc} cores). Times and latencies are inflated; sizes, byte counts and request counts are not affected. Re-run \`npm run bench\` on a quiet machine for the official figures.`,
			'',
		);
	}
	if (results.partial) push(`> This is a partial run (\`${results.command}\`): sizes ${results.sizes.join(', ')}. The official run is \`npm run bench\` (100, 1,000, 10,000 and 30,000 articles, peers and browser).`, '');

	push('## Machine and versions', '');
	push(`- Date: ${results.generatedAt.slice(0, 16).replace('T', ' ')} UTC${results.finishedAt ? ` (finished ${results.finishedAt.slice(11, 16)})` : ''}`);
	push(`- Machine: ${results.machine.nproc} cores (${results.machine.cpuModel}), ${results.machine.memoryGiB} GiB RAM, ${results.machine.kernel}`);
	push(`- Load average at start: ${results.load.atStart.loadavg.join(' / ')}; at end: ${results.load.atEnd.loadavg.join(' / ')}; other processes' largest CPU share during a build: ${fmt(results.load.maxOtherCpuShare * 100)} %`);
	push(`- Versions: ${Object.entries(results.versions).map(([k, v]) => `${k} ${v}`).join('; ')}`);
	push(`- Corpus: seed \`${results.seed}\`, generator version ${results.corpusVersion} (scripts/bench/corpus.ts)`, '');

	push('## Commands', '');
	push('```sh', 'npm run bench                      # the official run: 100, 1,000, 10,000 and 30,000 articles, peers, browser', 'npm run bench -- --quick           # 100 and 1,000 only', 'npm run bench -- --sizes 100,1000  # pick sizes; also --seed N, --skip-peers, --skip-browser, --profile, --no-write', 'npm run bench -- --browser-only --sizes 10000  # page weight and search only, against builds already in bench/.work/out/', '```', '');
	push(`This run: \`${results.command}\`. Everything the bench builds stays in \`bench/.work/\` (logs in \`bench/.work/logs/\`).`, '');
	push(
		'Each size: the corpus is generated and checked with `findContentProblems` (src/lib/validation/content-validation.ts); our site is built clean (empty cache dir and output) and then again with the same cache (`cached`), with `CONTENT_DIR`, `ASTRO_CACHE_DIR` and `--outDir` under bench/.work/. Times are wall-clock; memory is the peak of the summed RSS of the whole process tree (Node, Pagefind’s binary, workers), sampled every 100 ms (`/usr/bin/time -v`’s figure for the largest single process is in results.json). Pagefind time is the integration’s own `buildSearchIndex` timed on its own over the same output (it is part of our build time). Peers: a plain Astro site with the same unified Markdown plugins and no analysis (home, article and tag pages; scripts/bench/peers/plain-astro/), and Hugo (Goldmark) with the same three kinds of page; both indexed by the Pagefind CLI afterwards, and compared with our build including its indexing.',
		'',
	);

	push('## Targets', '');
	push('| what | target | measured | result |', '| --- | --- | --- | --- |');
	for (const t of evaluateTargets(results)) push(`| ${t.what} | ${t.target} | ${t.value}${t.note ? ` — ${t.note}` : ''} | ${mark(t.pass)} |`);
	push('', 'KB = 1,024 bytes; gzip at zlib’s default level 6, each response gzipped on its own.', '');

	push('## What limits the figures', '', ...findings.map((f) => `- ${f}`), '');

	push('## Corpora', '');
	push('| articles | words (min–max per article) | distinct words | entities | tags | quotes | claims | events | files | bytes | generated in | validated in |', '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
	for (const r of results.results) {
		const c = r.corpus;
		const files = Object.values(c.filesByCollection).reduce((a, b) => a + b, 0);
		push(`| ${fmt(r.size)} | ${fmt(c.words)} (${c.minWords}–${c.maxWords}) | ${fmt(c.distinctWords)} | ${fmt(c.entities)} | ${fmt(c.tags)} | ${fmt(c.filesByCollection.quotes)} | ${fmt(c.filesByCollection.claims)} | ${fmt(c.filesByCollection.events)} | ${fmt(files)} | ${mb(c.bytes)} | ${secs(r.generationSeconds)} | ${secs(r.validation.wallSeconds)} |`);
	}
	push('');

	push('## Builds', '');
	push('| articles | build | clean | CPU | peak memory | cached | CPU | peak memory | pages | pages/s (clean) | output | files | Pagefind | index | data store | CPU used by others |', '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
	if (results.real) {
		const b = results.real.build;
		push(`| 5 (real) | ours | ${runCells(b).join(' | ')} | — | — | — | ${fmt(results.real.pages)} | ${fmt(results.real.pages / b.wallSeconds, 1)} | — | — | — | — | — | ${fmt(b.otherCpuShare * 100)} % |`);
	}
	for (const r of results.results) {
		const rows: [string, BuildFigures | undefined][] = [
			['ours', r.ours],
			['plain Astro', r.plainAstro],
			['Hugo', r.hugo],
		];
		for (const [name, f] of rows) {
			if (!f) continue;
			const pagefindSeconds = f.pagefind?.seconds ?? f.pagefindCli?.wallSeconds;
			const pages = f.pages;
			push(
				`| ${fmt(r.size)} | ${name} | ${runCells(f.clean).join(' | ')} | ${runCells(f.cached).join(' | ')} | ${fmt(pages)} | ${pages ? fmt(pages / f.clean.wallSeconds, 1) : '—'} | ${mb(f.output?.bytes)} | ${fmt(f.output?.files)} | ${secs(pagefindSeconds)}${f.pagefindCli ? ' (CLI, after)' : ' (in build)'} | ${mb(f.pagefindIndex?.bytes, 2)} | ${mb(f.dataStoreBytes, 2)} | ${fmt(f.clean.otherCpuShare * 100)} % |`,
			);
		}
	}
	push(
		'',
		'“clean” and “cached” are wall-clock seconds; “CPU” is the CPU time (user + system) of the whole process tree, which a loaded machine inflates much less than wall time. “CPU used by others” is the share of the machine’s CPU that other processes took during the clean build. Hugo has no build cache for pages: its “cached” column is simply a second run. Peers’ Pagefind time is the CLI run after the build; ours is inside the clean time.',
		'',
	);

	if (results.results.some((r) => r.ours?.edited || r.plainAstro?.edited)) {
		push('### Edit one article, rebuild', '');
		push(
			'After the cached build, one article’s text is changed (a paragraph added at its end: `editArticle` in scripts/bench/corpus.ts) and the site is built again with the same cache; then the article is put back. Ours uses Astro’s incremental build with a cache key per page (src/lib/routing/cache-keys.ts), so it renders only the pages that show the edited article and restores the rest; the plain peer renders every page again, and its Pagefind CLI runs again after it.',
			'',
		);
		push('| articles | build | wall | CPU | peak memory | Pagefind after (CLI) | CPU in all | files restored | files rendered |', '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
		for (const r of results.results) {
			for (const [name, f] of [['ours', r.ours], ['plain Astro', r.plainAstro]] as const) {
				if (!f?.edited) continue;
				const after = f.editedPagefindCli;
				push(
					`| ${fmt(r.size)} | ${name} | ${runCells(f.edited).join(' | ')} | ${after ? `${secs(after.wallSeconds)} (${secs(after.cpuSeconds)} CPU)` : 'in the build'} | ${secs(f.edited.cpuSeconds + (after?.cpuSeconds ?? 0))} | ${f.editedRoutes ? fmt(f.editedRoutes.restored) : '—'} | ${f.editedRoutes ? fmt(f.editedRoutes.rendered) : '—'} |`,
				);
			}
	}
	push('');
	}

	push('### Ratios (ours ÷ peer; peers include their Pagefind run)', '');
	push('| articles | clean ÷ plain Astro | cached ÷ plain Astro | clean ÷ Hugo | clean CPU ÷ plain Astro | clean CPU ÷ Hugo | memory ÷ plain Astro | memory ÷ Hugo |', '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
	for (const r of results.results) {
		const x = (n: number | undefined) => (n === undefined ? '—' : `${fmt(n, 2)}×`);
		push(
			`| ${fmt(r.size)} | ${x(r.ratios?.cleanVsPlainAstro)} | ${x(r.ratios?.cachedVsPlainAstro)} | ${x(r.ratios?.cleanVsHugo)} | ${x(r.ratios?.cleanCpuVsPlainAstro)} | ${x(r.ratios?.cleanCpuVsHugo)} | ${x(r.ratios?.memoryVsPlainAstro)} | ${x(r.ratios?.memoryVsHugo)} |`,
		);
	}
	push('');
	for (const r of results.results) {
		for (const [name, f] of [['ours', r.ours], ['plain Astro', r.plainAstro], ['Hugo', r.hugo]] as const) {
			if (f && !f.ok) push(`**${name} failed at ${fmt(r.size)} articles.** Last lines of its log:`, '', '```', f.failure ?? '(no log)', '```', '');
		}
	}

	push('## Page weight (first load, empty cache)', '');
	push('Measured in headless Chromium against the build served on loopback by a byte-counting server; everything the page requests until the network is idle. Cells: gzip (raw). Inline `<script>` counts as JS and inline `<style>` as CSS, not HTML.', '');
	for (const [label, pages] of Object.entries(results.pageWeight)) {
		push(`### ${label === 'real' ? 'The real 5-article site' : `${Number(label).toLocaleString('en')} articles`}`, '', weightTable(pages), '');
	}

	const s = results.search;
	const cards = results.socialCards;
	if (cards) {
		push('## Social images', '');
		push(
			`One 1200×630 PNG per article, drawn at build time by takumi (a native renderer: layout, text and PNG encoding in one call, off the JavaScript thread), measured alone by \`scripts/bench/social-cards.ts\` over ${fmt(cards.cards)} article cards with titles of 20–300 characters: **${fmt(cards.cpuMsPerCard, 1)} ms of CPU a card** (user + system of the whole process, the renderer's threads included), ${fmt(cards.wallMsPerCard, 1)} ms wall, ${kb(cards.meanBytes)} a PNG on average; the first card, which loads the fonts, ${fmt(cards.firstCard.cpuMs)} ms. The satori + resvg renderer it replaced took 43–55 ms of CPU a card on this machine (layout 11–14 ms, rasterising 18–19 ms, PNG encoding 12–14 ms) and wrote PNGs about 2.5× larger. Cached builds draw only changed cards (kept in Astro's cache dir, keyed by card and renderer).`,
			'',
		);
	}

	push('## Search cost', '');
	if (s) {
		push(
			`Against the ${s.size.toLocaleString('en')}-article build, through the search page’s UI (\`/search/\`, the site’s own interface on Pagefind’s JavaScript API): bytes and requests from opening the search page to the fifth result rendered (empty cache, no throttling — bytes do not depend on it), and latency from typing a query (one \`input\` event) to the fifth result rendered, over ${s.firstQuery.samples.length} varied queries (common, mid and rare words, entity names), with the CPU slowed ${s.cpuSlowdown}× by CDP \`Emulation.setCPUThrottlingRate\`. A fresh page for each first query, typed once the page is ready (src/scripts/search/page.ts focuses the field at once, loads Pagefind and then marks itself ready); the follow-up is the next query typed into the same page. The UI waits ${s.debounceMs} ms after typing before it searches (its debounce); the targets are judged on the latency less that wait. Measured slowdown of a fixed loop under the throttle: ${s.calibration.mainThread}× on the main thread, ${s.calibration.worker}× in a worker (Pagefind searches in a worker; CDP cannot throttle workers separately).`,
			'',
		);
		push('| | requests | gzip | raw |', '| --- | ---: | ---: | ---: |');
		push(`| first search: page + query “${s.firstSearch.query}” to five results | ${s.firstSearch.requests} | ${kb(s.firstSearch.gzip.total)} | ${kb(s.firstSearch.bytes.total)} |`);
		push(`| of which after typing (index, fragments) | ${s.afterTyping.requests} | ${kb(s.afterTyping.gzip)} | ${kb(s.afterTyping.bytes)} |`);
		push(`| of which Pagefind files (worker included) | ${s.firstSearch.pagefindRequests} | ${kb(s.firstSearch.files.filter((f) => f.url.startsWith('/pagefind/')).reduce((t, f) => t + f.gzip, 0))} | ${kb(s.firstSearch.files.filter((f) => f.url.startsWith('/pagefind/')).reduce((t, f) => t + f.bytes, 0))} |`);
		push('');
		push('| latency at 4× slowdown | median | p95 | max | less debounce: median | p95 |', '| --- | ---: | ---: | ---: | ---: | ---: |');
		if (s.open) push(`| opening the search page until it is ready for typing (it loads the index first) | ${s.open.median} ms | ${s.open.p95} ms | ${s.open.max} ms | | |`);
		push(`| first query (UI) | ${s.firstQuery.median} ms | ${s.firstQuery.p95} ms | ${s.firstQuery.max} ms | ${s.firstQuery.searchMs.median} ms | ${s.firstQuery.searchMs.p95} ms |`);
		push(`| follow-up query (UI) | ${s.followUp.median} ms | ${s.followUp.p95} ms | ${s.followUp.max} ms | ${s.followUp.searchMs.median} ms | ${s.followUp.searchMs.p95} ms |`);
		push(`| first query, Pagefind JS API (load + search + 5 × data) | ${s.api.firstQuery.median} ms | ${s.api.firstQuery.p95} ms | ${s.api.firstQuery.max} ms | | |`);
		push(`| follow-up, Pagefind JS API | ${s.api.followUp.median} ms | ${s.api.followUp.p95} ms | ${s.api.followUp.max} ms | | |`);
		push('');
		push('Requests of the first search:', '', '| request | bytes | gzip |', '| --- | ---: | ---: |');
		for (const f of s.firstSearch.files) push(`| \`${f.url.length > 60 ? `${f.url.slice(0, 57)}…` : f.url}\` | ${fmt(f.bytes)} | ${fmt(f.gzip)} |`);
		push('', `Queries: ${s.firstQuery.queries.map((q) => `“${q}”`).join(', ')}.`);
		const failures = [...s.firstQuery.failures, ...s.followUp.failures];
		if (failures.length) push('', `Failed queries: ${failures.join('; ')}.`);
		push('');
	} else {
		push('Not measured in this run.', '');
	}

	const p = projections(results);
	push('## Beyond one machine', '');
	if (p) {
		const n = (v: number | undefined) => (v === undefined ? '—' : fmt(v));
		push(
			`Per-article costs from the two largest sizes that built (${n(p.fromSize)} → ${n(p.toSize)} articles), as the slope between them; the fixed part is what the site costs with no articles. These come from the measured runs above${loaded ? ' (taken on a loaded machine, so the time slopes are pessimistic)' : ''}.`,
			'',
		);
		push('| cost | per article | fixed |', '| --- | ---: | ---: |');
		push(`| clean build, CPU time | ${fmt((p.cleanSecondsPerArticle ?? NaN) * 1000, 2)} ms | ${secs(p.cleanFixedSeconds)} |`);
		push(`| clean build, wall time (this run) | ${fmt((p.cleanWallSecondsPerArticle ?? NaN) * 1000, 2)} ms | ${secs(p.cleanWallFixedSeconds)} |`);
		push(`| cached build, CPU time | ${fmt((p.cachedSecondsPerArticle ?? NaN) * 1000, 2)} ms | ${secs(p.cachedFixedSeconds)} |`);
		push(`| content validation (content guard, in every build), CPU time | ${fmt((p.validationSecondsPerArticle ?? NaN) * 1000, 2)} ms | |`);
		push(`| peak memory (tree RSS) | ${fmt((p.memoryMiBPerArticle ?? NaN) * 1024, 1)} KiB | ${fmt(p.memoryFixedMiB)} MiB |`);
		push(`| Astro data store (data-store.json) | ${kb(p.dataStoreBytesPerArticle, 1)} | |`);
		push(`| output | ${kb(p.outputBytesPerArticle, 1)} | |`);
		push(`| Pagefind index | ${kb(p.pagefindBytesPerArticle, 2)} | |`);
		push(`| Pagefind metadata (pf_meta, loaded by every first search) | ${fmt(p.pagefindMetaBytesPerArticle, 1)} B | |`);
		push(`| Pagefind indexing, CPU time | ${fmt((p.pagefindSecondsPerArticle ?? NaN) * 1000, 3)} ms | |`);
		push('');
		push('Where one build machine (2 cores, 24 GiB) stops, extrapolating linearly (build times from CPU time, as on a quiet machine; 0 means the fixed part alone is over the limit):', '');
		push('| limit | reached at about |', '| --- | ---: |');
		push(`| clean build 60 s (target) | ${n(p.articlesAt60sClean)} articles |`);
		push(`| cached build 20 s (target) | ${n(p.articlesAt20sCached)} articles |`);
		push(`| peak memory 2 GiB (target) | ${n(p.articlesAt2GiB)} articles |`);
		push(`| peak memory ≈ 4 GiB (Node’s default heap limit here; the build dies past it without \`--max-old-space-size\`) | ${n(p.articlesAtHeapLimit)} articles |`);
		push(`| peak memory 24 GiB (the machine) | ${n(p.articlesAt24GiB)} articles |`);
		push(`| data-store.json ≈ 512 MiB (V8’s longest string: Astro reads the single-file store as one string) | ${n(p.articlesAtDataStoreStringLimit)} articles |`);
		push(`| clean build 1 hour | ${n(p.articlesAtOneHourClean)} articles |`);
		push(`| Pagefind metadata at 100,000 articles | ${kb(p.metaBytesAt100k)} raw, fetched by every first search |`);
		push('');
	} else {
		push('Needs at least two sizes that built; not computed in this run.', '');
	}
	push(
		'How to go past it:',
		'',
		'- **Sharded builds** (built: README “Sharded builds”, `npm run build:sharded`). The articles are split by a hash of their id; each shard renders and checks its own Markdown, then builds its article pages and social images from every shard’s rendered entries, one more job builds the pages that list across shards, and a merge lays the parts side by side. The merged site is byte for byte the plain build’s; on one 2-core machine it costs 1.65× the CPU (measured above at 1,000 articles), so it pays only with a job per machine. Not yet run at 10,000.',
		'- **Search across shards.** The merge indexes the merged site in one Pagefind pass (Pagefind 1.6’s Node API has no merge); an index per shard merged in the reader’s browser with `pagefind.mergeIndex()` was measured and not taken (above).',
		'- **Astro’s data store.** The single `data-store.json` is parsed and rewritten whole; at scale use Astro 7’s `experimental.collectionStorage: "chunked"`, which splits it into parts (and removes the one-string limit). `experimental.incrementalBuild` is on: a cached build renders only the pages whose cache key (what they show) changed.',
		'- **Pages that list every article** (home, tags, genres, outlets, and the comparison, claims, quotes, timeline and entity pages) are split into pages of a fixed size with Astro’s `paginate()` (src/lib/routing/pagination.ts), so no single page grows with the corpus; what still grows is their number, and the work of building the lists, which is linear.',
		'',
	);
	// A browser-only run merged in brings its own copy of the notes both runs share.
	if (results.notes.length) push('## Notes', '', ...[...new Set(results.notes)].map((n) => `- ${n}`), '');
	return `${out.join('\n').trimEnd()}\n`;
}

// Re-render from a results file, optionally merging the browser figures of a `--browser-only` run:
// node --import ./scripts/ts-hooks.mjs scripts/bench/report.ts [bench/results.json] [bench/.work/results-browser.json]
// writes BENCHMARKS.md (and, when merging, the merged results to bench/results.json).
if (import.meta.url === `file://${process.argv[1]}`) {
	const { readFile, writeFile } = await import('node:fs/promises');
	const file = process.argv[2] ?? 'bench/results.json';
	const results = JSON.parse(await readFile(file, 'utf8')) as BenchResults;
	const browserFile = process.argv[3];
	if (browserFile) {
		const browser = JSON.parse(await readFile(browserFile, 'utf8')) as BenchResults;
		results.pageWeight = { ...results.pageWeight, ...browser.pageWeight };
		results.search = browser.search ?? results.search;
		results.notes.push(`Page weight and search were measured by a separate \`${browser.command}\` run (${browser.generatedAt.slice(0, 16).replace('T', ' ')} UTC) against the outputs this run built.`, ...browser.notes);
		await writeFile('bench/results.json', `${JSON.stringify(results, null, '\t')}\n`);
	}
	await writeFile('BENCHMARKS.md', renderMarkdown(results));
	console.log(`BENCHMARKS.md rendered from ${file}${browserFile ? ` and ${browserFile}` : ''}`);
}
