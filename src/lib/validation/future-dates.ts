import type { ContentProblem } from './content-problems';

/**
 * An article's publication date that lies after the day of the build: the archive holds articles
 * that have appeared, so a date in the future is a typo (2052 for 2025) or a guess. The period a
 * date stands for counts from its first day, so "2026-12" is in the future only before December 2026.
 */
export function futureDateProblem(file: string, data: Record<string, unknown>, today = new Date()): ContentProblem | undefined {
	const published = data.published;
	if (published === null || typeof published !== 'object') return undefined;
	const date = (published as { date?: unknown }).date;
	if (typeof date !== 'string') return undefined;
	const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(date);
	if (!match) return undefined; // the schema reports the shape
	const start = Date.UTC(Number(match[1]), Number(match[2] ?? '01') - 1, Number(match[3] ?? '01'));
	const endOfToday = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
	if (start <= endOfToday) return undefined;
	const todayText = new Date(endOfToday).toISOString().slice(0, 10);
	return {
		file,
		field: 'published.date',
		problem: `"${date}" is after today (${todayText}): an article in the archive has already been published`,
		expected: `a date on or before ${todayText}, as the source prints it (or, for an estimated date, the editors' estimate)`,
		fix: `Correct the year or month of "published.date" in ${file}; if the source gives no date, estimate one from the text (basis: estimated) and say why in "published.reason".`,
	};
}
