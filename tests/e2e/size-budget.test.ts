import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { BUDGET, measureSite, type SiteSize } from '../../src/tools/size/site-size-fs.ts';
import { DIST } from './harness.ts';

// The size budget on the site the README's first command built (the country sample): it must
// fit the hosts people use. `npm run size` prints the same measurement, `npm run bench` adds the
// same country 36 months in.
let size: SiteSize;
const measured = () => (size ??= measureSite(DIST));
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const liveId = () =>
  (JSON.parse(readFileSync(join(DIST, 'tai-ve/manifest.json'), 'utf8')) as { id: string }).id;

describe('the size budget of the built site', { timeout: 120_000 }, () => {
  it('carries two files per unit, the CSV and the workbook (the JSON, which repeats them, is in a zip)', () => {
    const unitFiles = readdirSync(join(DIST, 'tai-ve/don-vi'));
    expect(unitFiles.length).toBeGreaterThan(0);
    expect(unitFiles.filter((f) => !/^\d+\.(csv|xlsx)$/.test(f))).toEqual([]);
    const csv = unitFiles.filter((f) => f.endsWith('.csv')).map((f) => f.slice(0, -4));
    const xlsx = unitFiles.filter((f) => f.endsWith('.xlsx')).map((f) => f.slice(0, -5));
    expect(xlsx).toEqual(csv);
  });

  it('carries the zip of the publication once, at its stable URL, with the per-indicator CSVs in it only', () => {
    const id = liveId();
    const zips = readdirSync(DIST, { recursive: true, encoding: 'utf8' })
      .filter((p) => p.endsWith('.zip'))
      .sort();
    expect(zips).toEqual([`cong-bo/${id}/minh-bach-${id}.zip`, 'tai-ve/don-vi-json.zip']);
    expect(readdirSync(join(DIST, 'tai-ve')).includes('chi-tieu')).toBe(false);
    const names = Object.keys(
      unzipSync(readFileSync(join(DIST, zips[0]!)), {
        filter: (f) => f.name.startsWith('chi-tieu/'),
      }),
    );
    expect(names.length).toBeGreaterThan(20);
    expect(
      names.every((n) => /^chi-tieu\/[a-z0-9-]+\.csv$/.test(n)),
      names.join(' '),
    ).toBe(true);
  });

  it('draws share cards as palette PNGs of at most 30 KB on average', () => {
    const cards = measured().parts.find((p) => p.name === 'share cards')!;
    expect(cards.bytes / cards.files).toBeLessThanOrEqual(30_000);
    const home = readFileSync(join(DIST, 'the/trang-chu.png'));
    expect(home[25], 'PNG colour type').toBe(3);
  });

  it('has no file a common host refuses (Cloudflare Pages: 25 MiB a file)', () => {
    expect(measured().largest.bytes, measured().largest.path).toBeLessThanOrEqual(BUDGET.fileBytes);
  });

  it(`keeps at most ${mb(BUDGET.perPublicationBytes)} on the site for good per publication`, () => {
    const s = measured();
    expect(s.keptPerPublication, mb(s.keptPerPublication)).toBeLessThanOrEqual(
      BUDGET.perPublicationBytes,
    );
  });

  // Not met by this branch alone: what remains is the page HTML (issue 22-pages: commune pages
  // and supervision sheets), see README's Hosting section. This test fails as soon as the budget
  // holds: then turn it into a plain `it`.
  it.fails(
    `fits ${mb(BUDGET.siteBytes)} with ${BUDGET.keep} publications kept, and 20,000 files`,
    () => {
      const s = measured();
      expect(s.projected, `${mb(s.projected)} projected`).toBeLessThanOrEqual(BUDGET.siteBytes);
      expect(s.files).toBeLessThanOrEqual(BUDGET.files);
    },
  );
});
