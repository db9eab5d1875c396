import { z } from 'astro/zod';
import type { ReferenceFactory } from './reference';

/** A person credited with writing an article; one YAML file per author in `content/authors/`. */
export const createAuthorSchema = (reference: ReferenceFactory) =>
	z.strictObject({
		/** The author's name as the source gives it. */
		name: z.string().trim().min(1),
		/** The author's description as printed by the source, quoted verbatim; omit when the source has none. */
		sourceNote: z.string().trim().min(1).optional(),
		/** The outlet the source says the author writes for, if it says so. */
		outlet: reference('outlets').optional(),
	});
