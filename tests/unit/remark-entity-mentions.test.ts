/**
 * The entity-mention plugin, run the way the Markdown pipeline runs it: parsed by remark-parse,
 * transformed by the plugin, the result read from `file.data.astro.frontmatter.mentions`.
 * Each case has its own fixture in `tests/fixtures/markdown/mentions/`, and all cases look for the
 * same small entity list (`entities.yaml` there). The expected counts were counted by hand from the
 * fixture text; the comment at each case says how.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type AstroMarkdownOptions, createMarkdownProcessor } from '@astrojs/markdown-remark';
import { load } from 'js-yaml';
import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { markdownPlugins } from '../../src/markdown';
import { createEntityMatcher, type MatchableEntity } from '../../src/lib/text/entity-matcher';
import { type MentionsByEntity, remarkEntityMentions, type RemarkEntityMentionsOptions } from '../../src/markdown/remark-entity-mentions';
import { sentenceAt, splitSentences } from '../../src/lib/text/sentences';
import { type ArticleText, sentencesOf } from '../../src/lib/text/article-text';

const fixtures = fileURLToPath(new URL('../fixtures/markdown/mentions/', import.meta.url));
const entities = load(readFileSync(`${fixtures}entities.yaml`, 'utf8')) as MatchableEntity[];

function source(name: string): string {
	return readFileSync(`${fixtures}${name}.md`, 'utf8');
}

/** Runs the plugin on a fixture; returns the mentions, the text model they point into and the transformed tree. */
function run(name: string, options: Partial<RemarkEntityMentionsOptions> = {}): { mentions: MentionsByEntity; text: ArticleText; tree: Root } {
	const file = new VFile({ path: `${fixtures}${name}.md`, value: source(name) });
	const processor = unified().use(remarkParse).use(remarkEntityMentions, { entities, ...options });
	const tree = processor.runSync(processor.parse(file), file) as Root;
	const mentions = (file.data as { astro?: { frontmatter?: { mentions?: MentionsByEntity } } }).astro?.frontmatter?.mentions;
	if (!mentions || !file.data.articleText) throw new Error(`no mentions or text model in file.data for ${name}.md`);
	current = file.data.articleText;
	return { mentions, text: file.data.articleText, tree };
}

/** The text model of the last fixture run. */
let current: ArticleText = { blocks: [] };

function counts(mentions: MentionsByEntity): Record<string, number> {
	return Object.fromEntries(Object.entries(mentions).map(([id, m]) => [id, m.count]));
}

/** The text each mention matched, read back from the text model. */
function matchedTexts(mentions: MentionsByEntity, id: string, text: ArticleText = current): string[] {
	return (mentions[id]?.occurrences ?? []).map(([block, start, end]) => text.blocks[block]?.text.slice(start, end) ?? '');
}

/** The sentence of the text model around a mention. */
function sentenceOf([block, start]: readonly [number, number, number], text: ArticleText = current): string {
	const found = text.blocks[block];
	const span = found && sentenceAt(sentencesOf(found), start);
	return found && span ? found.text.slice(span.start, span.end) : '';
}

/** The fragment id of the block a mention is in. */
function blockIdOf([block]: readonly [number, number, number], text: ArticleText = current): string | undefined {
	return text.blocks[block]?.id;
}

/** The links the plugin added, as [entity id, link text]. */
function entityLinks(tree: Root): [string, string][] {
	const links: [string, string][] = [];
	const walk = (node: { type: string; children?: unknown[]; url?: string; data?: { hProperties?: Record<string, unknown> } }): void => {
		const entityId = node.type === 'link' ? node.url?.match(/^\/entities\/([^/]+)\/$/)?.[1] : undefined;
		if (entityId && String(node.data?.hProperties?.className) === 'entity-mention') {
			const text = (node.children as { value?: string }[]).map((c) => c.value ?? '').join('');
			links.push([entityId, text]);
		}
		for (const child of (node.children ?? []) as (typeof node)[]) walk(child);
	};
	walk(tree as never);
	return links;
}

