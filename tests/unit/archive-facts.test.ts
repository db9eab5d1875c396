import { describe, expect, it } from 'vitest';
import { archiveFactsOf, articlesInWords, yearSpan } from '../../src/lib/content/archive-facts';
import type { Published } from '../../src/schemas/published';
import { archiveTitle, describeArchive, siteDescription } from '../../src/lib/site/metadata';
import { siteSocialCard } from '../../src/lib/sharing/social-image/card';

const published = (date: string): Published =>
	date.length === 10 ? { date, precision: 'day', basis: 'stated' } : { date, precision: date.length === 7 ? 'month' : 'year', basis: 'estimated', reason: 'the text' };
const article = (date: string, ...tags: string[]) => ({ data: { published: published(date), tags: tags.map((id) => ({ id })) } });
const tags = ['energy', 'sanctions', 'arctic', 'unused'].map((id) => ({ id, data: { label: id[0]?.toUpperCase() + id.slice(1) } }));

describe('the archive facts', () => {
	it('count the articles, span their years (estimated dates too) and rank the tags by use', () => {
		const facts = archiveFactsOf(
			[article('2025-12-08', 'sanctions', 'energy'), article('2024-11', 'sanctions'), article('2025', 'energy', 'arctic'), article('2025-04', 'sanctions')],
			tags,
		);
		expect(facts.count).toBe(4);
		expect(yearSpan(facts)).toBe('2024–2025');
		expect(facts.tagsByUse).toEqual([
			{ id: 'sanctions', label: 'Sanctions', count: 3 },
			{ id: 'energy', label: 'Energy', count: 2 },
			{ id: 'arctic', label: 'Arctic', count: 1 },
		]);
	});

	it('give the copy the count and years of the archive at hand, not of one particular archive', () => {
		const one = archiveFactsOf([article('2026-01-02')], tags);
		expect(describeArchive(one)).toBe('One article about US–Russia business talks, 2026');
		const many = { count: 10_000, firstYear: '1998', lastYear: '2026' };
		expect(describeArchive(many)).toBe('10,000 articles about US–Russia business talks, 1998–2026');
		expect(archiveTitle(many)).toBe('US–Russia business talks, 1998–2026');
		expect(siteDescription(many)).toMatch(/^10,000 articles about US–Russia business talks, 1998–2026, copied faithfully/);
		expect(siteSocialCard(many).title).toBe('US–Russia business talks, 1998–2026: 10,000 articles, copied faithfully from their sources');
		expect(articlesInWords(5)).toBe('five articles');
	});

	it('say nothing of years for an empty archive', () => {
		const none = archiveFactsOf([], tags);
		expect(describeArchive(none)).toBe('No articles about US–Russia business talks');
		expect(none.tagsByUse).toEqual([]);
	});
});
