import type { APIRoute } from 'astro';

/** robots.txt: everything may be crawled; the sitemap's address follows the `site` setting. */
export const GET: APIRoute = ({ site }) => {
	if (!site) throw new Error('robots.txt names the sitemap by its absolute address: set `site` in astro.config.mjs');
	const body = ['User-agent: *', 'Allow: /', '', `Sitemap: ${new URL('/sitemap-index.xml', site).href}`, ''].join('\n');
	return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
