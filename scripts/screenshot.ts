// Screenshots built pages at phone and desktop width, to look at what we ship.
// Usage: npm run screenshot -- OUT_DIR [--first-screen] [/path/one/ /path/two/ ...]
// Without paths: one page of every type the site builds (tests/e2e/pages.ts). With
// --first-screen: only what the first screen shows, instead of the whole page.
import './env.ts';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launch } from '../tests/e2e/browser.ts';
import { PAGE_TYPES } from '../tests/e2e/pages.ts';
import { serve } from '../tests/e2e/serve.ts';

const { values, positionals } = parseArgs({
  options: { 'first-screen': { type: 'boolean', default: false } },
  allowPositionals: true,
});
const [out = 'screenshots', ...given] = positionals;
const paths = given.length > 0 ? given : PAGE_TYPES.map((p) => p.path);
mkdirSync(out, { recursive: true });
const { url, server } = await serve(process.env.MINHBACH_OUT ?? 'dist');
const browser = await launch();
for (const [name, viewport] of [
  ['phone', { width: 360, height: 740 }],
  ['desktop', { width: 1280, height: 900 }],
] as const) {
  const page = await browser.newPage({ viewport });
  for (const path of paths) {
    await page.goto(url + path);
    const file = join(out, `${name}${path.replace(/\W+/g, '-')}.png`.replace('-.png', '.png'));
    await page.screenshot({ path: file, fullPage: !values['first-screen'] });
    console.log(file);
  }
}
await browser.close();
server.close();
