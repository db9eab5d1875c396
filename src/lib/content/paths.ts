import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { slug as slugify } from 'github-slugger';

/**
 * Where the content lives and how its files become ids: the one place that knows it. The content
 * guard (src/lib/validation/), the entity loader (load-entities.ts) and Astro's collections
 * (src/content.config.ts) all read the content through this module.
 */

/** The content directory, relative to the project root: `CONTENT_DIR` (tests point it at fixtures), else `content`. */
export const contentDir = (process.env.CONTENT_DIR ?? 'content').replace(/[\\/]+$/, '');

/** Each collection's folder under the content directory, and the extension of its files. */
export const collectionFolders = {
	articles: { folder: 'articles', extension: '.md' },
	authors: { folder: 'authors', extension: '.yaml' },
	outlets: { folder: 'outlets', extension: '.yaml' },
	tags: { folder: 'tags', extension: '.yaml' },
	entities: { folder: 'entities', extension: '.yaml' },
	topics: { folder: 'topics', extension: '.yaml' },
	quotes: { folder: 'quotes', extension: '.yaml' },
	claims: { folder: 'claims', extension: '.yaml' },
	events: { folder: 'events', extension: '.yaml' },
	findings: { folder: 'findings', extension: '.yaml' },
	pages: { folder: 'pages', extension: '.md' },
} as const;

/** A collection's name. */
export type CollectionName = keyof typeof collectionFolders;

/** One entry of each collection, in words: "tag", "entity", … (for messages). */
export const collectionNouns: Record<CollectionName, string> = {
	articles: 'article',
	authors: 'author',
	outlets: 'outlet',
	tags: 'tag',
	entities: 'entity',
	topics: 'topic',
	quotes: 'quote',
	claims: 'claim',
	events: 'event',
	findings: 'finding',
	pages: 'page',
};

/** The glob pattern Astro's loader uses for a collection (files directly in its folder). */
export function collectionPattern(collection: CollectionName): string {
	return `*${collectionFolders[collection].extension}`;
}

/** A collection's folder, relative to the project root as Astro's `glob({ base })` wants it. */
export function collectionBase(collection: CollectionName, dir = contentDir): string {
	return `./${dir}/${collectionFolders[collection].folder}`;
}

/**
 * The id rule: lower-case ASCII letters and digits, words joined by single hyphens or underscores.
 * Every output takes such an id as it is (page paths, anchors, open-data keys, file names of images).
 */
export const idPattern = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;

/** The id a file gets from its name, the way Astro's glob loader derives it (github-slugger). */
export function idFromFileName(fileName: string, extension: string): string {
	return slugify(fileName.slice(0, -extension.length));
}

/** An id in the {@link idPattern} shape made from any text, for rename suggestions; `fallback` when nothing is left. */
export function suggestId(text: string, fallback: string): string {
	const ascii = text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	return ascii === '' ? fallback : ascii;
}

/** A file of a collection folder that the loaders will read. */
export interface ContentFile {
	/** The name in the folder, e.g. `kirill-dmitriev.yaml`. */
	name: string;
	/** Absolute path (a symbolic link inside the content directory resolved). */
	absolute: string;
	/** The id derived from the name. */
	id: string;
}

/** A name in a collection folder that cannot become an entry, with what to do. */
export interface RefusedFile {
	name: string;
	/** What is wrong with it. */
	problem: string;
	/** How to fix it. */
	fix: string;
}

/**
 * Names a collection folder may hold that are not entries: `.gitkeep`, the empty file that keeps an empty
 * folder in git (it has no content, so nothing is lost by not reading it).
 */
export const allowedNonEntries: readonly string[] = ['.gitkeep'];

