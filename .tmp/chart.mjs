import { chromium } from 'playwright-core';
const [port, tag = 'now'] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const [name, viewport, scheme] of [['phone', { width: 390, height: 844 }, 'dark'], ['wide', { width: 1280, height: 800 }, 'light']]) {
  const ctx = await b.newContext({ viewport, colorScheme: scheme, deviceScaleFactor: 1 });
  const page = await ctx.newPage();
  await page.goto(`http://127.0.0.1:${port}/timeline/`);
  const fig = page.locator('figure:has(svg.timeline-chart), svg.timeline-chart').first();
  await fig.screenshot({ path: `/tmp/chart-${tag}-${name}.png` });
  console.log(name, await fig.boundingBox());
  await ctx.close();
}
await b.close();
