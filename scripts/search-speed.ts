// Times the search as a visitor on a cheap phone on a slow network meets it, in Chromium with
// the network and CPU throttled through the DevTools protocol: the site is served compressed,
// the visitor opens a commune page, taps the search box and types; we report the bytes of the
// search index transferred and the time from the first keystroke to the first result, and to
// the first result that needs the former names.
// Usage: npm run search-speed [-- DIST] (default: MINHBACH_OUT or dist)
import './env.ts';
import type { Page } from 'playwright-core';
import { launch } from '../tests/e2e/browser.ts';
import { serve } from '../tests/e2e/serve.ts';

/** Chrome DevTools' "Slow 3G" preset, and a low-end phone's CPU (6× slower than this machine). */
const NETWORK = {
  offline: false,
  latency: 2000,
  downloadThroughput: 50_000,
  uploadThroughput: 50_000,
};
const CPU = 6;
const SCENARIOS = [
  { label: 'current name', query: 'hop minh', expect: 'Xã Hợp Minh' },
  { label: 'former province', query: 'binh duong', expect: 'Thành phố Hồ Chí Minh' },
  { label: 'former name of a commune', query: 'kroong', expect: 'Xã Ngọk Bay' },
];

async function typeAndWait(page: Page, query: string, expected: string): Promise<number> {
  await page.click('#q');
  const started = Date.now();
  for (const ch of query) await page.keyboard.type(ch, { delay: 150 });
  await page.waitForFunction(
    (name) => {
      const list = document.getElementById('q-results')!;
      return !list.hidden && list.querySelector('li a')?.textContent === name;
    },
    expected,
    { timeout: 120_000, polling: 50 },
  );
  return Date.now() - started;
}

const dist = process.argv[2] ?? process.env.MINHBACH_OUT ?? 'dist';
const { url, server } = await serve(dist, { gzip: true });
const browser = await launch();
for (const { label, query, expect } of SCENARIOS) {
  const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
  const cdp = await page.context().newCDPSession(page);
  const sizes = new Map<string, number>();
  const urls = new Map<string, string>();
  cdp.on('Network.responseReceived', (e) =>
    urls.set(e.requestId, new URL(e.response.url).pathname),
  );
  cdp.on('Network.loadingFinished', (e) => {
    const path = urls.get(e.requestId) ?? '';
    if (path.includes('search-index')) sizes.set(path, e.encodedDataLength);
  });
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU });
  await page.goto(`${url}/`, { waitUntil: 'load', timeout: 120_000 });
  const ms = await typeAndWait(page, query, expect);
  const first = (await page.locator('#q-results li').first().innerText()).replace('\n', ' · ');
  console.log(
    `${label}: "${query}" → ${first} in ${(ms / 1000).toFixed(1)} s after the first keystroke; index transferred: ${[...sizes].map(([p, b]) => `${p} ${(b / 1024).toFixed(1)} KB`).join(', ')}`,
  );
  await page.close();
}
await browser.close();
server.close();
