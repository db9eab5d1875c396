/** The comparison's coverage view model: which paragraphs of each article cover each topic, worked out once per build. */
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/lib/analysis/analysis';
import { coverageOf } from '../../src/lib/analysis/coverage';

const paragraph = (number: number, text: string) => ({ id: `p-${number}`, number, text });
const paragraphs: Record<string, ReturnType<typeof paragraph>[]> = {
	older: [paragraph(1, 'Sanctions were eased.'), paragraph(2, 'The weather was fine.'), paragraph(3, 'More sanctions followed.')],
	newer: [paragraph(1, 'Nothing about it here.'), paragraph(2, 'He said the deal was near.')],
};
const claims = [
	{
		id: 'a-deal-is-near',
		data: { topic: { id: 'trade' }, positions: [{ article: { id: 'newer' }, status: 'attributed', evidence: ['He said the deal was near.'] }] },
	},
	{ id: 'sanctions-will-go', data: { topic: { id: 'sanctions' }, positions: [] } },
	{ id: 'sanctions-help', data: { topic: { id: 'sanctions' }, positions: [] } },
];

function fakeAnalysis(placed: string[]): Analysis {
	const articles = [{ id: 'older' }, { id: 'newer' }];
	return {
		chronological: articles,
		claims,
		topics: [
			{ id: 'sanctions', data: { keywords: ['sanction*'] } },
			{ id: 'trade', data: { keywords: ['tariff'] } },
		],
		paragraphsOf: (id: string) => paragraphs[id] ?? [],
		positionsOf: (id: string) => claims.flatMap((claim) => claim.data.positions.filter((p) => p.article.id === id).map((position) => ({ claim, position }))),
		place: (articleId: string, sentence: string, what: string) => {
			placed.push(what);
			const found = (paragraphs[articleId] ?? []).find((p) => p.text.includes(sentence));
			if (!found) throw new Error(`not found: ${sentence}`);
			return { sentence, article: { id: articleId }, paragraph: found, href: `/articles/${articleId}/#${found.id}` };
		},
	} as unknown as Analysis;
}

describe('coverageOf', () => {
	it('finds for every article, oldest first, the paragraphs that match a topic’s keywords or hold evidence of its claims', () => {
		const { columns } = coverageOf(fakeAnalysis([]));
		expect(columns.map((column) => column.article.id)).toEqual(['older', 'newer']);
		const [older, newer] = columns;
		expect(older?.coverage.get('sanctions')?.paragraphs.map((entry) => [entry.paragraph.number, entry.keywords, entry.evidence])).toEqual([
			[1, ['Sanctions'], false],
			[3, ['sanctions'], false],
		]);
		expect(older?.coverage.get('trade')?.paragraphs).toEqual([]);
		// No keyword matches, but the paragraph holds the evidence of the article's position on a trade claim.
		expect(newer?.coverage.get('trade')?.paragraphs.map((entry) => [entry.paragraph.number, entry.keywords, entry.evidence])).toEqual([[2, [], true]]);
	});

	it('gives the top of the shading and the claims per topic, the same for every page', () => {
		const { maxCovered, claimsPerTopic } = coverageOf(fakeAnalysis([]));
		expect(maxCovered).toBe(2);
		expect(Object.fromEntries(claimsPerTopic)).toEqual({ trade: 1, sanctions: 2 });
	});

	it('names the claim’s file when an evidence sentence is placed, and works everything out once per analysis', () => {
		const placed: string[] = [];
		const analysis = fakeAnalysis(placed);
		const first = coverageOf(analysis);
		expect(coverageOf(analysis)).toBe(first);
		expect(placed).toEqual(['content/claims/a-deal-is-near.yaml']);
	});

	it('keeps the top of the shading at one when no article covers any topic', () => {
		const analysis = { ...fakeAnalysis([]), topics: [] } as unknown as Analysis;
		expect(coverageOf(analysis).maxCovered).toBe(1);
	});
});
