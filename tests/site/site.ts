import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * The built site the site tests look at: `SITE_DIR` (relative to the project root), default `dist/`.
 * Engineers who build elsewhere run e.g. `SITE_DIR=tests/.tmp/dist-q npx vitest run --config vitest.site.config.ts`.
 */
export const siteDir = path.resolve(process.env.SITE_DIR ?? 'dist');

export function assertBuilt(dir = siteDir): void {
	if (!existsSync(path.join(dir, 'index.html'))) {
		throw new Error(`${path.relative(process.cwd(), dir) || dir}/index.html is missing: build the site first (npm run build)`);
	}
}

/** Every file of a site directory, as `/`-separated paths relative to it, sorted. */
export function siteFiles(dir = siteDir): string[] {
	const files: string[] = [];
	const walk = (sub: string) => {
		for (const entry of readdirSync(path.join(dir, sub), { withFileTypes: true })) {
			const rel = sub ? `${sub}/${entry.name}` : entry.name;
			if (entry.isDirectory()) walk(rel);
			else if (entry.isFile()) files.push(rel);
		}
	};
	walk('');
	return files.sort();
}

/** Every HTML file of the site (pages, the 404 page, and any HTML a tool wrote). */
export const htmlFiles = (dir = siteDir) => siteFiles(dir).filter((file) => file.endsWith('.html'));

/** `articles/x/index.html` → `/articles/x/`; `404.html` → `/404.html`. */
export function pathOfFile(file: string): string {
	if (file === 'index.html') return '/';
	if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
	return `/${file}`;
}

/**
 * The file a site-relative path is served from, or undefined when there is none:
 * `/a/` → `a/index.html`, `/a` → `a/index.html` (a static host redirects), `/x.css` → `x.css`.
 */
export function fileOfPath(pathname: string, dir = siteDir): string | undefined {
	let decoded: string;
	try {
		decoded = decodeURIComponent(pathname);
	} catch {
		return undefined;
	}
	const rel = decoded.replace(/^\/+/, '');
	const candidates = decoded.endsWith('/') ? [`${rel}index.html`] : [rel, `${rel}/index.html`];
	return candidates.find((candidate) => {
		const full = path.join(dir, candidate);
		return full.startsWith(dir + path.sep) && existsSync(full) && statSync(full).isFile();
	});
}

/** Every page URL the sitemap lists (through sitemap-index.xml), as absolute URLs. */
export function sitemapUrls(dir = siteDir): URL[] {
	const locs = (file: string) =>
		[...readFileSync(path.join(dir, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? ''));
	const index = existsSync(path.join(dir, 'sitemap-index.xml')) ? locs('sitemap-index.xml') : [];
	const sitemaps = index.length > 0 ? index.map((url) => url.pathname.slice(1)) : ['sitemap-0.xml'];
	const urls = sitemaps.flatMap(locs);
	if (urls.length === 0) throw new Error(`the sitemap in ${dir} lists no page: build the site first`);
	return urls;
}

/** The site's own origin (Astro's `site`), as the sitemap spells it. */
export const siteOrigin = (dir = siteDir) => sitemapUrls(dir)[0]?.origin ?? 'http://localhost:4321';

/** The pages every gate walks: each sitemap URL's path, plus the 404 page. Sorted. */
export function pagePaths(dir = siteDir): string[] {
	const paths = sitemapUrls(dir).map((url) => url.pathname);
	if (existsSync(path.join(dir, '404.html'))) paths.push('/404.html');
	return [...new Set(paths)].sort();
}
