import type { CollectionName } from '../content/paths';
import type { ContentProblem } from './content-problems';
import { unknownReferenceProblem } from './references';
import { type ArticleText, paragraphsOf } from '../text/article-text';
import { comparableBlocks, describeMiss, findPassage, findQuoted, normaliseVerbatim } from '../text/verbatim';

/**
 * The checks of the analysis data (quotes, claims, events) that the zod schemas cannot make: that
 * every quotation and every evidence sentence is in its article word for word, and that references
 * nested inside lists (`positions.0.article`, `evidence.1.article`, `date.before`) point at real
 * entries. Called by `findContentProblems` in `content-validation.ts`, the one place that fails the
 * build on bad content.
 */

/** An entry as the content validator loaded it: raw YAML data, not yet trusted. */
export interface LoadedAnalysisEntry {
	collection: string;
	id: string;
	/** Relative to the project root, e.g. `content/quotes/x.yaml`. */
	file: string;
	data: Record<string, unknown>;
	/** The Markdown body, for articles. */
	body?: string | undefined;
	/** For articles: the text model, as the Markdown pipeline reads the body (undefined when the body was refused). */
	text?: ArticleText | undefined;
}

const verbatimRule = 'the words exactly as the article prints them, within one paragraph (only whitespace and Markdown *emphasis* markers may differ)';

interface Article {
	file: string;
	blocks: string[];
}

const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const asRecord = (value: unknown): Record<string, unknown> | undefined =>
	value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;

export { closestId } from './references';

