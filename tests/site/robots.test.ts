import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertBuilt, siteDir, siteOrigin } from './site';

assertBuilt();

describe('robots.txt', () => {
	it('allows every crawler and names the sitemap index by its absolute address on this site', () => {
		const lines = readFileSync(path.join(siteDir, 'robots.txt'), 'utf8').split('\n');
		expect(lines).toContain('User-agent: *');
		expect(lines).not.toContain('Disallow: /');
		expect(lines).toContain(`Sitemap: ${siteOrigin()}/sitemap-index.xml`);
	});

	it('names a sitemap that the build wrote', () => {
		const sitemap = /^Sitemap: (.+)$/m.exec(readFileSync(path.join(siteDir, 'robots.txt'), 'utf8'))?.[1] ?? '';
		expect(readFileSync(path.join(siteDir, new URL(sitemap).pathname), 'utf8')).toContain('<sitemapindex');
	});
});
