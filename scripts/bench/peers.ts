/**
 * The peers the site is compared with, over the same corpus:
 * - plain Astro: scripts/bench/peers/plain-astro/ copied to bench/.work/plain-astro/ (it resolves
 *   `astro` from the project's node_modules by walking up), same unified Markdown pipeline, no analysis;
 * - Hugo (Debian's package) with the Pagefind CLI: scripts/bench/peers/hugo/ copied to
 *   bench/.work/hugo-<size>/, with the articles' frontmatter converted to Hugo's.
 */
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { dump, load } from 'js-yaml';

const here = path.dirname(new URL(import.meta.url).pathname);

/** Copies the plain-Astro template to `dir` (emptied first, its .astro/ type cache kept out). */
export async function preparePlainAstro(dir: string): Promise<void> {
	await rm(dir, { recursive: true, force: true });
	await cp(path.join(here, 'peers', 'plain-astro'), dir, { recursive: true });
}

function hugoDate(date: string): string {
	if (/^\d{4}$/.test(date)) return `${date}-01-01`;
	if (/^\d{4}-\d{2}$/.test(date)) return `${date}-01`;
	return date;
}

/** Writes a Hugo site for the corpus in `corpusDir` to `dir`. */
export async function prepareHugo(dir: string, corpusDir: string): Promise<void> {
	await rm(dir, { recursive: true, force: true });
	await cp(path.join(here, 'peers', 'hugo'), dir, { recursive: true });
	const target = path.join(dir, 'content', 'articles');
	await mkdir(target, { recursive: true });
	const names = (await readdir(path.join(corpusDir, 'articles'))).filter((name) => name.endsWith('.md'));
	for (let i = 0; i < names.length; i += 256) {
		await Promise.all(
			names.slice(i, i + 256).map(async (name) => {
				const source = await readFile(path.join(corpusDir, 'articles', name), 'utf8');
				const match = /^---\n([\s\S]*?)\n---\n/.exec(source);
				if (!match) throw new Error(`no frontmatter in ${name}`);
				const data = load(match[1] ?? '') as { title: string; summary: string; published: { date: string }; tags: string[] };
				const front = { title: data.title, slug: name.slice(0, -3), date: hugoDate(data.published.date), tags: data.tags, summary: data.summary };
				await writeFile(path.join(target, name), `---\n${dump(front, { lineWidth: -1 })}---\n${source.slice(match[0].length)}`);
			}),
		);
	}
}
