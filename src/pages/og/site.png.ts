import type { APIRoute } from 'astro';
import { renderSocialImage, siteSocialCard } from '../../lib/social-image';

/** The social image of every page that is not an article (src/lib/social-image.ts draws it). */
export const GET: APIRoute = async () =>
	new Response(await renderSocialImage(siteSocialCard), { headers: { 'Content-Type': 'image/png' } });
