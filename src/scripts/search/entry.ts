/**
 * The only search code on ordinary pages; it must stay tiny, and loads no Pagefind file by itself.
 * - `/` and Ctrl/⌘+K focus the search field: the header's, or on /search/ the page's own; where neither
 *   can be shown they open /search/.
 * - A page opened from a search result (`?highlight=…`) loads Pagefind's highlighter, and only then.
 */
import { indexHref } from '../../lib/routing/routes';
import { focusField, onSearchShortcut } from './shortcuts';

onSearchShortcut(() => {
	const field = document.querySelector<HTMLInputElement>('#site-search-q, pagefind-input input');
	if (field?.checkVisibility()) focusField(field);
	else window.location.assign(indexHref.search);
});

// `highlight` is highlightParam of search-highlight.ts, written out so that this file imports nothing more.
if (new URLSearchParams(window.location.search).has('highlight')) {
	void import('./highlight').then(({ highlightFromUrl }) => highlightFromUrl());
}
