/**
 * The seeded synthetic corpus for the benchmarks: articles of realistic length and vocabulary,
 * with the tags, outlets, authors and entities they refer to, written as a content directory
 * that passes the site's own schemas (`findContentProblems`).
 *
 * - Deterministic: the same seed, size and real texts give byte-identical files.
 * - Vocabulary: words are drawn from the real articles' own word stream (so common words keep their
 *   real frequencies) mixed with a large synthetic lexicon drawn by Zipf's law, so that the number of
 *   distinct words, and with it the search index, keeps growing with the corpus as in real news.
 * - Length: 300–1,100 words of body text per article (mode 620), like the five real articles.
 * - Every sentence of a body is recorded (`GeneratedArticle.sentences`), so that quotes, claims and
 *   other analysis entries can be generated as verbatim sentences of the bodies.
 *
 * Adding an analysis collection: write a function `(context) => Map<path, text>` and add it to
 * {@link analysisCollections}; it sees every article with its sentences and the entities.
 */
import { readdir, readFile, mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { dump } from 'js-yaml';
import { countWords } from '../../src/markdown/remark-reading-time.ts';
import { genres } from '../../src/schemas/article.ts';
import { Random, Zipf } from './prng.ts';

/** Bump when the generator's output changes, so that results say which corpus they measured. */
export const corpusVersion = 1;

export interface CorpusOptions {
	/** Number of articles. */
	size: number;
	/** Any number or text; the same seed gives the same corpus. */
	seed: string | number;
	/** The real articles' bodies (Markdown without frontmatter); their words seed the vocabulary. */
	realTexts: readonly string[];
}

/** One sentence of a generated body, exactly as it appears in the text. */
export interface Sentence {
	/** The sentence verbatim, as in the Markdown body and the rendered page (no markup inside). */
	text: string;
	/** Index of the paragraph (0-based, headings not counted) the sentence is in. */
	paragraph: number;
	/** For a quotation: the id of the person quoted. */
	speaker?: string;
	/** For a quotation: the words inside the quotation marks. */
	quoted?: string;
	/** Ids of the entities named in the sentence. */
	entities: string[];
}

export interface GeneratedArticle {
	id: string;
	title: string;
	/** The frontmatter, as written (YAML). */
	frontmatter: Record<string, unknown>;
	/** The Markdown body. */
	body: string;
	/** Words in the body, counted as the reading-time plugin counts them. */
	words: number;
	sentences: Sentence[];
	/** Ids of the entities the body names. */
	entities: string[];
	tags: string[];
	date: string;
}

export type EntityKind = 'person' | 'organisation' | 'place';

export interface GeneratedEntity {
	id: string;
	name: string;
	kind: EntityKind;
	aliases: string[];
	description: string;
	link?: string;
}

export interface Corpus {
	seed: string | number;
	size: number;
	/** Every file of the content directory: path relative to it → text. */
	files: Map<string, string>;
	articles: GeneratedArticle[];
	entities: GeneratedEntity[];
	stats: CorpusStats;
}

export interface CorpusStats {
	articles: number;
	authors: number;
	outlets: number;
	tags: number;
	entities: number;
	/** Body words over all articles. */
	words: number;
	/** Distinct words (lower-cased) over all bodies. */
	distinctWords: number;
	minWords: number;
	maxWords: number;
	/** Bytes of all files. */
	bytes: number;
	/** Files per collection folder. */
	filesByCollection: Record<string, number>;
}

/** How many of each kind of entry a corpus of `size` articles has: grows slower than the articles, as on a real site. */
export function collectionSizes(size: number): { tags: number; outlets: number; authors: number; entities: number } {
	return {
		tags: Math.min(240, 12 + Math.floor(size / 80)),
		outlets: Math.min(60, 6 + Math.floor(size / 400)),
		authors: Math.min(600, 12 + Math.floor(size / 40)),
		entities: Math.min(3000, 30 + Math.floor(size / 5)),
	};
}

/** Words of the body: at least 300 and at most 1,100. */
export const wordRange = { min: 300, max: 1100 } as const;

const wordPattern = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;

/** The real texts' word stream, with sentence-initial capitals undone where the word also occurs in lower case. */
export function realWordStream(texts: readonly string[]): string[] {
	const tokens: string[] = [];
	for (const text of texts) {
		const plain = text.replace(/^#+\s.*$/gm, ' ').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
		for (const match of plain.matchAll(wordPattern)) {
			const word = match[0];
			if (word.length === 1 && word !== 'a' && word !== 'I') continue;
			tokens.push(word);
		}
	}
	const lower = new Set(tokens.filter((w) => w === w.toLowerCase()));
	return tokens
		.map((w) => (lower.has(w.toLowerCase()) ? w.toLowerCase() : w))
		.filter((w) => !/^\d/.test(w) || w.length <= 4);
}

const onsets = ['b', 'br', 'c', 'ch', 'd', 'dr', 'f', 'g', 'gr', 'h', 'k', 'kl', 'l', 'm', 'n', 'p', 'pr', 'r', 's', 'sk', 'st', 't', 'tr', 'v', 'z'];
const vowels = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'io', 'ou'];
const codas = ['', '', '', 'n', 'r', 's', 'l', 'k', 'nt', 'st', 'rd', 'm'];

function syllable(random: Random): string {
	return random.pick(onsets) + random.pick(vowels) + random.pick(codas);
}

function pseudoWord(random: Random, minSyllables: number, maxSyllables: number): string {
	let word = '';
	const count = random.int(minSyllables, maxSyllables);
	for (let i = 0; i < count; i++) word += syllable(random);
	return word;
}

const suffixes = ['s', 'ed', 'ing', 'er', 'ly', 'tion', 'al', 'ment', 'ist', 'ity'];

/** `count` distinct pseudo-words, none equal to a real word: one to three syllables, often with an English ending. */
function syntheticLexicon(random: Random, count: number, exclude: ReadonlySet<string>): string[] {
	const seen = new Set<string>();
	const words: string[] = [];
	while (words.length < count) {
		const word = pseudoWord(random, 1, 3) + (random.chance(0.4) ? random.pick(suffixes) : '');
		if (word.length < 4 || seen.has(word) || exclude.has(word)) continue;
		seen.add(word);
		words.push(word);
	}
	return words;
}

const capitalize = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
const titleCase = (words: readonly string[]) => words.map((w, i) => (i > 0 && /^(of|and|the|in|on|for|to|a)$/.test(w) ? w : capitalize(w))).join(' ');
const asciiSlug = (words: readonly string[]) =>
	words
		.map((w) => w.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]/g, ''))
		.filter(Boolean)
		.join('-');

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The context analysis-collection generators receive. */
export interface CorpusContext {
	/** A random stream of its own for each collection: `random.fork(name)`. */
	random: Random;
	size: number;
	seed: string | number;
	articles: readonly GeneratedArticle[];
	entities: readonly GeneratedEntity[];
	tags: readonly { id: string; label: string }[];
	/** `count` content words (lower case, letters only, at least four letters) in the corpus's vocabulary. */
	words: (random: Random, count: number) => string[];
}

