// @ts-check
/**
 * A worker thread that rasterises social images: SVG in, PNG out, with resvg, as src/lib/sharing/social-image/card.ts
 * does on the main thread. Plain JavaScript, so that Node can run it as it is from inside a build
 * (src/lib/sharing/social-image/raster.ts starts it by its path).
 */
import { parentPort } from 'node:worker_threads';
import { Resvg } from '@resvg/resvg-js';

if (!parentPort) throw new Error('social-image-raster-worker.mjs runs as a worker thread only');
const port = parentPort;

port.on('message', (/** @type {{ id: number; svg: string }} */ { id, svg }) => {
	try {
		const png = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng();
		const bytes = new Uint8Array(png);
		port.postMessage({ id, png: bytes }, [bytes.buffer]);
	} catch (error) {
		port.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
	}
});
