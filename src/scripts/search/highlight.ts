/**
 * Highlighting on arrival from a search result: marks the searched words in the article text with
 * Pagefind's own highlighter (`/pagefind/pagefind-highlight.js`, loaded only here) and scrolls the first
 * match into view — within the section the result pointed at, when the link named one (`#heading-id`).
 */

/** The parameter result links carry the searched words in; the search page configures Pagefind with it. */
export const highlightParam = 'highlight';
const highlightClass = 'pagefind-highlight';

/**
 * The words a result link asks this page to highlight. Pagefind appends each whitespace-separated
 * word of the query as its own `highlight` parameter, quotes included; this joins them again and keeps
 * a quoted phrase together: `"black sea" oil` → `["black sea", "oil"]`.
 */
export function highlightTerms(values: readonly string[]): string[] {
	const text = values.join(' ');
	const terms: string[] = [];
	for (const match of text.matchAll(/"([^"]*)"|(\S+)/g)) {
		const term = (match[1] ?? match[2] ?? '').replace(/["“”]/g, '').replace(/\s+/g, ' ').trim();
		if (term && !terms.includes(term)) terms.push(term);
	}
	return terms;
}

interface PagefindHighlightOptions {
	highlightParam?: string;
	markContext?: string | null;
	addStyles?: boolean;
	markOptions?: { className?: string; exclude?: string[] };
}
type PagefindHighlightClass = new (options: PagefindHighlightOptions) => { getHighlightParams(param: string): string[] };

function scrollToFirstMatch(): void {
	const marks = [...document.querySelectorAll<HTMLElement>(`mark.${highlightClass}`)];
	const id = decodeURIComponent(window.location.hash.slice(1));
	const section = id ? document.getElementById(id) : null;
	const target = (section && marks.find((mark) => section.compareDocumentPosition(mark) & Node.DOCUMENT_POSITION_FOLLOWING)) || marks[0];
	if (!target) return;
	const { top, bottom } = target.getBoundingClientRect();
	// With a section link the browser has already brought the heading into view; keep it there if the match shows too.
	if (section && top >= 0 && bottom <= window.innerHeight) return;
	target.scrollIntoView({ block: 'center' });
}

export async function highlightFromUrl(): Promise<void> {
	const terms = highlightTerms(new URLSearchParams(window.location.search).getAll(highlightParam));
	if (terms.length === 0) return;
	const url = '/pagefind/pagefind-highlight.js';
	const { default: PagefindHighlight } = (await import(/* @vite-ignore */ url)) as { default: PagefindHighlightClass };
	// Pagefind's highlighter reads the words from the URL itself; phrases in quotes are handed over whole instead.
	class PhraseAwareHighlight extends PagefindHighlight {
		override getHighlightParams(): string[] {
			return terms;
		}
	}
	new PhraseAwareHighlight({
		highlightParam,
		// Styles come from global.css (`mark`); Pagefind's default adds an inline <style>, which a strict CSP forbids.
		addStyles: false,
		markOptions: {
			className: highlightClass,
			exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *', '.heading-anchor', '.heading-anchor *'],
		},
	});
	scrollToFirstMatch();
}
