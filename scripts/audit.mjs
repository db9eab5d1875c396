#!/usr/bin/env node
// Lighthouse on one page of every kind (one URL per route pattern of the sitemap, plus the 404 page),
// in Debian's Chromium, against the built site served on the loopback interface.
//
//   npm run audit              build if needed, audit all four categories on a phone and on a desktop, write
//                              reports/lighthouse.{json,md}; exits 1 when accessibility, best practices or SEO is below 100
//                              (performance is recorded only)
//   npm run audit -- --assert  the CI check (scripts/test.mjs): accessibility, best practices and SEO on the phone
//                              (Lighthouse's default device) only, no reports. The desktop layout's accessibility is
//                              checked by axe on every page in tests/e2e/every-page.spec.ts; the other two categories
//                              do not depend on the screen.
//   npm run audit -- --only=/search/,/404.html   just those pages, no reports (a quick look after a fix)
//
// Environment: SITE_DIR (default dist), CHROMIUM_PATH (default /usr/bin/chromium).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { serveStatic } from './static-server.mjs';

const assertOnly = process.argv.includes('--assert');
const siteDir = process.env.SITE_DIR ?? 'dist';
const chromePath = process.env.CHROMIUM_PATH ?? process.env.CHROME_PATH ?? '/usr/bin/chromium';
const asserted = ['accessibility', 'best-practices', 'seo'];
const categories = assertOnly ? asserted : ['performance', ...asserted];
const formFactors = assertOnly ? ['mobile'] : ['mobile', 'desktop'];
const started = Date.now();

if (!existsSync(path.join(siteDir, 'index.html'))) {
	console.log(`▶ ${siteDir}/ has no build: astro build --outDir ${siteDir}`);
	const build = spawnSync('astro', ['build', '--outDir', siteDir], { stdio: 'inherit', env: { ASTRO_TELEMETRY_DISABLED: '1', ...process.env } });
	if (build.status !== 0) process.exit(build.status || 1);
}

/**
 * One path per route pattern: `/articles/a/` and `/articles/b/` are both `/articles/*​/`, and a list's later pages
 * (`/claims/2/`) are its first page's pattern. The first (sorted) is taken.
 */
function pagesToAudit() {
	const xml = readFileSync(path.join(siteDir, 'sitemap-0.xml'), 'utf8');
	const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '/').pathname).sort();
	const byPattern = new Map();
	for (const pagePath of paths) {
		const parts = pagePath.split('/').filter(Boolean);
		if (parts.length > 1 && /^\d+$/.test(parts.at(-1) ?? '')) parts.pop();
		const pattern = parts.length >= 2 ? `/${parts.slice(0, -1).join('/')}/*/` : `/${parts.map((part) => `${part}/`).join('')}`;
		if (!byPattern.has(pattern)) byPattern.set(pattern, pagePath);
	}
	if (existsSync(path.join(siteDir, '404.html'))) byPattern.set('404', '/404.html');
	return [...byPattern].map(([pattern, pagePath]) => ({ pattern, path: pagePath }));
}

