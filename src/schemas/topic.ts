import { z } from 'astro/zod';
import type { ReferenceFactory } from './reference';

/**
 * A subject the comparison page tracks across the articles, e.g. "Sectors on the table".
 * One YAML file per topic in `content/topics/`. Claims name their topic; the coverage grid counts,
 * for each article, the paragraphs that match the topic's keywords or hold evidence of its claims.
 */
export const createTopicSchema = (reference: ReferenceFactory) =>
	z.strictObject({
		/** The topic as readers see it, e.g. "American companies in Russia". */
		label: z.string().trim().min(1),
		/** One sentence by the editors saying what the topic covers. */
		description: z.string().trim().min(1),
		/**
		 * Words and phrases that show a paragraph is about the topic. Matched case-insensitively as whole
		 * words (“oil” does not match “turmoil”); end one with `*` to match any ending (“mineral*” matches
		 * “minerals”). Apostrophes and dashes are matched as printed.
		 */
		keywords: z.array(z.string().trim().min(2)).min(1, 'a topic needs at least one keyword'),
		/** The tag that files articles under the same subject, by id, when there is one. */
		tag: reference('tags').optional(),
	});

export type TopicData = z.infer<ReturnType<typeof createTopicSchema>>;