/**
 * How many analysis entries a corpus of `size` articles has. The real site has, per article, about
 * 2 quotes, 3 claims and 3 events, 8 topics in all. Quotes are recorded per article (0–3 each, so
 * they grow with the corpus). Claims and events are the editors' curated comparison: they grow at the
 * real rate (0.6 per article) up to {@link analysisCaps}, twice the real site's 15, because the claims
 * and comparison pages are tables of claims × all articles, which cannot grow with both.
 */
export const analysisCaps = { claims: 30, events: 30, topics: 12 } as const;

export function analysisSizes(size: number): { topics: number; claims: number; events: number; maxQuotesPerArticle: number } {
	return {
		topics: Math.min(analysisCaps.topics, 8 + Math.floor(size / 250)),
		claims: Math.min(analysisCaps.claims, Math.max(3, Math.round(size * 0.6))),
		events: Math.min(analysisCaps.events, Math.max(3, Math.round(size * 0.6))),
		maxQuotesPerArticle: 3,
	};
}

/** Distinct sentences of an article, preferring ones that name an entity; the evidence of a claim or an event. */
function evidenceFrom(random: Random, article: GeneratedArticle, count: number): Sentence[] {
	const seen = new Set<string>();
	const unique = article.sentences.filter((s) => (seen.has(s.text) ? false : (seen.add(s.text), true)));
	return random.sample(unique, count);
}

