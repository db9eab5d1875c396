/**
 * The pure functions behind the entity pages (src/lib/analysis/mentions.ts), on small hand-made data
 * shaped like what remark-entity-mentions stores for each article.
 */
import { describe, expect, it } from 'vitest';
import type { MentionOccurrence, MentionsByEntity } from '../../src/markdown/remark-entity-mentions';
import {
	type ArticleMentions,
	articlesMentioning,
	byName,
	coMentions,
	entitiesOfArticle,
	groupByKind,
	highlight,
	mentioningArticlesByEntity,
	plural,
	snippetsOf,
	totalsByEntity,
} from '../../src/lib/analysis/mentions';

/** An occurrence of `name` in `sentence` (its first appearance). */
function at(paragraphId: string, sentence: string, name: string): MentionOccurrence {
	const start = sentence.indexOf(name);
	if (start < 0) throw new Error(`"${name}" is not in "${sentence}"`);
	return { paragraphId, sentence, start, end: start + name.length };
}

function mentions(...list: [string, MentionOccurrence[]][]): MentionsByEntity {
	return Object.fromEntries(list.map(([id, occurrences]) => [id, { count: occurrences.length, occurrences }]));
}

const s1 = 'Dmitriev met Witkoff in Miami Beach.';
const s2 = 'Dmitriev said Russia was ready.';
const s3 = 'Trump and Dmitriev spoke; Dmitriev smiled.';
const articles: ArticleMentions[] = [
	{
		slug: 'a',
		title: 'Alpha',
		mentions: mentions(
			['kirill-dmitriev', [at('p-1', s1, 'Dmitriev'), at('p-2', s2, 'Dmitriev')]],
			['steve-witkoff', [at('p-1', s1, 'Witkoff')]],
			['miami-beach', [at('p-1', s1, 'Miami Beach')]],
			['russia', [at('p-2', s2, 'Russia')]],
		),
	},
	{
		slug: 'b',
		title: 'Bravo',
		mentions: mentions(
			['donald-trump', [at('p-4', s3, 'Trump')]],
			['kirill-dmitriev', [at('p-4', s3, 'Dmitriev'), { paragraphId: 'p-4', sentence: s3, start: 26, end: 34 }]],
		),
	},
	{ slug: 'c', title: 'Charlie', mentions: mentions(['russia', [at('p-1', 'Russia waited.', 'Russia')]]) },
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
			expect(hits.map((h) => snippetsOf(h.occurrences))).toEqual(articlesMentioning(id, articles).map((h) => h.snippets));
		}
		expect(byEntity.has('nobody')).toBe(false);
	});

	it('makes one snippet per sentence with every mention in it highlighted', () => {
		const [hit] = articlesMentioning('kirill-dmitriev', articles).filter((h) => h.slug === 'b');
		expect(hit?.snippets).toEqual([
			{
				paragraphId: 'p-4',
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
		expect(snippetsOf(articles[0]?.mentions['kirill-dmitriev']?.occurrences ?? []).map((s) => s.paragraphId)).toEqual(['p-1', 'p-2']);
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
		const doc: ArticleMentions = {
			slug: 'd',
			title: 'Delta',
			mentions: mentions(
				['x', [at('p-1', 'X Y Z.', 'X'), at('p-2', 'X Z.', 'X')]],
				['y', [at('p-1', 'X Y Z.', 'Y')]],
				['z', [at('p-1', 'X Y Z.', 'Z'), at('p-2', 'X Z.', 'Z')]],
			),
		};
		const names: Record<string, string> = { x: 'Ex', y: 'The Alpha', z: 'Zed' };
		expect(coMentions('x', [doc], (id) => names[id] ?? id)).toEqual([
			{ entityId: 'z', paragraphs: 2 },
			{ entityId: 'y', paragraphs: 1 },
		]);
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
