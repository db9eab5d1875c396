/**
 * The merge of a sharded build (README, "Sharded builds"): the outputs of the pages stage's jobs (the lists job
 * and one job per shard) laid side by side into one site folder, the search index written once over the whole
 * of it, and the site published atomically in place of the previous one.
 *
 * Refused, naming what is wrong, and leaving the published site as it was:
 * - a job's output missing, or built from other shard files than the rest (its note, `.shard-job.json`);
 * - one file made by two jobs with different bytes (the shared `_astro/` files are made by every job, the same);
 * - an article without its page or its social image.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { publishFolders, publishStaged } from '../../src/integrations/atomic-publish.ts';
import { buildSearchIndex, bundleDirName, type SearchIndexSummary } from '../../src/integrations/pagefind.ts';
import { listFiles, shardJobNoteName, type ShardJobNote, shardRunDigest } from '../../src/integrations/shard-output.ts';
import { readShardIds } from '../../src/lib/content/shard-entries.ts';
import { articleHref, articleSocialImageHref } from '../../src/lib/routing/routes.ts';

/** Options of {@link mergeShards}. */
export interface MergeOptions {
	/** The folder of the shard files (stage 1). */
	entriesDir: string;
	/** The folder holding one output folder per job of the pages stage, named `lists`, `1-of-N`, … */
	jobsDir: string;
	/** Where the site is published (`dist`). */
	target: string;
	/** Also index each job's output alone, to compare with the one pass over the whole site (see {@link SearchComparison}). */
	compareSearch?: boolean;
	log?: (line: string) => void;
}

/**
 * Wall time of one step. (CPU time is left to the bench, which samples the whole process tree: Pagefind's
 * binary is a child that is reaped only after the step, so this process's own count would miss it.)
 */
export interface StepCost {
	wallSeconds: number;
}

async function measured<T>(work: () => Promise<T> | T): Promise<[T, StepCost]> {
	const start = performance.now();
	const result = await work();
	return [result, { wallSeconds: (performance.now() - start) / 1000 }];
}

/**
 * The two ways to one search over all shards. Pagefind 1.6 merges indexes only in the browser
 * (`pagefind.mergeIndex(url)` in the search page), not in its Node API; so the alternative to one pass over the
 * merged site is an index per job, built inside the jobs (in parallel), which the search page would merge on
 * every visit.
 */
export interface SearchComparison {
	/** One pass over the merged site (what is published). */
	finalPass: StepCost;
	/** Each job's output indexed alone. */
	perJob: (StepCost & { job: string; pages: number; bytes: number })[];
}

/** What {@link mergeShards} did. */
export interface MergeSummary {
	jobs: string[];
	files: number;
	/** Files made by more than one job with the same bytes (the shared scripts and styles). */
	sharedFiles: number;
	copy: StepCost;
	search: SearchIndexSummary & StepCost;
	comparison?: SearchComparison;
}

/** The note of a job's output, refused when it is missing or of another run. */
function checkJobOutput(dir: string, job: string, run: string): void {
	const fix = `Run the pages stage again for every job (scripts/shard/build.ts --stage pages --shard k/N, and --stage lists) from the same shard files.`;
	const notePath = path.join(dir, shardJobNoteName);
	if (!existsSync(notePath)) throw new Error(`The output of the job "${job}" is missing (${notePath} not found): the site would lack its pages. ${fix}`);
	const note = JSON.parse(readFileSync(notePath, 'utf8')) as ShardJobNote;
	if (note.job !== job) throw new Error(`${dir} holds the output of the job "${note.job}", not of "${job}". ${fix}`);
	if (note.run !== run) throw new Error(`The output of the job "${job}" in ${dir} was built from other shard files than the ones in the shard folder: it would mix two versions of the archive. ${fix}`);
}

