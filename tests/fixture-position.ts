/** 1-based line and column of the first occurrence of `marker` in a fixture's text; throws when it is not there. */
export function markerPosition(source: string, marker: string, fixture: string): { line: number; column: number } {
	const offset = source.indexOf(marker);
	if (offset < 0) throw new Error(`marker ${JSON.stringify(marker)} is not in ${fixture}`);
	const before = source.slice(0, offset).split('\n');
	return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}
