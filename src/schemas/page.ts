import { z } from 'astro/zod';

/**
 * A page of the editors' own prose, such as the codebook: one Markdown file per page in `content/pages/`,
 * with this frontmatter and the text below it, in `##` sections. The About page shows the codebook.
 */
export const pageSchema = z.strictObject({
	/** The page's title as readers see it, e.g. "Codebook". */
	title: z.string().trim().min(1),
	/** One sentence saying what the page is about, for search engines and link previews. */
	description: z.string().trim().min(1),
});

export type PageData = z.infer<typeof pageSchema>;
