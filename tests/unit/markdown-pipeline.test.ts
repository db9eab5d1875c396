/**
 * The whole article pipeline from `markdownPlugins()`, run in the order Astro's
 * unified processor runs it: remark-parse → remark plugins → remark-rehype →
 * rehype plugins → rehype-stringify. The HTML string is then parsed back
 * (hast-util-from-html) so the assertions look at elements and attributes, not
 * at spelling details of the serialisation. One fixture per case in
 * `tests/fixtures/markdown/pipeline/`.
 *
 * `unified`, `remark-parse` are direct dependencies; `remark-rehype`,
 * `rehype-stringify` and `hast-util-from-html` come with @astrojs/markdown-remark.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { markdownPlugins } from '../../src/markdown';

const fixtures = fileURLToPath(new URL('../fixtures/markdown/pipeline/', import.meta.url));

/** Renders a fixture to HTML with the site's plugins and returns the parsed result. */
async function render(name: string): Promise<{ html: string; tree: Root }> {
	const { remarkPlugins, rehypePlugins } = markdownPlugins();
	const processor = unified()
		.use(remarkParse)
		.use(remarkPlugins)
		// Astro passes raw HTML through to rehype; our remark plugin refuses it before it gets there.
		.use(remarkRehype, { allowDangerousHtml: true })
		.use(rehypePlugins)
		.use(rehypeStringify);
	const path = `${fixtures}${name}.md`;
	const html = String(await processor.process(new VFile({ path, value: readFileSync(path, 'utf8') })));
	return { html, tree: fromHtml(html, { fragment: true }) };
}

function elements(node: Root | RootContent | ElementContent, tagName: string): Element[] {
	const found: Element[] = [];
	if (node.type === 'element' && node.tagName === tagName) found.push(node);
	if ('children' in node) for (const child of node.children) found.push(...elements(child, tagName));
	return found;
}

function classes(element: Element): string[] {
	const value = element.properties.className;
	return Array.isArray(value) ? value.map(String) : [];
}

function tokens(value: unknown): string[] {
	return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/) : [];
}

/** The text a screen reader announces: all text, except inside `aria-hidden="true"`. */
function accessibleText(node: Element | ElementContent): string {
	if (node.type === 'text') return node.value;
	if (node.type !== 'element') return '';
	if (String(node.properties.ariaHidden) === 'true') return '';
	return node.children.map(accessibleText).join('');
}

/** The heading's own text, without the anchor link the pipeline appends. */
function headingText(heading: Element): string {
	return heading.children
		.filter((child) => !(child.type === 'element' && child.tagName === 'a'))
		.map(accessibleText)
		.join('')
		.trim();
}

function links(tree: Root): Map<string, Element> {
	return new Map(elements(tree, 'a').map((a) => [String(a.properties.href), a]));
}

describe('the Markdown pipeline', () => {
	it('gives every heading a unique id and an anchor link to it whose accessible text names the section', async () => {
		const { tree } = await render('heading-anchors');
		const headings = [...elements(tree, 'h2'), ...elements(tree, 'h3')];
		expect(headings.map(headingText)).toEqual(['What was discussed', 'Talks begin now', 'Talks begin now']);
		const ids = headings.map((heading) => String(heading.properties.id ?? ''));
		expect(ids).toEqual(['what-was-discussed', 'talks-begin-now', 'talks-begin-now-1']);
		for (const [index, heading] of headings.entries()) {
			const anchors = elements(heading, 'a');
			expect(anchors).toHaveLength(1);
			const [anchor] = anchors as [Element];
			expect(anchor.properties.href).toBe(`#${ids[index]}`);
			expect(classes(anchor)).toContain('heading-anchor');
			expect(accessibleText(anchor).trim()).toBe(`Link to the section “${headingText(heading)}”`);
			// The visible "#" is hidden from screen readers, so it is not read out before the name.
			const hidden = elements(anchor, 'span').filter((span) => String(span.properties.ariaHidden) === 'true');
			expect(hidden.map((span) => accessibleText({ ...span, properties: {} }))).toEqual(['#']);
		}
	});

	it('opens external links in a new tab with rel="noopener noreferrer" and says so to screen readers', async () => {
		const { tree } = await render('external-links');
		const found = links(tree);
		expect([...found.keys()]).toEqual(['https://example.org/report', 'http://example.org/old', '//mirror.example.org/report']);
		for (const link of found.values()) {
			expect(link.properties.target).toBe('_blank');
			expect(tokens(link.properties.rel).sort()).toEqual(['noopener', 'noreferrer']);
			const notes = elements(link, 'span').filter((span) => classes(span).includes('visually-hidden'));
			expect(notes.map(accessibleText)).toEqual([' (opens in a new tab)']);
			expect(accessibleText(link)).toMatch(/^the (report|old page|mirror) \(opens in a new tab\)$/);
		}
	});

	it('leaves internal, relative, #fragment and mailto: links in the same tab without a new-tab note', async () => {
		const { tree, html } = await render('internal-links');
		const found = links(tree);
		expect([...found.keys()]).toEqual(['/articles/energy-firms-eye-return/', '../tags/', '#what-was-discussed', 'mailto:editors@example.org']);
		for (const link of found.values()) {
			expect(link.properties.target).toBeUndefined();
			expect(link.properties.rel).toBeUndefined();
		}
		expect(html).not.toContain('opens in a new tab');
	});

	it('keeps the ids, classes, aria-hidden, rel and target that our plugins add when it sanitizes the HTML', async () => {
		const { tree, html } = await render('sanitizer-keeps-ours');
		const [heading] = elements(tree, 'h2');
		// Without clobberPrefix: '' the sanitizer would rename the id to "user-content-sources".
		expect(heading?.properties.id).toBe('sources');
		expect(html).not.toContain('user-content-');
		const anchor = heading ? elements(heading, 'a')[0] : undefined;
		expect(anchor && classes(anchor)).toEqual(['heading-anchor']);
		expect(anchor && elements(anchor, 'span').map((span) => String(span.properties.ariaHidden ?? ''))).toEqual(['true', '']);
		const external = links(tree).get('https://example.org/original');
		expect(external?.properties.target).toBe('_blank');
		expect(tokens(external?.properties.rel)).toEqual(['noopener', 'noreferrer']);
		const spans = external ? elements(external, 'span') : [];
		expect(spans.flatMap(classes)).toContain('visually-hidden');
		expect(elements(tree, 'span').filter((span) => classes(span).includes('visually-hidden'))).toHaveLength(2);
	});
});
