import { chromium } from 'playwright-core';
const base = process.argv[2] ?? 'http://127.0.0.1:4329';
const pages = (process.argv[3] ?? '/').split(',');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking'] });
for (const [name, viewport, scheme] of [['wide',{width:1280,height:900},'light'],['phone',{width:360,height:740},'dark']]) {
  const ctx = await browser.newContext({ viewport, colorScheme: scheme, deviceScaleFactor: 1 });
  const page = await ctx.newPage();
  for (const p of pages) {
    await page.goto(base + p);
    const file = `/tmp/shot-${name}${p.replace(/\//g,'_')}.png`;
    await page.screenshot({ path: file, fullPage: process.argv[4] === 'full' });
    console.log(file);
  }
  await ctx.close();
}
await browser.close();