/**
 * Analysis collections generated from the articles, by folder name, each checked by its schema in
 * `src/schemas/` and by `findContentProblems` (verbatim text, references). Each returns files (path
 * relative to the content directory → text). A new collection is one more function here; take any
 * verbatim text from `article.sentences`, never from free text.
 */
export const analysisCollections: Record<string, (context: CorpusContext) => Map<string, string>> = {
	entities: ({ entities }) =>
		new Map(
			entities.map((entity) => {
				const { id, ...data } = entity;
				return [`entities/${id}.yaml`, yaml(data)];
			}),
		),

	topics: ({ random: parent, size, tags, words }) => {
		const random = parent.fork('topics');
		const files = new Map<string, string>();
		for (let i = 0; i < analysisSizes(size).topics; i++) {
			const label = words(random, random.int(1, 3));
			const data: Record<string, unknown> = {
				label: capitalize(label.join(' ')),
				description: `Paragraphs about ${label.join(' ')} in the synthetic benchmark corpus.`,
				keywords: [...new Set(words(random, random.int(3, 6)))].map((w) => (random.chance(0.3) ? `${w}*` : w)),
			};
			if (random.chance(0.5)) data.tag = random.pick(tags).id;
			files.set(`topics/topic-${i + 1}.yaml`, yaml(data));
		}
		return files;
	},

	quotes: ({ random: parent, articles }) => {
		const random = parent.fork('quotes');
		const files = new Map<string, string>();
		articles.forEach((article, index) => {
			const quoted = article.sentences.filter((s) => s.quoted !== undefined && s.speaker !== undefined);
			const seen = new Set<string>();
			const chosen = random.sample(quoted, random.int(0, analysisSizes(articles.length).maxQuotesPerArticle)).filter((s) => (seen.has(s.quoted ?? '') ? false : (seen.add(s.quoted ?? ''), true)));
			chosen.forEach((sentence, k) => {
				const data: Record<string, unknown> = { text: sentence.quoted, speaker: sentence.speaker, article: article.id, quotation: 'direct' };
				if (random.chance(0.3)) data.occasion = random.pick(['a televised interview', 'a press conference', 'a statement to reporters', 'a speech at a forum']);
				files.set(`quotes/${sentence.speaker}-${index + 1}-${k + 1}.yaml`, yaml(data));
			});
		});
		return files;
	},

	claims: ({ random: parent, size, articles, words }) => {
		const random = parent.fork('claims');
		const topics = analysisSizes(size).topics;
		const files = new Map<string, string>();
		const count = analysisSizes(size).claims;
		for (let i = 0; i < count; i++) {
			// Spread over the corpus: claim i starts from an article i/count of the way through it.
			const home = Math.floor((i * articles.length) / count);
			const chosen = [...new Set([home, ...Array.from({ length: random.int(0, 2) }, () => random.int(0, articles.length - 1))])];
			const positions = chosen.map((index) => {
				const article = articles[index] as GeneratedArticle;
				const evidence = evidenceFrom(random, article, random.int(1, 2));
				const speaker = evidence.find((s) => s.speaker !== undefined)?.speaker;
				const position: Record<string, unknown> = { article: article.id };
				if (speaker !== undefined) Object.assign(position, { status: 'attributed', attributedTo: speaker });
				else if (random.chance(0.2)) Object.assign(position, { status: 'disputed' }, random.chance(0.5) ? { source: 'unnamed reports' } : {});
				else position.status = 'asserted';
				position.evidence = evidence.map((s) => s.text);
				return position;
			});
			const statement = `${capitalize(words(random, random.int(6, 14)).join(' '))}.`;
			// A key term from each position's first sentence, so that every position passes the key-term check.
			const keyWords = [...new Set(positions.map((position) => String((position.evidence as string[])[0]).match(/\p{L}{4,}/u)?.[0] ?? ''))].filter(Boolean);
			const keyTerms = { entities: [], words: keyWords };
			files.set(`claims/claim-${i + 1}.yaml`, yaml({ statement, topic: `topic-${random.int(1, topics)}`, keyTerms, positions }));
		}
		return files;
	},

	events: ({ random: parent, size, articles, words }) => {
		const random = parent.fork('events');
		const files = new Map<string, string>();
		const count = analysisSizes(size).events;
		for (let i = 0; i < count; i++) {
			const home = articles[Math.floor(((i + 0.5) * articles.length) / count)] as GeneratedArticle;
			const others = Array.from({ length: random.int(0, 2) }, () => random.pick(articles)).filter((a) => a.id !== home.id);
			const chosen = [...new Map([home, ...others].map((a) => [a.id, a])).values()];
			const evidence = chosen.map((article) => ({ article: article.id, text: evidenceFrom(random, article, random.int(1, 2)) }));
			const participants = [...new Set(evidence.flatMap((e) => e.text.flatMap((s) => s.entities)))].sort();
			const published = home.frontmatter.published as { date: string; precision: string };
			const title = capitalize(words(random, random.int(2, 5)).join(' '));
			files.set(
				`events/event-${i + 1}.yaml`,
				yaml({
					title,
					description: `${capitalize(words(random, random.int(8, 16)).join(' '))}.`,
					date: { date: published.date, precision: published.precision, basis: 'estimated', reason: 'Inferred from the publication date of the article that reports it.' },
					participants,
					evidence: evidence.map((e) => ({ article: e.article, text: e.text.map((s) => s.text) })),
				}),
			);
		}
		return files;
	},
};

