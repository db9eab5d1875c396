import { readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, htmlFiles, siteDir, siteFiles } from './site';

/** Characters XML 1.0 does not allow anywhere in a document (C0 controls but tab and line breaks, lone surrogates, U+FFFE/U+FFFF). */
const notXmlCharacter = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const read = (file: string) => readFileSync(path.join(siteDir, file), 'utf8');

beforeAll(() => assertBuilt());

describe('every XML and JSON output of the build is well-formed', () => {
	it('parses every XML file (feed, sitemaps) and finds no character XML forbids', () => {
		const xmlFiles = siteFiles().filter((file) => file.endsWith('.xml'));
		expect(xmlFiles).toContain('rss.xml');
		expect(xmlFiles.some((file) => file.startsWith('sitemap'))).toBe(true);
		for (const file of xmlFiles) {
			const xml = read(file);
			expect(XMLValidator.validate(xml), file).toBe(true);
			expect(notXmlCharacter.test(xml), `${file} holds a character XML forbids`).toBe(false);
		}
	});

	it('parses every JSON file the site publishes (open data, schemas, manifests)', () => {
		const jsonFiles = siteFiles().filter((file) => file.endsWith('.json') && !file.startsWith('pagefind/'));
		expect(jsonFiles.some((file) => file.startsWith('data/'))).toBe(true);
		for (const file of jsonFiles) expect(() => JSON.parse(read(file)), file).not.toThrow();
	});

	it('parses the JSON-LD block of every page', () => {
		let blocks = 0;
		for (const file of htmlFiles()) {
			for (const match of read(file).matchAll(/<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g)) {
				blocks++;
				expect(() => JSON.parse(match[1] ?? ''), file).not.toThrow();
			}
		}
		expect(blocks).toBeGreaterThan(0);
	});
});
