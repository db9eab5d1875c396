import { z } from 'astro/zod';

/** A publication an article appeared in; one YAML file per outlet in `content/outlets/`. */
export const outletSchema = z.strictObject({
	/** The outlet's name as it styles itself, e.g. "The Moscow Times". */
	name: z.string().trim().min(1),
	/** The outlet's home page, when known. */
	homepage: z.url({ protocol: /^https?$/ }).optional(),
	/** One sentence by the editors on what the outlet is. */
	description: z.string().trim().min(1),
});

export type Outlet = z.infer<typeof outletSchema>;
