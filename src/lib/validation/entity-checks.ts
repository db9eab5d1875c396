import type { ArticleText } from '../text/article-text';
import { createEntityMatcher, type MatchableEntity } from '../text/entity-matcher';
import type { ContentProblem } from './content-problems';
import { isCommonWord } from './common-words';

/** An entity file as the validator read it (its data may or may not fit the schema). */
export interface EntityFile {
	id: string;
	file: string;
	data: Record<string, unknown>;
}

/** An article file as the validator read it. */
export interface ArticleFile {
	file: string;
	/** The body's text model, as the site's Markdown pipeline reads it (undefined when the body was refused). */
	text?: ArticleText | undefined;
}

function spellingsOf(data: Record<string, unknown>): { field: string; spelling: string }[] {
	const spellings: { field: string; spelling: string }[] = [];
	if (typeof data.name === 'string' && data.name.trim()) spellings.push({ field: 'name', spelling: data.name.trim() });
	if (Array.isArray(data.aliases)) {
		data.aliases.forEach((alias, index) => {
			if (typeof alias === 'string' && alias.trim()) spellings.push({ field: `aliases.${index}`, spelling: alias.trim() });
		});
	}
	return spellings;
}

/**
 * The rules for entities beyond their schema:
 * 1. a name or alias belongs to one entity only (otherwise a mention could not be told apart):
 *    the problem names both files;
 * 2. every entity is mentioned in at least one article body — every entity must earn its place.
 *    Mentions are found with the same plugin and rules as on the site (case-sensitive, on word
 *    boundaries, possessives included).
 */
export function findEntityProblems(entities: readonly EntityFile[], articles: readonly ArticleFile[]): ContentProblem[] {
	const problems: ContentProblem[] = [];
	if (entities.length === 0) return problems;

	const owner = new Map<string, EntityFile>();
	const matchable: MatchableEntity[] = [];
	for (const entity of entities) {
		const kept: string[] = [];
		for (const { field, spelling } of spellingsOf(entity.data)) {
			if (isCommonWord(spelling)) {
				problems.push({
					file: entity.file,
					field,
					problem: `"${spelling}" is a common word: every "${spelling}" in the articles would be taken for a mention of this entity`,
					expected: 'a name or alias that only this entity goes by (a proper name, a surname, an acronym in capitals)',
					fix: `Remove "${spelling}" from ${entity.file}, or write the longer spelling the articles use (for example the full name).`,
				});
				continue;
			}
			const other = owner.get(spelling);
			if (other && other.id !== entity.id) {
				problems.push({
					file: entity.file,
					field,
					problem: `"${spelling}" is also a name or alias of ${other.file}; a mention of "${spelling}" could not be told apart`,
					expected: `names and aliases that belong to one entity only (here either ${other.file} or ${entity.file})`,
					fix: `Remove "${spelling}" from ${entity.file} or from ${other.file}; if both are meant, use a longer spelling that names one of them.`,
				});
				continue;
			}
			owner.set(spelling, entity);
			kept.push(spelling);
		}
		const [name, ...aliases] = kept;
		if (name !== undefined) matchable.push({ id: entity.id, name, aliases });
	}

	// The spellings found in the text. An entity counts as mentioned when one of its own spellings is
	// found, even one it shares with another entity: that conflict is reported above, once.
	// Searched in the articles' text models with the matcher the site's mention plugin uses, compiled
	// once for all articles (compiling it per article made this check quadratic in corpus size).
	const found = new Set<string>();
	const matcher = createEntityMatcher(matchable);
	for (const article of articles) {
		for (const block of article.text?.blocks ?? []) {
			for (const match of matcher.find(block.text)) found.add(match.text);
		}
	}
	for (const entity of entities) {
		const spellings = spellingsOf(entity.data).map((s) => s.spelling);
		if (typeof entity.data.name !== 'string' || spellings.some((spelling) => found.has(spelling))) continue;
		const aliases = Array.isArray(entity.data.aliases) ? entity.data.aliases.filter((a): a is string => typeof a === 'string') : [];
		const listed = [entity.data.name, ...aliases].map((s) => `"${s}"`).join(', ');
		problems.push({
			file: entity.file,
			field: 'name',
			problem: `no article mentions this entity: none of ${listed} occurs in an article body`,
			expected: 'an entity named at least once in the text of an article (matching is case-sensitive, on word boundaries; possessives count)',
			fix: `Add the spelling the article text uses to "aliases" in ${entity.file}, or delete ${entity.file}: every entity must be mentioned.`,
		});
	}
	return problems;
}
