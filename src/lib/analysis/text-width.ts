/**
 * An upper estimate of the width of a line of text in CSS pixels at `fontSize`, for laying out chart
 * labels at build time, where no font can be measured. The widths are DejaVu Sans's (in ems), which is
 * what `system-ui` resolves to on most Linux machines and is wider than the UI fonts of macOS, Windows
 * and Android, so a label placed by this estimate does not run into its neighbour on any of them.
 */
export function textWidth(text: string, fontSize: number): number {
	let ems = 0;
	for (const char of text) ems += charWidth(char);
	return ems * fontSize;
}

const narrow = new Set([...'iljIf.,:;!|\'’‘()[]']);
const slim = new Set([...'rt -“”"/']);
const wide = new Set([...'mwMW—…']);

function charWidth(char: string): number {
	if (narrow.has(char)) return 0.34;
	if (slim.has(char)) return 0.45;
	if (wide.has(char)) return 1;
	if (/\p{Lu}/u.test(char)) return 0.78;
	return 0.64;
}
