import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DIST, useBuiltSite } from './harness.ts';
import { PAGE_TYPES } from './pages.ts';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const PAGES = [...PAGE_TYPES.map((p) => p.path), '/thay-doi/', '/cong-bo/'];

const site = useBuiltSite();

describe('budgets and accessibility', { timeout: 120_000 }, () => {
  it('a commune page weighs at most 35 KB gzipped (HTML with inline CSS and charts) and loads nothing else but the search script', async () => {
    const page = await site.browser().newPage();
    const loaded: string[] = [];
    page.on('request', (r) => loaded.push(new URL(r.url()).pathname));
    await page.goto(`${site.base()}/don-vi/quang-ngai/xa-ngok-bay/`);
    const html = readFileSync(`${DIST}/don-vi/quang-ngai/xa-ngok-bay/index.html`);
    expect(gzipSync(html).length).toBeLessThanOrEqual(35 * 1024);
    expect(
      loaded.filter((p) => !p.startsWith('/_astro/') && p !== '/don-vi/quang-ngai/xa-ngok-bay/'),
    ).toEqual([]);
  });

  it.each(PAGES)(
    '%s has no serious or critical axe-core violations (phone width, scrollable regions included)',
    async (path) => {
      const page = await site.browser().newPage({ viewport: { width: 360, height: 740 } });
      await page.goto(site.base() + path);
      await page.addScriptTag({ content: AXE });
      const violations = await page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: {
              run: (o: object) => Promise<{
                violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
              }>;
            };
          }
        ).axe;
        const result = await axe.run({ resultTypes: ['violations'] });
        return result.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map(
            (v) =>
              `${v.id}: ${v.nodes
                .slice(0, 3)
                .map((n) => n.target.join(' '))
                .join(', ')}`,
          );
      });
      expect(violations).toEqual([]);
    },
  );
});

describe('page weight', { timeout: 120_000 }, () => {
  it('every page is at most 35 KB gzipped (HTML with inline CSS and charts)', () => {
    const over: string[] = [];
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, e.name);
        if (e.isDirectory()) walk(path);
        else if (e.name.endsWith('.html')) {
          const size = gzipSync(readFileSync(path)).length;
          if (size > 35 * 1024) over.push(`${relative(DIST, path)} ${(size / 1024).toFixed(1)} KB`);
        }
      }
    };
    walk(DIST);
    // The A–Z list of every unit (don-vi/index.html) is the one page known to exceed it with the
    // whole country (58 KB): it is allowed here until it is split, nothing else is.
    expect(over.filter((p) => !p.startsWith('don-vi/index.html '))).toEqual([]);
  });
});
