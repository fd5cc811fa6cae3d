import { describe, expect, it } from 'vitest';
import { useBuiltSite } from './harness.ts';

const site = useBuiltSite();

describe('sharing', { timeout: 60_000 }, () => {
  it('unit pages carry absolute og/twitter card tags, and the card is a 1200×630 PNG', async () => {
    const page = await site.browser().newPage();
    await page.goto(`${site.base()}/don-vi/quang-ngai/xa-ngok-bay/`);
    const og = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect(og).toMatch(/^https?:\/\/[^/]+\/the\/don-vi\/quang-ngai\/xa-ngok-bay\.png$/);
    expect(await page.locator('meta[name="twitter:card"]').getAttribute('content')).toBe(
      'summary_large_image',
    );
    const png = await (await fetch(`${site.base()}${new URL(og!).pathname}`)).arrayBuffer();
    const view = new DataView(png);
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([1200, 630]);
    expect(await page.locator('.share a[download][href$=".png"]').getAttribute('href')).toBe(
      '/the/don-vi/quang-ngai/xa-ngok-bay.png',
    );
  });

  it('the embed page is light, needs no script, and works inside an iframe', async () => {
    const page = await site.browser().newPage();
    const loaded: string[] = [];
    page.on('request', (r) => loaded.push(r.url()));
    await page.setContent(
      `<iframe src="${site.base()}/embed/don-vi/quang-ngai/xa-ngok-bay/" width="600" height="460"></iframe>`,
    );
    const frame = page.frameLocator('iframe');
    await expect(frame.locator('h1').innerText()).resolves.toContain('Xã Ngọk Bay');
    expect(await frame.locator('svg').count()).toBe(1);
    expect(loaded.filter((u) => u.startsWith(site.base()))).toEqual([
      `${site.base()}/embed/don-vi/quang-ngai/xa-ngok-bay/`,
    ]);
  });
});

describe('indicator sharing', { timeout: 60_000 }, () => {
  it('indicator pages have a card and an embeddable chart of the provinces', async () => {
    const page = await site.browser().newPage();
    await page.goto(`${site.base()}/chi-tieu/dossiers-fully-online/`);
    expect(await page.locator('meta[property="og:image"]').getAttribute('content')).toMatch(
      /\/the\/chi-tieu\/dossiers-fully-online\.png$/,
    );
    expect(await page.locator('#embed-code').inputValue()).toContain(
      '/embed/chi-tieu/dossiers-fully-online/',
    );
    await page.goto(`${site.base()}/embed/chi-tieu/dossiers-fully-online/`);
    expect(await page.locator('svg rect').count()).toBeGreaterThanOrEqual(34);
  });
});
