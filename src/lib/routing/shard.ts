/**
 * Which part of the site a job of a sharded build makes (scripts/shard/build.ts runs them; README, "Sharded builds").
 *
 * A sharded build splits the archive's articles into `count` shards by a stable hash of the article id. Each
 * shard is one job for the pages that exist once per article (the article page and its social image); one more
 * job, "lists", makes every other page (home, tags, entities, outlets, genres, analysis, open data, feed, sitemap,
 * search page), which show the whole archive. A plain `astro build` is the whole site in one job.
 *
 * The job is read from one environment variable, `SITE_SHARD`: unset for the whole site, `k/N` (1 ≤ k ≤ N) for
 * shard k of N, `lists` for the lists job.
 *
 * Why a hash of the id and not the year: shards come out the same size whatever the archive's spread over the
 * years (a news archive grows unevenly: one busy year would make one shard as big as all the rest), an article
 * stays in its shard when another is added, and two files claiming the same id fall into the same shard, where
 * the content guard reports them.
 */
import { createHash } from 'node:crypto';

/** The environment variable naming the job. */
export const shardJobVariable = 'SITE_SHARD';

/** The part of the site one build makes. */
export type ShardJob = { kind: 'whole' } | { kind: 'articles'; index: number; count: number } | { kind: 'lists' };

/** The routes that exist once per article: the only ones a shard's job renders, and the only ones the lists job leaves out. */
export const perArticleRoutes: readonly string[] = ['/articles/[slug]/', '/og/articles/[slug].png'];

/** Reads a job from the value of {@link shardJobVariable}; anything else than `k/N` or `lists` is refused with what to write instead. */
export function parseShardJob(value: string | undefined): ShardJob {
	if (value === undefined || value.trim() === '') return { kind: 'whole' };
	const text = value.trim();
	if (text === 'lists') return { kind: 'lists' };
	const shard = parseShardNumber(text);
	if (!shard) {
		throw new Error(`${shardJobVariable}="${value}" names no part of the site: write "k/N" for shard k of N (1 ≤ k ≤ N, e.g. "1/2"), "lists" for the pages across all articles, or leave it unset for the whole site.`);
	}
	return { kind: 'articles', ...shard };
}

/** Reads `k/N` (shard k of N, 1 ≤ k ≤ N); anything else gives undefined. */
export function parseShardNumber(text: string): { index: number; count: number } | undefined {
	const match = /^(\d+)\/(\d+)$/.exec(text.trim());
	const index = Number(match?.[1]);
	const count = Number(match?.[2]);
	return match && count >= 1 && index >= 1 && index <= count ? { index, count } : undefined;
}

/** The job of this build process, from `SITE_SHARD`. */
export function currentShardJob(): ShardJob {
	return parseShardJob(process.env[shardJobVariable]);
}

/** The shard (1 to `count`) an article belongs to: the first 32 bits of the SHA-256 of its id, modulo `count`. */
export function shardOfArticle(articleId: string, count: number): number {
	const hash = createHash('sha256').update(articleId, 'utf8').digest().readUInt32BE(0);
	return (hash % count) + 1;
}

/** A job's name, as used for its folders and in messages: `whole`, `lists`, `1-of-2`. */
export function shardJobName(job: ShardJob): string {
	return job.kind === 'articles' ? `${job.index}-of-${job.count}` : job.kind;
}

/** Whether `job` renders any page of `route`: a route of the other kind is not even listed. */
export function jobRendersRoute(job: ShardJob, route: string): boolean {
	if (job.kind === 'whole') return true;
	return perArticleRoutes.includes(route) === (job.kind === 'articles');
}

/** The articles whose own pages (article page, social image) this build's job renders. */
export function articlesOfThisJob<A extends { id: string }>(articles: A[], job: ShardJob = currentShardJob()): A[] {
	if (job.kind === 'whole') return articles;
	if (job.kind === 'lists') return [];
	return articles.filter((article) => shardOfArticle(article.id, job.count) === job.index);
}

/** Whether `job` renders the page of `route` (a route pattern as given to `listPaths`) with these params. */
export function jobRendersPage(job: ShardJob, route: string, params: Record<string, string | number | undefined>): boolean {
	if (!jobRendersRoute(job, route)) return false;
	if (job.kind !== 'articles') return true;
	const slug = params['slug'];
	return typeof slug === 'string' && shardOfArticle(slug, job.count) === job.index;
}

/** The paths of `route` that this build's job renders (all of them in a whole build). */
export function pathsForThisJob<P extends { params: Record<string, string | number | undefined> }>(route: string, paths: P[], job: ShardJob = currentShardJob()): P[] {
	return job.kind === 'whole' ? paths : paths.filter(({ params }) => jobRendersPage(job, route, params));
}

/**
 * Whether a file of the build output (a path relative to it, with "/") belongs to an article shard's job. A route
 * without `getStaticPaths` (about, search, the feed, robots.txt, the public/ files) is rendered by every build
 * and cannot be listed away, so a shard's job removes such files from its output and leaves them to the lists job;
 * the shared scripts and styles (`_astro/`) are kept by every job (the merge checks that they are the same bytes).
 */
export function articleShardOwnsFile(relativePath: string): boolean {
	return relativePath.startsWith('articles/') || relativePath.startsWith('og/articles/') || relativePath.startsWith('_astro/');
}
