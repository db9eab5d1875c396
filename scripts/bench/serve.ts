/**
 * A static file server on loopback that counts every byte it serves, for the page-weight and
 * search-cost measurements. It serves files as they are (no compression), so the byte counts are
 * the files' own sizes; the bench gzips them itself for the gzip figures.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.webp': 'image/webp',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.ttf': 'font/ttf',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
	'.wasm': 'application/wasm',
	'.pagefind': 'application/octet-stream',
	'.pf_meta': 'application/octet-stream',
	'.pf_index': 'application/octet-stream',
	'.pf_fragment': 'application/octet-stream',
};

/** One request as served. */
export interface ServedRequest {
	/** Path and query, as requested. */
	url: string;
	status: number;
	contentType: string;
	/** Body bytes sent. */
	bytes: number;
	/** The body, kept so that the bench can gzip it and split inline scripts out of HTML. */
	body: Buffer;
	/** Milliseconds since the server started. */
	at: number;
}

export interface CountingServer {
	origin: string;
	/** Requests since the last {@link CountingServer.reset}. */
	requests(): ServedRequest[];
	reset(): void;
	close(): Promise<void>;
}

async function resolveFile(root: string, pathname: string): Promise<string | undefined> {
	const decoded = decodeURIComponent(pathname);
	const candidate = path.normalize(path.join(root, decoded));
	if (candidate !== root && !candidate.startsWith(root + path.sep)) return undefined;
	for (const file of [candidate, path.join(candidate, 'index.html')]) {
		try {
			if ((await stat(file)).isFile()) return file;
		} catch {
			// Try the next one.
		}
	}
	return undefined;
}

/** Serves `root` on 127.0.0.1 (a free port) and records every response. */
export async function serveCounting(root: string): Promise<CountingServer> {
	const absolute = path.resolve(root);
	let log: ServedRequest[] = [];
	const started = performance.now();
	const server: Server = createServer((req, res) => {
		void (async () => {
			const url = req.url ?? '/';
			const { pathname } = new URL(url, 'http://localhost');
			let file = await resolveFile(absolute, pathname);
			let status = 200;
			if (!file && !pathname.endsWith('/') && !path.extname(pathname) && (await resolveFile(absolute, `${pathname}/`))) {
				res.writeHead(301, { Location: `${pathname}/` });
				res.end();
				log.push({ url, status: 301, contentType: '', bytes: 0, body: Buffer.alloc(0), at: performance.now() - started });
				return;
			}
			if (!file) {
				status = 404;
				file = await resolveFile(absolute, '/404.html');
			}
			const body = file ? await readFile(file) : Buffer.from('Not found');
			const contentType = file ? (types[path.extname(file)] ?? 'application/octet-stream') : 'text/plain; charset=utf-8';
			res.writeHead(status, { 'Content-Type': contentType, 'Content-Length': body.length, 'Cache-Control': 'no-cache' });
			res.end(body);
			log.push({ url, status, contentType, bytes: body.length, body, at: performance.now() - started });
		})().catch((error: unknown) => {
			res.writeHead(500);
			res.end(String(error));
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}`,
		requests: () => [...log],
		reset: () => {
			log = [];
		},
		close: () =>
			new Promise<void>((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}
