/**
 * The incremental build (`experimental.incrementalBuild`, with the cache keys of src/lib/routing/cache-keys.ts)
 * must never publish a stale page. On a generated archive (the bench's corpus generator): a clean build, then
 * one article edited (a paragraph added and a new headline, as `editArticle` does), then a build with the same
 * cache. That build must write exactly the site a clean build of the edited archive writes, file for file, while
 * restoring the pages that do not show the edited article instead of rendering them again.
 */
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addedParagraph, editArticle, generateCorpus, readRealTexts, writeCorpus, type Corpus } from '../../scripts/bench/corpus';
import { astroBuild, type BuildResult } from './run-astro-build';

const contentDir = 'tests/.tmp/incremental-content';
const newTitle = 'A headline the editors changed';
let corpus: Corpus;
let edited: { id: string; file: string };
let first: BuildResult;
let again: BuildResult;
let clean: BuildResult;

/** Every file of a built site, relative to it. */
function filesOf(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
		.sort();
}

/**
 * The pages (and other files) a build rendered, and those it restored from the previous build: Astro writes the
 * cache copy of each page it renders (`<cache dir>/dist/`), and leaves it alone when it restores the page.
 */
function renderedAndRestored(build: BuildResult, since: number): { rendered: string[]; restored: string[] } {
	const copies = path.join(path.dirname(build.outDir), `cache-${path.basename(build.outDir).replace(/^dist-/, '')}`, 'dist');
	const rendered: string[] = [];
	const restored: string[] = [];
	for (const file of filesOf(copies)) (statSync(path.join(copies, file)).mtimeMs >= since ? rendered : restored).push(`/${file}`);
	return { rendered, restored };
}
let againStarted = 0;

beforeAll(async () => {
	corpus = generateCorpus({ size: 60, seed: 'incremental', realTexts: await readRealTexts('content') });
	await writeCorpus(corpus, contentDir);
	first = await astroBuild('incremental', { CONTENT_DIR: contentDir });
	edited = await editArticle(corpus, contentDir, { title: newTitle });
	againStarted = Date.now();
	again = await astroBuild('incremental', { CONTENT_DIR: contentDir }, { keepOutDir: true });
	clean = await astroBuild('incremental-clean', { CONTENT_DIR: contentDir });
}, 900_000);
afterAll(() => {
	rmSync(contentDir, { recursive: true, force: true });
	for (const build of [first, clean]) if (build) rmSync(build.outDir, { recursive: true, force: true });
});

describe('editing one article and building again with the same cache', () => {
	it('builds, as the clean builds do', () => {
		expect(first.code, first.output.slice(-3000)).toBe(0);
		expect(again.code, again.output.slice(-3000)).toBe(0);
		expect(clean.code, clean.output.slice(-3000)).toBe(0);
	});

	it('writes exactly the site a clean build of the edited archive writes', () => {
		const files = filesOf(again.outDir);
		expect(files).toEqual(filesOf(clean.outDir));
		const differing = files.filter((file) => !readFileSync(path.join(again.outDir, file)).equals(readFileSync(path.join(clean.outDir, file))));
		expect(differing).toEqual([]);
	});

	it('shows the edit on the article’s page, its tag pages and the home page', () => {
		const page = readFileSync(path.join(again.outDir, 'articles', edited.id, 'index.html'), 'utf8');
		expect(page).toContain(addedParagraph);
		expect(page).toContain(newTitle);
		const tags = corpus.articles.find((article) => article.id === edited.id)?.tags ?? [];
		expect(tags.length).toBeGreaterThan(0);
		/** Whether one of the pages of a list (`tags/energy`: its first page and `2/`, `3/`, …) shows the new headline. */
		const listShows = (dir: string) =>
			readdirSync(path.join(again.outDir, dir))
				.flatMap((name) => (name === 'index.html' ? [name] : /^\d+$/.test(name) ? [path.join(name, 'index.html')] : []))
				.some((file) => readFileSync(path.join(again.outDir, dir, file), 'utf8').includes(newTitle));
		const listing = [...tags.map((tag) => path.join('tags', tag)), '.'].map(listShows);
		expect(listing.every(Boolean)).toBe(true);
	});

	it('renders the edited article’s page again and restores the pages that do not show it', () => {
		const { rendered, restored } = renderedAndRestored(again, againStarted);
		expect(rendered).toContain(`/articles/${edited.id}/index.html`);
		expect(restored).not.toContain(`/articles/${edited.id}/index.html`);
		// Only the article's neighbours and the articles it is related to show its headline.
		const restoredArticles = restored.filter((page) => page.startsWith('/articles/'));
		expect(restoredArticles.length).toBeGreaterThan(corpus.articles.length - 12);
		// Its social image shows the new headline; the others are restored.
		expect(rendered).toContain(`/og/articles/${edited.id}.png`);
		expect(restored.filter((page) => page.startsWith('/og/articles/'))).toHaveLength(corpus.articles.length - 1);
	});

	it('restores every page it can when nothing changed', async () => {
		const started = Date.now();
		const unchanged = await astroBuild('incremental', { CONTENT_DIR: contentDir }, { keepOutDir: true });
		expect(unchanged.code, unchanged.output.slice(-3000)).toBe(0);
		const { rendered, restored } = renderedAndRestored(unchanged, started);
		expect(rendered).toEqual([]);
		// Every page with a key, that is all but the single pages (/about/, the feed, the index pages).
		expect(restored.length).toBeGreaterThan(corpus.articles.length * 2);
		expect(restored).toContain('/claims/index.html');
		expect(restored).toContain('/data/articles.json');
		expect(filesOf(unchanged.outDir)).toEqual(filesOf(clean.outDir));
	}, 600_000);
});
