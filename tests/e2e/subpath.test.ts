import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from './browser.ts';
import { findDeadLinks } from './links.ts';
import { serve } from './serve.ts';

// A GitHub project site is served from https://owner.github.io/<repo>/: the test profile built
// for such a sub-path must keep every link, card, feed, search result and download under it.
const SITE = 'https://owner.github.io/minh-bach/';
const work = mkdtempSync(join(tmpdir(), 'mb-subpath-'));
const data = join(work, 'data');
const out = join(work, 'dist');
let server: Server | undefined;

// The site URL is the dataset's own (generated with --site-url), not MINHBACH_SITE_URL: that
// variable also names where a lost history is fetched from, and no test asks a host off this machine.
function run(script: string, ...args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, MINHBACH_DATA: data, MINHBACH_OUT: out };
  delete env.MINHBACH_SITE_URL;
  const r = spawnSync(process.execPath, [script, ...args], { env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${script}: ${r.stderr}`);
}

beforeAll(() => {
  run('scripts/generate-sample.ts', '--profile', 'test', '--out', data, '--site-url', SITE);
  run('scripts/build.ts');
}, 300_000);
afterAll(() => {
  server?.close();
  rmSync(work, { recursive: true, force: true });
});

const site = (path: string) => readFileSync(join(out, path), 'utf8');

describe('the site built for a sub-path', { timeout: 120_000 }, () => {
  it('passes the link checker: every link, card, embed, feed link and index path is under it', () => {
    expect(site('index.html')).toContain(`<link rel="canonical" href="${SITE}">`);
    expect(findDeadLinks(out)).toEqual([]);
  });

  it('absolute URLs (share, embed code, feeds, manifest) carry the sub-path', () => {
    const page = site('don-vi/quang-ninh/index.html');
    expect(page).toContain(`value="${SITE}don-vi/quang-ninh/"`);
    expect(page).toContain(`src=&quot;${SITE}embed/don-vi/quang-ninh/&quot;`);
    expect(page).toContain(`href="/minh-bach/tai-ve/don-vi/22.csv"`);
    expect(site('thay-doi/atom.xml')).toContain(
      `<link rel="self" type="application/atom+xml" href="${SITE}thay-doi/atom.xml"/>`,
    );
    const manifest = JSON.parse(site('tai-ve/manifest.json'));
    expect(manifest.url).toBe(`${SITE}cong-bo/${manifest.id}/`);
  });

  it('search loads its index and links results under the sub-path, in Chromium', async () => {
    const served = await serve(out, { prefix: '/minh-bach/' });
    server = served.server;
    const browser = await launch();
    try {
      const page = await browser.newPage();
      await page.goto(`${served.url}/minh-bach/`);
      await page.type('#q', 'quang ninh');
      await page.waitForFunction(() => !document.getElementById('q-results')!.hidden);
      const href = await page.locator('#q-results li a').first().getAttribute('href');
      expect(href).toBe('/minh-bach/don-vi/quang-ninh/');
      await page.locator('#q-results li a').first().click();
      await page.waitForURL(`${served.url}/minh-bach/don-vi/quang-ninh/`);
      expect(await page.locator('h1').innerText()).toContain('Quảng Ninh');
      // A unit's former URL (Xã Đồng Phú, now Phường Đồng Phú) leads to its page.
      await page.goto(`${served.url}/minh-bach/don-vi/dong-nai/xa-dong-phu/`);
      await page.waitForURL(`${served.url}/minh-bach/don-vi/dong-nai/phuong-dong-phu/`);
      expect(served.requests.filter((r) => !r.startsWith('/minh-bach/'))).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
