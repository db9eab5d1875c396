/**
 * The quotes pages' view of one page: its quotations cut into runs by speaker, each saying whether the
 * speaker's quotations began on an earlier page or go on to a later one. The order and the speakers come
 * from `quoteList` (src/lib/analysis/analysis-pages.ts), worked out once per build.
 */
import type { QuoteItem, Speaker } from './analysis-pages';

/**
 * The group of the quotes pages for quotations the articles present as someone's without saying whose
 * (`unattributed: true`); not an entity id, since an id never starts with an underscore.
 */
export const unattributedSpeaker = '_unattributed';

/** The group a quotation belongs to: its speaker's entity id, or {@link unattributedSpeaker}. */
export const speakerKeyOf = (quote: { data: { speaker?: { id: string } | undefined } }): string => quote.data.speaker?.id ?? unattributedSpeaker;

/** How many quotations a speaker has in all. */
export const quotationCountOf = (speaker: Speaker): number => speaker.direct + speaker.partial;

/** The quotations of one speaker on one page. */
export interface SpeakerGroup {
	speaker: Speaker;
	items: QuoteItem[];
	/** The speaker's quotations began on an earlier page. */
	continued: boolean;
	/** The speaker's quotations go on to a later page. */
	continues: boolean;
}

/**
 * A page's quotations by speaker, in order: the first group may begin on an earlier page, the last go on
 * to a later one. `start` and `end` are the page's first and last index in the whole list (from 0), as
 * Astro's `paginate()` gives them.
 */
export function speakerGroupsOf(
	items: readonly QuoteItem[],
	speakers: ReadonlyMap<string, Speaker>,
	{ start, end }: { start: number; end: number },
): SpeakerGroup[] {
	const groups: SpeakerGroup[] = [];
	for (const item of items) {
		const key = speakerKeyOf(item.quote);
		const speaker = speakers.get(key);
		if (!speaker) throw new Error(`Quotes: the quotation "${item.quote.id}" has a speaker ("${key}") the quote list does not know`);
		const last = groups.at(-1);
		if (last?.speaker.id === speaker.id) last.items.push(item);
		else groups.push({ speaker, items: [item], continued: speaker.first < start, continues: speaker.first + quotationCountOf(speaker) - 1 > end });
	}
	return groups;
}
