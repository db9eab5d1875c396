import { describe, expect, it } from 'vitest';
import type { Analysis, Claim } from '../../src/lib/analysis/analysis';
import { claimPositions } from '../../src/lib/analysis/claim-positions';

const article = (id: string) => ({ id, data: { title: `Title of ${id}` } });
const claim = {
	id: 'trump-can-end-the-war-quickly',
	data: {
		positions: [
			{ article: { id: 'newer' }, status: 'attributed', attributedTo: { id: 'donald-trump' }, evidence: ['He said so.'] },
			{ article: { id: 'older' }, status: 'disputed', source: 'the author’s sources', evidence: ['It is doubtful.', 'Very.'], note: 'A nuance.' },
		],
	},
} as unknown as Claim;

function fakeAnalysis(placed: string[]): Analysis {
	const articles = [article('older'), article('newer')];
	return {
		claims: [claim],
		chronological: articles,
		articleById: new Map(articles.map((a) => [a.id, a])),
		nameOf: (id: string) => (id === 'donald-trump' ? 'Donald Trump' : id),
		place: (articleId: string, sentence: string, what: string) => {
			placed.push(what);
			return { sentence, article: { id: articleId }, paragraph: { number: 1 }, href: `/articles/${articleId}/#p-1` };
		},
	} as unknown as Analysis;
}

describe('claimPositions', () => {
	it('gives each position its article, status, who and placed evidence, oldest article first', () => {
		const placed: string[] = [];
		const positions = claimPositions(fakeAnalysis(placed), claim);
		expect(positions.map((p) => [p.article.id, p.status])).toEqual([
			['older', 'disputed'],
			['newer', 'attributed'],
		]);
		expect(positions[0]?.who).toEqual({ name: 'the author’s sources' });
		expect(positions[0]?.note).toBe('A nuance.');
		expect(positions[1]?.attributedTo).toEqual({ id: 'donald-trump', name: 'Donald Trump', href: '/entities/donald-trump/' });
		expect(positions[1]?.who).toEqual({ name: 'Donald Trump', href: '/entities/donald-trump/' });
		expect(positions[0]?.evidence.map((e) => e.href)).toEqual(['/articles/older/#p-1', '/articles/older/#p-1']);
		// A sentence that is not found names the claim's file and the field.
		expect(placed).toContain('content/claims/trump-can-end-the-war-quickly.yaml, positions.1.evidence.1');
	});

	it('works the positions out once per analysis: the page and the open data share them', () => {
		const placed: string[] = [];
		const analysis = fakeAnalysis(placed);
		const first = claimPositions(analysis, claim);
		expect(claimPositions(analysis, claim)).toBe(first);
		expect(placed).toHaveLength(3);
	});
});
