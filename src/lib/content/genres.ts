import type { Genre } from '../../schemas/article';

/** How each genre is named and explained to readers. */
export const genreInfo: Record<Genre, { label: string; plural: string; description: string }> = {
	'news-report': {
		label: 'News report',
		plural: 'News reports',
		description: 'Reports of what was said and done, attributed to their sources.',
	},
	opinion: {
		label: 'Opinion',
		plural: 'Opinion pieces',
		description: 'Signed pieces that argue a point of view; the outlet marks them as opinion.',
	},
	analysis: {
		label: 'Analysis',
		plural: 'Analyses',
		description: 'Pieces that explain causes and consequences rather than report new facts.',
	},
	commentary: {
		label: 'Commentary',
		plural: 'Commentary',
		description: 'First-person remarks by a named commentator, often first posted on social media.',
	},
};