describe('remarkEntityMentions', () => {
	it('matches a name only on word boundaries, so "Aven" is never found inside "haven" or "Avenue"', () => {
		// Paragraph 1: "Petr Aven" and "Aven Street" (2); haven, Avenue, Avenir, Havens, McAven are not names.
		// Paragraph 2: "Aven-style" and "Aven:" (2); "2AvenB", "2Aven" and "Aven_x" are inside words.
		const { mentions } = run('word-boundaries');
		expect(counts(mentions)).toEqual({ 'petr-aven': 4 });
		expect(matchedTexts(mentions, 'petr-aven')).toEqual(['Petr Aven', 'Aven', 'Aven', 'Aven']);
	});

	it('counts every alias of an entity as a mention of that entity', () => {
		// "Kirill Dmitriev", "Dmitriev"; "Russian Direct Investment Fund", "RDIF", "Russia Direct Investment Fund".
		const { mentions } = run('aliases');
		expect(counts(mentions)).toEqual({ 'kirill-dmitriev': 2, rdif: 3 });
		expect(matchedTexts(mentions, 'rdif')).toEqual(['Russian Direct Investment Fund', 'RDIF', 'Russia Direct Investment Fund']);
	});

	it('is case-sensitive, so the country "US" is not the word "us", and "U.S." is not read inside "U.S.A"', () => {
		// "US", "U.S.", "US" of "US-Russia" = 3; "us" twice, "Us", "uS", "USA", "BUS", "USSR" and "U.S.A" are not it.
		const { mentions } = run('case');
		expect(counts(mentions)).toEqual({ 'united-states': 3, russia: 1 });
		expect(matchedTexts(mentions, 'united-states')).toEqual(['US', 'U.S.', 'US']);
	});

	it('finds names followed by a possessive, curly or straight, singular or plural', () => {
		// Trump’s, Trump's; Goldman Sachs’ (plural possessive), Goldman Sachs's; Dmitriev’s.
		const { mentions } = run('possessives');
		expect(counts(mentions)).toEqual({ 'donald-trump': 2, 'goldman-sachs': 2, 'kirill-dmitriev': 1 });
		// The possessive ending is not part of the highlighted name.
		expect(matchedTexts(mentions, 'goldman-sachs')).toEqual(['Goldman Sachs', 'Goldman Sachs']);
	});

	it('reports the possessive ending separately from the name', () => {
		const matcher = createEntityMatcher(entities);
		const found = matcher.find('Trump’s team and Goldman Sachs’ bankers and Trump\'s lawyers');
		expect(found.map((m) => [m.text, m.possessive])).toEqual([
			['Trump', '’s'],
			['Goldman Sachs', '’'],
			['Trump', "'s"],
		]);
	});

	it('lets a longer name win over a shorter one it contains, and counts it once', () => {
		// "Kirill Dmitriev" is one mention (no extra "Dmitriev"); "Miami Beach" is not "Miami";
		// "Eastern Europe" is not "Europe"; "Russia Direct Investment Fund" is not "Russia".
		const { mentions } = run('overlapping');
		expect(counts(mentions)).toEqual({
			'kirill-dmitriev': 1,
			'miami-beach': 1,
			miami: 1,
			'eastern-europe': 1,
			europe: 1,
			rdif: 1,
			russia: 1,
		});
		expect(matchedTexts(mentions, 'kirill-dmitriev')).toEqual(['Kirill Dmitriev']);
	});

	it('finds a mention that is the first or the last word of a paragraph, or the whole paragraph', () => {
		const { mentions } = run('paragraph-edges');
		expect(counts(mentions)).toEqual({ 'kirill-dmitriev': 2, 'steve-witkoff': 1, 'donald-trump': 1, russia: 1 });
		expect(mentions['kirill-dmitriev']?.occurrences.map((o) => [blockIdOf(o), o[1]])).toEqual([
			['p-1', 0],
			['p-1', 'Dmitriev opened the talks, and the last word went to '.length],
		]);
		const witkoff = mentions['steve-witkoff']?.occurrences[0];
		expect(witkoff && [blockIdOf(witkoff), sentenceOf(witkoff), witkoff[1], witkoff[2]]).toEqual(['p-2', 'Witkoff', 0, 7]);
	});

	it('finds names inside emphasis and across emphasis, but links only mentions that lie in one text node outside links', () => {
		const { mentions, tree } = run('emphasis', { linkMentions: 'first-per-article' });
		// p-1: Kirill Dmitriev, Witkoff, Miami Beach (each inside emphasis).
		// p-2: "*Kirill* Dmitriev" (split across nodes, still one mention) and "Dmitriev".
		// p-3: "Dmitriev" as link text and "Trump" in inline code. Heading: "Witkoff", "Russia".
		expect(counts(mentions)).toEqual({ 'kirill-dmitriev': 4, 'steve-witkoff': 2, 'miami-beach': 1, 'donald-trump': 1, russia: 1 });
		expect(matchedTexts(mentions, 'kirill-dmitriev')).toEqual(['Kirill Dmitriev', 'Kirill Dmitriev', 'Dmitriev', 'Dmitriev']);
		expect(mentions['steve-witkoff']?.occurrences.map((o) => blockIdOf(o))).toEqual(['p-1', 'witkoff-in-russia']);
		// Linked: the three in p-1, the first mention of each. Not linked: the later mentions of Dmitriev,
		// the split name, the existing link's text, inline code, and the heading.
		expect(entityLinks(tree)).toEqual([
			['kirill-dmitriev', 'Kirill Dmitriev'],
			['steve-witkoff', 'Witkoff'],
			['miami-beach', 'Miami Beach'],
		]);
	});

	it('links only the first mention of each entity in the article, and none inside a compound word such as "US-Russia"', () => {
		const { mentions, tree } = run('compound-words', { linkMentions: 'first-per-article' });
		// p-1: US and Russia of "US-Russia", Russia and US of "Russia–US", Russia of "Russia-aligned",
		// Dmitriev of "Dmitriev‑led" (non-breaking hyphen): all mentions, all inside compound words.
		// p-2: US, Russia, Dmitriev, Russia: the first three are the first mentions that may be linked.
		expect(counts(mentions)).toEqual({ 'united-states': 3, russia: 5, 'kirill-dmitriev': 2 });
		expect(entityLinks(tree)).toEqual([
			['united-states', 'US'],
			['russia', 'Russia'],
			['kirill-dmitriev', 'Dmitriev'],
		]);
		// Every mention stays recorded, in order, with its block.
		expect(mentions.russia?.occurrences.map((o) => blockIdOf(o))).toEqual(['p-1', 'p-1', 'p-1', 'p-2', 'p-2']);
	});

	it('links nothing when linkMentions is "none", the default', () => {
		expect(entityLinks(run('emphasis').tree)).toEqual([]);
	});

	it('quotes the whole sentence of each mention, not splitting after "U.S.", "Dr." or "e.g."', () => {
		const { mentions } = run('sentences');
		const sentences = Object.values(mentions).flatMap((m) => m.occurrences.map((o) => sentenceOf(o)));
		expect(new Set(sentences)).toEqual(
			new Set([
				'Dr. Smith met U.S. President Donald Trump in Washington.',
				'Then Dmitriev left!',
				'Did Witkoff stay?',
				'“The U.S. is ready,” he said.',
				'Trump spoke about the U.S.A and e.g. Russia in Jan. 2025.',
				'The end came with Russia',
			]),
		);
		// "U.S." twice; "U.S.A" is not "U.S.".
		expect(counts(mentions)['united-states']).toBe(2);
		const trump = mentions['donald-trump']?.occurrences[0];
		expect(matchedTexts(mentions, 'donald-trump')[0]).toBe('Donald Trump');
		expect(trump && sentenceOf(trump)).toBe('Dr. Smith met U.S. President Donald Trump in Washington.');
	});

	it('gives every paragraph and heading a stable id that the mentions refer to', () => {
		const first = run('emphasis');
		const second = run('emphasis');
		expect(first.mentions).toEqual(second.mentions);
		const ids = (first.tree.children as { data?: { hProperties?: { id?: string } } }[]).map((n) => n.data?.hProperties?.id);
		expect(ids).toEqual(['p-1', 'p-2', 'p-3', 'witkoff-in-russia']);
	});

	it('refuses a spelling that belongs to two entities, and an unknown linkMentions value', () => {
		expect(() => createEntityMatcher([...entities, { id: 'usa', name: 'USA', aliases: ['US'] }])).toThrow(/"US" is a spelling of both "united-states" and "usa"/);
		expect(() => unified().use(remarkParse).use(remarkEntityMentions, { entities, linkMentions: 'all' as never }).freeze()).toThrow(/linkMentions/);
	});
});

