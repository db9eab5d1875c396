import { getCollection } from 'astro:content';
import { oncePerBuild } from './once-per-build';

/** The names pages show for the entries articles refer to, by id: read once per build and shared by every page. */
export interface ReferenceNames {
	/** An outlet's id → its name (`outlets/<id>.yaml`, `name`). */
	outlets: Map<string, string>;
	/** An author's id → their name (`authors/<id>.yaml`, `name`). */
	authors: Map<string, string>;
	/** A tag's id → its label (`tags/<id>.yaml`, `label`). */
	tags: Map<string, string>;
}

/** The outlet, author and tag names by id, once per build. */
export const getReferenceNames = oncePerBuild(async (): Promise<ReferenceNames> => {
	const [outlets, authors, tags] = await Promise.all([getCollection('outlets'), getCollection('authors'), getCollection('tags')]);
	return {
		outlets: new Map(outlets.map((outlet) => [outlet.id, outlet.data.name])),
		authors: new Map(authors.map((author) => [author.id, author.data.name])),
		tags: new Map(tags.map((tag) => [tag.id, tag.data.label])),
	};
});