function yaml(data: Record<string, unknown>): string {
	return dump(data, { lineWidth: -1, noRefs: true });
}

/** Generates a corpus in memory; {@link writeCorpus} writes it out. */
export function generateCorpus(options: CorpusOptions): Corpus {
	const { size, seed } = options;
	if (!Number.isInteger(size) || size < 1) throw new Error(`generateCorpus: size must be a positive integer, got ${size}`);
	const root = new Random(`bench-corpus:${seed}`);
	const real = realWordStream(options.realTexts);
	if (real.length < 200) throw new Error('generateCorpus: the real texts have fewer than 200 words; pass the real articles.');
	const realSet = new Set(real.map((w) => w.toLowerCase()));
	// The lexicon is the same for every size (its own stream), so vocabulary grows with the corpus by Heaps' law.
	const lexicon = syntheticLexicon(new Random(`bench-lexicon:${seed}`), 150_000, realSet);
	const lexiconSet = new Set(lexicon);
	const lexiconZipf = new Zipf(lexicon.length, 1.0);
	const counts = collectionSizes(size);

	// Names: every capitalised stem is used by one entity or author only, so names never match each other.
	const nameRandom = root.fork('names');
	const usedStems = new Set<string>();
	const stem = (min = 2, max = 3): string => {
		for (;;) {
			const word = capitalize(pseudoWord(nameRandom, min, max));
			if (word.length >= 4 && !usedStems.has(word) && !realSet.has(word.toLowerCase()) && !lexiconSet.has(word.toLowerCase())) {
				usedStems.add(word);
				return word;
			}
		}
	};

	// Entities.
	const entityRandom = root.fork('entities');
	const entities: GeneratedEntity[] = [];
	const orgSuffixes = ['Holdings', 'Group', 'Energy', 'Capital', 'Bank', 'Partners', 'Institute', 'Fund', 'Mining', 'Logistics'];
	const placePatterns: ((s: string) => string)[] = [(s) => s, (s) => `Port ${s}`, (s) => `${s} Bay`, (s) => `North ${s}`, (s) => `${s} Oblast`];
	const usedIds = new Set<string>();
	const uniqueId = (base: string) => {
		let id = base;
		for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`;
		usedIds.add(id);
		return id;
	};
	for (let i = 0; i < counts.entities; i++) {
		const roll = entityRandom.next();
		const kind: EntityKind = roll < 0.5 ? 'person' : roll < 0.8 ? 'organisation' : 'place';
		let name: string;
		const aliases: string[] = [];
		let description: string;
		if (kind === 'person') {
			const family = stem(2, 3);
			name = `${stem(1, 2)} ${family}`;
			aliases.push(family);
			description = `A ${entityRandom.pick(['minister', 'banker', 'executive', 'diplomat', 'analyst', 'investor', 'official'])} named in the synthetic benchmark corpus.`;
		} else if (kind === 'organisation') {
			const base = stem(2, 3);
			name = `${base} ${entityRandom.pick(orgSuffixes)}`;
			if (entityRandom.chance(0.3)) aliases.push(base);
			description = `An organisation named in the synthetic benchmark corpus.`;
		} else {
			name = entityRandom.pick(placePatterns)(stem(2, 3));
			description = `A place named in the synthetic benchmark corpus.`;
		}
		const entity: GeneratedEntity = { id: uniqueId(asciiSlug(name.split(' '))), name, kind, aliases, description };
		if (entityRandom.chance(0.3)) entity.link = `https://example.org/wiki/${entity.id}`;
		entities.push(entity);
	}
	const entityZipf = new Zipf(entities.length, 0.9);
	const people = entities.filter((e) => e.kind === 'person');
	const peopleZipf = new Zipf(people.length, 0.9);

	// Tags, outlets, authors.
	const metaRandom = root.fork('meta');
	const lexiconWord = (random: Random) => lexicon[lexiconZipf.draw(random)] as string;
	const realWord = (random: Random) => real[Math.floor(random.next() * real.length)] as string;
	const contentWord = (random: Random): string => {
		for (;;) {
			const word = random.chance(0.5) ? lexiconWord(random) : realWord(random);
			if (word.length >= 4 && /^\p{L}+$/u.test(word)) return word.toLowerCase();
		}
	};
	const tagIds = new Set<string>();
	const tags: { id: string; label: string; description: string }[] = [];
	while (tags.length < counts.tags) {
		const words = Array.from({ length: metaRandom.int(1, 3) }, () => contentWord(metaRandom));
		const id = asciiSlug(words);
		if (!id || tagIds.has(id)) continue;
		tagIds.add(id);
		tags.push({ id, label: capitalize(words.join(' ')), description: `Articles about ${words.join(' ')} in the synthetic benchmark corpus.` });
	}
	const tagZipf = new Zipf(tags.length, 0.8);
	const outlets: { id: string; name: string; host: string }[] = [];
	for (let i = 0; i < counts.outlets; i++) {
		const base = stem(2, 3);
		const name = metaRandom.pick([`The ${base} Times`, `${base} Daily`, `The ${base} Herald`, `${base} Review`, `${base} News`]);
		outlets.push({ id: uniqueId(asciiSlug(name.split(' '))), name, host: `${base.toLowerCase()}.example.com` });
	}
	const authors: { id: string; name: string; outlet?: string; sourceNote?: string }[] = [];
	for (let i = 0; i < counts.authors; i++) {
		const name = `${stem(1, 2)} ${stem(2, 3)}`;
		const author: { id: string; name: string; outlet?: string; sourceNote?: string } = { id: uniqueId(asciiSlug(name.split(' '))), name };
		if (metaRandom.chance(0.7)) author.outlet = metaRandom.pick(outlets).id;
		if (metaRandom.chance(0.3)) author.sourceNote = `${name.split(' ')[0]} is a reporter covering ${contentWord(metaRandom)} and ${contentWord(metaRandom)}.`;
		authors.push(author);
	}

	// Articles.
	const articleRandom = root.fork('articles');
	const articles: GeneratedArticle[] = [];
	const start = Date.UTC(2016, 0, 1);
	const days = Math.floor((Date.UTC(2025, 11, 31) - start) / 86_400_000);
	for (let i = 0; i < size; i++) {
		const random = articleRandom.fork(`article:${i}`);
		// Every entity is named in at least one article: entity j is in the cast of article j mod size.
		const required: GeneratedEntity[] = [];
		for (let j = i; j < entities.length; j += size) required.push(entities[j] as GeneratedEntity);
		const sampled = random.sample(
			Array.from({ length: 8 }, () => entities[entityZipf.draw(random)] as GeneratedEntity),
			random.int(2, 6),
		);
		const cast = [...new Map([...required, ...sampled].map((e) => [e.id, e])).values()];
		const castPeople = cast.filter((e) => e.kind === 'person');
		if (castPeople.length === 0) castPeople.push(people[peopleZipf.draw(random)] as GeneratedEntity);
		/** Cast members not yet named in the body: the first sentences name them. */
		const pending = [...cast];

		const mention = (entity: GeneratedEntity, first: boolean, possessive = true): string => {
			const alias = !first && entity.aliases.length > 0 && random.chance(0.5) ? random.pick(entity.aliases) : entity.name;
			return possessive && random.chance(0.1) ? `${alias}’s` : alias;
		};
		const mentioned = new Set<string>();
		const wordsOf = (count: number): string[] => {
			const out: string[] = [];
			for (let k = 0; k < count; k++) out.push(random.chance(0.24) ? lexiconWord(random) : realWord(random));
			return out;
		};
		/** A plain sentence without its final full stop, and the entities it names; `inBody` for sentences of the text. */
		const clause = (inBody = true): { text: string; entities: string[] } => {
			const words = wordsOf(random.int(8, 24));
			const named: string[] = [];
			const next = inBody ? pending.shift() : undefined;
			if (next || random.chance(0.45)) {
				const entity = next ?? random.pick(cast);
				const position = random.int(1, words.length - 1);
				words[position] = mention(entity, !mentioned.has(entity.id));
				if (inBody) mentioned.add(entity.id);
				named.push(entity.id);
			}
			for (let k = 1; k < words.length - 2; k++) if (random.chance(0.07)) words[k] = `${words[k]},`;
			let first = words[0] as string;
			if (/^\d/.test(first)) first = `In ${first}`;
			words[0] = capitalize(first);
			return { text: words.join(' '), entities: named };
		};

		const target = Math.round(random.triangular(wordRange.min + 20, 620, wordRange.max - 40));
		const blocks: string[] = [];
		const sentences: Sentence[] = [];
		let words = 0;
		let paragraph = 0;
		let sinceHeading = 0;
		const withLink = random.chance(0.15);
		while (words < target) {
			if (target > 600 && sinceHeading > 220 && words < target - 120 && random.chance(0.35)) {
				const heading = titleCase(wordsOf(random.int(2, 6)).map((w) => w.replace(/,$/, '')));
				blocks.push(`## ${heading}`);
				words += countWords(heading);
				sinceHeading = 0;
				continue;
			}
			const parts: string[] = [];
			const count = random.int(1, 4);
			for (let s = 0; s < count; s++) {
				let sentence: Sentence;
				if (random.chance(0.14)) {
					const speaker = random.pick(castPeople);
					const inner = clause();
					const who = mention(speaker, !mentioned.has(speaker.id), false);
					mentioned.add(speaker.id);
					const text = random.chance(0.5) ? `“${inner.text},” said ${who}.` : `${who} said: “${inner.text}.”`;
					sentence = { text, paragraph, speaker: speaker.id, quoted: inner.text, entities: [speaker.id, ...inner.entities] };
				} else {
					const inner = clause();
					sentence = { text: `${inner.text}.`, paragraph, entities: inner.entities };
				}
				parts.push(sentence.text);
				sentences.push(sentence);
			}
			let text = parts.join(' ');
			if (withLink && paragraph === 2) {
				const label = wordsOf(random.int(2, 4)).join(' ').replace(/,/g, '');
				text += ` See [${label}](https://example.org/reports/${i}-${paragraph}).`;
			}
			blocks.push(text);
			const added = countWords(text);
			words += added;
			sinceHeading += added;
			paragraph++;
		}
		const body = `${blocks.join('\n\n')}\n`;

		// Frontmatter.
		const titleWords = wordsOf(random.int(5, 11)).map((w) => w.replace(/,$/, ''));
		if (random.chance(0.5)) titleWords[random.int(0, titleWords.length - 1)] = random.pick(cast).name;
		const title = capitalize(titleWords.join(' '));
		const id = `${asciiSlug(titleWords.slice(0, 6)) || 'article'}-${i + 1}`;
		const day = new Date(start + random.int(0, days) * 86_400_000);
		const iso = day.toISOString().slice(0, 10);
		const precisionRoll = random.next();
		const published: Record<string, unknown> =
			precisionRoll < 0.85
				? { date: iso, precision: 'day', basis: 'stated', asPrinted: `${months[day.getUTCMonth()]} ${iso.slice(8, 10)}, ${iso.slice(0, 4)}` }
				: precisionRoll < 0.95
					? { date: iso.slice(0, 7), precision: 'month', basis: 'estimated', reason: 'Inferred from the events the text reports as recent.' }
					: { date: iso.slice(0, 4), precision: 'year', basis: 'estimated', reason: 'Inferred from the year the text names.' };
		const articleAuthors = random.chance(0.15) ? [] : random.sample(authors, random.chance(0.8) ? 1 : 2);
		const outlet = random.chance(0.85) ? random.pick(outlets) : null;
		const articleTags = [...new Set(Array.from({ length: random.int(1, 5) }, () => (tags[tagZipf.draw(random)] as { id: string }).id))];
		const genreRoll = random.next();
		const genre = genreRoll < 0.55 ? genres[0] : genreRoll < 0.75 ? genres[2] : genreRoll < 0.9 ? genres[1] : genres[3];
		const frontmatter: Record<string, unknown> = {
			title,
			titleSource: random.chance(0.9) ? 'source' : 'editors',
		};
		if (random.chance(0.35)) frontmatter.standfirst = `${clause(false).text}.`;
		frontmatter.summary = `${clause(false).text}.`;
		frontmatter.authors = articleAuthors.map((a) => a.id);
		if (articleAuthors.length > 0 && random.chance(0.8)) frontmatter.byline = `By ${articleAuthors.map((a) => a.name).join(' and ')}`;
		frontmatter.outlet = outlet?.id ?? null;
		frontmatter.published = published;
		if (outlet && random.chance(0.5)) frontmatter.originalUrl = `https://${outlet.host}/news/${iso.slice(0, 4)}/${id}`;
		frontmatter.genre = genre;
		frontmatter.language = 'en';
		frontmatter.tags = articleTags;
		frontmatter.sourceFile = `bench-${String(i + 1).padStart(6, '0')}.txt`;
		frontmatter.sourceNotes = random.chance(0.1) ? [`Photo: ${capitalize(wordsOf(4).join(' ').replace(/,/g, ''))}.`] : [];
		frontmatter.editorialNotes = [`Synthetic benchmark text generated by scripts/bench/corpus.ts (seed ${JSON.stringify(String(seed))}); not a real article.`];
		articles.push({
			id,
			title,
			frontmatter,
			body,
			words: countWords(body),
			sentences,
			entities: [...mentioned].sort(),
			tags: articleTags,
			date: published.date as string,
		});
	}

	const files = new Map<string, string>();
	for (const article of articles) files.set(`articles/${article.id}.md`, `---\n${yaml(article.frontmatter)}---\n\n${article.body}`);
	for (const { id, ...data } of tags) files.set(`tags/${id}.yaml`, yaml(data));
	for (const { id, name, host } of outlets) files.set(`outlets/${id}.yaml`, yaml({ name, homepage: `https://${host}`, description: `A synthetic outlet of the benchmark corpus.`, supplied: [{ field: 'description', from: 'Generated with the benchmark corpus.' }] }));
	for (const { id, ...data } of authors) files.set(`authors/${id}.yaml`, yaml(data));
	const context: CorpusContext = {
		random: root.fork('analysis'),
		size,
		seed,
		articles,
		entities,
		tags,
		words: (random, count) => Array.from({ length: count }, () => contentWord(random)),
	};
	for (const [, generate] of Object.entries(analysisCollections)) for (const [file, text] of generate(context)) files.set(file, text);

	const distinct = new Set<string>();
	let totalWords = 0;
	for (const article of articles) {
		totalWords += article.words;
		for (const match of article.body.matchAll(wordPattern)) distinct.add(match[0].toLowerCase());
	}
	const filesByCollection: Record<string, number> = {};
	let bytes = 0;
	for (const [file, text] of files) {
		const folder = file.split('/')[0] as string;
		filesByCollection[folder] = (filesByCollection[folder] ?? 0) + 1;
		bytes += Buffer.byteLength(text);
	}
	return {
		seed,
		size,
		files,
		articles,
		entities,
		stats: {
			articles: articles.length,
			authors: authors.length,
			outlets: outlets.length,
			tags: tags.length,
			entities: entities.length,
			words: totalWords,
			distinctWords: distinct.size,
			minWords: Math.min(...articles.map((a) => a.words)),
			maxWords: Math.max(...articles.map((a) => a.words)),
			bytes,
			filesByCollection,
		},
	};
}

