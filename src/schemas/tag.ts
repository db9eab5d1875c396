import { z } from 'astro/zod';

/** A topic that articles are filed under; one YAML file per tag in `content/tags/`. */
export const tagSchema = z.strictObject({
	/** The tag as readers see it, e.g. "Sanctions". */
	label: z.string().trim().min(1),
	/** One or two sentences by the editors saying what the tag covers. */
	description: z.string().trim().min(1),
});

export type Tag = z.infer<typeof tagSchema>;
