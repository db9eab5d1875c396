import { findPassage, normaliseVerbatim } from './verbatim';

/** One paragraph of a rendered article: its id (for `#fragment` links) and its text. */
export interface RenderedParagraph {
	/** The `id` the Markdown pipeline gave the paragraph (e.g. `p-3`), or undefined if it has none. */
	id: string | undefined;
	/** 1-based position among the article's paragraphs, for labels such as “¶3”. */
	number: number;
	/** The paragraph's text, tags stripped, entities decoded, whitespace collapsed. */
	text: string;
}

const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references an HTML serialiser writes (numeric ones and the few named ones). */
export function decodeEntities(html: string): string {
	return html.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
		if (ref[0] === '#') {
			const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
			return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
		}
		return named[ref.toLowerCase()] ?? whole;
	});
}

/**
 * The text of an HTML fragment as printed in the article: tags stripped, entities decoded, and text
 * the pipeline adds for screen readers only (`<span class="visually-hidden">…</span>`) left out.
 */
export function htmlText(html: string): string {
	const printed = html.replace(/<span\b[^>]*\bclass="[^"]*\bvisually-hidden\b[^"]*"[^>]*>[^<]*<\/span>/g, '');
	return normaliseVerbatim(decodeEntities(printed.replace(/<[^>]*>/g, '')));
}

/**
 * The paragraphs (`<p>` elements) of an article's rendered HTML, in order. The article pipeline
 * never nests paragraphs, so a non-greedy match from `<p …>` to `</p>` is exact.
 */
export function paragraphsFromHtml(html: string): RenderedParagraph[] {
	const paragraphs: RenderedParagraph[] = [];
	for (const match of html.matchAll(/<p(\s[^>]*)?>([\s\S]*?)<\/p>/g)) {
		const attributes = match[1] ?? '';
		const id = /\sid="([^"]+)"/.exec(attributes)?.[1];
		paragraphs.push({ id: id === undefined ? undefined : decodeEntities(id), number: paragraphs.length + 1, text: htmlText(match[2] ?? '') });
	}
	return paragraphs;
}

/** The paragraph that contains a sentence (compared verbatim, see `verbatim.ts`), or undefined. */
export function paragraphContaining(paragraphs: readonly RenderedParagraph[], sentence: string): RenderedParagraph | undefined {
	const found = findPassage(
		paragraphs.map((paragraph) => paragraph.text),
		sentence,
	);
	return found === undefined ? undefined : paragraphs[found.block];
}

/** The address of a paragraph of an article: `/articles/<slug>/#p-3`, or the article itself when the paragraph has no id. */
export function paragraphHref(articleId: string, paragraph: RenderedParagraph | undefined): string {
	const base = `/articles/${articleId}/`;
	return paragraph?.id ? `${base}#${encodeURIComponent(paragraph.id)}` : base;
}
