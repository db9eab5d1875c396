import { forEntry, listPaths } from '../../../lib/content/build-errors';
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getEntry } from 'astro:content';
import { getArticles } from '../../../lib/content/articles';
import { withCacheKeys } from '../../../lib/routing/cache-keys';
import { articlesOfThisJob } from '../../../lib/routing/shard';
import { articleSocialCard } from '../../../lib/sharing/social-image/card';
import { renderSocialImageCached, warmSocialImageCache } from '../../../lib/sharing/social-image/cache';

const imageOptions = () => ({ cacheDir: import.meta.env.SOCIAL_IMAGE_CACHE_DIR });

/**
 * One social image per article, at /og/articles/<id>.png (src/lib/sharing/social-image/card.ts draws it). Listing them
 * also starts drawing them in the background in a build (`warmSocialImageCache`), so that they are ready,
 * or nearly, when their turn comes.
 */
export const getStaticPaths = listPaths('/og/articles/[slug].png', (async () => {
	const articles = await getArticles();
	const paths = await Promise.all(
		articlesOfThisJob(articles).map((article) =>
			forEntry(article, async () => {
				const outlet = article.data.outlet ? await getEntry(article.data.outlet) : undefined;
				return { params: { slug: article.id }, props: { card: articleSocialCard(article.data, outlet?.data.name) } };
			}),
		),
	);
	if (import.meta.env.PROD) warmSocialImageCache(paths.map(({ props }) => props.card), imageOptions());
	// The image shows its card and nothing else (src/lib/routing/cache-keys.ts).
	return withCacheKeys(paths, ({ props }) => props.card);
}) satisfies GetStaticPaths);

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props: { card } }) => {
	const png = await renderSocialImageCached(card, imageOptions());
	return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
