import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** Options of {@link remarkRefuseUnsafeMarkup}. */
export interface RemarkRefuseUnsafeMarkupOptions {
	/** URL schemes allowed in links and images, besides relative URLs and `#fragments`. Default: `http`, `https`, `mailto`. */
	allowedProtocols?: readonly string[];
}

const defaultProtocols = ['http', 'https', 'mailto'] as const;

function protocolOf(url: string): string | undefined {
	// Browsers ignore ASCII whitespace and control characters inside a scheme ("java\tscript:"); so do we.
	const cleaned = url.replace(/[\u0000-\u0020\u007f]/g, '');
	const match = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(cleaned);
	return match?.[1]?.toLowerCase();
}

/**
 * Refuses raw HTML and links or images with an unsafe URL scheme (such as `javascript:`) in a Markdown body.
 *
 * Articles are plain Markdown: anything else would reach the page unfiltered, so the plugin fails the build
 * with the file, line and column, what was found and how to fix it, rather than dropping it silently.
 */
export function remarkRefuseUnsafeMarkup(options: RemarkRefuseUnsafeMarkupOptions = {}) {
	const allowed = new Set((options.allowedProtocols ?? defaultProtocols).map((p) => p.toLowerCase()));
	return function transform(tree: Root, file: VFile): void {
		visit(tree, (node) => {
			if (node.type === 'html') {
				const snippet = node.value.length > 60 ? `${node.value.slice(0, 57)}...` : node.value;
				file.fail(
					`Raw HTML is not allowed in an article body: found ${JSON.stringify(snippet)}. ` +
						'Expected plain Markdown. Fix: remove the tag, or write it with Markdown syntax ' +
						'(for example *emphasis*, [link](https://example.org)); escape a literal "<" as "\\<".',
					node,
					'remark-refuse-unsafe-markup:html',
				);
			}
			if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
				const protocol = protocolOf(node.url);
				if (protocol && !allowed.has(protocol)) {
					file.fail(
						`Unsafe URL scheme "${protocol}:" in ${node.type} ${JSON.stringify(node.url)}. ` +
							`Expected a relative URL, a #fragment or one of: ${[...allowed].map((p) => `${p}:`).join(', ')}. ` +
							'Fix: link to a web address instead.',
						node,
						'remark-refuse-unsafe-markup:url',
					);
				}
			}
		});
	};
}
