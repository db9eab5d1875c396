import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteFiles } from '../site/site';
import { astroBuild } from './run-astro-build';

/** SHA-256 of every file of a built site, by path. */
function fingerprint(dir: string): Map<string, string> {
	return new Map(siteFiles(dir).map((file) => [file, createHash('sha256').update(readFileSync(path.join(dir, file))).digest('hex')]));
}

/** Where two versions of a text file first differ, for the failure message. */
function firstDifference(a: Buffer, b: Buffer): string {
	let i = 0;
	while (i < a.length && i < b.length && a[i] === b[i]) i++;
	const show = (buf: Buffer) => JSON.stringify(buf.subarray(Math.max(0, i - 40), i + 60).toString('utf8'));
	return `byte ${i} of ${a.length}/${b.length}: ${show(a)} vs ${show(b)}`;
}

describe('the build is reproducible', () => {
	it('two clean builds (fresh cache and output directories) are byte for byte the same', async () => {
		const first = await astroBuild('repro-a');
		expect(first.code, first.output).toBe(0);
		const second = await astroBuild('repro-b');
		expect(second.code, second.output).toBe(0);

		const a = fingerprint(first.outDir);
		const b = fingerprint(second.outDir);
		const onlyA = [...a.keys()].filter((file) => !b.has(file));
		const onlyB = [...b.keys()].filter((file) => !a.has(file));
		const differing = [...a.keys()]
			.filter((file) => b.has(file) && a.get(file) !== b.get(file))
			.map((file) => `${file}: ${firstDifference(readFileSync(path.join(first.outDir, file)), readFileSync(path.join(second.outDir, file)))}`);
		if (onlyA.length || onlyB.length || differing.length) {
			console.error(['The two builds differ:', ...onlyA.map((f) => `only in the first: ${f}`), ...onlyB.map((f) => `only in the second: ${f}`), ...differing].join('\n'));
		}
		expect({ onlyA, onlyB, differing }).toEqual({ onlyA: [], onlyB: [], differing: [] });
		expect(a.size).toBeGreaterThan(10);
	}, 300_000);
});
