/**
 * Runs the real `astro build` on the analysis fixtures of tests/fixtures/analysis/:
 * - `evidence-not-in-article` must stop the build (non-zero exit) with a message naming the claim
 *   file, the field and the article, before anything is written;
 * - `valid` (the positive control) must build, and its analysis pages must link each quotation and
 *   evidence sentence to the paragraph that holds it.
 *
 * Each tree is copied to tests/.tmp/analysis-build-<random>/<case>/ (CONTENT_DIR must lie inside the
 * project, since the collections are globbed relative to it); the output and Astro's cache go to a
 * directory under os.tmpdir(), so the builds never touch dist/ or another build's cache. Both are
 * removed afterwards.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const projectNode = path.join(projectRoot, 'node_modules/.bin/node');
const node = existsSync(projectNode) ? projectNode : process.execPath;
const astroBin = path.join(projectRoot, 'node_modules/astro/bin/astro.mjs');
const fixtures = path.join(projectRoot, 'tests/fixtures/analysis');

const sharedTmp = path.join(projectRoot, 'tests/.tmp');
mkdirSync(sharedTmp, { recursive: true });
const contentRoot = mkdtempSync(path.join(sharedTmp, 'analysis-build-'));
const outsideRoot = mkdtempSync(path.join(os.tmpdir(), 'analysis-build-'));

afterAll(() => {
	rmSync(contentRoot, { recursive: true, force: true });
	rmSync(outsideRoot, { recursive: true, force: true });
	try {
		rmdirSync(sharedTmp); // only if no other test left files there
	} catch {
		// not empty
	}
});

/** Copies a fixture tree under tests/.tmp/ and builds it. */
function build(name: string): Promise<{ code: number | null; output: string; contentDir: string; outDir: string }> {
	const dir = path.join(contentRoot, name);
	cpSync(path.join(fixtures, name), dir, { recursive: true });
	const contentDir = path.relative(projectRoot, dir).split(path.sep).join('/');
	const outDir = path.join(outsideRoot, name, 'dist');
	return new Promise((resolve, reject) => {
		const child = spawn(node, [astroBin, 'build', '--outDir', outDir], {
			cwd: projectRoot,
			env: {
				...process.env,
				CONTENT_DIR: contentDir,
				ASTRO_TELEMETRY_DISABLED: '1',
				ASTRO_CACHE_DIR: path.join(outsideRoot, name, 'cache'),
				NO_COLOR: '1',
				FORCE_COLOR: '0',
			},
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let output = '';
		child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.on('error', reject);
		child.on('close', (code) => resolve({ code, output, contentDir, outDir }));
	});
}

describe('astro build with analysis data', () => {
	it('fails on an evidence sentence that is not in its article, naming the file, the field and the article', { timeout: 90_000 }, async () => {
		const result = await build('evidence-not-in-article');
		expect(result.code, result.output).not.toBe(0);
		expect(result.output).toContain(`${result.contentDir}/claims/talks-held-in-riyadh.yaml`);
		expect(result.output).toContain('positions.0.evidence.0');
		expect(result.output).toContain(`${result.contentDir}/articles/talks-in-riyadh.md`);
		expect(result.output).toContain('nothing was built');
		expect(existsSync(path.join(result.outDir, 'index.html'))).toBe(false);
	});

	it('builds the valid tree and links quotes and evidence to their paragraphs', { timeout: 90_000 }, async () => {
		const result = await build('valid');
		expect(result.code, result.output).toBe(0);
		const page = (p: string) => readFileSync(path.join(result.outDir, p, 'index.html'), 'utf8');
		const quotes = page('quotes');
		expect(quotes.match(/<blockquote/g)).toHaveLength(2);
		expect(quotes).toContain('href="/articles/talks-in-riyadh/#p-2"'); // “This was a good start …”
		expect(quotes).toContain('href="/articles/talks-in-riyadh/#p-3"'); // “constructive”, inside *emphasis*
		const claims = page('claims');
		expect(claims.match(/<td data-status=/g)).toHaveLength(1);
		expect(claims).toContain('href="/articles/talks-in-riyadh/#p-1"');
		const article = page('articles/talks-in-riyadh');
		expect(article).toMatch(/<p id="p-1">Negotiators from both countries met in/);
		expect(page('timeline')).toContain('data-at="2025-02-18"');
		expect(existsSync(path.join(result.outDir, 'compare/index.html'))).toBe(true);
	});
});
