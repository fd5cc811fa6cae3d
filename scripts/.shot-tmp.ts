// Temporary (not committed): clipped screenshots of the built site.
import { launch } from '../tests/e2e/browser.ts';
import { serve } from '../tests/e2e/serve.ts';
const [out, path, width, y, height, selector] = process.argv.slice(2);
const { url, server } = await serve(process.env.MINHBACH_OUT ?? 'dist');
const browser = await launch();
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
await page.goto(url + path);
let top = Number(y);
if (selector) top += (await page.locator(selector).first().boundingBox())!.y;
await page.screenshot({
  path: out,
  fullPage: true,
  clip: { x: 0, y: top, width: Number(width), height: Number(height) },
});
await browser.close();
server.close();
