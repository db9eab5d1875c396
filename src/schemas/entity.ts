import { z } from 'astro/zod';

/** The kinds of named things the analysis tracks. */
export const entityKinds = ['person', 'organisation', 'place'] as const;
export type EntityKind = (typeof entityKinds)[number];

/**
 * A person, organisation or place named in the articles; one YAML file per entity in
 * `content/entities/`, named by its id (e.g. `kirill-dmitriev.yaml`).
 */
export const entitySchema = z.strictObject({
	/** The name readers see, e.g. "Kirill Dmitriev". It is also matched in the text. */
	name: z.string().trim().min(1),
	/** Whether this is a person, an organisation or a place. */
	kind: z.enum(entityKinds),
	/**
	 * Other spellings matched in the text, exactly as they appear (matching is case-sensitive,
	 * on word boundaries, possessives included): e.g. "Dmitriev", "RDIF", "U.S.".
	 */
	aliases: z.array(z.string().trim().min(1)).default([]),
	/**
	 * One line saying who or what this is, supplied by the editors rather than taken from the articles:
	 * written from the reference page in `link` where there is one, otherwise from the articles alone.
	 */
	description: z.string().trim().min(1),
	/** A reference page about the entity (e.g. an encyclopedia article), chosen by the editors; omit when there is none. */
	link: z.url({ protocol: /^https?$/ }).optional(),
});

export type Entity = z.infer<typeof entitySchema>;
