#!/usr/bin/env node
// Runs every test: type check, unit tests, a production build, then the browser tests against it.
// Browser tests use Debian's Chromium; when it is missing and we run as root it is installed with apt-get.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function run(label, command, args, env = {}) {
	console.log(`\n▶ ${label}: ${[command, ...args].join(' ')}`);
	const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
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
run('build', 'astro', ['build'], env);
run('browser tests', 'playwright', ['test'], { ...env, CHROMIUM_PATH: chromium });
console.log('\n✓ All tests passed.');
