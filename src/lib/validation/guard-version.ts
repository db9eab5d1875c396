import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The folders of the project whose code decides what the content guard finds in one file, and the lock file of its packages. */
const guardCode = ['src/markdown', 'src/lib/validation', 'src/lib/text', 'src/lib/content', 'src/schemas'];
const lockFile = 'package-lock.json';

function filesUnder(dir: string): string[] {
	let entries;
	try {
		entries = readdirSync(dir, { withFileTypes: true });
	} catch {
		return [];
	}
	return entries.flatMap((entry) => (entry.isDirectory() ? filesUnder(path.join(dir, entry.name)) : [path.join(dir, entry.name)]));
}

/**
 * The content guard's version, for its per-file cache: a SHA-256 of its own code (every file under
 * {@link guardCode}) and of package-lock.json, under the project `root`. Any change to the checks,
 * the schemas, the Markdown pipeline or a package version gives another version, so that no check
 * cached by an older guard is used.
 */
export function guardVersion(root: string): string {
	const hash = createHash('sha256');
	const files = [...guardCode.flatMap((dir) => filesUnder(path.join(root, dir))), path.join(root, lockFile)].sort();
	for (const file of files) {
		let text: Buffer;
		try {
			text = readFileSync(file);
		} catch {
			continue;
		}
		hash.update(path.relative(root, file)).update('\u0000').update(text).update('\u0000');
	}
	return hash.digest('hex');
}
