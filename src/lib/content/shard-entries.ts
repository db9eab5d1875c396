/**
 * The articles' loader, and the shard files through which the stages of a sharded build pass the rendered
 * articles to each other (README, "Sharded builds"; the job comes from `SITE_SHARD`, src/lib/routing/shard.ts).
 *
 * - A plain build: Astro's glob loader, as for every collection.
 * - Stage 1, `SITE_SHARD_STAGE=prepare` with `SITE_SHARD=k/N`: the glob loader renders only the articles of
 *   shard k (through the same Markdown pipeline) and keeps only them; they are then written, exactly as Astro
 *   stored them (id, data, rendered HTML and metadata with the text model and mentions, digest, file path), to
 *   `articles-k-of-N.devalue` in `SITE_SHARD_ENTRIES`. devalue is the format of Astro's own data store, so
 *   dates and everything else come back as they went in.
 * - Stage 2, `SITE_SHARD_STAGE=pages`: the entries of every shard file in `SITE_SHARD_ENTRIES` are put into the
 *   store as they are (`store.set`, the data already parsed by the schema in stage 1): no Markdown is rendered,
 *   and every page sees the whole archive exactly as a plain build would.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'devalue';
import { glob, type DataStore, type Loader, type LoaderContext } from 'astro/loaders';
import { currentShardJob, type ShardJob, shardJobName, shardJobVariable, shardOfArticle } from '../routing/shard';

/** The stage of a sharded build this process runs: `prepare` (render the shard's articles) or `pages` (build from all shards' files). */
export const shardStageVariable = 'SITE_SHARD_STAGE';

/** The folder of the shard files: written in stage 1, read in stage 2. */
export const shardEntriesVariable = 'SITE_SHARD_ENTRIES';

/** The stage of this process: undefined in a plain build. */
export type ShardStage = 'prepare' | 'pages' | undefined;

/** One entry as Astro's data store holds it. */
export type StoredEntry = ReturnType<DataStore['values']>[number];

/** What a shard file holds. */
export interface ShardFile {
	/** The shard, 1 to `count`. */
	index: number;
	count: number;
	entries: StoredEntry[];
}

/** The file name of shard `index` of `count`'s rendered articles. */
export const shardFileName = (index: number, count: number): string => `articles-${index}-of-${count}.devalue`;

const shardFilePattern = /^articles-(\d+)-of-(\d+)\.devalue$/;

/** The stage from `SITE_SHARD_STAGE`; anything else than the two names is refused. */
export function currentShardStage(): ShardStage {
	const value = process.env[shardStageVariable]?.trim();
	if (!value) return undefined;
	if (value === 'prepare' || value === 'pages') return value;
	throw new Error(`${shardStageVariable}="${value}" is no stage of a sharded build: write "prepare" (render one shard's articles) or "pages" (build pages from every shard's articles), or leave it unset for a plain build.`);
}

/** The folder of the shard files, from `SITE_SHARD_ENTRIES`, refused when a stage needs it and it is not set. */
export function shardEntriesDir(stage: ShardStage): string {
	const dir = process.env[shardEntriesVariable]?.trim();
	if (!dir) throw new Error(`${shardStageVariable}=${stage} needs ${shardEntriesVariable}: the folder the shard files are written to (prepare) or read from (pages).`);
	return path.resolve(dir);
}

/** The file name of the list of shard `index` of `count`'s article ids (small, for the sitemap and the merge's checks). */
export const shardIdsFileName = (index: number, count: number): string => `articles-${index}-of-${count}.ids.json`;

/** Writes `text` to `target` through a temporary name, so that a reader never sees half of it. */
function writeWhole(target: string, text: string): void {
	const temporary = `${target}.${process.pid}.tmp`;
	writeFileSync(temporary, text);
	renameSync(temporary, target);
}

/** Writes a shard file and the list of its ids beside it. */
export function writeShardFile(dir: string, file: ShardFile): string {
	mkdirSync(dir, { recursive: true });
	const target = path.join(dir, shardFileName(file.index, file.count));
	writeWhole(path.join(dir, shardIdsFileName(file.index, file.count)), `${JSON.stringify(file.entries.map((entry) => entry.id))}\n`);
	writeWhole(target, stringify(file));
	return target;
}

/**
 * The split of the shard files in `dir`: how many shards (N of `articles-k-of-N.devalue`), and what to do when
 * something is wrong. Refused when there are none, or when they are of different splits.
 */
function shardSplitOf(dir: string): { count: number; names: string[]; fix: string } {
	const names = existsSync(dir) ? readdirSync(dir).filter((name) => shardFilePattern.test(name)) : [];
	const fix = `Run the prepare stage for every shard (scripts/shard/build.ts --stage prepare --shard k/N) into ${dir}, and keep the files of one split only.`;
	if (names.length === 0) throw new Error(`No shard files (articles-k-of-N.devalue) in ${dir}. ${fix}`);
	const counts = new Set(names.map((name) => Number(shardFilePattern.exec(name)?.[2])));
	if (counts.size > 1) throw new Error(`The shard files in ${dir} are of different splits (${[...counts].sort().map((n) => `of ${n}`).join(', ')}). ${fix}`);
	return { count: [...counts][0] ?? 0, names, fix };
}

