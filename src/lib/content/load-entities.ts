import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { slug as slugify } from 'github-slugger';
import { load as loadYaml } from 'js-yaml';
import type { MatchableEntity } from '../text/entity-matcher';
import { entitySchema } from '../../schemas/entity';

/** What {@link loadEntities} returns. */
export interface LoadedEntities {
	/** The valid entities, by file name order: id (the file name), name and aliases. */
	entities: MatchableEntity[];
	/** Files that could not be read as an entity; the content validator reports why. */
	skipped: string[];
}

/**
 * Reads `<contentDir>/entities/*.yaml` synchronously, at config time, and checks each file against
 * `entitySchema` (the same schema the collection uses), so that the Markdown pipeline knows which
 * names to look for before Astro loads any content.
 *
 * It never throws on bad content: a file that is not valid YAML or does not fit the schema is left
 * out and listed in `skipped`. Failing the build is the content validator's job
 * (`src/lib/validation/content-validation.ts`, run by the content-guard integration), which says what is wrong
 * and how to fix it; a missing folder simply means no entities.
 */
export function loadEntitiesWithReport(contentDir: string, root = process.cwd()): LoadedEntities {
	const dir = path.resolve(root, contentDir, 'entities');
	let names: string[];
	try {
		names = readdirSync(dir)
			.filter((name) => name.endsWith('.yaml'))
			.sort();
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { entities: [], skipped: [] };
		throw error;
	}
	const entities: MatchableEntity[] = [];
	const skipped: string[] = [];
	for (const name of names) {
		try {
			const parsed = entitySchema.safeParse(loadYaml(readFileSync(path.join(dir, name), 'utf8')));
			if (!parsed.success) {
				skipped.push(name);
				continue;
			}
			// The id is derived from the file name the way Astro's glob loader derives it.
			entities.push({ id: slugify(name.slice(0, -'.yaml'.length)), name: parsed.data.name, aliases: parsed.data.aliases });
		} catch {
			skipped.push(name);
		}
	}
	return { entities, skipped };
}

/** The valid entities under `<contentDir>/entities/` (see {@link loadEntitiesWithReport}). */
export function loadEntities(contentDir: string, root?: string): MatchableEntity[] {
	return loadEntitiesWithReport(contentDir, root).entities;
}
