import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from './harness.ts';

const site = useBuiltSite();

/** Tasks of a plan in the committed task files. */
function taskCount(plan: string): number {
  const files = ['22', '31', '31-phu-luc-1', '23317', '25363', '17605'];
  return files
    .flatMap((f) => readFileSync(`data/tasks/${f}.csv`, 'utf8').split('\n'))
    .filter((line) => line.split(',')[2] === plan).length;
}

async function open(path: string): Promise<Page> {
  const page = await site.browser().newPage({ javaScriptEnabled: false });
  const response = await page.goto(site.base() + path);
  expect(response?.status(), path).toBe(200);
  return page;
}

// One seed unit page per plan: its own targets credited to its plan, its reporting regime,
// its plan's tasks, its headline figure, and the sample marker that says what is real.
const seeds = [
  {
    path: '/don-vi/quang-ninh/',
    plan: 'quang-ninh-02-1-kh-bcd',
    number: '02.1-KH/BCĐ',
    regime: 'monthly',
    row: 'tthc-data-replaced',
    target: /≥ 1\.139 thủ tục, hạn 31\/12\/2025/,
  },
  {
    path: '/don-vi/hai-phong/',
    plan: 'hai-phong-01-kh-bcd',
    number: '01-KH/BCĐ',
    regime: 'on-request',
    row: 'dossiers-per-service',
    target: /≥ 1\.000 hồ sơ, hạn 31\/12\/2025/,
  },
  {
    path: '/don-vi/quang-ngai/xa-ngok-bay/',
    plan: 'ngok-bay-17-kh-du',
    number: '17-KH/ĐU',
    regime: 'monthly',
    row: 'tthc-data-replaced',
    target: /≥ 342 thủ tục, hạn 31\/12\/2025/,
  },
  {
    path: '/don-vi/dong-nai/phuong-dong-phu/',
    plan: 'dong-phu-10-kh-du',
    number: '10-KH/ĐU',
    regime: 'quarterly',
    row: 'online-services',
    target: /≥ 386 dịch vụ, hạn 31\/12\/2025/,
  },
  {
    path: '/don-vi/nghe-an/xa-hop-minh/',
    plan: 'hop-minh-05-kh-ubnd',
    number: '05/KH-UBND',
    regime: 'weekly-monthly',
    row: 'tthc-groups-82',
    target: /≥ 82 nhóm, hạn 31\/12\/2025/,
  },
];

describe('the five seed plans on their units’ pages', { timeout: 60_000 }, () => {
  for (const seed of seeds)
    it(`${seed.path}: targets of ${seed.number}, its regime, its tasks`, async () => {
      const page = await open(seed.path);
      const row = page.locator(`tr[data-indicator="${seed.row}"]`);
      await expect(row.innerText()).resolves.toMatch(seed.target);
      await expect(row.innerText()).resolves.toContain(seed.number);
      await expect(row.locator('[data-status]').count()).resolves.toBeGreaterThan(0);
      await expect(page.locator('[data-regime]').getAttribute('data-regime')).resolves.toBe(
        seed.regime,
      );
      await expect(page.locator('[data-regime]').innerText()).resolves.toContain(seed.number);
      expect(await page.locator('table[data-task-table] tbody tr').count()).toBe(
        taskCount(seed.plan),
      );
      await expect(page.locator('[data-headline]').innerText()).resolves.toMatch(
        /\d+% chỉ tiêu đã đạt \(\d+\/\d+\)/,
      );
      await expect(page.locator('[data-sample-banner]').innerText()).resolves.toContain(
        'theo kế hoạch thật',
      );
      await expect(
        page.locator('meta[name="description"]').getAttribute('content'),
      ).resolves.toMatch(/^DỮ LIỆU MẪU/);
      await page.close();
    });

  it('a plan page shows progress beside each target, its ambiguities and every task', async () => {
    const page = await open('/ke-hoach/hai-phong-01-kh-bcd/');
    const rows = page.locator('table[data-plan-targets] tbody tr');
    expect(await rows.count()).toBeGreaterThan(10);
    expect(await rows.locator('[data-status]').count()).toBeGreaterThan(10);
    await expect(page.locator('[data-ambiguities]').innerText()).resolves.toContain('26/7/2025');
    const tasks = page.locator('table[data-task-table] tbody');
    await expect(tasks.innerText()).resolves.toContain('PL1-01');
    await expect(tasks.innerText()).resolves.toContain('PL2-16');
    await expect(page.locator('tr[data-task="PL1-01"]').innerText()).resolves.toContain(
      '26/06/2025',
    );
    await page.close();
  });
});
