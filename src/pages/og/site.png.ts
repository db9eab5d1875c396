import type { APIRoute } from 'astro';
import { getArchiveFacts } from '../../lib/content/articles';
import { siteSocialCard } from '../../lib/sharing/social-image/card';
import { renderSocialImageCached } from '../../lib/sharing/social-image/cache';

/** The social image of every page that is not an article (src/lib/sharing/social-image/card.ts draws it). */
export const GET: APIRoute = async () => {
	const png = await renderSocialImageCached(siteSocialCard(await getArchiveFacts()), { cacheDir: import.meta.env.SOCIAL_IMAGE_CACHE_DIR });
	return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
