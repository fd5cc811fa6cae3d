import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from './browser.ts';
import { serve } from './serve.ts';

// Text from data shown faithfully: the test dataset over 36 months, with a commune whose name
// holds an unclosed right-to-left override (U+202E) and one with a name far longer than any real
// one, built with the real scripts. Nothing after the hostile name may read backwards, on pages,
// titles or feeds; three years of data keep every page light.
const work = mkdtempSync(join(tmpdir(), 'mb-faithful-'));
const data = join(work, 'data');
const out = join(work, 'dist');
const RLO = '\u202e';
const HOSTILE = `Xã Ngọk${RLO} Bay`;
const LONG = `Xã ${'Mẫu Vĩnh Khánh Thượng Hạ Đông Tây Nam Bắc '.repeat(4).trim()}`;
const env = {
  ...process.env,
  MINHBACH_DATA: data,
  MINHBACH_OUT: out,
  MINHBACH_CARD_CACHE: process.env.MINHBACH_CARD_CACHE ?? join(work, 'cards'),
};

function run(args: string[]) {
  return new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, args, { env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

let browser: Browser;
let server: Server;
let base = '';
let validation = '';

beforeAll(async () => {
  const sample = await run([
    'scripts/generate-sample.ts',
    ...['--profile', 'test', '--published-at', '2028-06-21', '--out', data],
  ]);
  expect(sample.status, sample.stderr).toBe(0);
  const registry = join(data, 'units.csv');
  writeFileSync(
    registry,
    readFileSync(registry, 'utf8')
      .replace('23317,Xã Ngọk Bay,', `23317,${HOSTILE},`)
      .replace('90063,Xã Mẫu Vĩnh Khánh,', `90063,${LONG},`),
  );
  validation = (await run(['scripts/validate.ts'])).stdout;
  const build = await run(['scripts/build.ts']);
  expect(build.status, build.stderr).toBe(0);
  ({ url: base, server } = await serve(out));
  browser = await launch();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
});

/**
 * Dates (dd/mm/yyyy) and months (mm/yyyy) outside the unit's own name, whose characters do not
 * run left to right on screen: what an override leaking out of a name does to the site's text.
 */
async function reversedDates(page: Page): Promise<string[]> {
  return page.evaluate((hostile) => {
    const bad: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      if (text.includes(hostile)) continue;
      for (const m of text.matchAll(/\d{2}\/\d{4}|\d{2}\/\d{2}\/\d{4}/g)) {
        const lefts: number[] = [];
        for (let i = m.index; i < m.index + m[0].length; i++) {
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const box = range.getBoundingClientRect();
          if (box.width > 0) lefts.push(box.left);
        }
        if (lefts.some((x, i) => i > 0 && x < lefts[i - 1]!)) bad.push(m[0]);
      }
    }
    return bad;
  }, HOSTILE);
}

describe('text from data, shown faithfully', { timeout: 120_000 }, () => {
  it('with 36 months of data, every page is at most 35 KB gzipped', () => {
    const over: string[] = [];
    for (const e of readdirSync(out, { recursive: true, withFileTypes: true }))
      if (e.isFile() && e.name.endsWith('.html')) {
        const size = gzipSync(readFileSync(join(e.parentPath, e.name))).length;
        if (size > 35 * 1024) over.push(`${join(e.parentPath, e.name)}: ${size} B`);
      }
    expect(over).toEqual([]);
  });

  it('the validator warns, located, of the override and of the overlong name', () => {
    expect(validation).toMatch(/TEXT_HIDDEN_CHARACTER/);
    expect(validation).toMatch(/U\+202E/);
    expect(validation).toMatch(/NAME_TOO_LONG/);
  });

  it.each([
    ['/don-vi/quang-ngai/xa-ngok-bay/'],
    ['/giam-sat/quang-ngai/'],
    ['/don-vi/quang-ngai/'],
  ])(
    'a bidi-override name leaves the rest of %s in order (dates read left to right)',
    async (path) => {
      const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
      await page.goto(base + path);
      expect(await page.content()).toContain('Ngọk');
      const dates = await page.evaluate(
        () => (document.body.innerText.match(/\d{2}\/\d{2}\/\d{4}/g) ?? []).length,
      );
      expect(dates).toBeGreaterThan(0);
      expect(await reversedDates(page)).toEqual([]);
    },
  );

  it('titles, meta tags and feeds isolate the name (FSI … PDI), the sample marker intact', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/don-vi/quang-ngai/xa-ngok-bay/`);
    const isolated = `\u2068${HOSTILE}\u2069`;
    expect(await page.title()).toContain(isolated);
    const og = await page.locator('meta[property="og:title"]').getAttribute('content');
    expect(og).toContain(isolated);
    expect(og).toMatch(/Quảng Ngãi/);
    const feed = readFileSync(join(out, 'don-vi/quang-ngai/xa-ngok-bay/thay-doi.xml'), 'utf8');
    expect(feed).toContain(isolated);
    expect(feed).toContain('[DỮ LIỆU MẪU / SAMPLE DATA]');
  });

  it('a very long name gets a card that fits: 1200×630, shortened, the full name in its alt', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/don-vi/quang-ngai/xa-mau-vinh-khanh/`);
    const alt = await page.locator('meta[property="og:image:alt"]').getAttribute('content');
    expect(alt).toContain(LONG);
    const og = await page.locator('meta[property="og:image"]').getAttribute('content');
    const png = await (await fetch(`${base}${new URL(og!).pathname}`)).arrayBuffer();
    const view = new DataView(png);
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([1200, 630]);
    // The card's last line (date, last report, site) is drawn: the footer band is not blank.
    await page.setViewportSize({ width: 1200, height: 630 });
    await page.goto(`${base}${new URL(og!).pathname}`);
    const inked = await page.evaluate(async () => {
      const img = document.querySelector('img')!;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = 1200;
      canvas.height = 630;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const band = ctx.getImageData(60, 560, 1080, 40).data;
      let dark = 0;
      for (let i = 0; i < band.length; i += 4) if (band[i]! < 160) dark++;
      return dark;
    });
    expect(inked).toBeGreaterThan(200);
  });
});