/** Finds every problem of the analysis data; `ids` holds the ids of each collection. */
export function findAnalysisProblems(
	entries: readonly LoadedAnalysisEntry[],
	ids: ReadonlyMap<string, ReadonlySet<string>>,
	contentDir: string,
): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const articles = new Map<string, Article>();
	for (const entry of entries) {
		if (entry.collection === 'articles' && entry.text) articles.set(entry.id, { file: entry.file, blocks: comparableBlocks(paragraphsOf(entry.text)) });
	}

	/** Checks a reference nested in a list; returns whether it points at an existing entry. */
	const checkReference = (file: string, field: string, value: unknown, target: string): boolean => {
		if (typeof value !== 'string') return false; // the schema check reports the wrong type
		const known = ids.get(target) ?? new Set<string>();
		if (known.has(value)) return true;
		problems.push(unknownReferenceProblem(file, field, value, target as CollectionName, known, contentDir));
		return false;
	};

	/** Checks that a sentence is in an article, word for word. */
	const checkEvidence = (file: string, field: string, sentence: unknown, articleId: string) => {
		const article = articles.get(articleId);
		if (!article || typeof sentence !== 'string') return;
		if (findPassage(article.blocks, sentence)) return;
		problems.push({
			file,
			field,
			problem: `the sentence is not in ${article.file} word for word: ${describeMiss(article.blocks, sentence)}`,
			expected: verbatimRule,
			fix: `Copy the sentence from ${article.file} into "${field}" character for character (quotation marks, apostrophes and dashes included), or point the article field at the article that has it.`,
		});
	};

	const seenQuotes = new Map<string, string>();
	for (const entry of entries) {
		const { file, data } = entry;
		if (entry.collection === 'quotes') {
			const articleId = data.article;
			const article = typeof articleId === 'string' ? articles.get(articleId) : undefined;
			if (!article || typeof data.text !== 'string') continue; // unknown article or wrong type: reported elsewhere
			const text = data.text;
			if (!findQuoted(article.blocks, text)) {
				const unquoted = findPassage(article.blocks, text);
				problems.push({
					file,
					field: 'text',
					problem: unquoted
						? `the words are in ${article.file}, but not set off by quotation marks there, so the article does not quote them`
						: `the quote is not in ${article.file} word for word: ${describeMiss(article.blocks, text)}`,
					expected: `${verbatimRule}, as they stand between the article's quotation marks`,
					fix: unquoted
						? `Make "text" exactly the words between the quotation marks in ${article.file}; if the article paraphrases rather than quotes, delete ${file}.`
						: `Copy the quoted words from ${article.file} into "text" character for character, without the quotation marks and without a comma or full stop that follows the words inside them; or set "article" to the article that prints the quote.`,
				});
				continue;
			}
			const key = `${articleId}\u0000${normaliseVerbatim(text)}`;
			const previous = seenQuotes.get(key);
			if (previous) {
				problems.push({
					file,
					field: 'text',
					problem: `the same quotation of ${article.file} is already recorded in ${previous}`,
					expected: 'each quotation of an article in one file only',
					fix: `Delete ${file}, or keep it and delete ${previous}.`,
				});
			} else {
				seenQuotes.set(key, file);
			}
		}

		if (entry.collection === 'claims') {
			asList(data.positions).forEach((raw, index) => {
				const position = asRecord(raw);
				if (!position) return;
				const path = `positions.${index}`;
				if (position.attributedTo !== undefined) checkReference(file, `${path}.attributedTo`, position.attributedTo, 'entities');
				if (!checkReference(file, `${path}.article`, position.article, 'articles')) return;
				asList(position.evidence).forEach((sentence, n) => checkEvidence(file, `${path}.evidence.${n}`, sentence, position.article as string));
			});
		}

		if (entry.collection === 'events') {
			const onceEach = oneEvidenceEntryPerArticle(file, problems);
			asList(data.evidence).forEach((raw, index) => {
				const evidence = asRecord(raw);
				if (!evidence) return;
				const path = `evidence.${index}`;
				if (!checkReference(file, `${path}.article`, evidence.article, 'articles')) return;
				const articleId = evidence.article as string;
				onceEach(index, articleId);
				asList(evidence.text).forEach((sentence, n) => checkEvidence(file, `${path}.text.${n}`, sentence, articleId));
			});
			const asPrinted = asRecord(data.date)?.asPrinted;
			if (typeof asPrinted === 'string') {
				const sentences = asList(data.evidence).flatMap((raw) => asList(asRecord(raw)?.text)).filter((t): t is string => typeof t === 'string');
				if (!findPassage(sentences.map(normaliseVerbatim), asPrinted)) {
					problems.push({
						file,
						field: 'date.asPrinted',
						problem: `"${asPrinted}" is not in any of the event's evidence sentences`,
						expected: 'the words for the date exactly as one of the evidence sentences has them',
						fix: `Copy the date's words from one of the sentences under "evidence" in ${file}, or remove "asPrinted".`,
					});
				}
			}
			const before = asRecord(data.date)?.before;
			if (before !== undefined && checkReference(file, 'date.before', before, 'events')) {
				// Follow the chain of "before" links; it must end, or the timeline cannot order the events.
				const chain = [entry.id];
				let next: unknown = before;
				while (typeof next === 'string') {
					if (chain.includes(next)) {
						problems.push({
							file,
							field: 'date.before',
							problem: `"before" goes round in a circle: ${[...chain, next].join(' → ')}`,
							expected: 'a chain of "before" links that ends at an event with its own date',
							fix: `Remove "before" from ${file} or from one of the other events in the circle.`,
						});
						break;
					}
					chain.push(next);
					const target = entries.find((candidate) => candidate.collection === 'events' && candidate.id === next);
					next = asRecord(target?.data.date)?.before;
				}
			}
		}
	}
	return problems;
}

/**
 * The check that an `evidence` list names each article once (an event's or a finding's): call the returned
 * function with each entry's index and article id; a second entry for the same article is a problem that
 * points at the first.
 */
export function oneEvidenceEntryPerArticle(file: string, problems: ContentProblem[]): (index: number, articleId: string) => void {
	const first = new Map<string, number>();
	return (index, articleId) => {
		const earlier = first.get(articleId);
		if (earlier === undefined) {
			first.set(articleId, index);
			return;
		}
		const path = `evidence.${index}`;
		problems.push({
			file,
			field: `${path}.article`,
			problem: `the article "${articleId}" already has evidence in evidence.${earlier}`,
			expected: 'each article at most once in "evidence"',
			fix: `Move the sentences of ${path} into evidence.${earlier}.text and delete ${path}.`,
		});
	};
}
