/**
 * The pure functions behind the entity pages (src/lib/analysis/mentions.ts), on small hand-made data
 * shaped like what remark-entity-mentions stores for each article.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MentionAt, MentionsByEntity } from '../../src/markdown/remark-entity-mentions';
import type { ArticleText } from '../../src/lib/text/article-text';
import {
	type ArticleMentions,
	articlesMentioning,
	byName,
	coMentions,
	entitiesOfArticle,
	groupByKind,
	highlight,
	mentionIndexOf,
	mentioningArticlesByEntity,
	plural,
	rankCoMentions,
	snippetsOf,
	totalsByEntity,
} from '../../src/lib/analysis/mentions';

/** A text model of numbered paragraphs `p-1`, `p-2`, … (or the ids given). */
function textOf(paragraphs: string[], ids: string[] = paragraphs.map((_, i) => `p-${i + 1}`)): ArticleText {
	return {
		blocks: paragraphs.map((text, i) => ({
			id: ids[i] ?? `p-${i + 1}`,
			number: i + 1,
			text,
		})),
	};
}

/** The mention of `name` in block `block` of `text` (its first appearance from `from`). */
function at(text: ArticleText, block: number, name: string, from = 0): MentionAt {
	const start = text.blocks[block]?.text.indexOf(name, from) ?? -1;
	if (start < 0) throw new Error(`"${name}" is not in block ${block}`);
	return [block, start, start + name.length];
}

function mentions(...list: [string, MentionAt[]][]): MentionsByEntity {
	return Object.fromEntries(list.map(([id, occurrences]) => [id, { count: occurrences.length, occurrences }]));
}

const s1 = 'Dmitriev met Witkoff in Miami Beach.';
const s2 = 'Dmitriev said Russia was ready.';
const s3 = 'Trump and Dmitriev spoke; Dmitriev smiled.';
const textA = textOf([s1, s2]);
const textB = textOf(['Before.', 'Then.', 'More.', `${s3} Later, nobody spoke.`]);
const textC = textOf(['Russia waited.']);
const articles: ArticleMentions[] = [
	{
		slug: 'a',
		title: 'Alpha',
		text: textA,
		mentions: mentions(
			['kirill-dmitriev', [at(textA, 0, 'Dmitriev'), at(textA, 1, 'Dmitriev')]],
			['steve-witkoff', [at(textA, 0, 'Witkoff')]],
			['miami-beach', [at(textA, 0, 'Miami Beach')]],
			['russia', [at(textA, 1, 'Russia')]],
		),
	},
	{
		slug: 'b',
		title: 'Bravo',
		text: textB,
		mentions: mentions(['donald-trump', [at(textB, 3, 'Trump')]], ['kirill-dmitriev', [at(textB, 3, 'Dmitriev'), at(textB, 3, 'Dmitriev', 20)]]),
	},
	{ slug: 'c', title: 'Charlie', text: textC, mentions: mentions(['russia', [at(textC, 0, 'Russia')]]) },
];

