import { defineConfig, devices } from '@playwright/test';

/** Another port (PW_PORT) and site directory (SITE_DIR) let several builds be tested side by side. */
const port = Number(process.env.PW_PORT ?? 4329);
const siteDir = process.env.SITE_DIR ?? 'dist';

/** Browser tests run in Debian's Chromium (never a downloaded browser) against the production build in SITE_DIR (dist/). */
export default defineConfig({
	testDir: 'tests/e2e',
	// Runs side by side (PW_PORT, SITE_DIR) also need their own results folder: each run empties it first.
	outputDir: process.env.PW_OUTPUT_DIR ?? 'test-results',
	// axe on the longest pages (an entity page with hundreds of mentions) takes several seconds; leave room on a busy machine.
	timeout: 90_000,
	fullyParallel: true,
	workers: 2,
	forbidOnly: Boolean(process.env.CI),
	retries: 0,
	reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		trace: 'retain-on-failure',
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
			],
		},
	},
	projects: [
		{ name: 'desktop', use: { ...devices['Desktop Chrome'], channel: undefined } },
	],
	webServer: {
		// --ignore-lock: a preview server someone else started from this project must not stop this one.
		command: `astro preview --host 127.0.0.1 --port ${port} --outDir ${siteDir} --ignore-lock`,
		url: `http://127.0.0.1:${port}/`,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000,
	},
});
