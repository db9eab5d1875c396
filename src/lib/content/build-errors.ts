import { AstroError } from 'astro/errors';
import { collectionFolders, type CollectionName } from './paths';
import { currentShardJob, jobRendersRoute, pathsForThisJob } from '../routing/shard';

/** The collection and id a route's address stands for: `/articles/[slug]/` with `slug: x` is the article `x`. */
export function entryOfRoute(routePattern: string, params: Record<string, string | undefined>): { collection: CollectionName; id: string } | undefined {
	const segments = routePattern.split('/');
	const collection = (Object.keys(collectionFolders) as CollectionName[]).find((name) => segments.includes(name));
	const id = Object.values(params).find((value): value is string => typeof value === 'string' && value !== '');
	return collection && id ? { collection, id: id.replace(/\.\w+$/, '') } : undefined;
}

/** An error raised while one content entry was turned into pages, marked with the file of that entry. */
export class ContentEntryError extends Error {
	/** The entry's file, relative to the project root (`content/articles/x.md`). */
	readonly contentFile: string;
	constructor(contentFile: string, cause: unknown) {
		super(cause instanceof Error ? cause.message : String(cause), { cause });
		this.name = 'ContentEntryError';
		this.contentFile = contentFile;
	}
}

/**
 * Runs `work` for one content entry (a loop over articles, entities, …): an error in it is marked with the
 * entry's file, so that the build can say which file it was processing. The innermost entry wins.
 */
export function forEntry<T>(entry: { filePath?: string | undefined }, work: () => T): T {
	const mark = (error: unknown): never => {
		if (error instanceof ContentEntryError || !entry.filePath) throw error;
		throw new ContentEntryError(entry.filePath, error);
	};
	try {
		const result = work();
		return (result instanceof Promise ? result.catch(mark) : result) as T;
	} catch (error) {
		return mark(error);
	}
}

/** The content file an error was marked with by {@link forEntry}, looking through its causes. */
export function contentFileOf(error: unknown): string | undefined {
	for (let current = error, depth = 0; current instanceof Error && depth < 10; current = current.cause, depth++) {
		if (current instanceof ContentEntryError) return current.contentFile;
	}
	return undefined;
}

const hintFor = (contentFile: string | undefined) =>
	contentFile
		? `The content guard found nothing wrong in ${contentFile}, so something in it is new to the site: look at what changed there last (an unusual Markdown construct, a very long or odd value) and simplify it, then build again. The previous build was left as it was.`
		: 'Look at what changed in the content last and simplify it, then build again. The previous build was left as it was.';

/** The first line of an error's message. */
const firstLine = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0];

/**
 * The error the build reports when a route's `getStaticPaths` fails, i.e. while the build lists the pages
 * of a route from the content: the route, the content file being processed (when the failing step was
 * marked with {@link forEntry}), what went wrong and a hint; no stack trace.
 */
export function pathsBuildError(error: unknown, route: string): AstroError {
	const contentFile = contentFileOf(error);
	const source = contentFile ? `, while processing ${contentFile}` : ' (they are made from all the content)';
	const built = new AstroError(`The pages of ${route} could not be listed${source}: ${firstLine(error)}`, hintFor(contentFile));
	built.stack = '';
	return built;
}

/**
 * Wraps a route's `getStaticPaths` so that a failure in it is reported by {@link pathsBuildError}, naming
 * the route and the content file, instead of reaching Astro's report as a bare stack trace. In a job of a
 * sharded build (src/lib/routing/shard.ts) it lists only the pages of that job: none of a route of the other kind.
 */
export function listPaths<F extends (...args: never[]) => unknown>(route: string, getPaths: F): F {
	const wrapped = async (...args: Parameters<F>) => {
		try {
			const job = currentShardJob();
			if (!jobRendersRoute(job, route)) return [];
			const paths = (await getPaths(...args)) as { params: Record<string, string | number | undefined> }[];
			return pathsForThisJob(route, paths, job);
		} catch (error) {
			throw pathsBuildError(error, route);
		}
	};
	return wrapped as unknown as F;
}

/**
 * The error the build reports for an unexpected failure while writing a page: which page, which
 * content file it was built from, what went wrong, and what to try. Astro prints its message and
 * hint; no stack trace, since the place in the site's code does not help an editor.
 */
export function pageBuildError(error: unknown, page: string, contentFile: string | undefined): AstroError {
	const file = contentFileOf(error) ?? contentFile;
	const source = file ? `, built from ${file}` : ' (a page built from all the content)';
	const built = new AstroError(`The page ${page}${source}, could not be written: ${firstLine(error)}`, hintFor(file));
	built.stack = '';
	return built;
}
