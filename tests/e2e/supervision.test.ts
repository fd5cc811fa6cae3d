import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from './harness.ts';

const site = useBuiltSite();
const date = (iso: string) => iso.split('-').reverse().join('/');
const monthId = (period: string) => `thang-${period.slice(5)}-${period.slice(0, 4)}`;

/** A province's reporting record as its CSV download has it. */
async function reportRows(province: string): Promise<Record<string, string>[]> {
  const csv = (await (await fetch(`${site.base()}/tai-ve/giam-sat/${province}-bao-cao.csv`)).text())
    .replace(/^\ufeff/, '')
    .trim()
    .split('\r\n')
    .map((l) => l.split(','));
  const [head, ...rows] = csv;
  return rows.map((r) => Object.fromEntries(head!.map((h, i) => [h, r[i] ?? ''])));
}

/** The entry of a unit in a month's group on the province page. */
const entry = (page: Page, period: string, state: string, code: string) =>
  page.locator(`#${monthId(period)} [data-state="${state}"] li[data-unit="${code}"]`);

describe('supervision lists in Chromium', { timeout: 60_000 }, () => {
  it('name a commune that reported late and one that sent nothing, in the right month, without JavaScript', async () => {
    // Quảng Ninh's plan sets its communes' regime (before the 20th): they are judged.
    const rows = await reportRows('22');
    // The page names units for the last 12 months (earlier months in one line each): the latest.
    const latest = (state: string) =>
      rows
        .filter((r) => r.state === state && r.unit_code!.length === 5)
        .sort((a, b) => b.period!.localeCompare(a.period!))[0]!;
    const late = latest('late');
    const missing = latest('missing');
    expect(late && missing).toBeTruthy();
    const context = await site.browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.base()}/giam-sat/quang-ninh/`);
    const l = await entry(page, late.period!, 'late', late.unit_code!).innerText();
    expect(l).toContain(late.unit_name);
    expect(l).toContain(`gửi ${date(late.first_report!)}`);
    expect(l).toContain(`hạn ${date(late.due!)}`);
    expect(l).toContain(`trễ ${late.days_late} ngày`);
    const m = await entry(page, missing.period!, 'missing', missing.unit_code!).innerText();
    expect(m).toContain(missing.unit_name);
    expect(m).toContain(`hạn ${date(missing.due!)}`);
    // Filtered to that month without JavaScript, only its section shows.
    await page.goto(`${site.base()}/giam-sat/quang-ninh/#loc-month-${missing.period}`);
    const shown = await page
      .locator('section.month')
      .evaluateAll((s) => s.filter((e) => getComputedStyle(e).display !== 'none').map((e) => e.id));
    expect(shown).toEqual([monthId(missing.period!)]);
    // The country's page of that month names it under Quảng Ninh.
    await page.goto(`${site.base()}/giam-sat/${monthId(missing.period!)}/`);
    expect(await page.locator('#quang-ninh').innerText()).toContain(missing.unit_name);
    await context.close();
  });

  it('name a unit under no regime whose report has not arrived: not judged, not hidden', async () => {
    // Hải Phòng's plan states no day: its communes' months are never late, but absence is named.
    const rows = await reportRows('31');
    expect(rows.some((r) => r.state === 'late' || r.state === 'missing')).toBe(false);
    const absent = rows.find((r) => r.state === 'not-received' && r.unit_code!.length === 5)!;
    expect(absent).toBeTruthy();
    const page = await site.browser().newPage({ javaScriptEnabled: false });
    await page.goto(`${site.base()}/giam-sat/hai-phong/`);
    const text = await entry(page, absent.period!, 'not-received', absent.unit_code!).innerText();
    expect(text).toContain(absent.unit_name);
    await page.close();
  });

  it('filter targets behind by status and overdue tasks by agency, and by name with JavaScript', async () => {
    const page = await site.browser().newPage();
    await page.goto(`${site.base()}/giam-sat/hai-phong/`);
    const visible = (sel: string) =>
      page
        .locator(sel)
        .evaluateAll((els) => els.filter((e) => getComputedStyle(e).display !== 'none').length);
    const all = await visible('table[data-behind] tbody tr');
    await page.goto(`${site.base()}/giam-sat/hai-phong/#loc-status-missed`);
    const missed = await page.locator('table[data-behind] tr[data-status="missed"]').count();
    expect(await visible('table[data-behind] tbody tr')).toBe(missed);
    expect(missed).toBeLessThanOrEqual(all);
    const agencies = await page.locator('[data-agency]').count();
    expect(agencies).toBeGreaterThan(1);
    // Each status says its symbol once ("✖ ✖ Quá hạn" once slipped through).
    const overdue = await page.locator('[data-agency] .overdue').allInnerTexts();
    expect(overdue.length).toBeGreaterThan(0);
    for (const text of overdue) expect(text).toMatch(/^✖ [^✖]+$/);
    const first = await page.locator('[data-agency]').first().getAttribute('data-agency');
    await page.goto(`${site.base()}/giam-sat/hai-phong/#loc-agency-${first}`);
    expect(await visible('[data-agency]')).toBe(1);
    // The name box JavaScript adds.
    await page.goto(`${site.base()}/giam-sat/hai-phong/`);
    const name = await page.locator('.month li.fi a').first().innerText();
    const box = page.locator('#bao-cao + .filterable [data-live-filter]');
    await box.fill(
      name
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/đ/gi, 'd'),
    );
    const shown = await page
      .locator('#bao-cao + .filterable li.fi')
      .evaluateAll((els) => [
        ...new Set(
          (els as HTMLElement[])
            .filter((e) => !e.hidden)
            .map((e) => (e.querySelector('a') ?? e.firstChild)!.textContent!.trim()),
        ),
      ]);
    expect(shown).toEqual([name]);
  });

  it('a supervision sheet prints on A4 without the header, search or share bar', async () => {
    const page = await site.browser().newPage();
    await page.goto(`${site.base()}/phieu-giam-sat/hai-phong/`);
    await expect(page.locator('h1').innerText()).resolves.toBe(
      'Phiếu giám sát: Thành phố Hải Phòng',
    );
    for (const id of ['nhiem-vu', 'chi-tieu', 'bao-cao', 'dieu-chinh'])
      expect(await page.locator(`#${id}`).count()).toBe(1);
    await page.emulateMedia({ media: 'print' });
    const hidden = await page.evaluate(() =>
      ['header.site form', 'nav.main', 'footer.site nav'].map(
        (s) => getComputedStyle(document.querySelector(s)!).display,
      ),
    );
    expect(hidden).toEqual(['none', 'none', 'none']);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
  });
});
