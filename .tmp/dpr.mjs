import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
const port = process.argv[2];
const paths = ['/claims/', '/timeline/', '/compare/', '/entities/donald-trump/', '/articles/global-business-didnt-save-russia/', '/data/', '/quotes/', '/'];
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const round of [1, 2]) for (const dpr of [2, 1]) {
  const ctx = await b.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: dpr, colorScheme: 'dark' });
  const page = await ctx.newPage();
  let nav = 0, axe = 0;
  for (const p of paths) {
    let t = performance.now();
    await page.goto(`http://127.0.0.1:${port}${p}`);
    nav += performance.now() - t; t = performance.now();
    await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice']).setLegacyMode(true).options({ resultTypes: ['violations'] }).analyze();
    axe += performance.now() - t;
  }
  console.log(`round ${round} dpr ${dpr}: nav ${nav.toFixed(0)} ms, axe ${axe.toFixed(0)} ms`);
  await ctx.close();
}
await b.close();
