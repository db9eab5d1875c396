/**
 * Everyday English words that cannot serve as an entity's name or alias: mentions are matched in
 * the text on word boundaries, so an alias "the" would link every "The" at the start of a sentence.
 * An all-capitals acronym ("US", "IT") stays allowed, since matching is case-sensitive.
 */
const commonWords = new Set(
	`a about above after again against all also am an and any are as at be because been before being below between both but by
can could did do does doing down during each few for from further had has have having he her here hers herself him himself his
how i if in into is it its itself just me more most my myself no nor not now of off on once only or other our ours ourselves out
over own same she should so some such than that the their theirs them themselves then there these they this those through to too
under until up very was we were what when where which while who whom why will with would you your yours yourself yourselves
one two three new old first last said says say year years day days week today yesterday tomorrow time people man men woman women
world country state government president minister company companies business market talks deal news report week month
january february march april may june july august september october november december monday tuesday wednesday thursday friday
saturday sunday mr mrs ms dr sir`.split(/\s+/),
);

/** True when a spelling is a common word (in any case), unless it is an all-capitals acronym of two letters or more. */
export function isCommonWord(spelling: string): boolean {
	const trimmed = spelling.trim();
	if (trimmed.length >= 2 && trimmed === trimmed.toUpperCase() && /\p{Lu}/u.test(trimmed)) return false;
	return commonWords.has(trimmed.toLowerCase().replace(/[.]$/, ''));
}
