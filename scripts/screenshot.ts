// Screenshots built pages at phone and desktop width, to look at what we ship.
// Usage: npm run screenshot -- OUT_DIR /path/one/ /path/two/ ...
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from '../tests/e2e/browser.ts';
import { serve } from '../tests/e2e/serve.ts';

const [out = 'screenshots', ...paths] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const { url, server } = await serve(process.env.MINHBACH_OUT ?? 'dist');
const browser = await launch();
for (const [name, viewport] of [
  ['phone', { width: 360, height: 740 }],
  ['desktop', { width: 1280, height: 900 }],
] as const) {
  const page = await browser.newPage({ viewport });
  for (const path of paths.length ? paths : ['/']) {
    await page.goto(url + path);
    const file = join(out, `${name}${path.replace(/\W+/g, '-')}.png`.replace('-.png', '.png'));
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
  }
}
await browser.close();
server.close();
