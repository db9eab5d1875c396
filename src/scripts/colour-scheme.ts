import { colourSchemeAttribute, colourSchemeStorageKey, parseColourScheme, type ColourScheme } from '../lib/site/colour-scheme';

/** The remembered choice, or "system" when there is none or storage is blocked. */
function storedScheme(): ColourScheme {
	try {
		return parseColourScheme(localStorage.getItem(colourSchemeStorageKey));
	} catch {
		return 'system';
	}
}

/** Shows a scheme on the page: an explicit choice as the `<html>` attribute, "system" as its absence. */
function applyScheme(scheme: ColourScheme): void {
	if (scheme === 'system') document.documentElement.removeAttribute(colourSchemeAttribute);
	else document.documentElement.setAttribute(colourSchemeAttribute, scheme);
}

/** Remembers a choice; "system" forgets it, so that the page follows the system again. */
function storeScheme(scheme: ColourScheme): void {
	try {
		if (scheme === 'system') localStorage.removeItem(colourSchemeStorageKey);
		else localStorage.setItem(colourSchemeStorageKey, scheme);
	} catch {
		// Storage blocked (private mode, policy): the choice holds for this page only.
	}
}

/**
 * Wires the colour-scheme picker: it shows the remembered choice, applies and remembers a new one, and follows
 * a choice made in another tab. The picker is hidden in the HTML (it cannot work without JavaScript) and shown here.
 */
export function setUpColourSchemePicker(select: HTMLSelectElement, container: HTMLElement): void {
	select.value = storedScheme();
	select.addEventListener('change', () => {
		const scheme = parseColourScheme(select.value);
		storeScheme(scheme);
		applyScheme(scheme);
	});
	window.addEventListener('storage', (event) => {
		if (event.key !== colourSchemeStorageKey && event.key !== null) return;
		const scheme = storedScheme();
		select.value = scheme;
		applyScheme(scheme);
	});
	container.hidden = false;
}
