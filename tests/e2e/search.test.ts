import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/lib/model/build-model.ts';
import { buildSearchIndex } from '../../src/lib/search/entries.ts';
import { paths } from '../../src/lib/views/paths.ts';
import { officialUnits } from '../fixtures/registry.ts';
import { DATA, useBuiltSite } from './harness.ts';

const site = useBuiltSite();

/** Types into the header search box, as a visitor would, and returns the suggestions. */
async function typeQuery(page: Page, query: string): Promise<string[]> {
  await page.fill('#q', '');
  await page.type('#q', query);
  await page.waitForFunction((q) => {
    const list = document.getElementById('q-results')!;
    return !list.hidden && list.dataset.query === q;
  }, query);
  return page.locator('#q-results li').allInnerTexts();
}

describe('search in Chromium', { timeout: 60_000 }, () => {
  it('loads the index once the page is idle, before the box is touched', async () => {
    const page = await site.browser().newPage();
    const index: string[] = [];
    page.on('requestfinished', (r) => {
      if (r.url().includes('/search-index')) index.push(new URL(r.url()).pathname);
    });
    await page.goto(`${site.base()}/`, { waitUntil: 'networkidle' });
    expect(index.sort()).toEqual([paths.searchIndex, paths.searchFormer].sort());
    // Arrow keys still move from the box through the results (never onto the note) and back.
    await page.focus('#q');
    await page.keyboard.type('hop minh lao cai');
    await page.waitForFunction(
      () => document.getElementById('q-results')!.dataset.query === 'hop minh lao cai',
    );
    expect(await page.locator('#q-results li.note').count()).toBe(1);
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Xã Hợp Minh');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('q');
    await page.keyboard.press('Escape');
    expect(await page.locator('#q-results').isHidden()).toBe(true);
  });

  it('finds communes typed without diacritics, by code and by province', async () => {
    const page = await site.browser().newPage();
    const index: string[] = [];
    page.on('response', (r) => {
      if (r.url().includes('/search-index')) index.push(new URL(r.url()).pathname);
    });
    await page.goto(`${site.base()}/don-vi/quang-ninh/`);
    expect((await typeQuery(page, 'dong phu'))[0]).toMatch(
      /^Phường Đồng Phú\nPhường · Thành phố Đồng Nai/,
    );
    expect((await typeQuery(page, 'hop minh'))[0]).toMatch(/^Xã Hợp Minh\nXã · Tỉnh Nghệ An/);
    expect((await typeQuery(page, '23317'))[0]).toMatch(/^Xã Ngọk Bay/);
    const province = await typeQuery(page, 'quang ngai');
    expect(province[0]).toMatch(/^Tỉnh Quảng Ngãi/);
    expect(province.slice(1).every((r) => r.includes('Tỉnh Quảng Ngãi'))).toBe(true);
    expect(index.sort()).toEqual([paths.searchIndex, paths.searchFormer].sort()); // loaded once each
    // With the index loaded, results must appear within 100 ms of typing.
    const elapsed = await page.evaluate(async () => {
      const input = document.getElementById('q') as HTMLInputElement;
      const list = document.getElementById('q-results')!;
      const before = list.textContent;
      const started = performance.now();
      input.value = 'ngok bay';
      input.dispatchEvent(new Event('input'));
      while (list.textContent === before) await new Promise((r) => requestAnimationFrame(r));
      return performance.now() - started;
    });
    expect(elapsed).toBeLessThan(100);
  });

  it('the search page ranks results and shows former names; a result click lands on the unit', async () => {
    const page = await site.browser().newPage();
    await page.goto(`${site.base()}/tim-kiem/?q=ngok%20bay`);
    await page.waitForSelector('[data-results] li');
    await page.locator('[data-results] li a').first().click();
    await page.waitForURL(/xa-ngok-bay/);
    expect(await page.locator('h1').innerText()).toBe('Xã Ngọk Bay');
  });

  it('without JavaScript the search form still leads to the A–Z list', async () => {
    const context = await site.browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.base()}/tim-kiem/?q=dong`);
    await page.locator('a[href="/don-vi/"]').first().click();
    expect(await page.locator('section[data-province] li').count()).toBeGreaterThan(90);
    await context.close();
  });
});

describe('search queries on the data of this build', { timeout: 60_000 }, () => {
  const units = readFileSync(`${DATA}/units.csv`, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(','));
  const communes = units.filter((u) => u[2] === 'commune');
  const provinceName = (code: string) => units.find((u) => u[0] === code)![1]!;
  const label = (type: string) =>
    type === 'phuong' ? 'Phường' : type === 'dac-khu' ? 'Đặc khu' : 'Xã';

  it('a name that two communes share lists both, told apart by province', async () => {
    const counts = new Map<string, number>();
    for (const c of communes) counts.set(c[1]!, (counts.get(c[1]!) ?? 0) + 1);
    const twin = [...counts].find(([, n]) => n > 1)?.[0];
    if (!twin) return; // a dataset without duplicate names has nothing to tell apart
    const page = await site.browser().newPage();
    await page.goto(`${site.base()}/tim-kiem/?q=${encodeURIComponent(twin)}`);
    await page.waitForSelector('[data-results] li');
    const results = await page.locator('[data-results] li').allInnerTexts();
    const expected = communes
      .filter((c) => c[1] === twin)
      .map((c) => `${twin}\n${label(c[3]!)} · ${provinceName(c[4]!)}`);
    expect(results.slice(0, expected.length).sort()).toEqual(expected.sort());
  });

  it('a former name finds the unit it was merged into, saying so', async () => {
    const allNames = new Set(communes.map((c) => c[1]));
    const formerCount = new Map<string, number>();
    for (const c of communes)
      for (const f of c[5]!.split('|').filter(Boolean))
        formerCount.set(f, (formerCount.get(f) ?? 0) + 1);
    const unit = communes.find((c) =>
      c[5]!.split('|').some((f) => formerCount.get(f) === 1 && !allNames.has(f)),
    );
    if (!unit) return;
    const former = unit[5]!.split('|').find((f) => formerCount.get(f) === 1 && !allNames.has(f))!;
    const page = await site.browser().newPage();
    await page.goto(`${site.base()}/tim-kiem/?q=${encodeURIComponent(former)}`);
    await page.waitForSelector('[data-results] li');
    await page.waitForFunction(() =>
      document.querySelector('[data-results] li')?.textContent?.includes('trước đây'),
    );
    expect(await page.locator('[data-results] li').first().innerText()).toBe(
      `${unit[1]}\n${label(unit[3]!)} · ${provinceName(unit[4]!)} · trước đây: ${former}`,
    );
  });

  it('a former province finds the province it became; an indicator shows no "trước đây"', async () => {
    const page = await site.browser().newPage();
    await page.goto(`${site.base()}/`);
    expect((await typeQuery(page, 'binh duong'))[0]).toBe(
      'Thành phố Hồ Chí Minh\nThành phố · trước đây: Tỉnh Bình Dương',
    );
    expect((await typeQuery(page, 'tphcm'))[0]).toBe('Thành phố Hồ Chí Minh\nThành phố');
    const indicator = await typeQuery(page, 'DVC toàn trình');
    expect(indicator[0]).toMatch(/^Dịch vụ công trực tuyến toàn trình/);
    expect(indicator.join('\n')).not.toContain('trước đây');
  });

  it('a place that does not match falls back to the name, saying where; nothing found says so', async () => {
    const page = await site.browser().newPage();
    await page.goto(`${site.base()}/`);
    for (const [query, place] of [
      ['hợp minh yên bái', 'Yên Bái'],
      ['hop minh lao cai', 'Lào Cai'],
    ]) {
      const shown = await typeQuery(page, query!);
      expect(shown[0]).toMatch(
        new RegExp(`^Không có Hợp Minh ở ${place}; có Xã Hợp Minh, Nghệ An No Hợp Minh in`),
      );
      expect(shown[1]).toBe('Xã Hợp Minh\nXã · Tỉnh Nghệ An');
    }
    expect(await page.locator('#q-results li.note [lang="en"]').count()).toBe(1);
    const nothing = await typeQuery(page, 'xyzzy qwv');
    expect(nothing).toHaveLength(1);
    expect(nothing[0]).toMatch(/^Không tìm thấy “xyzzy qwv”\. .* Danh sách A–Z$/);
    expect(await page.locator('#q-results a').getAttribute('href')).toBe(paths.units);
    // The search page says it too.
    await page.goto(`${site.base()}/tim-kiem/?q=${encodeURIComponent('hợp minh yên bái')}`);
    await page.waitForSelector('[data-results] li.note');
    expect(await page.locator('[data-results] li').nth(1).innerText()).toMatch(/^Xã Hợp Minh\n/);
  });

  it('initials find provinces; a place name outranks task text; a swap is a typo', async () => {
    const page = await site.browser().newPage();
    await page.goto(`${site.base()}/`);
    expect((await typeQuery(page, 'qn')).slice(0, 2).sort()).toEqual([
      'Tỉnh Quảng Ngãi\nTỉnh',
      'Tỉnh Quảng Ninh\nTỉnh',
    ]);
    expect((await typeQuery(page, 'hp'))[0]).toBe('Thành phố Hải Phòng\nThành phố');
    expect((await typeQuery(page, 'đong phu'))[0]).toMatch(/^Phường Đồng Phú\n/);
    expect((await typeQuery(page, 'ohp minh'))[0]).toMatch(/^Xã Hợp Minh\n/);
  });

  it('with diacritics typed, the marked name comes first', async () => {
    const page = await site.browser().newPage();
    await page.goto(`${site.base()}/tim-kiem/?q=${encodeURIComponent('Hợp Minh')}`);
    await page.waitForSelector('[data-results] li');
    expect(await page.locator('[data-results] li').first().innerText()).toMatch(
      /^Xã Hợp Minh\nXã · Tỉnh Nghệ An/,
    );
  });
});

describe('search in Chromium on the official registry (data/registry)', { timeout: 60_000 }, () => {
  it('answers as people type, from an index of at most 150 KB compressed', async () => {
    const dataset = {
      title: 'T',
      publisher: 'P',
      sample: false,
      publishedAt: '2026-11-21',
      siteUrl: 'https://example.org',
    };
    const units = officialUnits();
    const { index, former } = buildSearchIndex(
      buildModel({ dataset, units, indicators: [], plans: [], observations: [], tasks: [] }),
    );
    const bodies = {
      [paths.searchIndex]: JSON.stringify(index),
      [paths.searchFormer]: JSON.stringify(former),
    };
    const gzipped = Object.values(bodies).reduce((n, b) => n + gzipSync(b).length, 0);
    expect(gzipped).toBeLessThan(150 * 1024); // both parts, as any static host serves them
    const page = await site.browser().newPage();
    // The built site's own page and script, answering from an index of the official registry.
    for (const [path, body] of Object.entries(bodies))
      await page.route(`**${path}`, (route) =>
        route.fulfill({ contentType: 'application/json', body }),
      );
    await page.goto(`${site.base()}/`);
    const hop = await typeQuery(page, 'hop minh');
    expect(hop[0]).toBe('Xã Hợp Minh\nXã · Tỉnh Nghệ An');
    await page.waitForFunction(() => document.getElementById('q-results')!.children.length > 1);
    expect((await page.locator('#q-results li').allInnerTexts())[1]).toBe(
      'Phường Âu Lâu\nPhường · Tỉnh Lào Cai · trước đây: Phường Hợp Minh',
    );
    expect((await typeQuery(page, 'ngok bay quang ngai'))[0]).toBe(
      'Xã Ngọk Bay\nXã · Tỉnh Quảng Ngãi',
    );
    expect((await typeQuery(page, 'xa dong phu binh phuoc'))[0]).toBe(
      'Phường Đồng Phú\nPhường · Thành phố Đồng Nai · trước đây: Xã Đồng Phú',
    );
    expect((await typeQuery(page, '1760'))[0]).toBe('Xã Hợp Minh\nXã · Tỉnh Nghệ An');
  });
});
