import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DATA, useBuiltSite } from './harness.ts';

const units = readFileSync(`${DATA}/units.csv`, 'utf8')
  .split('\n')
  .slice(1)
  .filter(Boolean)
  .map((l) => l.split(','));
const communesOf = (province: string) => units.filter((u) => u[4] === province).length;

const site = useBuiltSite();

async function open(
  path: string,
  options: { javaScriptEnabled?: boolean } = {},
): Promise<{ page: Page; outside: string[] }> {
  const context = await site
    .browser()
    .newContext({ viewport: { width: 390, height: 800 }, ...options });
  const page = await context.newPage();
  const outside: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(site.base()) && !r.url().startsWith('data:')) outside.push(r.url());
  });
  const response = await page.goto(site.base() + path);
  expect(response?.status(), path).toBe(200);
  return { page, outside };
}

describe('built site in Chromium', { timeout: 60_000 }, () => {
  it('home: sample banner, national figures, every province linked, nothing from other origins', async () => {
    const { page, outside } = await open('/');
    await expect(page.locator('[data-sample-banner]').innerText()).resolves.toContain(
      'DỮ LIỆU MẪU',
    );
    await expect(page.locator('h1').innerText()).resolves.toContain('02-KH/BCĐTW');
    expect(await page.locator('table[data-provinces] tbody tr').count()).toBe(34);
    expect(outside).toEqual([]);
  });

  it('province page: Quảng Ninh with all its communes and its own plan target', async () => {
    const { page } = await open('/don-vi/quang-ninh/');
    await expect(page.locator('h1').innerText()).resolves.toBe('Tỉnh Quảng Ninh');
    expect(await page.locator('table[data-communes] tbody tr').count()).toBe(communesOf('22'));
    const services = page.locator('tr[data-indicator="online-services"]');
    await expect(services.innerText()).resolves.toMatch(/982 dịch vụ, hạn 30\/06\/2025/);
    await expect(services.innerText()).resolves.toContain('02.1-KH/BCĐ');
    await expect(page.locator('[data-sample-banner]').isVisible()).resolves.toBe(true);
  });

  it('commune page: Ngọk Bay with its own 60 % target, status and provenance, readable without JavaScript', async () => {
    const { page, outside } = await open('/don-vi/quang-ngai/xa-ngok-bay/', {
      javaScriptEnabled: false,
    });
    await expect(page.locator('h1').innerText()).resolves.toBe('Xã Ngọk Bay');
    await expect(page.locator('.crumbs').innerText()).resolves.toContain('Tỉnh Quảng Ngãi');
    const row = page.locator('tr[data-indicator="dossiers-fully-online"]');
    await expect(row.innerText()).resolves.toMatch(/≥ 60%, hạn 31\/12\/2025/);
    await expect(row.innerText()).resolves.toContain('17-KH/ĐU');
    await expect(row.locator('[data-status]').count()).resolves.toBeGreaterThan(0);
    const source = await row.locator('xpath=following-sibling::tr[1]').innerText();
    expect(source).toMatch(
      /tệp exports\/51\/\d{4}-\d{2}\.(csv|json), dòng \d+; báo cáo ngày \d{2}\/\d{2}\/\d{4}|Chưa|—/,
    );
    expect(await page.locator('svg.chart').count()).toBeGreaterThan(0);
    expect(outside).toEqual([]);
  });

  it('indicator and plan pages render from the catalog', async () => {
    const { page } = await open('/chi-tieu/dossiers-fully-online/');
    await expect(page.locator('h1').innerText()).resolves.toContain('xử lý hoàn toàn trực tuyến');
    expect(await page.locator('tbody tr').count()).toBeGreaterThanOrEqual(34);
    const plan = await open('/ke-hoach/hai-phong-01-kh-bcd/');
    await expect(plan.page.locator('body').innerText()).resolves.toContain('PL2-07');
  });

  it('the A–Z list has every unit with its former names, without JavaScript', async () => {
    const { page } = await open('/don-vi/', { javaScriptEnabled: false });
    const communes = units.filter((u) => u[2] === 'commune').length;
    expect(await page.locator('section[data-province] li').count()).toBe(communes);
    expect(await page.locator('section[data-province]').count()).toBe(34);
    const withFormer = units.find((u) => u[2] === 'commune' && u[5]);
    if (withFormer)
      await expect(page.locator('body').innerText()).resolves.toContain(
        `trước đây: ${withFormer[5]!.split('|').join(', ')}`,
      );
  });
});

describe('downloads in Chromium', { timeout: 60_000 }, () => {
  it('a commune page offers its CSV, which holds its reports with provenance', async () => {
    const { page } = await open('/don-vi/quang-ngai/xa-ngok-bay/');
    const href = await page.locator('.share a[href$=".csv"]').getAttribute('href');
    expect(href).toBe('/tai-ve/don-vi/23317.csv');
    const bytes = new Uint8Array(await (await fetch(site.base() + href)).arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // BOM: Excel then reads UTF-8
    const csv = new TextDecoder().decode(bytes);
    const lines = csv.trim().split('\r\n');
    // Sample data says so on every row, in a first column.
    expect(lines[0]).toContain('sample_data,unit,indicator,period,value');
    const mark = 'DỮ LIỆU MẪU / SAMPLE DATA,';
    expect(lines.slice(1).every((l) => l.startsWith(`${mark}23317,`))).toBe(true);
    const status = await (await fetch(`${site.base()}/tai-ve/trang-thai.csv`)).text();
    const rows = status.split('\r\n').filter((l) => l.startsWith(`${mark}23317,`));
    expect(rows.length).toBeGreaterThan(5);
  });
});

describe('data quality page', { timeout: 60_000 }, () => {
  it('lists every province and, per unit, reporting by the due date', async () => {
    const page = await site.browser().newPage();
    await page.goto(`${site.base()}/chat-luong-du-lieu/`);
    expect(await page.locator('table[data-quality] tbody tr').count()).toBe(34);
    await page.goto(`${site.base()}/chat-luong-du-lieu/quang-ngai/`);
    const row = page.locator('tr[data-unit="23317"]');
    expect(await row.innerText()).toMatch(/Xã Ngọk Bay/);
    expect(await row.innerText()).toMatch(/đúng hạn|trễ hạn|chưa gửi|Chưa từng báo cáo/i);
  });
});
