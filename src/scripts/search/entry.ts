/**
 * The only search code on ordinary pages; it must stay tiny, and loads no Pagefind file by itself.
 * - `/` and Ctrl/⌘+K focus the search field: the header's, or on /search/ the page's own; where neither
 *   can be shown they open /search/, the address the header's form sends its query to. (Reading it from the
 *   form, rather than importing the routes module, keeps this the only script chunk of an ordinary page:
 *   the search page's script imports that module too, and a module shared by both becomes a chunk of its own.)
 * - A page opened from a search result (`?highlight=…`) loads Pagefind's highlighter, and only then.
 */
import { focusField, onSearchShortcut } from './shortcuts';

onSearchShortcut(() => {
	const field = document.querySelector<HTMLInputElement>('#site-search-q, #search-input');
	if (field?.checkVisibility()) focusField(field);
	else {
		const headerForm = document.querySelector<HTMLFormElement>('form.site-search');
		if (headerForm) window.location.assign(headerForm.action);
	}
});

// `highlight` is highlightParam of search-highlight.ts, written out so that this file imports nothing more.
if (new URLSearchParams(window.location.search).has('highlight')) {
	void import('./highlight').then(({ highlightFromUrl }) => highlightFromUrl());
}
