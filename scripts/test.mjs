#!/usr/bin/env node
// Runs every test: type check, unit tests, a production build, then the browser tests against it.
// Browser tests use Debian's Chromium; when it is missing and we run as root it is installed with apt-get.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const timings = [];
function run(label, command, args, env = {}) {
	console.log(`\n▶ ${label}: ${[command, ...args].join(' ')}`);
	const started = Date.now();
	const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
	timings.push(`${label}: ${Math.round((Date.now() - started) / 1000)} s`);
	if (result.status !== 0) {
		console.error(`\n✗ ${label} failed (exit ${result.status ?? result.signal}).`);
		process.exit(result.status || 1);
	}
}

function ensureChromium() {
	if (existsSync(chromium)) return;
	const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
	if (!isRoot) {
		console.error(
			`✗ The browser tests need Chromium at ${chromium}, and it is missing.\n` +
				'  Install Debian\'s package:  sudo apt-get install -y chromium\n' +
				'  or point CHROMIUM_PATH at another Chromium binary.',
		);
		process.exit(1);
	}
	console.log(`▶ Chromium is missing at ${chromium}; installing Debian's chromium package with apt-get.`);
	run('apt-get update', 'apt-get', ['update', '-qq']);
	run('apt-get install', 'apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-dejavu-core'], {
		DEBIAN_FRONTEND: 'noninteractive',
	});
	if (!existsSync(chromium)) {
		console.error(`✗ apt-get finished but ${chromium} is still missing.`);
		process.exit(1);
	}
}

const env = { ASTRO_TELEMETRY_DISABLED: '1' };
ensureChromium();
run('type check', 'astro', ['check', '--minimumSeverity', 'warning'], env);
run('unit tests', 'vitest', ['run'], env);
// SITE_DIR (default dist/) lets a run build and test elsewhere, e.g. beside someone else's dist/.
const siteDir = process.env.SITE_DIR ?? 'dist';
run('build', 'astro', ['build', ...(siteDir === 'dist' ? [] : ['--outDir', siteDir])], env);
run('site tests (valid HTML, links, hostile input)', 'vitest', ['run', '--config', 'vitest.site.config.ts'], { ...env, SITE_DIR: siteDir, CHROMIUM_PATH: chromium });
run('browser tests', 'playwright', ['test'], { ...env, SITE_DIR: siteDir, CHROMIUM_PATH: chromium });
run('Lighthouse (accessibility, best practices, SEO = 100)', 'node', ['scripts/audit.mjs', '--assert'], { ...env, SITE_DIR: siteDir, CHROMIUM_PATH: chromium });
// The benchmark's smallest size, end to end (generator, our build, plain Astro and Hugo peers, page weight, search),
// as a smoke test: it fails only if something fails to build or measure; no timing is judged. Results stay in bench/.work/.
run('benchmark smoke test (100 articles, no timing judged)', 'npm', ['run', 'bench', '--', '--sizes', '100', '--queries', '3', '--no-write', '--timeout', '1200'], env);
console.log(`\nTimings: ${timings.join('; ')}.`);
console.log('\n✓ All tests passed.');
