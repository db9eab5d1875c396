import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { renderSocialImage, renderSocialImageSvg, siteSocialCard } from '../../src/lib/sharing/social-image/card';
import { createRasterPool } from '../../src/lib/sharing/social-image/raster';

const workerPath = fileURLToPath(new URL('../../src/lib/sharing/social-image/raster-worker.mjs', import.meta.url));
const pool = createRasterPool(workerPath, 2);
afterAll(() => pool.close());

describe('rasterising social images in worker threads', () => {
	it('gives the same PNG bytes as drawing on the main thread', async () => {
		const cards = [siteSocialCard, { ...siteSocialCard, title: 'Arctic energy and rare earths: what the talks put on the table' }];
		for (const card of cards) {
			const [inWorker, onMainThread] = await Promise.all([renderSocialImage(card, { rasterise: pool.rasterise }), renderSocialImage(card)]);
			expect(Buffer.from(inWorker).equals(Buffer.from(onMainThread))).toBe(true);
		}
	});

	it('draws several cards at once, each answer going to its own request', async () => {
		const titles = ['One', 'Two', 'Three', 'Four', 'Five'];
		const svgs = await Promise.all(titles.map((title) => renderSocialImageSvg({ ...siteSocialCard, title })));
		const pngs = await Promise.all(svgs.map((svg) => pool.rasterise(svg)));
		expect(new Set(pngs.map((png) => Buffer.from(png).toString('base64'))).size).toBe(titles.length);
		const again = await pool.rasterise(svgs[3] ?? '');
		expect(Buffer.from(again).equals(Buffer.from(pngs[3] ?? []))).toBe(true);
	});

	it('rejects a broken SVG with the reason, and keeps working afterwards', async () => {
		await expect(pool.rasterise('<svg')).rejects.toThrow(/Rendering a social image failed/);
		const png = await pool.rasterise(await renderSocialImageSvg(siteSocialCard));
		expect(Buffer.from(png).subarray(1, 4).toString()).toBe('PNG');
	});

	it('refuses work once closed', async () => {
		const closing = createRasterPool(workerPath, 1);
		await closing.close();
		await expect(closing.rasterise('<svg/>')).rejects.toThrow(/stopped/);
	});
});
