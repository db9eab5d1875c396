/**
 * The mentions an article's entry keeps are offsets into its text model (`[block, start, end]`), not
 * sentences; pages cut the snippet around a mention from the model. On random article bodies run
 * through the article pipeline, this checks that those offsets, kept as plain data the way Astro's data
 * store keeps them, point at the entity's spelling and give back the sentence it was found in.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { load } from 'js-yaml';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { snippetsOf } from '../../src/lib/analysis/mentions';
import type { ArticleText } from '../../src/lib/text/article-text';
import type { MatchableEntity } from '../../src/lib/text/entity-matcher';
import { splitSentences } from '../../src/lib/text/sentences';
import { articleRemarkProcessor, type MentionsByEntity } from '../../src/markdown';

const fixtures = fileURLToPath(new URL('../fixtures/markdown/mentions/', import.meta.url));
const entities = load(readFileSync(`${fixtures}entities.yaml`, 'utf8')) as MatchableEntity[];
const processor = articleRemarkProcessor({ entities });
const spellings = entities.flatMap((entity) => [entity.name, ...(entity.aliases ?? [])]);
const spellingsOf = new Map(entities.map((entity) => [entity.id, new Set([entity.name, ...(entity.aliases ?? [])])]));

/** A sentence: words and entity names, some emphasised or possessive, starting with a capital and ending with a full stop. */
const sentence = fc
	.array(
		fc.oneof(
			{ weight: 3, arbitrary: fc.constantFrom('the', 'talks', 'said', 'in', 'a', 'deal', 'Mr.', 'U.S.', 'on', 'Tuesday', '“quoted”', 'and,') },
			{ weight: 2, arbitrary: fc.constantFrom(...spellings) },
			{ weight: 1, arbitrary: fc.constantFrom(...spellings).map((name) => `${name}’s`) },
			{ weight: 1, arbitrary: fc.constantFrom(...spellings).map((name) => `*${name}*`) },
		),
		{ minLength: 1, maxLength: 12 },
	)
	.map((words) => `Then ${words.join(' ')}.`);

/** A body: paragraphs of sentences, now and then a heading or a list. */
const body = fc
	.array(
		fc.oneof(
			{ weight: 4, arbitrary: fc.array(sentence, { minLength: 1, maxLength: 4 }).map((sentences) => sentences.join(' ')) },
			{ weight: 1, arbitrary: sentence.map((text) => `## ${text}`) },
			{ weight: 1, arbitrary: fc.array(sentence, { minLength: 1, maxLength: 3 }).map((items) => items.map((item) => `- ${item}`).join('\n')) },
		),
		{ minLength: 1, maxLength: 6 },
	)
	.map((blocks) => blocks.join('\n\n'));

/** The text model and mentions the pipeline keeps for a body, as plain data (what an entry of the data store holds). */
function entryOf(markdown: string): { text: ArticleText; mentions: MentionsByEntity } {
	const file = new VFile({ path: 'article.md', value: markdown });
	processor.runSync(processor.parse(file), file);
	const kept = JSON.parse(JSON.stringify(file.data.astro?.frontmatter)) as { articleText: ArticleText; mentions: MentionsByEntity };
	return { text: kept.articleText, mentions: kept.mentions };
}

describe('mention offsets in the text model', () => {
	it('point, after the entry is stored, at a spelling of the entity mentioned, and count every mention', () => {
		fc.assert(
			fc.property(body, (markdown) => {
				const { text, mentions } = entryOf(markdown);
				for (const [id, { count, occurrences }] of Object.entries(mentions)) {
					expect(occurrences).toHaveLength(count);
					for (const [block, start, end] of occurrences) {
						expect(spellingsOf.get(id)?.has(text.blocks[block]?.text.slice(start, end) ?? '')).toBe(true);
					}
				}
			}),
			{ numRuns: 200 },
		);
	});

	it('give back, as snippets, the sentence each mention was found in, with the mention highlighted', () => {
		fc.assert(
			fc.property(body, (markdown) => {
				const { text, mentions } = entryOf(markdown);
				for (const { occurrences } of Object.values(mentions)) {
					const snippets = snippetsOf(occurrences, text);
					// One snippet per sentence that holds a mention, in the order of the mentions.
					const expected = [...new Map(occurrences.map(([block, start]) => {
						const blockText = text.blocks[block]?.text ?? '';
						const span = splitSentences(blockText).find((s) => start < s.end) ?? { start: 0, end: blockText.length };
						return [`${block}:${span.start}`, { paragraphId: text.blocks[block]?.id, sentence: blockText.slice(span.start, span.end) }] as const;
					})).values()];
					expect(snippets.map(({ paragraphId, sentence: s }) => ({ paragraphId, sentence: s }))).toEqual(expected);
					for (const snippet of snippets) {
						expect(snippet.parts.map((part) => part.text).join('')).toBe(snippet.sentence);
						expect(snippet.parts.filter((part) => part.highlighted).length).toBeGreaterThan(0);
					}
				}
			}),
			{ numRuns: 200 },
		);
	});
});
