import { describe, expect, it } from 'vitest';
import { useBuiltSite } from './harness.ts';
import { PAGE_TYPES } from './pages.ts';

const site = useBuiltSite();
const pages = PAGE_TYPES.filter((p) => !p.embed && p.name !== 'not found');

describe('basics on every page', { timeout: 120_000 }, () => {
  it('every page has a share image (its own card, else the home page’s), a favicon, a skip link and one search form', async () => {
    const page = await site.browser().newPage();
    for (const { path } of pages) {
      await page.goto(site.base() + path);
      const og = (await page.locator('meta[property="og:image"]').getAttribute('content'))!;
      const image = await fetch(site.base() + new URL(og).pathname);
      expect(image.status, `${path}: ${og}`).toBe(200);
      expect(await page.locator('form[role="search"]').count(), path).toBe(1);
      const icon = await page.locator('link[rel="icon"]').getAttribute('href');
      expect((await fetch(site.base() + icon)).status, path).toBe(200);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('href')), path).toBe(
        '#noi-dung',
      );
    }
  });

  it('the home and plan pages have cards of their own', async () => {
    const page = await site.browser().newPage();
    for (const [path, card] of [
      ['/', '/the/trang-chu.png'],
      ['/ke-hoach/hai-phong-01-kh-bcd/', '/the/ke-hoach/hai-phong-01-kh-bcd.png'],
    ] as const) {
      await page.goto(site.base() + path);
      expect(await page.locator('meta[property="og:image"]').getAttribute('content')).toMatch(
        new RegExp(`${card.replace(/\./g, '\\.')}$`),
      );
    }
  });

  it('an unknown address gets the site’s 404 page', async () => {
    const page = await site.browser().newPage();
    const response = await page.goto(`${site.base()}/don-vi/khong-co/`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').innerText()).resolves.toContain('Không tìm thấy trang');
    expect(await page.locator('a[href="/don-vi/"]').count()).toBeGreaterThan(0);
  });

  it('search suggestions answer the arrow keys, Enter and Escape', async () => {
    const page = await site.browser().newPage();
    // The former names arrive late, as on a slow network: they must not reopen a closed list.
    await page.route('**/search-index-former.json', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 600));
      await route.continue();
    });
    await page.goto(`${site.base()}/`);
    await page.locator('#q').pressSequentially('hop minh');
    await page.waitForFunction(() => !document.getElementById('q-results')!.hidden);
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Xã Hợp Minh');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Xã Hợp Minh');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('q');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(/xa-hop-minh/);
    await page.locator('#q').pressSequentially('quang');
    await page.waitForFunction(() => !document.getElementById('q-results')!.hidden);
    await page.keyboard.press('Escape');
    expect(await page.locator('#q-results').isHidden()).toBe(true);
    await page.waitForFunction(() =>
      performance.getEntriesByType('resource').some((r) => r.name.includes('search-index-former')),
    );
    await page.waitForTimeout(200);
    expect(await page.locator('#q-results').isHidden()).toBe(true);
  });
});