/** Writes the corpus to `dir` (emptied first). */
export async function writeCorpus(corpus: Corpus, dir: string): Promise<void> {
	await rm(dir, { recursive: true, force: true });
	const folders = new Set([...corpus.files.keys()].map((file) => path.dirname(file)));
	for (const folder of folders) await mkdir(path.join(dir, folder), { recursive: true });
	const entries = [...corpus.files];
	for (let i = 0; i < entries.length; i += 256) {
		await Promise.all(entries.slice(i, i + 256).map(([file, text]) => writeFile(path.join(dir, file), text)));
	}
}

/** The bodies of the real articles in `contentDir/articles/` (frontmatter removed). */
export async function readRealTexts(contentDir: string): Promise<string[]> {
	const dir = path.join(contentDir, 'articles');
	const names = (await readdir(dir)).filter((name) => name.endsWith('.md')).sort();
	const texts = await Promise.all(names.map((name) => readFile(path.join(dir, name), 'utf8')));
	return texts.map((text) => text.replace(/^---\r?\n[\s\S]*?\r?\n---[ \t]*\r?\n/, ''));
}

/** The paragraph {@link editArticle} adds: plain words, no names, so that no quotation, claim or entity is touched. */
export const addedParagraph = 'The editors added this paragraph to see how long the site takes to build again after one article changes.';

/**
 * Edits one article of a corpus written to `dir`, as an editor would: adds {@link addedParagraph} at the end of
 * its text and, with `title`, gives it a new headline. Rewrites only that article's file (the bench's and the tests'
 * "edit one article, rebuild"); returns its id and its file, relative to `dir`.
 */
export async function editArticle(corpus: Corpus, dir: string, options: { index?: number; title?: string } = {}): Promise<{ id: string; file: string }> {
	const article = corpus.articles[options.index ?? Math.floor(corpus.articles.length / 2)];
	if (!article) throw new Error(`The corpus has no article number ${options.index}.`);
	const frontmatter = options.title === undefined ? article.frontmatter : { ...article.frontmatter, title: options.title };
	const file = `articles/${article.id}.md`;
	await writeFile(path.join(dir, file), `---\n${yaml(frontmatter)}---\n\n${article.body.trimEnd()}\n\n${addedParagraph}\n`);
	return { id: article.id, file };
}
