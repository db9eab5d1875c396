/**
 * The reader's colour scheme: "system" (the default: follow the operating system), "light" or "dark".
 *
 * A choice other than "system" is remembered in localStorage and shown as `data-colour-scheme` on `<html>`;
 * the stylesheets read it (src/styles/global.css). The attribute is set by a tiny inline script in `<head>`
 * ({@link colourSchemeInitScript}), before the first paint, so a page never flashes the wrong scheme.
 */
export const colourSchemes = ['system', 'light', 'dark'] as const;
export type ColourScheme = (typeof colourSchemes)[number];

/** The localStorage key that remembers the reader's choice. */
export const colourSchemeStorageKey = 'colour-scheme';

/** The attribute on `<html>` that carries an explicit choice; absent means "follow the system". */
export const colourSchemeAttribute = 'data-colour-scheme';

/**
 * The inline script that applies a remembered choice before the page paints. It is inlined (a blocking
 * external file would cost a request and delay the first paint), so the Content-Security-Policy allows it by
 * its hash, which astro.config.mjs computes from this very text. It must not throw: storage may be blocked.
 */
export const colourSchemeInitScript =
	`try{var s=localStorage.getItem(${JSON.stringify(colourSchemeStorageKey)});` +
	`if(s==="light"||s==="dark")document.documentElement.setAttribute(${JSON.stringify(colourSchemeAttribute)},s)}catch(e){}`;

/** Reads a stored value as a scheme; anything unknown (or nothing) is "system". */
export function parseColourScheme(value: string | null | undefined): ColourScheme {
	return value === 'light' || value === 'dark' ? value : 'system';
}
