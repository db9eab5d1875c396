import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import packageJson from '../../package.json';
import { type RenderOptions, renderSocialImage, type SocialCard } from './social-image';
import rendererSource from './social-image.ts?raw';
import rasterWorkerSource from './social-image-raster-worker.mjs?raw';

/**
 * What else decides the pixels of a card besides the card itself: the drawing code (src/lib/social-image.ts and
 * the raster worker) * and the exact versions of satori, resvg and the font (package.json pins them). A change to any of them
 * makes every cached image stale.
 */
const rendererFingerprint = createHash('sha256')
	.update(rendererSource)
	.update(rasterWorkerSource)
	.update(JSON.stringify(['satori', '@resvg/resvg-js', '@fontsource/source-serif-4'].map((name) => [name, (packageJson.dependencies as Record<string, string>)[name]])))
	.digest('hex');

/** Options of {@link renderSocialImageCached}. */
export interface SocialImageCacheOptions {
	/**
	 * The folder that keeps rendered cards between builds (inside Astro's cache dir; astro.config.mjs passes it
	 * as `import.meta.env.SOCIAL_IMAGE_CACHE_DIR`). Without it every card is rendered.
	 */
	cacheDir?: string | undefined;
	/** Draws a card's SVG as PNG (src/lib/social-image-raster.ts); by default on the calling thread. */
	rasterise?: RenderOptions['rasterise'];
}

/**
 * {@link renderSocialImage}, remembered: a card rendered once is read back from the cache on later builds,
 * keyed by the hash of its content and the renderer, so an unchanged article costs no rendering (each card
 * takes tens of milliseconds: minutes for thousands of articles). The bytes are the same either way.
 */
export async function renderSocialImageCached(card: SocialCard, { cacheDir, rasterise }: SocialImageCacheOptions = {}): Promise<Uint8Array<ArrayBuffer>> {
	if (!cacheDir) return renderSocialImage(card, { rasterise });
	const key = createHash('sha256').update(rendererFingerprint).update(JSON.stringify(card)).digest('hex');
	const file = path.join(cacheDir, `${key}.png`);
	try {
		return new Uint8Array(await readFile(file));
	} catch {
		// Not rendered yet (or unreadable): render it and keep it.
	}
	const png = await renderSocialImage(card, { rasterise });
	await mkdir(cacheDir, { recursive: true });
	// Written under a temporary name and renamed, so that an interrupted build never leaves half an image.
	const partial = `${file}.${process.pid}.partial`;
	await writeFile(partial, png);
	await rename(partial, file);
	return png;
}
