import type { Page } from 'astro';

/**
 * How many articles a list page (home, tag, genre, outlet) shows. Lists longer than this are split into
 * pages (`/tags/energy/`, `/tags/energy/2/`, …) so that no page grows with the archive: at 10,000 articles
 * the unpaginated home page was 1.5 MB gzipped.
 */
export const articlesPerPage = 50;

/** A list page's title: the list's own on its first page, with "page N of M" after it on the others. */
export function pagedTitle(title: string, page: Pick<Page, 'currentPage' | 'lastPage'>): string {
	return page.currentPage === 1 ? title : `${title} (page ${page.currentPage} of ${page.lastPage})`;
}

/** "Articles 51–100 of 230" for a page of a longer list, "3 articles" for a list that fits on one page. */
export function pageRange(page: Pick<Page, 'start' | 'end' | 'total' | 'lastPage'>): string {
	const count = page.total === 1 ? '1 article' : `${page.total.toLocaleString('en')} articles`;
	if (page.lastPage === 1) return count;
	return `Articles ${(page.start + 1).toLocaleString('en')}–${(page.end + 1).toLocaleString('en')} of ${page.total.toLocaleString('en')}`;
}
