import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { finishIncrementalBuild, incrementalManifestName, startIncrementalBuild, unfinishedMarkerName } from '../../src/integrations/incremental-cache';

const dirs: string[] = [];
const cacheDir = () => {
	const dir = mkdtempSync(path.join(tmpdir(), 'incremental-cache-'));
	dirs.push(dir);
	writeFileSync(path.join(dir, incrementalManifestName), '{}');
	return dir;
};
afterEach(() => {
	for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the incremental cache after a build that did not finish', () => {
	it('keeps the previous build’s record when that build finished', () => {
		const dir = cacheDir();
		expect(startIncrementalBuild(dir)).toBe(false);
		expect(existsSync(path.join(dir, incrementalManifestName))).toBe(true);
		expect(existsSync(path.join(dir, unfinishedMarkerName))).toBe(true);
		finishIncrementalBuild(dir);
		expect(existsSync(path.join(dir, unfinishedMarkerName))).toBe(false);
		expect(startIncrementalBuild(dir)).toBe(false);
		expect(existsSync(path.join(dir, incrementalManifestName))).toBe(true);
	});

	it('forgets the record of a build that failed or was stopped, so that the next build renders every page', () => {
		const dir = cacheDir();
		startIncrementalBuild(dir);
		// The build stops here: no finishIncrementalBuild.
		expect(startIncrementalBuild(dir)).toBe(true);
		expect(existsSync(path.join(dir, incrementalManifestName))).toBe(false);
		expect(existsSync(path.join(dir, unfinishedMarkerName))).toBe(true);
	});

	it('starts in a cache dir that does not exist yet', () => {
		const dir = path.join(cacheDir(), 'new');
		expect(startIncrementalBuild(dir)).toBe(false);
		expect(existsSync(path.join(dir, unfinishedMarkerName))).toBe(true);
	});
});
