/** The quotes pages' view of one page: its quotations in runs by speaker, continued across page breaks. */
import { describe, expect, it } from 'vitest';
import { quotationCountOf, speakerGroupsOf, unattributedSpeaker } from '../../src/lib/analysis/quotes';
import type { QuoteItem, Speaker } from '../../src/lib/analysis/analysis-pages';

const speaker = (id: string, first: number, direct: number, partial = 0): Speaker => ({ id, name: id, direct, partial, first, firstPage: 1 });
const item = (id: string, speakerId?: string) => ({ quote: { id, data: { speaker: speakerId ? { id: speakerId } : undefined } } }) as unknown as QuoteItem;

// The whole list: dmitriev 0–2, witkoff 3, unattributed 4–5.
const speakers = new Map([
	['dmitriev', speaker('dmitriev', 0, 2, 1)],
	['witkoff', speaker('witkoff', 3, 1)],
	[unattributedSpeaker, speaker(unattributedSpeaker, 4, 2)],
]);

describe('speakerGroupsOf', () => {
	it('cuts a page into one run per speaker, in order', () => {
		const groups = speakerGroupsOf([item('a', 'dmitriev'), item('b', 'dmitriev'), item('c', 'dmitriev'), item('d', 'witkoff')], speakers, { start: 0, end: 3 });
		expect(groups.map((group) => [group.speaker.id, group.items.map((i) => i.quote.id)])).toEqual([
			['dmitriev', ['a', 'b', 'c']],
			['witkoff', ['d']],
		]);
		expect(groups.map((group) => [group.continued, group.continues])).toEqual([
			[false, false],
			[false, false],
		]);
	});

	it('marks a speaker whose quotations began on an earlier page, or go on to a later one', () => {
		// A page of two: index 2 (dmitriev's last) and 3 (witkoff's only) …
		const middle = speakerGroupsOf([item('c', 'dmitriev'), item('d', 'witkoff')], speakers, { start: 2, end: 3 });
		expect(middle.map((group) => [group.speaker.id, group.continued, group.continues])).toEqual([
			['dmitriev', true, false],
			['witkoff', false, false],
		]);
		// … and index 4, the first of two quotations whose speaker is not named.
		const last = speakerGroupsOf([item('e')], speakers, { start: 4, end: 4 });
		expect(last.map((group) => [group.speaker.id, group.continued, group.continues])).toEqual([[unattributedSpeaker, false, true]]);
	});

	it('names the quotation whose speaker the quote list does not know, instead of grouping it under nobody', () => {
		expect(() => speakerGroupsOf([item('x', 'someone-else')], speakers, { start: 0, end: 0 })).toThrow(/"x".*"someone-else"/);
	});

	it('counts direct and partial quotations together', () => {
		expect(quotationCountOf(speaker('dmitriev', 0, 2, 1))).toBe(3);
	});
});
