/** Words the analysis pages show for statuses and titles; pure, so unit tests can import it. */
import type { ClaimStatus } from '../../schemas/claim';

/** The words readers see for each status. */
export const statusLabels: Record<ClaimStatus, string> = {
	asserted: 'Asserted',
	attributed: 'Attributed',
	disputed: 'Disputed',
};

/** One line explaining each status, for legends. */
export const statusDescriptions: Record<ClaimStatus | 'none', string> = {
	asserted: 'the article says it in its own voice',
	attributed: 'the article reports someone saying it',
	disputed: 'the article contradicts or questions it',
	none: 'the article does not mention it',
};

/** A title cut to about `max` characters at a word boundary, for table headers and chart labels. */
export function shortTitle(title: string, max = 34): string {
	if (title.length <= max) return title;
	const cut = title.lastIndexOf(' ', max - 1);
	return `${title.slice(0, cut > max / 2 ? cut : max - 1).replace(/[\s,:;–—-]+$/, '')}…`;
}