describe('mentions', () => {
	it('totals the mentions of each entity and counts the articles that mention it', () => {
		const totals = totalsByEntity(articles);
		expect(totals.get('kirill-dmitriev')).toEqual({ mentions: 4, articles: 2 });
		expect(totals.get('russia')).toEqual({ mentions: 2, articles: 2 });
		expect(totals.get('steve-witkoff')).toEqual({ mentions: 1, articles: 1 });
		expect(totals.has('nobody')).toBe(false);
	});

	it('lists exactly the articles that mention an entity, most mentions first', () => {
		expect(articlesMentioning('kirill-dmitriev', articles).map((h) => [h.slug, h.count])).toEqual([
			['a', 2],
			['b', 2],
		]);
		expect(articlesMentioning('russia', articles).map((h) => h.slug)).toEqual(['a', 'c']);
		expect(articlesMentioning('donald-trump', articles).map((h) => h.slug)).toEqual(['b']);
		expect(articlesMentioning('nobody', articles)).toEqual([]);
	});

	it('lists the articles that mention each entity in one pass, in the same order, with the mentions to cut snippets from', () => {
		const byEntity = mentioningArticlesByEntity(articles);
		for (const id of ['kirill-dmitriev', 'russia', 'donald-trump', 'steve-witkoff']) {
			const hits = byEntity.get(id) ?? [];
			expect(hits.map((h) => [h.slug, h.count])).toEqual(articlesMentioning(id, articles).map((h) => [h.slug, h.count]));
			expect(hits.map((h) => snippetsOf(h.occurrences, h.text))).toEqual(articlesMentioning(id, articles).map((h) => h.snippets));
		}
		expect(byEntity.has('nobody')).toBe(false);
	});

	it('makes one snippet per sentence, cut from the text model, with every mention in it highlighted', () => {
		const [hit] = articlesMentioning('kirill-dmitriev', articles).filter((h) => h.slug === 'b');
		expect(hit?.snippets).toEqual([
			{
				paragraphId: 'p-4',
				// The sentence only, not the paragraph's next one.
				sentence: s3,
				mentions: 2,
				parts: [
					{ text: 'Trump and ', highlighted: false },
					{ text: 'Dmitriev', highlighted: true },
					{ text: ' spoke; ', highlighted: false },
					{ text: 'Dmitriev', highlighted: true },
					{ text: ' smiled.', highlighted: false },
				],
			},
		]);
		expect(snippetsOf(articles[0]?.mentions['kirill-dmitriev']?.occurrences ?? [], textA).map((s) => s.paragraphId)).toEqual(['p-1', 'p-2']);
	});

	it('merges overlapping highlights and keeps the text whole', () => {
		const parts = highlight('abcdefgh', [
			{ start: 5, end: 7 },
			{ start: 1, end: 3 },
			{ start: 2, end: 4 },
		]);
		expect(parts.map((p) => p.text).join('')).toBe('abcdefgh');
		expect(parts.filter((p) => p.highlighted).map((p) => p.text)).toEqual(['bcd', 'fg']);
	});

	it('finds the entities mentioned in the same paragraphs, counting each shared paragraph once', () => {
		// Dmitriev shares p-1 of "a" with Witkoff and Miami Beach, p-2 with Russia, and p-4 of "b" with Trump.
		expect(coMentions('kirill-dmitriev', articles)).toEqual([
			{ entityId: 'donald-trump', paragraphs: 1 },
			{ entityId: 'miami-beach', paragraphs: 1 },
			{ entityId: 'russia', paragraphs: 1 },
			{ entityId: 'steve-witkoff', paragraphs: 1 },
		]);
		// Russia in "c" shares its paragraph with nobody.
		expect(coMentions('russia', articles)).toEqual([{ entityId: 'kirill-dmitriev', paragraphs: 1 }]);
		// Paragraph ids repeat across articles: p-1 of "c" is not p-1 of "a".
		expect(coMentions('steve-witkoff', articles).map((c) => c.entityId)).toEqual(['kirill-dmitriev', 'miami-beach']);
	});

	it('ranks co-mentions by shared paragraphs, then by name', () => {
		const text = textOf(['X Y Z.', 'X Z.']);
		const doc: ArticleMentions = {
			slug: 'd',
			title: 'Delta',
			text,
			mentions: mentions(
				['x', [at(text, 0, 'X'), at(text, 1, 'X')]],
				['y', [at(text, 0, 'Y')]],
				['z', [at(text, 0, 'Z'), at(text, 1, 'Z')]],
			),
		};
		const names: Record<string, string> = { x: 'Ex', y: 'The Alpha', z: 'Zed' };
		expect(coMentions('x', [doc], (id) => names[id] ?? id)).toEqual([
			{ entityId: 'z', paragraphs: 2 },
			{ entityId: 'y', paragraphs: 1 },
		]);
	});

	it('breaks a tie between equally named entities by id, so that the order never depends on the order of the mentions', () => {
		const shared = new Map([
			['kremlin-b', 2],
			['kremlin-a', 2],
			['alpha', 1],
		]);
		expect(rankCoMentions(shared, (id) => (id.startsWith('kremlin') ? 'Kremlin' : id)).map((c) => c.entityId)).toEqual(['kremlin-a', 'kremlin-b', 'alpha']);
		expect(rankCoMentions(undefined)).toEqual([]);
	});

	it('indexes, for any archive, the same co-mentions and mentioning articles as scanning every article for each entity', () => {
		const ids = ['a', 'b', 'c', 'd', 'e'];
		// Two entities share a name, so that ties by name are exercised too.
		const names: Record<string, string> = { a: 'Alpha', b: 'Bravo', c: 'Bravo', d: 'Delta', e: 'Echo' };
		const nameOf = (id: string) => names[id] ?? id;
		const occurrence = fc.tuple(fc.integer({ min: 0, max: 3 }), fc.nat(3)).map(([block, start]): MentionAt => [block, start, start + 1]);
		const article = fc.record({
			title: fc.constantFrom('Alpha', 'Bravo', 'Charlie'),
			// Occurrences in any order, the same paragraph possibly more than once.
			mentions: fc.dictionary(fc.constantFrom(...ids), fc.array(occurrence, { maxLength: 5 }), { maxKeys: ids.length }),
		});
		const text = textOf(['w x y z.', 'w x y z.', 'w x y z.', 'w x y z.']);
		fc.assert(
			fc.property(fc.array(article, { maxLength: 8 }), (drawn) => {
				const archive: ArticleMentions[] = drawn.map((entry, i) => ({
					slug: `article-${i}`,
					title: entry.title,
					text,
					mentions: Object.fromEntries(Object.entries(entry.mentions).map(([id, occurrences]) => [id, { count: occurrences.length, occurrences }])),
				}));
				const index = mentionIndexOf(archive);
				expect(index.articles).toBe(archive);
				for (const id of ids) {
					expect(rankCoMentions(index.sharedParagraphs.get(id), nameOf)).toEqual(coMentions(id, archive, nameOf));
					const listed = (index.articlesOf.get(id) ?? []).map((hit) => [hit.slug, hit.count]);
					expect(listed).toEqual(articlesMentioning(id, archive).map((hit) => [hit.slug, hit.count]));
				}
			}),
		);
	});

	it('groups entities by kind in the order people, organisations, places, leaving out empty kinds', () => {
		const groups = groupByKind([
			{ id: 'moscow', kind: 'place' as const },
			{ id: 'putin', kind: 'person' as const },
			{ id: 'kyiv', kind: 'place' as const },
		]);
		expect(groups.map((g) => [g.label, g.items.map((i) => i.id)])).toEqual([
			['People', ['putin']],
			['Places', ['moscow', 'kyiv']],
		]);
	});

	it('lists the entities of one article with counts, most mentioned first, then by name', () => {
		const entities = [
			{ id: 'russia', name: 'Russia', kind: 'place' as const },
			{ id: 'miami-beach', name: 'Miami Beach', kind: 'place' as const },
			{ id: 'kirill-dmitriev', name: 'Kirill Dmitriev', kind: 'person' as const },
			{ id: 'steve-witkoff', name: 'Steve Witkoff', kind: 'person' as const },
			{ id: 'donald-trump', name: 'Donald Trump', kind: 'person' as const },
		];
		const groups = entitiesOfArticle(articles[0]?.mentions ?? {}, entities);
		expect(groups.map((g) => [g.kind, g.items.map((i) => `${i.name} ${i.count}`)])).toEqual([
			['person', ['Kirill Dmitriev 2', 'Steve Witkoff 1']],
			['place', ['Miami Beach 1', 'Russia 1']],
		]);
	});

	it('sorts names ignoring a leading "The" and writes counts with the right plural', () => {
		expect(['The West', 'Ukraine', 'The Wall Street Journal', 'Asia'].sort(byName)).toEqual([
			'Asia',
			'Ukraine',
			'The Wall Street Journal',
			'The West',
		]);
		expect([plural(1, 'mention'), plural(3, 'mention'), plural(2, 'entity', 'entities')]).toEqual(['1 mention', '3 mentions', '2 entities']);
	});
});
