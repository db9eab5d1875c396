#!/usr/bin/env node
// Runs every test: type check, unit tests, a production build, then the browser tests against it.
// Browser tests use Debian's Chromium; when it is missing and we run as root it is installed with apt-get.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const suiteStarted = Date.now();

/** Each step's label and seconds, printed as a table at the end (and when a step fails). */
const timings = [];
const seconds = (since) => Math.round((Date.now() - since) / 1000);

/**
 * CPU seconds (user + system) used so far by the steps that have finished: the kernel adds a child's time, and its
 * own children's, to its parent's once it is reaped. Linux only (read from /proc); elsewhere nothing is shown.
 * A lower bound where a step's processes are reaped by no one in the chain: Chromium's renderers are not all counted,
 * so the browser steps show well under the two cores they keep busy (run side by side, they only slowed each other).
 */
function childCpuSeconds() {
	try {
		const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]?.split(' ') ?? [];
		// After "pid (comm) ": state is field 0; cutime and cstime are fields 13 and 14, in clock ticks (100 a second).
		return (Number(fields[13]) + Number(fields[14])) / 100;
	} catch {
		return undefined;
	}
}
/** The CPU a step used and how many cores that kept busy on average while it ran, e.g. "CPU 412 s, 1.7 cores". */
function cpuNote(cpuBefore, since) {
	const cpu = childCpuSeconds();
	if (cpu === undefined || cpuBefore === undefined) return '';
	const used = cpu - cpuBefore;
	const wall = Math.max(1, (Date.now() - since) / 1000);
	return `CPU ${Math.round(used)} s, ${(used / wall).toFixed(1)} cores`;
}

function printTimings() {
	const width = Math.max(...timings.map((t) => t.label.length), 'total'.length);
	console.log('\nStep times:');
	for (const t of timings) {
		const notes = [t.alongside ? `alongside ${t.alongside}` : '', t.cpu ?? ''].filter(Boolean).join('; ');
		console.log(`  ${t.label.padEnd(width)}  ${String(t.seconds).padStart(4)} s${notes ? `  (${notes})` : ''}`);
	}
	console.log(`  ${'total'.padEnd(width)}  ${String(seconds(suiteStarted)).padStart(4)} s`);
}

function fail(label, status) {
	console.error(`\n✗ ${label} failed (exit ${status}).`);
	printTimings();
	process.exit(typeof status === 'number' && status > 0 ? status : 1);
}

/** Runs one step in the foreground: its output goes straight to the terminal. */
function run(label, command, args, env = {}) {
	console.log(`\n▶ ${label}: ${[command, ...args].join(' ')}`);
	const started = Date.now();
	const cpuBefore = childCpuSeconds();
	const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
	timings.push({ label, seconds: seconds(started), cpu: cpuNote(cpuBefore, started) });
	if (result.status !== 0) fail(label, result.status ?? result.signal);
}

/**
 * Runs steps at the same time. The first one's output goes straight to the terminal; the others' is held and printed
 * whole once they finish, so no two outputs interleave. Fails (after all have finished) if any of them failed.
 */
async function runTogether(steps) {
	const names = steps.map((step) => step.label);
	const groupStarted = Date.now();
	const cpuBefore = childCpuSeconds();
	const results = await Promise.all(
		steps.map(({ label, command, args, env = {} }, i) => {
			console.log(`\n▶ ${label}${i > 0 ? ' (alongside, output below when done)' : ''}: ${[command, ...args].join(' ')}`);
			const started = Date.now();
			const child = spawn(command, args, { stdio: i === 0 ? 'inherit' : ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
			const held = [];
			child.stdout?.on('data', (chunk) => held.push(chunk));
			child.stderr?.on('data', (chunk) => held.push(chunk));
			return new Promise((resolve) => {
				child.on('close', (code, signal) => {
					if (held.length > 0) console.log(`\n── output of ${label} ──\n${Buffer.concat(held).toString().trimEnd()}\n── end of ${label} ──`);
					const alongside = names.filter((name) => name !== label).join(', ');
					timings.push({ label, seconds: seconds(started), alongside });
					resolve({ label, status: code ?? signal });
				});
			});
		}),
	);
	// The kernel cannot tell the steps' CPU apart once they run together: the group's is on the last of them to finish.
	const lastDone = timings.at(-1);
	if (lastDone) lastDone.cpu = cpuNote(cpuBefore, groupStarted).replace('CPU', 'CPU of the group');
	for (const result of results) if (result.status !== 0) fail(result.label, result.status);
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
// The type check is mostly one core, Vitest's build tests wait on their builds' I/O: side by side they share the two cores well.
await runTogether([
	{ label: 'unit and build tests', command: 'vitest', args: ['run'], env },
	{ label: 'type check', command: 'astro', args: ['check', '--minimumSeverity', 'warning'], env },
]);
// SITE_DIR (default dist/) lets a run build and test elsewhere, e.g. beside someone else's dist/.
const siteDir = process.env.SITE_DIR ?? 'dist';
// The same build as `npm run build`: Astro's, then the search index and the publish in a process of their own.
run('build', 'npm', ['run', 'build', '--', ...(siteDir === 'dist' ? [] : ['--outDir', siteDir])], env);
const siteEnv = { ...env, SITE_DIR: siteDir, CHROMIUM_PATH: chromium };
run('site tests (valid HTML, links, hostile input)', 'vitest', ['run', '--config', 'vitest.site.config.ts'], siteEnv);
run('browser tests', 'playwright', ['test'], siteEnv);
// Lighthouse loads one page at a time and waits on it, leaving a core free much of the time: the benchmark's smoke
// test runs beside it. The smoke test is a 30-article archive (the real site too), end to end (generator, our build, plain Astro
// and Hugo peers, page weight, search): it fails only if something fails to build or measure; no timing is judged.
// Its results stay in bench/.work/.
await runTogether([
	{ label: 'Lighthouse (accessibility, best practices, SEO = 100)', command: 'node', args: ['scripts/audit.mjs', '--assert'], env: siteEnv },
	{
		label: 'benchmark smoke test (30 articles, no timing judged)',
		command: 'npm',
		args: ['run', 'bench', '--', '--sizes', '30', '--queries', '2', '--cards', '20', '--no-write', '--timeout', '1200'],
		env,
	},
]);
printTimings();
console.log('\n✓ All tests passed.');