/** Why a name without the collection's extension cannot stay in its folder, and what to do. */
function otherFile(name: string, absolute: string, collection: CollectionName, dir: string): RefusedFile {
	const { folder, extension } = collectionFolders[collection];
	const where = `${dir}/${folder}/`;
	let isFolder = false;
	try {
		isFolder = statSync(absolute).isDirectory();
	} catch {
		isFolder = false;
	}
	if (isFolder) {
		return {
			name,
			problem: `it is a folder, and the site reads only the "${extension}" files directly in ${where}: anything in it would not be published`,
			fix: `Move the files in it up into ${where} (each named <id>${extension}), or move the folder out of ${dir}/.`,
		};
	}
	const dot = name.lastIndexOf('.');
	const stem = dot > 0 ? name.slice(0, dot) : name.replace(/^\.+/, '');
	const ending = dot > 0 ? `"${name.slice(dot)}"` : 'no extension';
	const rename = `${suggestId(stem, `${collectionNouns[collection]}-1`)}${extension}`;
	return {
		name,
		problem: `the name ends in ${ending}, and the site reads only files ending exactly in "${extension}" (lower case) from ${where}: this file would not be published, without a word`,
		fix: `Rename it to ${rename} if it is ${/^[aeiou]/.test(collectionNouns[collection]) ? 'an' : 'a'} ${collectionNouns[collection]}, or move it out of ${dir}/ if it is not (notes belong outside the content directory).`,
	};
}

/**
 * Lists a collection folder the way Astro's glob loader sees it, and says which names cannot be
 * published: files with another extension (`note.txt`, `foo.markdown`, `x.MD`: the loader reads only
 * names ending exactly in the collection's extension and would skip them without a word), sub-folders
 * (the loader does not look into them), dotfiles (the loader skips them silently), folders with the collection's extension,
 * symbolic links that dangle or lead outside the content directory, and names whose id would not
 * fit {@link idPattern} (names in other scripts, names that slug to nothing). A missing folder is empty.
 */
export function listCollectionFiles(
	collection: CollectionName,
	dir = contentDir,
	root = process.cwd(),
): { files: ContentFile[]; refused: RefusedFile[] } {
	const { folder, extension } = collectionFolders[collection];
	const base = path.resolve(root, dir, folder);
	const files: ContentFile[] = [];
	const refused: RefusedFile[] = [];
	let names: string[];
	try {
		names = readdirSync(base).sort();
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'ENOENT' || code === 'ENOTDIR') return { files, refused };
		throw error;
	}
	let contentRoot: string;
	try {
		contentRoot = realpathSync(path.resolve(root, dir));
	} catch {
		contentRoot = path.resolve(root, dir);
	}
	for (const name of names) {
		if (allowedNonEntries.includes(name)) continue;
		if (!name.endsWith(extension)) {
			refused.push(otherFile(name, path.join(base, name), collection, dir));
			continue;
		}
		const stem = name.slice(0, -extension.length);
		const absolute = path.join(base, name);
		const suggestion = `${suggestId(stem.replace(/^\.+/, ''), `${collectionNouns[collection]}-1`)}${extension}`;
		if (name.startsWith('.')) {
			refused.push({
				name,
				problem: `the name starts with ".", so the site's loader skips the file without a word: it would not be published`,
				fix: `Rename it to ${suggestion} (or move it out of ${dir}/${folder}/ if it is not meant to be published).`,
			});
			continue;
		}
		let target = absolute;
		const link = lstatSync(absolute);
		if (link.isSymbolicLink()) {
			try {
				target = realpathSync(absolute);
			} catch {
				refused.push({
					name,
					problem: 'it is a symbolic link to a file that does not exist',
					fix: `Delete the link, or point it at an existing file inside ${dir}/.`,
				});
				continue;
			}
			if (!target.startsWith(contentRoot + path.sep)) {
				refused.push({
					name,
					problem: `it is a symbolic link to ${target}, outside the content directory ${dir}/; a link out of it could publish any file`,
					fix: `Copy the file into ${dir}/${folder}/ instead of linking to it.`,
				});
				continue;
			}
		}
		if (!statSync(target).isFile()) {
			refused.push({
				name,
				problem: `it is a folder, not a file: the "${extension}" at the end of its name makes it look like an entry`,
				fix: `Rename the folder so that it does not end in "${extension}", or move it out of ${dir}/${folder}/.`,
			});
			continue;
		}
		const id = idFromFileName(name, extension);
		if (!idPattern.test(id)) {
			refused.push({
				name,
				problem:
					id === ''
						? 'the name has no letter or digit, so the file would get no id (its page would have no address)'
						: `the id "${id}" made from the name is not lower-case ASCII letters, digits and hyphens, which page addresses, anchors and open-data files need`,
				fix: `Rename the file to ${suggestion}.`,
			});
			continue;
		}
		files.push({ name, absolute: target, id });
	}
	return { files, refused };
}
