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

  it('the embed page is light, says what it shows first, and works inside an iframe', async () => {
    const page = await site.browser().newPage();
    const loaded: string[] = [];
    page.on('request', (r) => loaded.push(r.url()));
    await page.setContent(
      `<iframe src="${site.base()}/embed/don-vi/quang-ngai/xa-ngok-bay/" width="600" height="460"></iframe>`,
    );
    const frame = page.frameLocator('iframe');
    await expect(frame.locator('h1').innerText()).resolves.toContain('Xã Ngọk Bay');
    // The summary line comes right after the title, before the chart.
    await expect(frame.locator('h1 + p').innerText()).resolves.toMatch(
      /^\d+% chỉ tiêu đã đạt \(\d+\/\d+\): /,
    );
    expect(await frame.locator('[data-chart="bars"] li').count()).toBeGreaterThan(3);
    // Links open outside the iframe.
    expect(await frame.locator('base').getAttribute('target')).toBe('_blank');
    expect(loaded.filter((u) => u.startsWith(site.base()) && !u.endsWith('/favicon.svg'))).toEqual([
      `${site.base()}/embed/don-vi/quang-ngai/xa-ngok-bay/`,
    ]);
  });

  it('the embed snippet’s height fits the chart, and the auto-resize snippet sets the real one', async () => {
    const page = await site.browser().newPage({ viewport: { width: 640, height: 800 } });
    await page.goto(`${site.base()}/don-vi/quang-ngai/xa-ngok-bay/`);
    const fixed = await page.locator('#embed-code').inputValue();
    const auto = await page.locator('#embed-code-auto').inputValue();
    const height = Number(/height="(\d+)"/.exec(fixed)![1]);
    // The snippet names the published site; here it is served locally.
    const published = new URL(/src="([^"]+)"/.exec(auto)![1]!).origin;
    await page.setContent(
      `<div style="width:600px">${auto.replaceAll(published, site.base()).replace('loading="lazy"', '')}</div>`,
    );
    const frame = (await (await page.waitForSelector('iframe')).contentFrame())!;
    await frame.waitForSelector('[data-chart]');
    const content = await frame.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeGreaterThanOrEqual(content);
    expect(height).toBeLessThan(content * 1.5);
    await page.waitForFunction(
      (h) => document.querySelector('iframe')!.getBoundingClientRect().height === h,
      content,
    );
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
    expect(await page.locator('[data-chart="bars"] li').count()).toBeGreaterThanOrEqual(34);
  });
});
