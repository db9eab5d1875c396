/**
 * The content guard's per-file cache: what checking one article body found (its problems, and the text
 * model that the cross-file checks read), kept in Astro's cache dir between builds, so that a build
 * parses again only the bodies that changed. The checks across files (references, verbatim quotes and
 * evidence, entity mentions, key terms) always run whole, on the cached text models of unchanged files.
 *
 * One small JSON file per body, named by the SHA-256 of the guard's version (a digest of its code, see
 * `guard-version.ts`), the file's path and its body: a changed body, a renamed file or a changed guard is
 * simply not found and is checked again. A cache file that cannot be read or is not in the expected shape
 * is ignored (the body is checked again and the file rewritten); it can never hide a problem, because a
 * body's problems are cached with it and reported again for as long as the body is unchanged.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import type { ArticleText } from '../text/article-text';
import type { ContentProblem } from './content-problems';

/** What checking one body found. */
export interface BodyCheck {
	/** The body's problems (refused markup, with line and column); empty when it passed. */
	problems: ContentProblem[];
	/** The body's text model, for the checks across files; absent when none could be read. */
	text?: ArticleText | undefined;
}

/** The shape a cache file must have to be used; anything else is ignored. */
const cachedCheck = z.object({
	file: z.string(),
	problems: z.array(z.object({ file: z.string(), field: z.string(), problem: z.string(), expected: z.string(), fix: z.string() })),
	text: z.object({ blocks: z.array(z.object({ id: z.string(), number: z.number().int().positive().optional(), text: z.string() })) }).optional(),
});

/** The per-file cache of one run of the guard. */
export interface BodyCheckCache {
	/** The cached check of `file` with this exact body, if there is a usable one. */
	lookup(file: string, body: string, bodyStartLine: number | undefined): BodyCheck | undefined;
	/** Keeps the check of `file` with this body for the next run. */
	store(file: string, body: string, bodyStartLine: number | undefined, check: BodyCheck): void;
	/** Removes the cached checks that this run did not use (deleted or changed files, an older guard). */
	prune(): void;
	/** How many bodies this run took from the cache, and how many it had to check. */
	readonly reused: number;
	readonly checked: number;
}

/**
 * Opens (creating it when needed) the cache in `dir` for a guard of `version`. Nothing is read until a
 * body is looked up; nothing fails if the folder cannot be written (the guard then checks every body).
 */
export function openBodyCheckCache(dir: string, version: string): BodyCheckCache {
	const used = new Set<string>();
	let reused = 0;
	let checked = 0;
	let writable = true;
	const keyOf = (file: string, body: string, bodyStartLine: number | undefined) =>
		createHash('sha256').update(`${version}\u0000${file}\u0000${bodyStartLine ?? 1}\u0000`).update(body).digest('hex');
	const pathOf = (key: string) => path.join(dir, `${key}.json`);

	return {
		get reused() {
			return reused;
		},
		get checked() {
			return checked;
		},
		lookup(file, body, bodyStartLine) {
			const key = keyOf(file, body, bodyStartLine);
			used.add(key);
			let parsed: z.infer<typeof cachedCheck> | undefined;
			try {
				const result = cachedCheck.safeParse(JSON.parse(readFileSync(pathOf(key), 'utf8')));
				// A file of another path with the same digest cannot happen by chance; checked anyway.
				if (result.success && result.data.file === file) parsed = result.data;
			} catch {
				// Missing, unreadable or not JSON: checked again.
			}
			if (!parsed) {
				checked++;
				return undefined;
			}
			reused++;
			if (!parsed.text) return { problems: parsed.problems };
			const blocks = parsed.text.blocks.map(({ id, number, text }) => (number === undefined ? { id, text } : { id, number, text }));
			return { problems: parsed.problems, text: { blocks } };
		},
		store(file, body, bodyStartLine, check) {
			if (!writable) return;
			const key = keyOf(file, body, bodyStartLine);
			used.add(key);
			const target = pathOf(key);
			const temporary = `${target}.${process.pid}.tmp`;
			try {
				mkdirSync(dir, { recursive: true });
				writeFileSync(temporary, JSON.stringify({ file, problems: check.problems, text: check.text }));
				renameSync(temporary, target);
			} catch {
				// A read-only or full cache dir costs time, not correctness: every body is checked next time.
				writable = false;
				rmSync(temporary, { force: true });
			}
		},
		prune() {
			let names: string[];
			try {
				names = readdirSync(dir);
			} catch {
				return;
			}
			for (const name of names) {
				if (name.endsWith('.json') && used.has(name.slice(0, -'.json'.length))) continue;
				rmSync(path.join(dir, name), { force: true });
			}
		},
	};
}
