import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { articleShardOwnsFile, type ShardJob, shardJobName } from '../lib/routing/shard';

/** The note each job of a sharded build's pages stage leaves in its output for the merge (not published). */
export const shardJobNoteName = '.shard-job.json';

/** What a job's note says. */
export interface ShardJobNote {
	/** The job: `lists`, `1-of-2`, … */
	job: string;
	/** The digest of the shard files the job was built from ({@link shardRunDigest}): the merge takes only jobs of one run. */
	run: string;
}

/** The digest of the shard files in `dir` (their names and bytes): the same for every job built from the same prepare stage. */
export function shardRunDigest(dir: string): string {
	const hash = createHash('sha256');
	for (const name of readdirSync(dir).filter((file) => file.endsWith('.devalue')).sort()) {
		hash.update(`${name}\u0000`).update(readFileSync(path.join(dir, name)));
	}
	return hash.digest('hex');
}

/** Every file under `dir`, as paths relative to it with "/". */
export function listFiles(dir: string, prefix = ''): string[] {
	const files: string[] = [];
	for (const entry of readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
		const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
		if (entry.isDirectory()) files.push(...listFiles(dir, relative));
		else files.push(relative);
	}
	return files;
}

/**
 * Refuses an `astro build` that would publish part of the site as if it were all of it: `SITE_SHARD` set without
 * the pages stage (the job's pages alone, with the sitemap and search of a whole site), the pages stage without a
 * job, or the prepare stage, which renders one shard's Markdown for `astro sync` and has no pages to build.
 * List it first, so that it stops the build before anything runs.
 */
export function shardStageCheck(job: ShardJob, stage: 'prepare' | 'pages' | undefined): AstroIntegration {
	return {
		name: 'shard-stage-check',
		hooks: {
			'astro:config:setup': ({ command }) => {
				if (command !== 'build') return;
				if (stage === 'prepare') throw new Error('SITE_SHARD_STAGE=prepare renders one shard\'s articles with `astro sync`; it builds no pages. Build a sharded site with `npm run build:sharded` (README, "Sharded builds").');
				if (stage === 'pages' && job.kind === 'whole') throw new Error('SITE_SHARD_STAGE=pages builds one job of a sharded build: set SITE_SHARD to "k/N" or "lists" (or use `npm run build:sharded`).');
				if (stage === undefined && job.kind !== 'whole') {
					throw new Error(`SITE_SHARD=${shardJobName(job).replace('-of-', '/')} without SITE_SHARD_STAGE=pages would publish only that job's pages as the whole site. Unset SITE_SHARD for a plain build, or use \`npm run build:sharded\` (README, "Sharded builds").`);
				}
			},
		},
	};
}

/**
 * The end of a job of a sharded build's pages stage (src/lib/routing/shard.ts): a shard's job removes from its
 * output the pages that every Astro build renders (routes without `getStaticPaths`: about, search, the feed,
 * robots.txt, public/) and that the lists job makes; every job then leaves a note naming itself and the shard
 * files it was built from, for the merge (scripts/shard/merge.ts). List it before `atomicPublish()`.
 */
export function shardOutput(job: ShardJob, entriesDir: string): AstroIntegration {
	return {
		name: 'shard-output',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				if (job.kind === 'articles') {
					let removed = 0;
					for (const file of listFiles(outDir)) {
						if (articleShardOwnsFile(file)) continue;
						rmSync(path.join(outDir, file));
						removed++;
					}
					logger.info(`shard ${job.index}/${job.count}: ${removed} files left to the lists job`);
				}
				const note: ShardJobNote = { job: shardJobName(job), run: shardRunDigest(entriesDir) };
				writeFileSync(path.join(outDir, shardJobNoteName), `${JSON.stringify(note)}\n`);
			},
		},
	};
}
