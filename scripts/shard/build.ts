/**
 * A sharded build (README, "Sharded builds"): the same site as `astro build`, made by several Astro builds that
 * can run side by side, here as parallel processes or in CI as the jobs of a matrix
 * (.github/workflows/sharded-build.yml runs exactly these stages, one per job).
 *
 *   npm run build:sharded -- --shards 2               every stage, here, the jobs of a stage in parallel
 *   npm run build:sharded -- --stage prepare --shard 1/2   stage 1 for shard 1 of 2: its guard and its Markdown
 *   npm run build:sharded -- --stage pages --shard 1/2     stage 2: shard 1's article pages and social images
 *   npm run build:sharded -- --stage lists                 stage 2: every page across the articles
 *   npm run build:sharded -- --stage merge                 the jobs' outputs into one site, searched, published
 *
 * Options: --work <dir> (default shard-build/, inside the project: Astro writes a build's server chunks beside
 * its output only when the output is inside the project, so parallel builds need their outputs there),
 * --out <dir> (default dist/), --jobs <n> (parallel processes, default the number of cores), --compare-search
 * (the merge also indexes each job's output alone and reports both costs).
 *
 * Stage 1 writes <work>/entries/ (the shards' rendered articles and guard findings), stage 2 writes
 * <work>/jobs/<job>/ (each a folder of pages); each job has its own Astro cache in <work>/cache/<job>/.
 * Any job that fails stops the build with its output, and the merge never runs: the published site stays.
 */
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pMap from 'p-map';
import { parseShardNumber } from '../../src/lib/routing/shard.ts';
import { mergeShards } from './merge.ts';

const root = process.cwd();
const astroBin = path.join(root, 'node_modules/astro/bin/astro.mjs');

/** One process of a stage: what it is called in the log, the Astro command, and its job's environment. */
interface StageJob {
	name: string;
	command: 'sync' | 'build';
	env: Record<string, string>;
	outDir?: string;
}

/** The folders of a sharded build under the work folder. */
export function shardFolders(work: string) {
	return { entries: path.join(work, 'entries'), jobs: path.join(work, 'jobs'), cache: path.join(work, 'cache') };
}

function prepareJob(work: string, index: number, count: number): StageJob {
	const folders = shardFolders(work);
	const name = `prepare-${index}-of-${count}`;
	return {
		name,
		command: 'sync',
		env: { SITE_SHARD: `${index}/${count}`, SITE_SHARD_STAGE: 'prepare', SITE_SHARD_ENTRIES: folders.entries, ASTRO_CACHE_DIR: path.join(folders.cache, name) },
	};
}

function pagesJob(work: string, shard: { index: number; count: number } | 'lists'): StageJob {
	const folders = shardFolders(work);
	const name = shard === 'lists' ? 'lists' : `${shard.index}-of-${shard.count}`;
	return {
		name,
		command: 'build',
		env: { SITE_SHARD: shard === 'lists' ? 'lists' : `${shard.index}/${shard.count}`, SITE_SHARD_STAGE: 'pages', SITE_SHARD_ENTRIES: folders.entries, ASTRO_CACHE_DIR: path.join(folders.cache, name) },
		outDir: path.join(folders.jobs, name),
	};
}

/** Runs one job's Astro process, its output prefixed with the job's name; resolves with its exit code. */
function runJob(job: StageJob): Promise<{ job: StageJob; code: number | null; output: string }> {
	const args = [astroBin, job.command, ...(job.outDir ? ['--outDir', job.outDir] : [])];
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...job.env }, stdio: ['ignore', 'pipe', 'pipe'] });
		let output = '';
		const echo = (chunk: Buffer) => {
			const text = chunk.toString();
			output += text;
			for (const line of text.split('\n')) if (line.trim() !== '') process.stdout.write(`[${job.name}] ${line}\n`);
		};
		child.stdout.on('data', echo);
		child.stderr.on('data', echo);
		child.on('error', reject);
		child.on('close', (code) => resolve({ job, code, output }));
	});
}

