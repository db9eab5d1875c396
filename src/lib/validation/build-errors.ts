import { AstroError } from 'astro/errors';
import { collectionFolders, type CollectionName } from '../content/paths';

/** The collection and id a route's address stands for: `/articles/[slug]/` with `slug: x` is the article `x`. */
export function entryOfRoute(routePattern: string, params: Record<string, string | undefined>): { collection: CollectionName; id: string } | undefined {
	const segments = routePattern.split('/');
	const collection = (Object.keys(collectionFolders) as CollectionName[]).find((name) => segments.includes(name));
	const id = Object.values(params).find((value): value is string => typeof value === 'string' && value !== '');
	return collection && id ? { collection, id: id.replace(/\.\w+$/, '') } : undefined;
}

/**
 * The error the build reports for an unexpected failure while writing a page: which page, which
 * content file it was built from, what went wrong, and what to try. Astro prints its message and
 * hint; no stack trace, since the place in the site's code does not help an editor.
 */
export function pageBuildError(error: unknown, page: string, contentFile: string | undefined): AstroError {
	const original = error instanceof Error ? error : new Error(String(error));
	const source = contentFile ? `, built from ${contentFile}` : ' (a page built from all the content)';
	const built = new AstroError(
		`The page ${page}${source}, could not be written: ${original.message.split('\n')[0]}`,
		contentFile
			? `The content guard found nothing wrong in ${contentFile}, so something in it is new to the site: look at what changed there last (an unusual Markdown construct, a very long or odd value) and simplify it, then build again. The previous build was left as it was.`
			: 'Look at what changed in the content last and simplify it, then build again. The previous build was left as it was.',
	);
	built.stack = '';
	return built;
}
