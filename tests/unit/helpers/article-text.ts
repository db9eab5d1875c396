import { VFile } from 'vfile';
import { articleRemarkProcessor } from '../../../src/markdown';
import type { ArticleText } from '../../../src/lib/text/article-text';

const processor = articleRemarkProcessor();

/** The text model of a Markdown body, read by the site's own pipeline (as the content guard reads it). */
export function articleTextOf(markdown: string, path = 'article.md'): ArticleText {
	const file = new VFile({ path, value: markdown });
	processor.runSync(processor.parse(file), file);
	if (!file.data.articleText) throw new Error('the pipeline left no text model');
	return file.data.articleText;
}
