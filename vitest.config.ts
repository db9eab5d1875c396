import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
		testTimeout: 20_000,
		// Two files at a time on two cores (Vitest's default is one fewer than the cores, here one): the build tests
		// wait on their `astro build` child processes, the unit tests beside them use the other core.
		maxWorkers: 2,
	},
});
