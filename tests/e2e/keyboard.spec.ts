import { expect, test } from '@playwright/test';

// Every page's Tab order and focus rings are checked in every-page.spec.ts, in the same load as its other checks.

test('the skip link is the first stop and moves focus to the main content', async ({ page }) => {
	await page.goto('/');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to content' });
	await expect(skip).toBeFocused();
	await expect(skip).toBeInViewport();
	await page.keyboard.press('Enter');
	await expect(page.locator('main')).toBeFocused();
});
