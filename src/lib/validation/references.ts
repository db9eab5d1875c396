import { collectionFolders, collectionNouns, type CollectionName } from '../content/paths';
import type { ContentProblem } from './content-problems';

/** The edit distance between two short strings, to suggest the id that was probably meant. */
function distance(a: string, b: string): number {
	let row = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const next = [i];
		for (let j = 1; j <= b.length; j++) {
			next[j] = Math.min((row[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1, (row[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
		}
		row = next;
	}
	return row[b.length] ?? 0;
}

/** The known ids closest to a misspelt one (at most `count`, each close enough to be a likely typo), nearest first. */
export function nearestIds(value: string, known: Iterable<string>, count = 3): string[] {
	const limit = Math.max(2, Math.floor(value.length / 3));
	return [...known]
		.map((id) => ({ id, d: distance(value, id) }))
		.filter(({ d }) => d <= limit)
		.sort((a, b) => a.d - b.d || a.id.localeCompare(b.id))
		.slice(0, count)
		.map(({ id }) => id);
}

/** The known id closest to a misspelt one, when it is close enough to be a likely typo. */
export function closestId(value: string, known: Iterable<string>): string | undefined {
	return nearestIds(value, known, 1)[0];
}

/**
 * The one message for a reference to an entry that does not exist: it names the collection in words
 * and suggests the nearest ids ("did you mean `kirill-dmitriev`?") rather than listing every id.
 */
export function unknownReferenceProblem(
	file: string,
	field: string,
	value: string,
	target: CollectionName,
	known: ReadonlySet<string>,
	contentDir: string,
): ContentProblem {
	const noun = collectionNouns[target];
	const { folder, extension } = collectionFolders[target];
	const nearest = nearestIds(value, known);
	const didYouMean = nearest.length > 0 ? `Did you mean ${nearest.map((id) => `\`${id}\``).join(' or ')}? ` : '';
	return {
		file,
		field,
		problem: `"${value}" is not the id of any ${noun} (no file ${contentDir}/${folder}/${value}${extension})`,
		expected: known.size > 0 ? `the id of ${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}: the name of a file in ${contentDir}/${folder}/ without "${extension}"` : `the id of ${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}, but ${contentDir}/${folder}/ has none yet`,
		fix: `${didYouMean}Fix the spelling, or add ${contentDir}/${folder}/${value}${extension} describing it.`,
	};
}
