/**
 * A label of at most `max` characters for a chart: the text itself when it fits, otherwise its first words
 * followed by "…" (never a word cut in two, unless the first word alone is too long). The full text stays
 * beside the chart (its tooltip and the list it illustrates), so the label only has to be recognisable.
 */
export function shortLabel(text: string, max: number): string {
	const words = text.trim().split(/\s+/);
	const whole = words.join(' ');
	if ([...whole].length <= max) return whole;
	let label = '';
	for (const word of words) {
		const next = label ? `${label} ${word}` : word;
		if ([...next].length + 1 > max) break;
		label = next;
	}
	// Punctuation left dangling before the ellipsis ("Witkoff, Kushner,…") reads as a typo.
	label = label.replace(/[\s,;:.–—-]+$/u, '');
	return `${label || [...whole].slice(0, max - 1).join('')}…`;
}
