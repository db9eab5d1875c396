import { z } from 'astro/zod';

/** A publication an article appeared in; one YAML file per outlet in `content/outlets/`. */
export const outletSchema = z.strictObject({
	/** The outlet's name as it styles itself, e.g. "The Moscow Times". */
	name: z.string().trim().min(1),
	/** The outlet's home page, when known. */
	homepage: z.url({ protocol: /^https?$/ }).optional(),
	/** One sentence by the editors on what the outlet is. */
	description: z.string().trim().min(1),
	/**
	 * Which of the details above do not come from the articles' sources, and where the editors took them
	 * from: one item per field, e.g. `{ field: homepage, from: "the outlet's own website" }`. Every
	 * outlet lists at least its `description`, which the editors always write.
	 */
	supplied: z
		.array(
			z.strictObject({
				/** The field the editors supplied. */
				field: z.enum(['name', 'homepage', 'description']),
				/** Where they took it from, in words (a website, a reference work, the article's original address). */
				from: z.string().trim().min(1),
			}),
		)
		.min(1, 'say where the editors took the outlet’s description from (and its home page, if the sources do not give it)'),
});

export type Outlet = z.infer<typeof outletSchema>;
