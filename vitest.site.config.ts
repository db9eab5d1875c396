import { defineConfig } from 'vitest/config';

/**
 * Site tests: they read a finished build (SITE_DIR, default dist/) and so run after `astro build`
 * (scripts/test.mjs: build → these → Playwright). `npx vitest run --config vitest.site.config.ts`.
 */
export default defineConfig({
	test: {
		include: ['tests/site/**/*.test.ts'],
		testTimeout: 60_000,
		hookTimeout: 120_000,
	},
});