/** Lays the jobs' outputs side by side into `staging`, refusing a file two jobs made differently. */
function layOut(jobsDir: string, jobs: string[], staging: string): { files: number; shared: number } {
	const madeBy = new Map<string, string>();
	let shared = 0;
	for (const job of jobs) {
		const dir = path.join(jobsDir, job);
		for (const file of listFiles(dir)) {
			if (file === shardJobNoteName) continue;
			const source = path.join(dir, file);
			const destination = path.join(staging, file);
			const other = madeBy.get(file);
			if (other !== undefined) {
				if (!readFileSync(source).equals(readFileSync(destination))) {
					throw new Error(`The file ${file} was made by the jobs "${other}" and "${job}" with different bytes: the site would depend on which is copied last. Both jobs must render it from the same content and code; build every job again from the same commit and shard files.`);
				}
				shared++;
				continue;
			}
			mkdirSync(path.dirname(destination), { recursive: true });
			copyFileSync(source, destination);
			madeBy.set(file, job);
		}
	}
	return { files: madeBy.size, shared };
}

/** The file of a page's address in the output (`/articles/x/` → `articles/x/index.html`). */
const fileOfHref = (href: string) => (href.endsWith('/') ? `${href.slice(1)}index.html` : href.slice(1));

/** Merges the jobs' outputs into `target`; see the module comment. */
export async function mergeShards({ entriesDir, jobsDir, target, compareSearch = false, log = () => {} }: MergeOptions): Promise<MergeSummary> {
	const { count, ids } = readShardIds(entriesDir);
	const run = shardRunDigest(entriesDir);
	const jobs = ['lists', ...Array.from({ length: count }, (_, index) => `${index + 1}-of-${count}`)];
	for (const job of jobs) checkJobOutput(path.join(jobsDir, job), job, run);

	const { staging } = publishFolders(path.resolve(target));
	rmSync(staging, { recursive: true, force: true });
	let published = false;
	try {
		const [{ files, shared }, copy] = await measured(() => layOut(jobsDir, jobs, staging));
		const missing = ids.flatMap((id) => [articleHref(id), articleSocialImageHref(id)].map(fileOfHref).filter((file) => !existsSync(path.join(staging, file))));
		if (missing.length > 0) {
			throw new Error(`${missing.length === 1 ? 'A file' : `${missing.length} files`} of the articles' own pages ${missing.length === 1 ? 'is' : 'are'} missing from the jobs' outputs, e.g. ${missing.slice(0, 3).join(', ')}: every article needs its page and its social image. Run the pages stage again for the shard of each.`);
		}
		log(`laid out ${files} files from ${jobs.length} jobs (${shared} shared files the same in each) in ${copy.wallSeconds.toFixed(1)} s`);

		const [summary, searchCost] = await measured(() => buildSearchIndex(staging, { logger: { info: log, error: log } }));
		const merged: MergeSummary = { jobs, files, sharedFiles: shared, copy, search: { ...summary, ...searchCost } };

		if (compareSearch) {
			const perJob: SearchComparison['perJob'] = [];
			for (const job of jobs) {
				const dir = path.join(jobsDir, job);
				try {
					const [jobSummary, cost] = await measured(() => buildSearchIndex(dir));
					perJob.push({ job, pages: jobSummary.pagesIndexed, bytes: jobSummary.bytes, ...cost });
				} finally {
					rmSync(path.join(dir, bundleDirName), { recursive: true, force: true });
				}
			}
			merged.comparison = { finalPass: searchCost, perJob };
			const sum = perJob.reduce((total, step) => total + step.wallSeconds, 0);
			const longest = Math.max(...perJob.map((step) => step.wallSeconds));
			const sizes = perJob.reduce((total, step) => total + step.bytes, 0);
			log(`search: one pass over the merged site ${searchCost.wallSeconds.toFixed(1)} s, ${(summary.bytes / 1024).toFixed(0)} KiB; an index per job ${sum.toFixed(1)} s one after another, the longest ${longest.toFixed(1)} s, ${(sizes / 1024).toFixed(0)} KiB in all`);
		}

		await publishStaged(staging, path.resolve(target));
		published = true;
		log(`published ${path.relative(process.cwd(), path.resolve(target)) || target}/`);
		return merged;
	} finally {
		if (!published) rmSync(staging, { recursive: true, force: true });
	}
}
