import type { APIRoute } from 'astro';
import { siteSocialCard } from '../../lib/social-image';
import { renderSocialImageCached } from '../../lib/social-image-cache';

/** The social image of every page that is not an article (src/lib/social-image.ts draws it). */
export const GET: APIRoute = async () =>
	new Response(await renderSocialImageCached(siteSocialCard, { cacheDir: import.meta.env.SOCIAL_IMAGE_CACHE_DIR }), { headers: { 'Content-Type': 'image/png' } });