/** Runs the jobs of one stage, at most `parallel` at a time; throws naming every job that failed. */
async function runStage(stage: string, jobs: StageJob[], parallel: number): Promise<void> {
	const results = await pMap(jobs, runJob, { concurrency: Math.max(1, parallel) });
	const failed = results.filter((result) => result.code !== 0).map((result) => result.job.name);
	if (failed.length > 0) {
		throw new Error(`The ${stage} stage failed in ${failed.map((name) => `"${name}"`).join(', ')} (its messages are above, prefixed with its name): nothing was published, and the site in place stays as it was.`);
	}
}

/** Reads `k/N`, as `SITE_SHARD` is read (src/lib/routing/shard.ts). */
function parseShard(value: string): { index: number; count: number } {
	const shard = parseShardNumber(value);
	if (!shard) throw new Error(`--shard ${value}: write k/N, shard k of N (e.g. 1/2).`);
	return shard;
}

/** Options of {@link shardedBuild}, as on the command line. */
export interface ShardedBuildOptions {
	/** Every stage with this many shards, or one stage. */
	shards?: number | undefined;
	stage?: 'prepare' | 'pages' | 'lists' | 'merge' | undefined;
	shard?: string | undefined;
	work?: string | undefined;
	out?: string | undefined;
	jobs?: number | undefined;
	compareSearch?: boolean | undefined;
}

/** Runs a sharded build, or one stage of one; see the module comment. */
export async function shardedBuild(options: ShardedBuildOptions): Promise<void> {
	const work = path.resolve(root, options.work ?? 'shard-build');
	if (!work.startsWith(root + path.sep)) throw new Error(`--work ${options.work}: the work folder must be inside the project (${root}), where Astro keeps each build's server chunks beside its output.`);
	const out = path.resolve(root, options.out ?? 'dist');
	const parallel = options.jobs ?? availableParallelism();
	const folders = shardFolders(work);
	const merge = async () => {
		const summary = await mergeShards({ entriesDir: folders.entries, jobsDir: folders.jobs, target: out, compareSearch: options.compareSearch ?? false, log: (line) => console.log(`[merge] ${line}`) });
		if (summary.comparison) console.log(`[merge] search comparison: ${JSON.stringify(summary.comparison)}`);
	};
	if (options.stage) {
		if (options.stage === 'merge') return merge();
		if (options.stage === 'lists') return runStage('pages', [pagesJob(work, 'lists')], 1);
		if (!options.shard) throw new Error(`--stage ${options.stage} needs --shard k/N.`);
		const shard = parseShard(options.shard);
		return runStage(options.stage, [options.stage === 'prepare' ? prepareJob(work, shard.index, shard.count) : pagesJob(work, shard)], 1);
	}
	const count = options.shards ?? 2;
	if (!Number.isInteger(count) || count < 1) throw new Error(`--shards ${options.shards}: a whole number of shards, 1 or more.`);
	const shards = Array.from({ length: count }, (_, index) => ({ index: index + 1, count }));
	await runStage('prepare', shards.map((shard) => prepareJob(work, shard.index, shard.count)), parallel);
	await runStage('pages', [pagesJob(work, 'lists'), ...shards.map((shard) => pagesJob(work, shard))], parallel);
	await merge();
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const { values } = parseArgs({
		options: {
			shards: { type: 'string' },
			stage: { type: 'string' },
			shard: { type: 'string' },
			work: { type: 'string' },
			out: { type: 'string' },
			jobs: { type: 'string' },
			'compare-search': { type: 'boolean' },
		},
	});
	const stages = ['prepare', 'pages', 'lists', 'merge'];
	try {
		if (values.stage !== undefined && !stages.includes(values.stage)) throw new Error(`--stage ${values.stage}: one of ${stages.join(', ')}.`);
		await shardedBuild({
			shards: values.shards === undefined ? undefined : Number(values.shards),
			stage: values.stage as ShardedBuildOptions['stage'],
			shard: values.shard,
			work: values.work,
			out: values.out,
			jobs: values.jobs === undefined ? undefined : Number(values.jobs),
			compareSearch: values['compare-search'] ?? false,
		});
	} catch (error) {
		console.error(`\nThe sharded build stopped: ${error instanceof Error ? error.message : String(error)}`);
		process.exitCode = 1;
	}
}