// `--only=/search/,/404.html` audits just those paths (for a quick look after a fix).
const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length).split(',');
const pages = pagesToAudit().filter((page) => !only || only.includes(page.path));
const server = await serveStatic(siteDir);
// "localhost", not 127.0.0.1: the pages' canonical URLs name localhost (Astro's `site`), and Lighthouse's SEO
// audit wants the canonical on the same host. Chromium always resolves localhost to the loopback interface.
const origin = `http://localhost:${server.port}`;
const chrome = await launch({
	chromePath,
	chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

/**
 * Without the performance category nothing needs the long quiet-time waits (which, on a busy 2-core machine, are
 * most of a run): pages are audited as soon as they have loaded. The throttling method stays Lighthouse's default,
 * "simulate", which throttles nothing while the page loads (it only models a slow phone when scoring performance):
 * any other method makes Lighthouse raise every quiet-time wait below to at least 5.25 s, 11 s a page.
 */
const quick = {
	pauseAfterFcpMs: 0,
	pauseAfterLoadMs: 250,
	networkQuietThresholdMs: 250,
	cpuQuietThresholdMs: 250,
	skipAboutBlank: true,
	disableFullPageScreenshot: true,
};

const results = [];
let failed = false;
try {
	for (const page of pages) {
		for (const formFactor of formFactors) {
			const t0 = Date.now();
			const runnerResult = await lighthouse(
				`${origin}${page.path}`,
				{ port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories, ...(assertOnly ? quick : {}) },
				formFactor === 'desktop' ? desktopConfig : undefined,
			);
			const lhr = runnerResult?.lhr;
			if (!lhr) throw new Error(`Lighthouse returned nothing for ${page.path}`);
			if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${page.path}: ${lhr.runtimeError.message}`);
			const scores = Object.fromEntries(categories.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]));
			// The audits that cost points, by category, for the report and the failure message.
			const failing = Object.fromEntries(
				categories.map((id) => [
					id,
					(lhr.categories[id]?.auditRefs ?? [])
						.filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
						.map((ref) => `${ref.id}: ${lhr.audits[ref.id]?.title}${lhr.audits[ref.id]?.displayValue ? ` (${lhr.audits[ref.id]?.displayValue})` : ''}`),
				]),
			);
			const below = asserted.filter((id) => (scores[id] ?? 0) < 100);
			if (below.length > 0) failed = true;
			results.push({ ...page, formFactor, scores, failing, seconds: Math.round((Date.now() - t0) / 100) / 10 });
			const line = categories.map((id) => `${id} ${scores[id]}`).join(', ');
			console.log(`${below.length ? '✗' : '✓'} ${page.path} (${formFactor}): ${line}`);
			for (const id of below) for (const audit of failing[id] ?? []) console.log(`    ${id}: ${audit}`);
		}
	}
} finally {
	await chrome.kill();
	await server.close();
}

const seconds = Math.round((Date.now() - started) / 1000);
// The committed report covers every page kind: a partial run (--assert, --only) leaves it alone.
if (!assertOnly && !only) {
	const version = spawnSync(chromePath, ['--version'], { encoding: 'utf8' }).stdout.trim();
	const lighthouseVersion = JSON.parse(readFileSync('node_modules/lighthouse/package.json', 'utf8')).version;
	mkdirSync('reports', { recursive: true });
	const report = { lighthouse: lighthouseVersion, browser: version, categories, pages: results };
	writeFileSync('reports/lighthouse.json', `${JSON.stringify(report, null, '\t')}\n`);
	const label = { performance: 'Performance', accessibility: 'Accessibility', 'best-practices': 'Best practices', seo: 'SEO' };
	const rows = results.map((r) => `| \`${r.path}\` | ${r.pattern === r.path ? '' : `\`${r.pattern}\``} | ${r.formFactor} | ${categories.map((id) => r.scores[id]).join(' | ')} |`);
	const notes = results.flatMap((r) =>
		categories.flatMap((id) => (r.failing[id] ?? []).map((audit) => `- \`${r.path}\` (${r.formFactor}), ${label[id]}: ${audit}`)),
	);
	const md = [
		'# Lighthouse scores',
		'',
		`Lighthouse ${lighthouseVersion} in ${version}, headless, against the production build served on the loopback interface`,
		'(`npm run audit`). One page per route pattern of the sitemap, plus the 404 page; "mobile" is Lighthouse\'s default',
		'(emulated phone, throttled), "desktop" its desktop preset. Accessibility, best practices and SEO must be 100',
		'(`npm test` checks them); performance is recorded, not asserted.',
		'',
		`| page | route pattern | device | ${categories.map((id) => label[id]).join(' | ')} |`,
		`| --- | --- | --- | ${categories.map(() => '---:').join(' | ')} |`,
		...rows,
		'',
		notes.length ? '## Audits below full marks\n\n' + notes.join('\n') : 'Every audit scored full marks.',
		'',
	].join('\n');
	writeFileSync('reports/lighthouse.md', md);
	console.log('Wrote reports/lighthouse.json and reports/lighthouse.md.');
}
console.log(`${results.length} Lighthouse runs (${pages.length} pages × ${formFactors.join(' and ')}) in ${seconds} s.`);
if (failed) {
	console.error('✗ Accessibility, best practices or SEO is below 100 on a page above.');
	process.exit(1);
}
