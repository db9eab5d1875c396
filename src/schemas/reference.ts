import type { reference as astroReference } from 'astro:content';
import { z } from 'astro/zod';

/** The collections that other entries may point at by id. */
export type ReferencedCollection = 'articles' | 'outlets' | 'authors' | 'tags' | 'entities' | 'topics' | 'events' | 'claims' | 'quotes';

/**
 * Builds the zod type of a reference to another collection.
 *
 * Inside Astro this is `reference()` from `astro:content`; outside Astro (the
 * content validator, unit tests) it is a plain id string whose existence the
 * validator checks itself. Keeping the schemas as factories lets both share
 * one definition of every field.
 */
export type ReferenceFactory = typeof astroReference;

/** An id as used in file names and URLs: lower-case words joined by hyphens. */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A reference factory for use outside Astro: ids are checked for shape only. */
export const plainIdReference = ((_collection: ReferencedCollection) =>
	z
		.string()
		.regex(idPattern, 'must be an id: lower-case words joined by hyphens, e.g. "the-moscow-times"')) as unknown as ReferenceFactory;
