import { getEntry } from 'astro:content';
import { defineMiddleware } from 'astro:middleware';
import { entryOfRoute, pageBuildError } from './lib/content/build-errors';

/**
 * Names the content file behind a page that fails while it is built. Anything the content guard
 * does not catch and that breaks a page (or a feed, an image, an open-data file) is reported with
 * the page, the file it was built from and a hint, instead of a bare stack trace.
 */
export const onRequest = defineMiddleware(async (context, next) => {
	try {
		return await next();
	} catch (error) {
		const entry = entryOfRoute(context.routePattern, context.params);
		let file: string | undefined;
		if (entry) {
			try {
				file = (await getEntry(entry.collection, entry.id))?.filePath;
			} catch {
				file = undefined;
			}
		}
		throw pageBuildError(error, context.url.pathname, file);
	}
});