describe('the sentence splitter', () => {
	it('splits after ., ! and ? followed by a capital, and keeps closing quotes with their sentence', () => {
		const text = '“Returning won’t be easy,” he told Reuters in February. “The market has evolved.” Yes! Why? 150 firms stayed.';
		expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
			'“Returning won’t be easy,” he told Reuters in February.',
			'“The market has evolved.”',
			'Yes!',
			'Why?',
			'150 firms stayed.',
		]);
	});

	it('does not split after initialisms and abbreviations such as "U.S.", "Dr." and "Mr."', () => {
		const text = 'Dr. Jones and Mr. Lee met U.S. President Trump. J. R. Smith stayed.';
		expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
			'Dr. Jones and Mr. Lee met U.S. President Trump.',
			'J. R. Smith stayed.',
		]);
	});
});

describe('the combined matcher', () => {
	/** Milliseconds of CPU time `work` takes: unlike the wall clock, not inflated when other processes share the machine. */
	function cpuTime(work: () => void): number {
		const before = process.cpuUsage();
		work();
		const used = process.cpuUsage(before);
		return (used.user + used.system) / 1000;
	}

	/** 5,000 entities with two aliases each, and a text of about 350,000 characters. */
	function bigCase() {
		const many: MatchableEntity[] = Array.from({ length: 5000 }, (_, i) => ({
			id: `entity-${i}`,
			name: `Name${i} Surname${(i * 7919) % 5000}`,
			aliases: [`Alias${i}`, `Q${i.toString(36)}Z`],
		}));
		const text = source('large-text').repeat(1000);
		return { many: [...entities, ...many], text };
	}

	it('compiles all names and aliases into one matcher that finds each of them', () => {
		const matcher = createEntityMatcher(entities);
		// One matcher knows every spelling: 12 names and 8 aliases.
		expect(matcher.spellings).toBe(20);
		for (const entity of entities) {
			for (const spelling of [entity.name, ...(entity.aliases ?? [])]) {
				const found = matcher.find(`x ${spelling} y`);
				expect(found.map((m) => [m.entityId, m.text])).toEqual([[entity.id, spelling]]);
			}
		}
	});

	it('scans a long text for 5,000 entities in well under a second', () => {
		const { many, text } = bigCase();
		let found: ReturnType<ReturnType<typeof createEntityMatcher>['find']> = [];
		// Compiling the matcher for 5,000 entities and scanning the text, together.
		const elapsed = cpuTime(() => {
			found = createEntityMatcher(many).find(text);
		});
		// Each copy of the fixture mentions Russia, Kirill Dmitriev, Russian Direct Investment
		// Fund, RDIF, Miami Beach, Dmitriev, U.S., US, Steve Witkoff, Trump, Eastern Europe = 11.
		expect(found).toHaveLength(11 * 1000);
		expect(elapsed).toBeLessThan(1000);
	});

	it('takes nowhere near 400 times as long for 5,000 entities as for 12, because the cost follows the text, not the entity count', () => {
		const { many, text } = bigCase();
		const small = createEntityMatcher(entities);
		const large = createEntityMatcher(many);
		// Warm both up (V8 compiles an expression on first use).
		small.find('Russia');
		large.find('Russia');
		const time = (matcher: typeof small) => Math.min(...[1, 2, 3].map(() => cpuTime(() => matcher.find(text))));
		const smallTime = time(small);
		const largeTime = time(large);
		// 400 times as many entities: trying each entity in turn would take about 400 times as long.
		// The matcher looks up each word of the text in its index of first words, so the entity count
		// barely matters; 25 times leaves room for a busy machine.
		expect(largeTime).toBeLessThan(Math.max(smallTime * 25, 50));
	});
});

describe('the article pipeline', () => {
	it('keeps paragraph ids, heading slugs and entity links with their class through the sanitizer', async () => {
		// unified's PluggableList and Astro's plugin list types describe the same thing (as in astro.config.mjs).
		const processor = await createMarkdownProcessor({ ...(markdownPlugins({ entities }) as AstroMarkdownOptions), smartypants: false });
		const { code, metadata } = await processor.render(source('emphasis'));
		expect(code).toContain('<p id="p-1">');
		expect(code).toContain('<p id="p-3">');
		expect(code).toMatch(/<h2 id="witkoff-in-russia"[ >]/);
		expect(code).toContain('<a href="/entities/kirill-dmitriev/" class="entity-mention">Kirill Dmitriev</a>');
		expect((metadata.frontmatter as { mentions?: MentionsByEntity }).mentions?.['kirill-dmitriev']?.count).toBe(4);
	});
});
