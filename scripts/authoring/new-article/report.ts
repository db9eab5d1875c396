/** What `npm run new-article` prints once the draft is written. */
import { countDroppedChrome } from './clean-text.ts';
import type { NewArticleResult } from './create-draft.ts';

/** Options of {@link formatReport}. */
export interface ReportOptions {
	/** The content directory as the editor gave it, for the paths in the next steps; `content` by default. */
	contentDir?: string | undefined;
	/** The source text as the editor gave it, for the copy command in the next steps. */
	source?: string | undefined;
}

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;
const shorten = (text: string, max = 90) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * The report printed after a draft was written: the file, the chrome left out, the paragraphs to
 * review, the names that match no entity yet (most frequent first), warnings, and the next steps.
 */
export function formatReport(result: NewArticleResult, options: ReportOptions = {}): string {
	const contentDir = options.contentDir ?? 'content';
	const out: string[] = [];
	const from = result.slugFrom === 'option' ? '' : ` (slug from the ${result.slugFrom}; rename the file to change it)`;
	out.push(`Wrote ${result.file}: ${plural(result.paragraphs, 'paragraph')}${from}.`, '');

	if (result.dropped.length === 0) out.push('Page chrome: none found.');
	else {
		out.push(`Page chrome left out: ${plural(result.dropped.length, 'line')} (listed in editorialNotes; kinds in scripts/authoring/page-chrome.ts)`);
		for (const { kind, line, count } of countDroppedChrome(result.dropped)) out.push(`  ${count} × ${JSON.stringify(line)} (${kind})`);
	}
	out.push('');

	if (result.openParagraphs.length > 0) {
		out.push('Paragraphs that do not end a sentence: a headline, byline, date, caption or subheading (move it to');
		out.push('the frontmatter, or mark a subheading with "## "), or a sentence cut in two (join the lines):');
		for (const paragraph of result.openParagraphs) out.push(`  ${JSON.stringify(shorten(paragraph))}`);
		out.push('');
	}

	if (result.unmatchedNames.length === 0) out.push('Names that match no entity yet: none found.');
	else {
		out.push(`Names that match no entity yet (${plural(result.unmatchedNames.length, 'name')}; people, organisations and places as compromise reads them):`);
		const width = String(result.unmatchedNames[0]?.count ?? 1).length;
		for (const { name, kind, count, contains } of result.unmatchedNames) {
			const hint = contains.length > 0 ? `; contains ${contains.join(', ')}: a new alias?` : '';
			out.push(`  ${String(count).padStart(width)} × ${name} (${kind}${hint})`);
		}
	}
	out.push('');

	if (result.warnings.length > 0) {
		out.push('Warnings:');
		for (const warning of result.warnings) out.push(`  ! ${warning}`);
		out.push('');
	}

	const steps = [
		`Fill in the frontmatter of ${result.file}: the comment above each field says what to write and lists the allowed values (fields: src/schemas/article.ts). Move the headline, byline, date and captions out of the text into their fields.`,
		`For a name above that should be an entity, add ${contentDir}/entities/<id>.yaml (name, kind, aliases, description; see src/schemas/entity.ts), or add the spelling to an existing entity's aliases.`,
		result.sourceCopy.state === 'missing'
			? `Copy the source verbatim for the faithfulness test: cp ${options.source ?? '<source>'} ${result.sourceCopy.file}`
			: `The verbatim copy of the source is ${result.sourceCopy.file}${result.sourceCopy.state === 'different' ? ' (but it differs: fix it)' : ''}.`,
		'Run `npm run build`: it names every field still to fill in, with the value expected and how to fix it.',
		'Run `npx vitest run tests/unit/faithfulness.test.ts`: the text must carry every word of the source.',
	];
	out.push('Next steps:');
	steps.forEach((step, index) => out.push(`  ${index + 1}. ${step}`));
	return `${out.join('\n')}\n`;
}
