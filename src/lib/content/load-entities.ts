import { readFileSync, statSync } from 'node:fs';
import type { MatchableEntity } from '../text/entity-matcher';
import { entitySchema } from '../../schemas/entity';
import { contentDir as defaultContentDir, listCollectionFiles } from './paths';
import { contentLimits, loadContentYaml } from './read-yaml';

/**
 * Reads the entity files synchronously, at config time, and checks each one against `entitySchema`
 * (the same schema the collection uses), so that the Markdown pipeline knows which names to look for
 * before Astro loads any content. It lists the folder and derives ids with src/lib/content/paths.ts,
 * like the guard and Astro's collections, and parses YAML with the same bounds (no aliases, size limit).
 *
 * It never throws on bad content: a file that is too large, not valid YAML or does not fit the schema
 * is left out. Failing the build is the content validator's job
 * (`src/lib/validation/content-validation.ts`, run by the content-guard integration), which says what
 * is wrong and how to fix it; a missing folder simply means no entities.
 *
 * @returns the valid entities under `<contentDir>/entities/`, by file name order: id (the file name), name and aliases
 */
export function loadEntities(contentDir = defaultContentDir, root = process.cwd()): MatchableEntity[] {
	const { files } = listCollectionFiles('entities', contentDir, root);
	const entities: MatchableEntity[] = [];
	for (const { name, absolute, id } of files) {
		try {
			if (statSync(absolute).size > contentLimits.dataFileBytes) continue;
			const parsed = entitySchema.safeParse(loadContentYaml(readFileSync(absolute, 'utf8'), name));
			if (parsed.success) entities.push({ id, name: parsed.data.name, aliases: parsed.data.aliases });
		} catch {
			// Not valid YAML: the content validator reports it.
		}
	}
	return entities;
}
