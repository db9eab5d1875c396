import { z } from 'astro/zod';
import { splitSentences } from '../lib/text/sentences';

/**
 * Non-empty text that is exactly one sentence, by the same sentence rules the analysis uses
 * (so "U.S." or "Mr." inside it do not end it, and a second sentence is refused).
 */
export const oneSentence = () =>
	z
		.string()
		.trim()
		.min(1)
		.refine((text) => splitSentences(text).length === 1, 'must be a single sentence');
