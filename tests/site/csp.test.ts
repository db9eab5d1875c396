import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type DefaultTreeAdapterMap, parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { assertBuilt, htmlFiles, siteDir } from './site';

/**
 * Every page carries the Content-Security-Policy that astro.config.mjs (`security.csp`) asks for, before any
 * script or style, and it allows exactly the inline code the page has. The browser tests
 * (tests/e2e/every-page.spec.ts) then prove that nothing on a page is blocked.
 */
type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

function elementsOf(node: Node): Element[] {
	const own = 'tagName' in node ? [node] : [];
	const children = 'childNodes' in node ? node.childNodes : [];
	return [...own, ...children.flatMap(elementsOf)];
}
const attr = (element: Element, name: string) => element.attrs.find((a) => a.name === name)?.value;
const text = (element: Element) => element.childNodes.map((child) => ('value' in child ? child.value : '')).join('');
const sha256 = (code: string) => `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;
const isJavaScript = (script: Element) => ['', 'module', 'text/javascript', 'application/javascript'].includes((attr(script, 'type') ?? '').toLowerCase());

/** The directives the site requires, each with the sources it must have exactly. */
const required: Record<string, string[]> = {
	'default-src': ["'self'"],
	'img-src': ["'self'", 'data:'],
	'object-src': ["'none'"],
	'base-uri': ["'self'"],
	'form-action': ["'self'"],
};

assertBuilt();
const pages = htmlFiles().filter((file) => !file.startsWith('pagefind/'));

describe(`the Content-Security-Policy of every page in ${path.relative(process.cwd(), siteDir)}/`, () => {
	it.each(pages)('%s', (file) => {
		const elements = elementsOf(parse(readFileSync(path.join(siteDir, file), 'utf8')));
		const metas = elements.filter((el) => el.tagName === 'meta' && attr(el, 'http-equiv')?.toLowerCase() === 'content-security-policy');
		expect(metas, 'exactly one <meta http-equiv="content-security-policy">').toHaveLength(1);
		const meta = metas[0] as Element;
		const policy = new Map(
			(attr(meta, 'content') ?? '')
				.split(';')
				.map((directive) => directive.trim().split(/\s+/))
				.filter((parts) => parts[0])
				.map(([name = '', ...sources]) => [name.toLowerCase(), sources]),
		);
		for (const [name, sources] of Object.entries(required)) expect(policy.get(name), name).toEqual(sources);

		const scriptSrc = policy.get('script-src') ?? [];
		const styleSrc = policy.get('style-src') ?? [];
		expect(scriptSrc).toContain("'self'");
		expect(scriptSrc, "Pagefind's WebAssembly").toContain("'wasm-unsafe-eval'");
		for (const unsafe of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", '*', 'data:', 'http:', 'https:']) {
			expect(scriptSrc, `script-src has ${unsafe}`).not.toContain(unsafe);
		}
		expect(styleSrc, "style-src has 'unsafe-inline'").not.toContain("'unsafe-inline'");

		// The policy only governs what comes after it: no script or inline style may come first.
		const before = elements.slice(0, elements.indexOf(meta)).filter((el) => el.tagName === 'script' || el.tagName === 'style');
		expect(before.map((el) => `<${el.tagName}>`), 'scripts or styles before the policy').toEqual([]);

		// Inline code runs only if the policy lists its hash; style attributes are never allowed.
		const missing = [
			...elements
				.filter((el) => el.tagName === 'script' && attr(el, 'src') === undefined && isJavaScript(el))
				.filter((el) => !scriptSrc.includes(sha256(text(el))))
				.map((el) => `inline <script> ${sha256(text(el))}: ${text(el).slice(0, 60)}`),
			...elements
				.filter((el) => el.tagName === 'style' && !styleSrc.includes(sha256(text(el))))
				.map((el) => `inline <style> ${sha256(text(el))}: ${text(el).slice(0, 60)}`),
			...elements.filter((el) => attr(el, 'style') !== undefined).map((el) => `<${el.tagName} style="${attr(el, 'style')}"> (blocked by style-src)`),
		];
		expect(missing).toEqual([]);
	});
});
