// Times the search as a visitor on a cheap phone on a slow network meets it, in Chromium with
// the network and CPU throttled through the DevTools protocol: the site is served compressed,
// the visitor opens the home page, taps the search box and types at 150 ms a key. Two visitors:
// one who taps once the page has settled (no request for half a second: the usual case, as a
// page is read before it is searched) and one who taps the moment the page has loaded (the
// worst case). We report the search index transferred and when it arrived, the time from the
// first keystroke to the first suggestions, and from the last keystroke to the expected name on
// top, timed from the keys as the page received them.
// Usage: npm run search-speed [-- DIST... [--runs N]] (default: MINHBACH_OUT or dist). Several
// builds are timed in turns in the same run, so that a noisy machine affects them alike.
import './env.ts';
import type { Browser, Page } from 'playwright-core';
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
const KEY_DELAY = 150;
const SCENARIOS = [
  { label: 'current name', query: 'hop minh', expect: 'Xã Hợp Minh' },
  { label: 'former province', query: 'binh duong', expect: 'Thành phố Hồ Chí Minh' },
  { label: 'former name of a commune', query: 'kroong', expect: 'Xã Ngọk Bay' },
];
const VISITORS = ['settled', 'at load'] as const;

interface Timing {
  first: number;
  expected: number;
  bytes: number;
  /** When the last part of the index arrived, after the page's load event. */
  loaded: number;
}

/** Types the query and times, from the keys as the page received them, the suggestions. */
async function typeAndTime(page: Page, query: string, expected: string) {
  await page.click('#q');
  await page.evaluate(() => {
    const list = document.getElementById('q-results')!;
    const w = window as unknown as { firstShown?: number; keys: number[] };
    w.keys = [];
    document.getElementById('q')!.addEventListener('keydown', (e) => w.keys.push(e.timeStamp));
    new MutationObserver(() => {
      if (!list.hidden && list.children.length > 0) w.firstShown ??= performance.now();
    }).observe(list, { childList: true, attributes: true });
  });
  await page.keyboard.type(query, { delay: KEY_DELAY });
  const shownAt = await page.waitForFunction(
    (name) => {
      const list = document.getElementById('q-results')!;
      const on = !list.hidden && list.querySelector('li a')?.textContent === name;
      return on && performance.now();
    },
    expected,
    { timeout: 120_000, polling: 20 },
  );
  const at = Number(await shownAt.jsonValue());
  const { first, keys } = await page.evaluate(() => {
    const w = window as unknown as { firstShown?: number; keys: number[] };
    return { first: w.firstShown ?? 0, keys: w.keys };
  });
  return { first: first - keys[0]!, expected: Math.max(0, at - keys.at(-1)!) };
}

async function visit(
  browser: Browser,
  url: string,
  visitor: (typeof VISITORS)[number],
  scenario: (typeof SCENARIOS)[number],
): Promise<Timing> {
  const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
  const cdp = await page.context().newCDPSession(page);
  let bytes = 0;
  const urls = new Map<string, string>();
  cdp.on('Network.responseReceived', (e) => urls.set(e.requestId, e.response.url));
  cdp.on('Network.loadingFinished', (e) => {
    if (/search-index/.test(urls.get(e.requestId) ?? '')) bytes += e.encodedDataLength;
  });
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU });
  await page.goto(`${url}/`, { waitUntil: 'load', timeout: 120_000 });
  if (visitor === 'settled') await page.waitForLoadState('networkidle', { timeout: 120_000 });
  const t = await typeAndTime(page, scenario.query, scenario.expect);
  const loaded = await page.evaluate(() => {
    const [nav] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const index = resources.filter((r) => /search-index/.test(r.name));
    return Math.max(...index.map((r) => r.responseEnd)) - nav!.loadEventEnd;
  });
  await page.close();
  return { ...t, bytes, loaded };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args.splice(runsAt, 2)[1]) : 1;
const dists = args.length > 0 ? args : [process.env.MINHBACH_OUT ?? 'dist'];
const servers = await Promise.all(dists.map((d) => serve(d, { gzip: true })));
const browser = await launch();
const timings = new Map<string, Timing[]>();
for (let run = 0; run < runs; run++)
  for (const visitor of VISITORS)
    for (const scenario of SCENARIOS)
      for (const [i, { url }] of servers.entries()) {
        const key = `${dists[i]}\t${visitor}\t${scenario.label}`;
        let list = timings.get(key);
        if (!list) timings.set(key, (list = []));
        list.push(await visit(browser, url, visitor, scenario));
      }
for (const [key, ts] of timings) {
  const [dist, visitor, label] = key.split('\t');
  const scenario = SCENARIOS.find((s) => s.label === label)!;
  console.log(
    `${dist} · taps ${visitor} · ${label} "${scenario.query}": first suggestions ${seconds(median(ts.map((t) => t.first)))} after the first keystroke; "${scenario.expect}" on top ${seconds(median(ts.map((t) => t.expected)))} after the last; index ${(median(ts.map((t) => t.bytes)) / 1024).toFixed(1)} KB, in ${seconds(median(ts.map((t) => t.loaded)))} after the page's load event (median of ${ts.length})`,
  );
}
await browser.close();
for (const { server } of servers) server.close();
