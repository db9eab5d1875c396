/** The pure helpers behind the analysis pages: verbatim matching, paragraphs, timeline, coverage, schemas. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shortTitle } from '../../src/lib/analysis/labels';
import { closestId } from '../../src/lib/validation/analysis-validation';
import { keywordPattern, matchedKeywords, topicCoverage } from '../../src/lib/analysis/coverage';
import { assignLanes, buildTimeline, entryDateWords, formatPreciseDate, monthTicks, periodOf } from '../../src/lib/analysis/timeline';
import { comparableBlocks, describeMiss, findPassage, findQuoted, normaliseVerbatim } from '../../src/lib/text/verbatim';
import { paragraphsOf } from '../../src/lib/text/article-text';
import { articleTextOf } from './helpers/article-text';
import { createClaimSchema } from '../../src/schemas/claim';
import { createEventSchema } from '../../src/schemas/event';
import { createQuoteSchema } from '../../src/schemas/quote';
import { plainIdReference } from '../../src/schemas/reference';

describe('verbatim matching', () => {
	it('drops only emphasis markers and extra whitespace', () => {
		expect(normaliseVerbatim('a *b*  **c**\n_d_ __e__ ***f***')).toBe('a b c d e f');
		// Quotation marks, apostrophes and dashes stay as printed.
		expect(normaliseVerbatim('“won’t” — \'x\'')).toBe('“won’t” — \'x\'');
	});

	it('compares the paragraphs of the text model and finds passages within one paragraph only', () => {
		const blocks = comparableBlocks(paragraphsOf(articleTextOf('## Heading here\n\nFirst *para*\ngraph.\n\nSecond   one.')));
		// Headings are not paragraphs: evidence must be in a paragraph, so that it can be linked to one.
		expect(blocks).toEqual(['First para graph.', 'Second one.']);
		expect(findPassage(blocks, 'First para graph.')).toEqual({ block: 0, offset: 0 });
		expect(findPassage(blocks, 'First *para* graph.')).toEqual({ block: 0, offset: 0 });
		expect(findPassage(blocks, 'graph. Second')).toBeUndefined();
		expect(findPassage(blocks, 'First para  graph')).toEqual({ block: 0, offset: 0 });
		expect(findPassage(blocks, 'first para')).toBeUndefined(); // case matters
	});

	it('finds a quotation only between quotation marks, allowing the punctuation kept inside them', () => {
		const blocks = ['He said, “Returning won’t be easy,” and left. Returning won’t be easy for anyone.', 'She hoped for a “reset” soon.'];
		expect(findQuoted(blocks, 'Returning won’t be easy')).toEqual({ block: 0, offset: 10 });
		expect(findQuoted(blocks, 'reset')).toEqual({ block: 1, offset: 17 });
		expect(findQuoted(blocks, 'for anyone')).toBeUndefined();
		expect(findQuoted(blocks, 'Returning won’t')).toBeUndefined(); // a part of a quotation is not the quotation
	});

	it('says where a passage departs from the article, in whole words', () => {
		const blocks = ['The talks ended on Tuesday, officials said.'];
		expect(describeMiss(blocks, 'The talks ended on Monday, officials said.')).toBe(
			'it agrees with the article up to “The talks ended on ”, then has “Monday, officials said.” where the article has “Tuesday, officials said.”',
		);
		expect(describeMiss(blocks, 'Nothing like it')).toBe('not even its first words occur in the article');
	});
});

describe('the timeline', () => {
	it('knows the period of a date at each precision', () => {
		expect(periodOf({ date: '2025-02-20', precision: 'day' })).toEqual({ start: Date.UTC(2025, 1, 20), end: Date.UTC(2025, 1, 21) });
		expect(periodOf({ date: '2025-02', precision: 'month' })).toEqual({ start: Date.UTC(2025, 1, 1), end: Date.UTC(2025, 2, 1) });
		expect(periodOf({ date: '2025', precision: 'year' })).toEqual({ start: Date.UTC(2025, 0, 1), end: Date.UTC(2026, 0, 1) });
		expect(formatPreciseDate({ date: '2025-12-02', precision: 'day' })).toBe('2 December 2025');
		expect(formatPreciseDate({ date: '2025-04', precision: 'month' })).toBe('April 2025');
	});

	it('says an entry’s date in words, marking an editors’ date inferred on an event and estimated on an article', () => {
		expect(entryDateWords('event', { date: '2025-12-02', precision: 'day', basis: 'stated' })).toBe('2 December 2025');
		expect(entryDateWords('event', { date: '2025-12', precision: 'month', basis: 'estimated' }, 'Kremlin meeting')).toBe(
			'December 2025, before “Kremlin meeting” (inferred)',
		);
		expect(entryDateWords('article', { date: '2025', precision: 'year', basis: 'estimated' })).toBe('2025 (estimated)');
	});

	it('orders events by the middle of their period, articles by its end, and "before" events just before their event', () => {
		const entries = buildTimeline(
			[
				{ id: 'kremlin', title: 'Kremlin meeting', date: { date: '2025-12-02', precision: 'day' } },
				{ id: 'miami', title: 'Miami meeting', date: { date: '2025', precision: 'year', before: 'kremlin' } },
				{ id: 'riyadh', title: 'Riyadh talks', date: { date: '2025-02', precision: 'month' } },
			],
			[
				{ id: 'year-only', title: 'Dated to the year', published: { date: '2025', precision: 'year' } },
				{ id: 'feb', title: 'February piece', published: { date: '2025-02-20', precision: 'day' } },
				{ id: 'dec', title: 'December piece', published: { date: '2025-12-08', precision: 'day' } },
			],
		);
		expect(entries.map((e) => e.id)).toEqual(['riyadh', 'feb', 'miami', 'kremlin', 'dec', 'year-only']);
		const miami = entries.find((e) => e.id === 'miami');
		expect(miami?.from).toBe(Date.UTC(2025, 0, 1));
		expect(miami?.to).toBe(Date.UTC(2025, 11, 2, 12));
	});

	it('survives a circular "before" chain', () => {
		const entries = buildTimeline(
			[
				{ id: 'a', title: 'A', date: { date: '2020', precision: 'year', before: 'b' } },
				{ id: 'b', title: 'B', date: { date: '2021', precision: 'year', before: 'a' } },
			],
			[],
		);
		expect(entries).toHaveLength(2);
	});

	it('spreads overlapping marks onto lanes', () => {
		expect(assignLanes([{ from: 0, to: 10 }, { from: 5, to: 15 }, { from: 20, to: 30 }, { from: 16, to: 18 }])).toEqual([0, 1, 1, 0]);
	});

	it('labels month ticks, with the year at January and at the start', () => {
		const ticks = monthTicks(Date.UTC(2024, 10, 1), Date.UTC(2025, 1, 1));
		expect(ticks.map((t) => `${t.month}${t.year ? ` ${t.year}` : ''}`)).toEqual(['Nov 2024', 'Dec', 'Jan 2025', 'Feb']);
	});
});

describe('topic coverage', () => {
	it('matches keywords as whole words, case-insensitively, with * for any ending', () => {
		const pattern = keywordPattern(['oil', 'mineral*', 'energy,', 'U.S. firms']);
		expect(matchedKeywords('Turmoil and toil; Oil prices.', pattern)).toEqual(['Oil']);
		expect(matchedKeywords('Minerals and mineral extraction', pattern)).toEqual(['Minerals', 'mineral']);
		expect(matchedKeywords('energy, Arctic; buzzing with energy', pattern)).toEqual(['energy,']);
		expect(matchedKeywords('many U.S. firms left', pattern)).toEqual(['U.S. firms']);
	});

	it('finds, for any text and keywords, what a fresh copy of the pattern finds, however often the pattern is reused', () => {
		const byMatchAll = (text: string, pattern: RegExp) => [...new Set([...text.matchAll(new RegExp(pattern.source, pattern.flags))].map((m) => m[0]))];
		// Letters, digits, punctuation, an astral character and a keyword of only "*", which also matches an empty run.
		const piece = fc.constantFrom('oil', 'Oil', 'mineral', 's', ' ', ',', '.', '-', '’', '7', 'é', '𝔸', 'U.S.', 'firms');
		const text = fc.array(piece, { maxLength: 30 }).map((pieces) => pieces.join(''));
		const keywords = fc.array(fc.constantFrom('oil', 'mineral*', 'energy,', 'U.S. firms', 's*', '*', '𝔸', 'é'), { maxLength: 4 });
		fc.assert(
			fc.property(keywords, fc.array(text, { minLength: 1, maxLength: 4 }), (list, texts) => {
				const pattern = keywordPattern(list);
				for (const one of texts) expect(matchedKeywords(one, pattern)).toEqual(byMatchAll(one, pattern));
				expect(pattern.lastIndex).toBe(0);
			}),
		);
	});

	it('counts paragraphs that match a keyword or hold a claim’s evidence', () => {
		const paragraphs = paragraphsOf(articleTextOf('Sanctions were imposed.\n\nNothing here.\n\nAlso nothing.'));
		const cell = topicCoverage(paragraphs, ['sanction*'], new Set([3]));
		expect(cell.paragraphs.map((p) => [p.paragraph.number, p.keywords, p.evidence])).toEqual([
			[1, ['Sanctions'], false],
			[3, [], true],
		]);
	});
});

describe('labels and suggestions', () => {
	it('shortens titles at a word boundary', () => {
		expect(shortTitle('Short title')).toBe('Short title');
		expect(shortTitle('Dmitriev: American companies ask to return to Russia')).toBe('Dmitriev: American companies ask…');
	});

	it('suggests the id that was probably meant', () => {
		expect(closestId('kiril-dmitriev', ['kirill-dmitriev', 'dmitry-medvedev'])).toBe('kirill-dmitriev');
		expect(closestId('someone-else', ['kirill-dmitriev'])).toBeUndefined();
	});
});

describe('the analysis schemas', () => {
	const quote = createQuoteSchema(plainIdReference);
	const claim = createClaimSchema(plainIdReference);
	const event = createEventSchema(plainIdReference);
	const position = { article: 'a', status: 'attributed', attributedTo: 'someone', evidence: ['A sentence.'] };

	it('takes a quote with the documented fields only', () => {
		expect(quote.safeParse({ text: 'x', speaker: 's', article: 'a', quotation: 'direct' }).success).toBe(true);
		expect(quote.safeParse({ text: 'x', speaker: 's', article: 'a', quotation: 'indirect' }).success).toBe(false);
		expect(quote.safeParse({ text: 'x', speaker: 's', article: 'a', quotation: 'direct', page: 3 }).success).toBe(false);
	});

	it('takes an unattributed quote without a speaker, with a note, and refuses one that has neither or both', () => {
		const base = { text: 'hangers-on', article: 'a', quotation: 'partial' };
		expect(quote.safeParse({ ...base, unattributed: true, note: 'The text does not say whose word it is.' }).success).toBe(true);
		const neither = quote.safeParse(base);
		expect(neither.success).toBe(false);
		expect(neither.error?.issues[0]?.path).toEqual(['speaker']);
		expect(quote.safeParse({ ...base, speaker: 's', unattributed: true, note: 'n' }).success).toBe(false);
		const withoutNote = quote.safeParse({ ...base, unattributed: true });
		expect(withoutNote.error?.issues[0]?.path).toEqual(['note']);
	});

	it('requires who is reported for an attributed position, and forbids it for an asserted one', () => {
		const parse = (p: object) => claim.safeParse({ statement: 'S.', topic: 't', keyTerms: { words: ['talks'] }, positions: [p] });
		expect(parse(position).success).toBe(true);
		expect(parse({ ...position, attributedTo: undefined, source: 'unnamed officials' }).success).toBe(true);
		const missing = parse({ ...position, attributedTo: undefined });
		expect(missing.success).toBe(false);
		expect(missing.error?.issues[0]?.path).toEqual(['positions', 0, 'attributedTo']);
		expect(parse({ ...position, status: 'asserted' }).success).toBe(false);
		expect(parse({ ...position, source: 'both' }).success).toBe(false);
		expect(parse({ ...position, evidence: [] }).success).toBe(false);
	});

	it('requires at least one key term for a claim', () => {
		const parse = (keyTerms: object) => claim.safeParse({ statement: 'S.', topic: 't', keyTerms, positions: [position] });
		expect(parse({ entities: ['riyadh'] }).success).toBe(true);
		const none = parse({ entities: [], words: [] });
		expect(none.success).toBe(false);
		expect(none.error?.issues[0]?.message).toMatch(/at least one key term/);
		expect(claim.safeParse({ statement: 'S.', topic: 't', positions: [position] }).success).toBe(false);
	});

	it('allows one position per article', () => {
		const result = claim.safeParse({ statement: 'S.', topic: 't', keyTerms: { words: ['talks'] }, positions: [position, { ...position, status: 'disputed' }] });
		expect(result.success).toBe(false);
		expect(result.error?.issues[0]?.path).toEqual(['positions', 1, 'article']);
	});

	it('needs a reason for an estimated event date and a date that fits its precision', () => {
		const base = { title: 'T', description: 'D.', evidence: [{ article: 'a', text: ['A sentence.'] }] };
		expect(event.safeParse({ ...base, date: { date: '2009', precision: 'year', basis: 'stated' } }).success).toBe(true);
		expect(event.safeParse({ ...base, date: { date: 2009, precision: 'year', basis: 'stated' } }).success).toBe(true);
		expect(event.safeParse({ ...base, date: { date: '2025-02', precision: 'month', basis: 'estimated' } }).success).toBe(false);
		expect(event.safeParse({ ...base, date: { date: '2025-02', precision: 'day', basis: 'stated' } }).success).toBe(false);
		expect(
			event.safeParse({ ...base, date: { date: '2025-02', precision: 'month', basis: 'stated', reason: 'no reason needed' } }).success,
		).toBe(false);
	});

	it('takes an event’s chart label of up to 24 characters and says why a longer one is refused', () => {
		const base = { title: 'Witkoff, Kushner and Dmitriev meet in Miami Beach', description: 'D.', date: { date: '2025', precision: 'year', basis: 'stated' }, evidence: [{ article: 'a', text: ['A sentence.'] }] };
		expect(event.safeParse({ ...base, chartLabel: 'Miami Beach meeting' }).success).toBe(true);
		const long = event.safeParse({ ...base, chartLabel: 'Witkoff, Kushner and Dmitriev meet' });
		expect(long.error?.issues[0]?.path).toEqual(['chartLabel']);
		expect(long.error?.issues[0]?.message).toContain('24 characters');
	});
});
