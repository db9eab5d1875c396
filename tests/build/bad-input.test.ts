/**
 * Runs the real `astro build` on every bad-content case of tests/fixtures/content/cases/
 * (the same fixtures as tests/unit/content-validation.test.ts) and on the valid tree.
 *
 * Each case is merged into tests/.tmp/bad-input-<id>/<case>/ (CONTENT_DIR must be inside the
 * project, since the collections are globbed relative to it); the output and Astro's cache go
 * to a directory under os.tmpdir(). Both are removed in afterAll. The builds run one after the
 * other with one shared cache directory of their own, so they never touch dist/ or the cache
 * of another build running at the same time.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { contentCases, mergeCase } from '../fixtures/content/cases';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const projectNode = path.join(projectRoot, 'node_modules/.bin/node');
const node = existsSync(projectNode) ? projectNode : process.execPath;
const astroBin = path.join(projectRoot, 'node_modules/astro/bin/astro.mjs');

const sharedTmp = path.join(projectRoot, 'tests/.tmp');
mkdirSync(sharedTmp, { recursive: true });
const contentRoot = mkdtempSync(path.join(sharedTmp, 'bad-input-'));
const outsideRoot = mkdtempSync(path.join(os.tmpdir(), 'bad-input-'));
const cacheDir = path.join(outsideRoot, 'cache');

afterAll(() => {
	rmSync(contentRoot, { recursive: true, force: true });
	rmSync(outsideRoot, { recursive: true, force: true });
	// tests/.tmp/ is shared with other tests: remove it only when nothing else is left in it.
	try {
		rmdirSync(sharedTmp);
	} catch {
		// not empty: another test's files are still there
	}
});

interface Build {
	code: number | null;
	/** stdout and stderr, interleaved. */
	output: string;
	/** The content directory as given in CONTENT_DIR: relative to the project root, with "/". */
	contentDir: string;
	outDir: string;
}

/** Merges a case into its own content directory and runs `astro build` on it. */
function build(caseName: string | undefined): Promise<Build> {
	const name = caseName ?? 'valid';
	const dir = path.join(contentRoot, name);
	mergeCase(caseName, dir);
	const contentDir = path.relative(projectRoot, dir).split(path.sep).join('/');
	const outDir = path.join(outsideRoot, name, 'dist');
	return new Promise((resolve, reject) => {
		const child = spawn(node, [astroBin, 'build', '--outDir', outDir], {
			cwd: projectRoot,
			env: { ...process.env, CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_CACHE_DIR: cacheDir, NO_COLOR: '1', FORCE_COLOR: '0' },
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let output = '';
		child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.on('error', reject);
		child.on('close', (code) => resolve({ code, output, contentDir, outDir }));
	});
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('astro build with bad content', () => {
	it('builds the valid fixture tree (the positive control)', { timeout: 60_000 }, async () => {
		const result = await build(undefined);
		expect(result.code, result.output).toBe(0);
		expect(existsSync(path.join(result.outDir, 'index.html'))).toBe(true);
		// The article with `slug: talks-resume` is published under its slug, the other under its file name.
		expect(existsSync(path.join(result.outDir, 'articles/talks-resume/index.html'))).toBe(true);
		expect(existsSync(path.join(result.outDir, 'articles/energy-firms-eye-return/index.html'))).toBe(true);
	});

	it.each(contentCases)('stops at $title, names the file, the field and what was expected, and writes nothing ($name)', { timeout: 60_000 }, async (c) => {
		const result = await build(c.name);
		expect(result.code, result.output).not.toBe(0);
		expect(result.code).not.toBeNull();
		const files = [c.file, ...(c.orFile ? [c.orFile] : [])].map((file) => `${result.contentDir}/${file}`);
		expect(files.some((file) => result.output.includes(file)), `none of ${files.join(', ')} in:\n${result.output}`).toBe(true);
		expect(result.output).toMatch(new RegExp(`field:\\s+${escape(c.field)}\\s*\\n`));
		expect(result.output).toMatch(/expected: \S/);
		for (const text of c.expected) expect(result.output).toContain(text);
		expect(result.output).toMatch(/fix: +\S/);
		expect(result.output).toContain('nothing was built');
		expect(existsSync(result.outDir), `${result.outDir} exists: the build wrote output`).toBe(false);
	});
});
