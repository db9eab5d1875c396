import type { LoadedAnalysisEntry } from './analysis-validation';
import { closestId } from './analysis-validation';
import type { ContentProblem } from './content-problems';
import { createEntityMatcher, type MatchableEntity } from '../text/entity-matcher';

/**
 * The key-term check of the claims: every position an article takes on a claim (anything but “not
 * mentioned”, which has no position) must rest on evidence sentences that contain at least one of the
 * claim's key terms, that is a mention of one of its `keyTerms.entities` (found as the site finds entity
 * mentions, by name or alias, case-sensitive, on word boundaries) or one of its `keyTerms.words`
 * (without regard to case, from the start of a word). A position whose sentences contain none of them
 * is not about the claim. Called by `findContentProblems` in `content-validation.ts`.
 */

const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const asRecord = (value: unknown): Record<string, unknown> | undefined =>
	value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
const strings = (value: unknown): string[] => asList(value).filter((item): item is string => typeof item === 'string' && item.trim() !== '');

/** Characters that count as inside a word, as in the entity matcher. */
const wordChar = String.raw`[\p{L}\p{N}\p{M}_]`;

/** Whether `word` starts a word somewhere in `text`, without regard to case ("sanction" in "Sanctions"). */
export function containsWord(text: string, word: string): boolean {
	const escaped = word.trim().replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&').replace(/\s+/g, '\\s+');
	return new RegExp(`(?<!${wordChar})${escaped}`, 'iu').test(text);
}

/** The text of an evidence sentence without Markdown emphasis markers, which the verbatim check allows. */
const plain = (sentence: string) => sentence.replace(/[*_]+/g, '');

/** Finds every position whose evidence contains none of its claim's key terms. */
export function findKeyTermProblems(entries: readonly LoadedAnalysisEntry[]): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const entities: MatchableEntity[] = [];
	for (const entry of entries) {
		if (entry.collection !== 'entities' || typeof entry.data.name !== 'string') continue;
		entities.push({ id: entry.id, name: entry.data.name, aliases: strings(entry.data.aliases) });
	}
	const entityIds = new Set(entities.map((entity) => entity.id));
	// A spelling shared by two entities is reported by the entity checks; here the first keeps it.
	const matcher = createEntityMatcher(entities, () => {});

	for (const entry of entries) {
		if (entry.collection !== 'claims') continue;
		const { file, data } = entry;
		const keyTerms = asRecord(data.keyTerms);
		if (!keyTerms) continue; // a missing or malformed "keyTerms" is reported by the schema
		const keyEntities = strings(keyTerms.entities);
		const keyWords = strings(keyTerms.words);
		keyEntities.forEach((id, index) => {
			if (entityIds.has(id)) return;
			const suggestion = closestId(id, entityIds);
			problems.push({
				file,
				field: `keyTerms.entities.${index}`,
				problem: `"${id}" is not a known entity`,
				expected: 'the id of an entity in content/entities/ whose name or alias the evidence sentences use',
				fix: suggestion ? `Did you mean "${suggestion}"? Fix the spelling, or move the term to "keyTerms.words".` : 'Fix the spelling, or move the term to "keyTerms.words".',
			});
		});
		if (keyEntities.length + keyWords.length === 0) continue; // the schema asks for at least one

		const wanted = new Set(keyEntities);
		const termList = [
			...keyEntities.map((id) => {
				const entity = entities.find((candidate) => candidate.id === id);
				return entity ? `${entity.name} (${id})` : id;
			}),
			...keyWords.map((word) => `“${word}”`),
		].join(', ');

		asList(data.positions).forEach((raw, index) => {
			const position = asRecord(raw);
			const sentences = strings(position?.evidence).map(plain);
			if (!position || sentences.length === 0) return; // no evidence: reported by the schema
			const found = sentences.some(
				(sentence) => matcher.find(sentence).some((match) => wanted.has(match.entityId)) || keyWords.some((word) => containsWord(sentence, word)),
			);
			if (found) return;
			const article = typeof position.article === 'string' ? position.article : `positions.${index}.article`;
			const status = typeof position.status === 'string' ? position.status : 'a';
			problems.push({
				file,
				field: `positions.${index}.evidence`,
				problem: `the evidence for the ${status} position of "${article}" contains none of the claim’s key terms, so it does not show that the article speaks of the claim`,
				expected: `at least one evidence sentence that mentions one of: ${termList}`,
				fix: `Cite the sentence of "${article}" that names the claim’s subject; or, if the sentences do speak of it in other words, add those words to "keyTerms.words"; or, if the article does not take up the claim, delete positions.${index} (the article has then "not mentioned" it).`,
			});
		});
	}
	return problems;
}
