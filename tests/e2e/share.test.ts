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

  it('the auto-resize snippet comes first and sets the real height', async () => {
    const page = await site.browser().newPage({ viewport: { width: 640, height: 800 } });
    await page.goto(`${site.base()}/don-vi/quang-ngai/xa-ngok-bay/`);
    const ids = await page.locator('.share textarea').evaluateAll((t) => t.map((x) => x.id));
    expect(ids).toEqual(['embed-code-auto', 'embed-code']);
    const auto = await page.locator('#embed-code-auto').inputValue();
    // The snippet names the published site; here it is served locally.
    const published = new URL(/src="([^"]+)"/.exec(auto)![1]!).origin;
    await page.setContent(
      `<div style="width:600px">${auto.replaceAll(published, site.base()).replace('loading="lazy"', '')}</div>`,
    );
    const frame = (await (await page.waitForSelector('iframe')).contentFrame())!;
    await frame.waitForSelector('[data-chart]');
    const content = await frame.evaluate(() => document.documentElement.scrollHeight);
    await page.waitForFunction(
      (h) => document.querySelector('iframe')!.getBoundingClientRect().height === h,
      content,
    );
  });

  // Provinces and communes, the longest names and most bars among them, and indicator embeds.
  const EMBEDDED = [
    '/don-vi/quang-ngai/xa-ngok-bay/',
    '/don-vi/quang-ninh/',
    '/don-vi/hai-phong/',
    '/don-vi/ho-chi-minh/',
    '/chi-tieu/dossiers-fully-online/',
    '/chi-tieu/core-systems/',
  ];
  it.each([320, 360, 800])(
    'the fixed-height snippet fits its content at %i px wide: nothing is cut',
    async (width) => {
      const page = await site.browser().newPage({ viewport: { width: 1000, height: 800 } });
      for (const path of EMBEDDED) {
        await page.goto(site.base() + path);
        const fixed = await page.locator('#embed-code').inputValue();
        const height = Number(/height="(\d+)"/.exec(fixed)![1]);
        const src = new URL(/src="([^"]+)"/.exec(fixed)![1]!).pathname;
        const embed = await site.browser().newPage({ viewport: { width, height } });
        await embed.goto(site.base() + src);
        const content = await embed.evaluate(() => document.documentElement.scrollHeight);
        expect(content, `${src} at ${width} px`).toBeLessThanOrEqual(height);
        await embed.close();
      }
    },
  );

  it('the embed says as of when: the data date and the last month the unit reported', async () => {
    const page = await site.browser().newPage({ viewport: { width: 320, height: 600 } });
    await page.goto(`${site.base()}/embed/don-vi/quang-ngai/xa-ngok-bay/`);
    await expect(page.locator('[data-as-of]').innerText()).resolves.toMatch(
      /^Số liệu ngày \d{2}\/\d{2}\/\d{4} · Tháng gần nhất đã báo cáo: \d{2}\/\d{4} \(gửi ngày \d{2}\/\d{2}\/\d{4}\)$/,
    );
  });

  it('titles name the province; a Zalo link works without the share sheet', async () => {
    const page = await site.browser().newPage();
    await page.goto(`${site.base()}/don-vi/quang-ngai/xa-ngok-bay/`);
    for (const tag of ['meta[property="og:title"]', 'meta[name="twitter:title"]'])
      expect(await page.locator(tag).getAttribute('content')).toBe('Xã Ngọk Bay, Quảng Ngãi');
    const zalo = page.locator('.share a[data-zalo]');
    await expect(zalo.isVisible()).resolves.toBe(true);
    const href = new URL((await zalo.getAttribute('href'))!);
    expect(href.origin).toBe('https://zalo.me');
    expect(href.searchParams.get('url')).toMatch(/\/don-vi\/quang-ngai\/xa-ngok-bay\/$/);
  });

  it('the home page has a share bar and its own card; so does each province', async () => {
    const page = await site.browser().newPage();
    for (const [path, card] of [
      ['/', '/the/trang-chu.png'],
      ['/don-vi/hai-phong/', '/the/don-vi/hai-phong.png'],
    ] as const) {
      await page.goto(site.base() + path);
      expect(await page.locator('.share a[download][href$=".png"]').getAttribute('href')).toBe(
        card,
      );
      expect((await fetch(site.base() + card)).status).toBe(200);
      expect(await page.locator('.share a[data-zalo]').count()).toBe(1);
    }
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
