/**
 * How the content guard's per-body findings (body-check-cache.ts) travel between the stages of a sharded build:
 * stage 1 copies its cache folder, which after pruning holds exactly the findings of the bodies it checked, to
 * `guard-k-of-N/` beside the shard file; stage 2 copies every shard's folder into its own cache before checking.
 * The file names are digests of the guard's version, the file's path and its body, so a finding is only used
 * for the very body it was made for.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';

/** The folder of shard `index` of `count`'s guard findings, inside the shard files' folder. */
export const guardCacheFolderName = (index: number, count: number): string => `guard-${index}-of-${count}`;

const guardFolderPattern = /^guard-\d+-of-\d+$/;

/** Copies the guard cache of a stage-1 job to the shard files' folder, replacing an older copy. */
export function exportGuardCache(cacheDir: string, shardDir: string, shard: { index: number; count: number }): void {
	const target = path.join(shardDir, guardCacheFolderName(shard.index, shard.count));
	rmSync(target, { recursive: true, force: true });
	mkdirSync(target, { recursive: true });
	if (existsSync(cacheDir)) cpSync(cacheDir, target, { recursive: true });
}

/** Copies every shard's guard findings from the shard files' folder into a stage-2 job's guard cache; returns how many files. */
export function importGuardCaches(shardDir: string, cacheDir: string): number {
	if (!existsSync(shardDir)) return 0;
	mkdirSync(cacheDir, { recursive: true });
	let copied = 0;
	for (const folder of readdirSync(shardDir).filter((name) => guardFolderPattern.test(name))) {
		for (const name of readdirSync(path.join(shardDir, folder))) {
			if (!name.endsWith('.json')) continue;
			cpSync(path.join(shardDir, folder, name), path.join(cacheDir, name));
			copied++;
		}
	}
	return copied;
}
