/**
 * `npm run new-article -- <raw text file> [--slug <id>] [--content-dir <dir>]`
 *
 * Writes a draft of a new article, `<content dir>/articles/<slug>.md`, from a raw scraped text:
 * page chrome left out, one paragraph per line, and a frontmatter skeleton whose comments say what
 * to fill in. Then prints what was left out, the names in the text that match no entity yet, and
 * the next steps. It never overwrites a file. The work is done in scripts/new-article/.
 */
import { parseArgs } from 'node:util';
import { createArticleDraft, NewArticleError } from './new-article/create-draft.ts';
import { formatReport } from './new-article/report.ts';

const usage = `Usage: npm run new-article -- <raw text file> [--slug <id>] [--content-dir <dir>]

  <raw text file>      the scraped source text, e.g. tests/fixtures/sources/000_3a7a7235045d2db3.txt
  --slug <id>          the article's id and file name (lower-case words joined by hyphens);
                       by default made from a headline-like first line, else from the file name
  --content-dir <dir>  the content directory (default: content)
`;

let parsed;
try {
	parsed = parseArgs({
		allowPositionals: true,
		options: { slug: { type: 'string' }, 'content-dir': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
	});
} catch (error) {
	console.error(`new-article: ${(error as Error).message}\n\n${usage}`);
	process.exit(2);
}
const { values, positionals } = parsed;
if (values.help) {
	console.log(usage);
	process.exit(0);
}
const [source, ...extra] = positionals;
if (source === undefined || extra.length > 0) {
	console.error(`new-article: ${source === undefined ? 'give the raw text file to copy' : `one raw text file at a time (also got ${extra.join(', ')})`}.\n\n${usage}`);
	process.exit(2);
}

try {
	const result = createArticleDraft({ source, slug: values.slug, contentDir: values['content-dir'] });
	process.stdout.write(formatReport(result, { contentDir: values['content-dir'], source }));
} catch (error) {
	if (!(error instanceof NewArticleError)) throw error;
	console.error(`new-article: ${error.message}`);
	process.exit(1);
}
