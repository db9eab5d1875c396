import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderSocialImage, type SocialCard } from '../../src/lib/sharing/social-image/card';
import { renderSocialImageCached, warmSocialImageCache } from '../../src/lib/sharing/social-image/cache';
import { pngSize } from '../png-header';

const card: SocialCard = { title: 'Dmitriev: American companies ask to return to Russia', kicker: 'News report', details: ['April 2025 (estimated)', 'Outlet unknown'] };

describe('renderSocialImageCached', () => {
	let cacheDir: string;
	beforeEach(async () => {
		cacheDir = path.join(await mkdtemp(path.join(tmpdir(), 'social-image-cache-')), 'social-images');
	});
	afterEach(async () => rm(path.dirname(cacheDir), { recursive: true, force: true }));

	it('renders the same bytes as the uncached renderer and keeps them as one PNG file', async () => {
		const cached = await renderSocialImageCached(card, { cacheDir });
		expect(Buffer.from(cached).equals(Buffer.from(await renderSocialImage(card)))).toBe(true);
		expect(pngSize(cached)).toEqual({ width: 1200, height: 630 });
		const files = await readdir(cacheDir);
		expect(files).toHaveLength(1);
		expect(files[0]).toMatch(/^[0-9a-f]{64}\.png$/);
	});

	it('reads a card rendered before back from the cache instead of rendering it again', async () => {
		await renderSocialImageCached(card, { cacheDir });
		const [file = ''] = await readdir(cacheDir);
		// Replace the kept image: if the second call rendered, it would not return these bytes.
		await writeFile(path.join(cacheDir, file), 'kept');
		expect(Buffer.from(await renderSocialImageCached(card, { cacheDir })).toString()).toBe('kept');
	});

	it('renders a changed card afresh, under a key of its own', async () => {
		await renderSocialImageCached(card, { cacheDir });
		const changed = await renderSocialImageCached({ ...card, details: ['April 2025 (estimated)', 'Reuters'] }, { cacheDir });
		expect(pngSize(changed)).toEqual({ width: 1200, height: 630 });
		expect(await readdir(cacheDir)).toHaveLength(2);
	});

	it('renders every time when no cache folder is given', async () => {
		const png = await renderSocialImageCached(card);
		expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
	});

	it('draws cards in the background when warmed, and a page waiting for one gets the same drawing', async () => {
		const cards = ['One', 'Two', 'Three'].map((title) => ({ ...card, title }));
		let drawn = 0;
		const render = async (drawnCard: SocialCard) => {
			drawn += 1;
			return new Uint8Array(Buffer.from(`drawing of ${drawnCard.title}`));
		};
		warmSocialImageCache(cards, { cacheDir, render });
		const pngs = await Promise.all(cards.map((c) => renderSocialImageCached(c, { cacheDir, render })));
		expect(pngs.map((png) => Buffer.from(png).toString())).toEqual(cards.map((c) => `drawing of ${c.title}`));
		expect(drawn).toBe(3);
		expect(await readdir(cacheDir)).toHaveLength(3);
	});

	it('lets a card whose background drawing failed fail when its page asks for it', async () => {
		const broken = async () => {
			throw new Error('the renderer is broken');
		};
		warmSocialImageCache([card], { cacheDir, render: broken });
		await expect(renderSocialImageCached(card, { cacheDir, render: broken })).rejects.toThrow('the renderer is broken');
	});
});
