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
		// Two files at a time (Vitest's default on two cores is one): the hostile-site test builds and browses
		// its own site while the others read dist/.
		maxWorkers: 2,
	},
});
