import type { Published } from '../../schemas/published';

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The first moment of the period a publication date stands for (a day, a month or a year), in UTC. */
export function publishedStart(published: Published): Date {
	const [year = '1970', month = '01', day = '01'] = published.date.split('-');
	return new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
}

/** The date at its precision, in words: "8 December 2025", "April 2025" or "2025". */
export function formatPublished(published: Published): string {
	const [year, month, day] = published.date.split('-');
	const monthName = month ? months[Number(month) - 1] : undefined;
	if (published.precision === 'day') return `${Number(day)} ${monthName} ${year}`;
	if (published.precision === 'month') return `${monthName} ${year}`;
	return `${year}`;
}

/** The same, with the caveat a reader needs: "April 2025 (estimated)". */
export function describePublished(published: Published): string {
	return published.basis === 'estimated' ? `${formatPublished(published)} (estimated)` : formatPublished(published);
}

/** The year an article was published in, as text. */
export function publishedYear(published: Published): string {
	return published.date.slice(0, 4);
}
