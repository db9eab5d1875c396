import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getEntry } from 'astro:content';
import { getArticles } from '../../../lib/articles';
import { articleSocialCard } from '../../../lib/social-image';
import { renderSocialImageCached } from '../../../lib/social-image-cache';
import { sharedRasterPool } from '../../../lib/social-image-raster';

/** One social image per article, at /og/articles/<id>.png (src/lib/social-image.ts draws it). */
export const getStaticPaths = (async () => {
	const articles = await getArticles();
	return articles.map((article) => ({ params: { slug: article.id }, props: { article } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props: { article } }) => {
	const outlet = article.data.outlet ? await getEntry(article.data.outlet) : undefined;
	const png = await renderSocialImageCached(articleSocialCard(article.data, outlet?.data.name), {
		cacheDir: import.meta.env.SOCIAL_IMAGE_CACHE_DIR,
		rasterise: sharedRasterPool(import.meta.env.SOCIAL_IMAGE_RASTER_WORKER)?.rasterise,
	});
	return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
