/**
 * The About page: reachable from every page's footer, it says what the site is, how the copies and the
 * analysis are made (every claim status explained), and how to cite and reuse the open data.
 */
import { expect, test } from '@playwright/test';

test('the About page explains the site, the method and reuse, and every page links to it', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('contentinfo').getByRole('link', { name: 'About', exact: true }).click();
	await expect(page).toHaveURL(/\/about\/$/);
	await expect(page.getByRole('heading', { level: 1, name: 'About this site' })).toBeVisible();
	for (const name of ['What this is, and for whom', 'How the copies are made', 'How the analysis is made', 'Citing and reusing']) {
		await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
		// The contents at the top lead to each section.
		await expect(page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name })).toHaveAttribute('href', `#${await page.getByRole('heading', { level: 2, name }).getAttribute('id')}`);
	}
	const method = page.getByRole('region', { name: 'How the analysis is made' });
	for (const term of ['Asserted', 'Attributed', 'Disputed', 'Not mentioned']) {
		await expect(method.getByRole('term').filter({ hasText: term })).toHaveCount(1);
	}
	await expect(method.getByRole('heading', { name: 'Dates' })).toBeVisible();
	await expect(method.getByRole('heading', { name: 'People, organisations and places' })).toBeVisible();

	const reuse = page.getByRole('region', { name: 'Citing and reusing' });
	await reuse.getByRole('link', { name: 'open data' }).click();
	await expect(page).toHaveURL(/\/data\/$/);
});

test('the analysis page leaves how the build checks things to the About page', async ({ page }) => {
	await page.goto('/analysis/');
	await expect(page.getByRole('main')).not.toContainText(/\b(build|built)\b/i);
	await page.getByRole('link', { name: 'About this site' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'About this site' })).toBeVisible();
});
