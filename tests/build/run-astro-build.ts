import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';

export interface BuildResult {
	code: number | null;
	/** stdout and stderr, interleaved. */
	output: string;
	/** The output directory, absolute. */
	outDir: string;
	/** Whether the build was stopped for running longer than `timeoutMs`. */
	timedOut: boolean;
	/** The build's process id (for `npm run build`, the build script's own process). */
	pid: number | undefined;
}

/** Options of {@link astroBuild}. */
export interface BuildOptions {
	/** Keep what is already in the output directory (to check that a failed build leaves it alone). */
	keepOutDir?: boolean;
	/** Another Astro config file, relative to the project root. */
	config?: string;
	/** Stop the build (and report `timedOut`) when it runs longer than this. */
	timeoutMs?: number;
	/**
	 * `astro build` (the default) or `npm run build`: scripts/build-site.ts, which runs `astro build` and then the
	 * search index and the publish once Astro's process has exited.
	 */
	command?: 'astro build' | 'npm run build';
}

const astroBin = path.resolve('node_modules/astro/bin/astro.mjs');

/**
 * Runs a real `astro build` (or `npm run build`, with `options.command`) in a child process with its own output and cache directories (so that it never
 * touches dist/ or another build's content store), on the Node that runs the tests.
 *
 * @param name a short name: the build goes to tests/.tmp/dist-<name>, its cache to tests/.tmp/cache-<name>; both are emptied first
 * @param env extra environment, e.g. `{ CONTENT_DIR: 'tests/fixtures/…' }`
 */
export function astroBuild(name: string, env: Record<string, string> = {}, options: BuildOptions = {}): Promise<BuildResult> {
	const outDir = path.resolve(`tests/.tmp/dist-${name}`);
	const cacheDir = path.resolve(`tests/.tmp/cache-${name}`);
	if (!options.keepOutDir) {
		rmSync(outDir, { recursive: true, force: true });
		rmSync(cacheDir, { recursive: true, force: true });
	}
	const entry = options.command === 'npm run build' ? ['--disable-warning=ExperimentalWarning', '--import', './scripts/ts-hooks.mjs', 'scripts/build-site.ts'] : [astroBin, 'build'];
	const args = [...entry, '--outDir', outDir, ...(options.config ? ['--config', options.config] : [])];
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, args, {
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_CACHE_DIR: cacheDir, NO_COLOR: '1', FORCE_COLOR: '0', ...env },
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let output = '';
		let timedOut = false;
		const timer = options.timeoutMs
			? setTimeout(() => {
					timedOut = true;
					child.kill('SIGKILL');
				}, options.timeoutMs)
			: undefined;
		child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.on('error', reject);
		child.on('close', (code) => {
			clearTimeout(timer);
			resolve({ code, output, outDir, timedOut, pid: child.pid });
		});
	});
}
