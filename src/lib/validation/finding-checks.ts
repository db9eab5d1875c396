import type { ContentProblem } from './content-problems';
import { closestId, type LoadedAnalysisEntry, oneEvidenceEntryPerArticle } from './analysis-validation';
import { paragraphsOf } from '../text/article-text';
import { comparableBlocks, describeMiss, findPassage } from '../text/verbatim';

/**
 * The checks of the editors' findings (`content/findings/`) that the zod schema cannot make: every claim
 * and quotation a finding cites exists, every article it cites exists, and every sentence it cites is in
 * that article word for word, as for the claims' evidence. So a finding whose evidence is renamed, deleted
 * or edited away stops the build, naming the finding's file and field. Called by `findContentProblems`.
 */
export function findFindingProblems(
	entries: readonly LoadedAnalysisEntry[],
	ids: ReadonlyMap<string, ReadonlySet<string>>,
	contentDir: string,
): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const articles = new Map(
		entries
			.filter((entry) => entry.collection === 'articles')
			.map((entry) => [entry.id, { file: entry.file, blocks: comparableBlocks(paragraphsOf(entry.text ?? { blocks: [] })) }]),
	);

	/** Whether `value` is a known id of `target`; reports it when it is not. */
	const known = (file: string, field: string, value: unknown, target: 'claims' | 'quotes' | 'articles', what: string): value is string => {
		if (typeof value !== 'string') return false; // the schema reports the wrong type
		const targetIds = ids.get(target) ?? new Set<string>();
		if (targetIds.has(value)) return true;
		const suggestion = closestId(value, targetIds);
		const file_ = `${contentDir}/${target}/${value}.${target === 'articles' ? 'md' : 'yaml'}`;
		problems.push({
			file,
			field,
			problem: `the finding cites the ${what} "${value}", which does not exist`,
			expected: `the id of a ${what} the finding rests on: a file name in ${contentDir}/${target}/`,
			fix: `${suggestion ? `Did you mean "${suggestion}"? ` : ''}Fix the id, restore ${file_}, or remove the citation and check that the finding still holds without it.`,
		});
		return false;
	};

	for (const entry of entries) {
		if (entry.collection !== 'findings') continue;
		const { file, data } = entry;
		asList(data.claims).forEach((id, index) => known(file, `claims.${index}`, id, 'claims', 'claim'));
		asList(data.quotes).forEach((id, index) => known(file, `quotes.${index}`, id, 'quotes', 'quotation'));
		const onceEach = oneEvidenceEntryPerArticle(file, problems);
		asList(data.evidence).forEach((raw, index) => {
			const evidence = asRecord(raw);
			if (!evidence) return;
			const path = `evidence.${index}`;
			if (!known(file, `${path}.article`, evidence.article, 'articles', 'article')) return;
			const articleId = evidence.article;
			onceEach(index, articleId);
			const article = articles.get(articleId);
			if (!article) return;
			asList(evidence.text).forEach((sentence, n) => {
				if (typeof sentence !== 'string' || findPassage(article.blocks, sentence)) return;
				problems.push({
					file,
					field: `${path}.text.${n}`,
					problem: `the sentence is not in ${article.file} word for word: ${describeMiss(article.blocks, sentence)}`,
					expected: 'the words exactly as the article prints them, within one paragraph (only whitespace and Markdown *emphasis* markers may differ)',
					fix: `Copy the sentence from ${article.file} character for character, or remove it and check that the finding still holds without it.`,
				});
			});
		});
	}
	return problems;
}

const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const asRecord = (value: unknown): Record<string, unknown> | undefined =>
	value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
