// A tiny static file server for a built site, on the loopback interface only.
// Used by the site tests (hostile input), the Lighthouse audit and anyone who wants to look at a build
// without `astro preview`:  node scripts/static-server.mjs [dir] [port]
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const types = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.webp': 'image/webp',
	'.avif': 'image/avif',
	'.ico': 'image/x-icon',
	'.wasm': 'application/wasm',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
	'.woff2': 'font/woff2',
};

/**
 * Serves `dir` on 127.0.0.1 the way a static host would: `/a/` → `a/index.html`, `/a` → redirect to `/a/`,
 * anything missing → `404.html` with status 404. Files are served long-cacheable only under `/_astro/`
 * (hashed names); pages are `no-cache`.
 *
 * @param {string} dir the site directory
 * @param {{ port?: number }} [options] port 0 (the default) picks a free one
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
export function serveStatic(dir, { port = 0 } = {}) {
	const root = path.resolve(dir);
	const server = createServer((request, response) => {
		const url = new URL(request.url ?? '/', 'http://127.0.0.1');
		let pathname;
		try {
			pathname = decodeURIComponent(url.pathname);
		} catch {
			response.writeHead(400).end('bad request');
			return;
		}
		let file = path.join(root, pathname);
		if (file !== root && !file.startsWith(root + path.sep)) {
			response.writeHead(403).end('forbidden');
			return;
		}
		if (existsSync(file) && statSync(file).isDirectory()) {
			if (!pathname.endsWith('/')) {
				response.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
				return;
			}
			file = path.join(file, 'index.html');
		}
		let status = 200;
		if (!existsSync(file) || !statSync(file).isFile()) {
			status = 404;
			file = path.join(root, '404.html');
			if (!existsSync(file)) {
				response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
				return;
			}
		}
		const type = types[/** @type {keyof typeof types} */ (path.extname(file).toLowerCase())] ?? 'application/octet-stream';
		const cache = pathname.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache';
		response.writeHead(status, { 'content-type': type, 'cache-control': cache, 'x-content-type-options': 'nosniff' });
		if (request.method === 'HEAD') {
			response.end();
			return;
		}
		createReadStream(file).pipe(response);
	});
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, '127.0.0.1', () => {
			const address = server.address();
			const actual = typeof address === 'object' && address ? address.port : port;
			resolve({
				url: `http://127.0.0.1:${actual}`,
				port: actual,
				close: () =>
					new Promise((done) => {
						server.closeAllConnections();
						server.close(() => done());
					}),
			});
		});
	});
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const dir = process.argv[2] ?? process.env.SITE_DIR ?? 'dist';
	const { url } = await serveStatic(dir, { port: Number(process.argv[3] ?? 4321) });
	console.log(`Serving ${dir}/ on ${url}/ (Ctrl-C to stop)`);
}
