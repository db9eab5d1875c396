import { createHash } from 'node:crypto';
import { access, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import packageJson from '../../../../package.json';
import { renderSocialImage, type SocialCard } from './card';
import rendererSource from './card.ts?raw';

/**
 * What else decides the pixels of a card besides the card itself: the drawing code (src/lib/sharing/social-image/card.ts)
 * and the exact versions of the renderer and the font (package.json pins them). A change to any of them makes every
 * cached image stale.
 */
const rendererFingerprint = createHash('sha256')
	.update(rendererSource)
	.update(JSON.stringify(['@takumi-rs/core', '@takumi-rs/helpers', '@fontsource/source-serif-4'].map((name) => [name, (packageJson.dependencies as Record<string, string>)[name]])))
	.digest('hex');

/** Options of {@link renderSocialImageCached}. */
export interface SocialImageCacheOptions {
	/**
	 * The folder that keeps rendered cards between builds (inside Astro's cache dir; astro.config.mjs passes it
	 * as `import.meta.env.SOCIAL_IMAGE_CACHE_DIR`). Without it every card is rendered.
	 */
	cacheDir?: string | undefined;
	/** What draws a card; {@link renderSocialImage} unless a test passes another. */
	render?: (card: SocialCard) => Promise<Uint8Array<ArrayBuffer>>;
}

/** The file a card is kept in: named by the hash of the card and the renderer. */
function cacheFile(card: SocialCard, cacheDir: string): string {
	return path.join(cacheDir, `${createHash('sha256').update(rendererFingerprint).update(JSON.stringify(card)).digest('hex')}.png`);
}

/** Cards being drawn into the cache right now, by file: whoever needs one meanwhile waits for it instead of drawing it again. */
const inFlight = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();

/** Draws a card and keeps it in the cache; one drawing per file at a time. */
function renderIntoCache(card: SocialCard, file: string, cacheDir: string, render: (card: SocialCard) => Promise<Uint8Array<ArrayBuffer>>): Promise<Uint8Array<ArrayBuffer>> {
	const running = inFlight.get(file);
	if (running) return running;
	const job = (async () => {
		const png = await render(card);
		await mkdir(cacheDir, { recursive: true });
		// Written under a temporary name and renamed, so that an interrupted build never leaves half an image.
		const partial = `${file}.${process.pid}.partial`;
		await writeFile(partial, png);
		await rename(partial, file);
		return png;
	})().finally(() => inFlight.delete(file));
	inFlight.set(file, job);
	return job;
}

async function readCached(file: string): Promise<Uint8Array<ArrayBuffer> | undefined> {
	try {
		return new Uint8Array(await readFile(file));
	} catch {
		return undefined; // Not rendered yet (or unreadable).
	}
}

const isCached = (file: string): Promise<boolean> => access(file).then(() => true, () => false);

/**
 * {@link renderSocialImage}, remembered: a card rendered once is read back from the cache on later builds,
 * keyed by the hash of its content and the renderer, so an unchanged article costs no rendering (each card
 * takes tens of milliseconds: minutes for thousands of articles). The bytes are the same either way.
 */
export async function renderSocialImageCached(card: SocialCard, { cacheDir, render = renderSocialImage }: SocialImageCacheOptions = {}): Promise<Uint8Array<ArrayBuffer>> {
	if (!cacheDir) return render(card);
	const file = cacheFile(card, cacheDir);
	const running = inFlight.get(file);
	if (running) return running;
	return (await readCached(file)) ?? renderIntoCache(card, file, cacheDir, render);
}

/**
 * Starts drawing the cards that are not in the cache yet, in the background, and returns at once. The build
 * calls it when it lists the social image routes, before it renders any page: the renderer draws off the
 * JavaScript thread, so the images are then made while the main thread renders the HTML pages, instead of one
 * by one when their turn comes. `inFlightLimit` at a time are drawn (enough to keep the other core busy); a card that fails here is drawn again when its page is rendered, and that error fails the build.
 */
export function warmSocialImageCache(cards: readonly SocialCard[], { cacheDir, render = renderSocialImage }: SocialImageCacheOptions, inFlightLimit = 2): void {
	if (!cacheDir) return;
	let next = 0;
	const drawNext = async (): Promise<void> => {
		while (next < cards.length) {
			const card = cards[next++] as SocialCard;
			const file = cacheFile(card, cacheDir);
			if (inFlight.has(file) || (await isCached(file))) continue;
			await renderIntoCache(card, file, cacheDir, render).catch(() => undefined);
		}
	};
	for (let i = 0; i < inFlightLimit; i++) void drawNext();
}
