/**
 * Characters that have no place in the content's text: they are invisible, reorder what a reader
 * sees, or make the feed, the sitemap and the open data invalid XML/JSON.
 */

/** C0 controls other than tab, line feed and carriage return; DEL; C1 controls. XML 1.0 forbids most of them. */
const controlCharacter = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/u;
/** Bidirectional embeddings, overrides and isolates: they can make text read differently from how it is stored. */
const bidiControl = /[\u202a-\u202e\u2066-\u2069]/u;
/** Unicode noncharacters (U+FDD0–U+FDEF and the last two code points of every plane). */
const noncharacter = /[\ufdd0-\ufdef\ufffe\uffff\u{1fffe}\u{1ffff}\u{2fffe}\u{2ffff}\u{3fffe}\u{3ffff}\u{4fffe}\u{4ffff}\u{5fffe}\u{5ffff}\u{6fffe}\u{6ffff}\u{7fffe}\u{7ffff}\u{8fffe}\u{8ffff}\u{9fffe}\u{9ffff}\u{afffe}\u{affff}\u{bfffe}\u{bffff}\u{cfffe}\u{cffff}\u{dfffe}\u{dffff}\u{efffe}\u{effff}\u{ffffe}\u{fffff}\u{10fffe}\u{10ffff}]/u;
/** Half of a surrogate pair without its other half (not a character at all). */
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** Whitespace and the invisible format characters that show nothing on their own. */
const invisible = /[\s\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u2060-\u2064\u206a-\u206f\u3164\ufeff\uffa0]/gu;

/** What is wrong with a piece of text, as a phrase ("a control character U+001B at position 4"), or undefined. */
export function textHygieneProblem(text: string): string | undefined {
	const checks: [RegExp, string][] = [
		[loneSurrogate, 'half of a surrogate pair (not a character)'],
		[controlCharacter, 'a control character'],
		[bidiControl, 'a bidirectional override or isolate'],
		[noncharacter, 'a Unicode noncharacter'],
	];
	for (const [pattern, what] of checks) {
		const match = pattern.exec(text);
		if (!match) continue;
		const code = match[0].codePointAt(0) ?? 0;
		return `${what} U+${code.toString(16).toUpperCase().padStart(4, '0')} at character ${[...text.slice(0, match.index)].length + 1}`;
	}
	return undefined;
}

/** True when the text has characters but none that shows: only spaces and zero-width or other invisible characters. */
export function isInvisibleOnly(text: string): boolean {
	return text.length > 0 && text.replace(invisible, '') === '';
}