/** The article ids of every shard, from the lists beside the shard files (the split checked as {@link readShardFiles} does). */
export function readShardIds(dir: string): { count: number; ids: string[] } {
	const { count } = shardSplitOf(dir);
	const ids: string[] = [];
	for (let index = 1; index <= count; index++) {
		const file = path.join(dir, shardIdsFileName(index, count));
		if (!existsSync(file)) throw new Error(`${file} is missing: run the prepare stage of shard ${index}/${count} again.`);
		ids.push(...(JSON.parse(readFileSync(file, 'utf8')) as string[]));
	}
	return { count, ids };
}

/**
 * Reads every shard file in `dir`: all of one split (the same N), every shard 1 to N present, no article in two.
 * Anything else is refused, naming the folder and the missing or extra file, since a site built from part of the
 * archive would be published without a word about what is missing.
 */
export function readShardFiles(dir: string): ShardFile[] {
	const { count, names, fix } = shardSplitOf(dir);
	const files: ShardFile[] = [];
	const seen = new Map<string, number>();
	for (let index = 1; index <= count; index++) {
		const name = shardFileName(index, count);
		if (!names.includes(name)) throw new Error(`The shard file ${name} is missing from ${dir}: the articles of shard ${index}/${count} would not be on the site. ${fix}`);
		let file: ShardFile;
		try {
			file = parse(readFileSync(path.join(dir, name), 'utf8')) as ShardFile;
		} catch (error) {
			throw new Error(`The shard file ${path.join(dir, name)} cannot be read (${error instanceof Error ? error.message : String(error)}). Run its prepare stage again.`);
		}
		if (file.index !== index || file.count !== count || !Array.isArray(file.entries)) {
			throw new Error(`The shard file ${path.join(dir, name)} does not hold shard ${index}/${count}'s articles. Run its prepare stage again.`);
		}
		for (const entry of file.entries) {
			const other = seen.get(entry.id);
			if (other !== undefined) throw new Error(`The article "${entry.id}" is in the shard files of shards ${other} and ${index} in ${dir}: they are of different runs. Run the prepare stage again for every shard.`);
			seen.set(entry.id, index);
		}
		files.push(file);
	}
	return files;
}

type GlobOptions = Parameters<typeof glob>[0];

/** What Astro gives a loader besides its documented context: the renderers by file extension, which the glob loader uses. */
interface EntryType {
	getRenderFunction?: (config: unknown) => Promise<((entry: { id: string }) => Promise<unknown>) | undefined>;
}

/**
 * The glob loader for one shard: files of other shards are read, validated and stored (their ids come from
 * their frontmatter, and the other collections' references to them must resolve) but not rendered; then the
 * shard's own entries are written to the shard file.
 */
function shardGlob(options: GlobOptions, job: Extract<ShardJob, { kind: 'articles' }>, dir: string): Loader {
	const inner = glob(options);
	const mine = (id: string) => shardOfArticle(id, job.count) === job.index;
	return {
		name: 'shard-prepare-loader',
		load: async (context) => {
			const entryTypes = (context as LoaderContext & { entryTypes: Map<string, EntryType> }).entryTypes;
			const shardEntryTypes = new Map(
				[...entryTypes].map(([extension, type]) => {
					const getRenderFunction = type.getRenderFunction;
					if (!getRenderFunction) return [extension, type];
					return [
						extension,
						{
							...type,
							getRenderFunction: async (config: unknown) => {
								const render = await getRenderFunction(config);
								return render && ((entry: { id: string }) => (mine(entry.id) ? render(entry) : Promise.resolve(undefined)));
							},
						},
					];
				}),
			);
			await inner.load({ ...context, entryTypes: shardEntryTypes } as LoaderContext);
			const entries = context.store.values().filter((entry) => mine(entry.id));
			const written = writeShardFile(dir, { index: job.index, count: job.count, entries });
			context.logger.info(`shard ${job.index}/${job.count}: ${entries.length} of ${context.store.keys().length} articles rendered → ${path.relative(process.cwd(), written)}`);
		},
	};
}

/** Stage 2's loader: every shard's rendered articles into the store, as they were stored in stage 1. */
function preRenderedArticles(dir: string): Loader {
	return {
		name: 'shard-entries-loader',
		load: async ({ store, logger }) => {
			const files = readShardFiles(dir);
			store.clear();
			for (const file of files) for (const entry of file.entries) store.set(entry);
			logger.info(`${store.keys().length} rendered articles from ${files.length} shard files in ${path.relative(process.cwd(), dir) || dir}/`);
		},
	};
}

/** The articles collection's loader for this process: see the module comment. */
export function articleLoader(options: GlobOptions, stage: ShardStage = currentShardStage(), job: ShardJob = currentShardJob()): Loader {
	if (stage === undefined) return glob(options);
	if (stage === 'pages') return preRenderedArticles(shardEntriesDir(stage));
	if (job.kind !== 'articles') throw new Error(`${shardStageVariable}=prepare renders one shard's articles: set ${shardJobVariable}=k/N (it is ${shardJobName(job)}).`);
	return shardGlob(options, job, shardEntriesDir(stage));
}
