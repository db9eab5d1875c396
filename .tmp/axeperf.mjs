import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const src = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const port = process.argv[2];
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await b.newPage({ colorScheme: 'dark', viewport: { width: 360, height: 740 } });
for (const p of ['/claims/', '/entities/donald-trump/', '/articles/global-business-didnt-save-russia/']) {
  await page.goto(`http://127.0.0.1:${port}${p}`);
  let t = performance.now();
  await page.evaluate(src);
  const inject = performance.now() - t;
  const r = await page.evaluate(async () => {
    const res = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'] }, resultTypes: ['violations'] });
    return [...res.passes, ...res.violations, ...res.incomplete, ...res.inapplicable].length;
  });
  t = performance.now();
  const times = await page.evaluate(async () => {
    const rules = window.axe.getRules(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice']).map((r) => r.ruleId);
    const out = [];
    for (const id of rules) { const s = performance.now(); await window.axe.run(document, { runOnly: { type: 'rule', values: [id] }, resultTypes: ['violations'] }); out.push([id, performance.now() - s]); }
    return out.sort((a, b) => b[1] - a[1]).slice(0, 8).map(([i, d]) => `${i} ${d.toFixed(0)}`);
  });
  console.log(p, 'inject', inject.toFixed(0), 'ms;', times.join(', '));
  t = performance.now();
  await page.evaluate(async () => window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'] }, resultTypes: ['violations'] }));
  console.log('  full run', (performance.now() - t).toFixed(0));
}
await b.close();
