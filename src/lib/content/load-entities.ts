import { readFileSync, statSync } from 'node:fs';
import type { MatchableEntity } from '../text/entity-matcher';
import { entitySchema } from '../../schemas/entity';
import { contentDir as defaultContentDir, listCollectionFiles } from './paths';
import { contentLimits, loadContentYaml } from './read-yaml';

/** What {@link loadEntities} returns. */
export interface LoadedEntities {
	/** The valid entities, by file name order: id (the file name), name and aliases. */
	entities: MatchableEntity[];
	/** Files that could not be read as an entity; the content validator reports why. */
	skipped: string[];
}

/**
 * Reads the entity files synchronously, at config time, and checks each one against `entitySchema`
 * (the same schema the collection uses), so that the Markdown pipeline knows which names to look for
 * before Astro loads any content. It lists the folder and derives ids with src/lib/content/paths.ts,
 * like the guard and Astro's collections, and parses YAML with the same bounds (no aliases, size limit).
 *
 * It never throws on bad content: a file that is too large, not valid YAML or does not fit the schema
 * is left out and listed in `skipped`. Failing the build is the content validator's job
 * (`src/lib/validation/content-validation.ts`, run by the content-guard integration), which says what
 * is wrong and how to fix it; a missing folder simply means no entities.
 */
export function loadEntitiesWithReport(contentDir = defaultContentDir, root = process.cwd()): LoadedEntities {
	const { files, refused } = listCollectionFiles('entities', contentDir, root);
	const entities: MatchableEntity[] = [];
	const skipped: string[] = refused.map(({ name }) => name);
	for (const { name, absolute, id } of files) {
		try {
			if (statSync(absolute).size > contentLimits.dataFileBytes) throw new Error('too large');
			const parsed = entitySchema.safeParse(loadContentYaml(readFileSync(absolute, 'utf8'), name));
			if (!parsed.success) {
				skipped.push(name);
				continue;
			}
			entities.push({ id, name: parsed.data.name, aliases: parsed.data.aliases });
		} catch {
			skipped.push(name);
		}
	}
	return { entities, skipped };
}

/** The valid entities under `<contentDir>/entities/` (see {@link loadEntitiesWithReport}). */
export function loadEntities(contentDir?: string, root?: string): MatchableEntity[] {
	return loadEntitiesWithReport(contentDir, root).entities;
}
