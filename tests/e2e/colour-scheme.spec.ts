import { expect, type Page, test } from '@playwright/test';

/**
 * The colour scheme follows the system until the reader picks one in the footer; the pick is remembered,
 * applied before anything is painted, and undone by picking "System" again. Print is always black on white.
 */
const article = '/articles/global-business-didnt-save-russia/';
const lightBackground = 'rgb(253, 252, 250)';
const darkBackground = 'rgb(20, 20, 19)';

const backgroundOf = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const picker = (page: Page) => page.getByRole('combobox', { name: 'Colours' });

test('with no choice made the page follows the system scheme, light or dark', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto(article);
	await expect(picker(page)).toHaveValue('system');
	expect(await backgroundOf(page)).toBe(lightBackground);
	await page.emulateMedia({ colorScheme: 'dark' });
	expect(await backgroundOf(page)).toBe(darkBackground);
});

test('a scheme picked in the footer applies at once, is remembered on other pages, and "System" forgets it', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto(article);
	await picker(page).selectOption('dark');
	expect(await backgroundOf(page)).toBe(darkBackground);

	await page.getByRole('navigation', { name: 'Browse' }).getByRole('link', { name: 'Tags' }).click();
	await expect(page).toHaveURL(/\/tags\/$/);
	await expect(picker(page)).toHaveValue('dark');
	expect(await backgroundOf(page)).toBe(darkBackground);

	await picker(page).selectOption('system');
	expect(await backgroundOf(page)).toBe(lightBackground);
	await page.reload();
	await expect(picker(page)).toHaveValue('system');
	expect(await page.evaluate(() => localStorage.getItem('colour-scheme'))).toBeNull();
	expect(await backgroundOf(page)).toBe(lightBackground);
});

test('a remembered scheme is applied before any of the page is parsed, so it never flashes the other one', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto('/tags/');
	await picker(page).selectOption('light');
	// On the next page, note the scheme at the moment the first element of <main> enters the document.
	await page.addInitScript(() => {
		const seen: { scheme: string | null; background: string } = { scheme: null, background: '' };
		(window as unknown as { schemeWhenMainArrived: typeof seen }).schemeWhenMainArrived = seen;
		const observer = new MutationObserver(() => {
			if (!document.getElementById('main')) return;
			seen.scheme = document.documentElement.getAttribute('data-colour-scheme');
			seen.background = document.body ? getComputedStyle(document.body).backgroundColor : '';
			observer.disconnect();
		});
		observer.observe(document, { childList: true, subtree: true });
	});
	await page.goto(article);
	const seen = await page.evaluate(() => (window as unknown as { schemeWhenMainArrived: { scheme: string | null } }).schemeWhenMainArrived);
	expect(seen.scheme).toBe('light');
	expect(await backgroundOf(page)).toBe(lightBackground);
});

test('the picker can be used from the keyboard', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto('/');
	await picker(page).focus();
	await expect(picker(page)).toBeFocused();
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('ArrowDown');
	await expect(picker(page)).toHaveValue('dark');
	expect(await backgroundOf(page)).toBe(darkBackground);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the picker, which could not work, is not shown, and the page follows the system', async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'dark' });
		await page.goto(article);
		await expect(page.getByText('Colours', { exact: true })).toBeHidden();
		expect(await backgroundOf(page)).toBe(darkBackground);
	});
});

test('printed, an article is black on white with its text, provenance and notes, and without the site navigation', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto(article);
	await picker(page).selectOption('dark');
	await page.emulateMedia({ media: 'print' });
	expect(await backgroundOf(page)).toBe('rgb(255, 255, 255)');
	expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(0, 0, 0)');
	await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
	await expect(page.getByRole('search')).toBeHidden();
	await expect(page.getByRole('combobox', { name: 'Colours' })).toBeHidden();
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(page.getByText('For relations between Russia and the United States, the 1990s are back.')).toBeVisible();
	// The editors' notes sit in a folded <details> on screen; on paper they are unfolded.
	await expect(page.getByRole('heading', { name: 'Editors’ notes' })).toBeVisible();
});
