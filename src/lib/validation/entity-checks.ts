import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { MatchableEntity } from '../text/entity-matcher';
import { type MentionsByEntity, remarkEntityMentions } from '../../markdown/remark-entity-mentions';
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
	body?: string | undefined;
	/** The body already parsed (the content validator parses each body once); parsed here when missing. */
	tree?: Root | undefined;
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
 * Finds every mention in one article body with the site's own plugin. (The site also parses GitHub
 * extensions such as tables; their text is searched either way, so which entities are mentioned
 * does not change.)
 */
function mentionFinder(entities: readonly MatchableEntity[]): (article: ArticleFile & { body: string }) => MentionsByEntity {
	// One processor for all articles: the plugin compiles its matcher (one large regular expression)
	// once per processor, and compiling it per article made this check quadratic in corpus size.
	const processor = unified().use(remarkParse).use(remarkEntityMentions, { entities });
	return ({ body, tree }) => {
		const file = new VFile({ value: body });
		// The plugin only reads the tree here (mentions are not linked), so a tree parsed before can be reused.
		processor.runSync(tree ?? processor.parse(file), file);
		return ((file.data as { astro?: { frontmatter?: { mentions?: MentionsByEntity } } }).astro?.frontmatter?.mentions ?? {}) as MentionsByEntity;
	};
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
	const found = new Set<string>();
	const mentionsIn = mentionFinder(matchable);
	for (const article of articles) {
		if (!article.body?.trim()) continue;
		for (const { occurrences } of Object.values(mentionsIn({ ...article, body: article.body }))) {
			for (const o of occurrences) found.add(o.sentence.slice(o.start, o.end));
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
