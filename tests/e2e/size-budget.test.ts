import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUDGET, measureSite, type SiteSize } from '../../src/tools/size/site-size-fs.ts';
import { DIST } from './harness.ts';

// The size budget on the site the README's first command built (the country sample): it must
// fit the hosts people use. `npm run size` prints the same measurement, `npm run bench` adds the
// same country 36 months in.
let size: SiteSize;
const measured = () => (size ??= measureSite(DIST));
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

describe('the size budget of the built site', { timeout: 120_000 }, () => {
  it('carries two files per unit, the CSV and the workbook (the JSON, which repeats them, is in a zip)', () => {
    const unitFiles = readdirSync(join(DIST, 'tai-ve/don-vi'));
    expect(unitFiles.length).toBeGreaterThan(0);
    expect(unitFiles.filter((f) => !/^\d+\.(csv|xlsx)$/.test(f))).toEqual([]);
    const csv = unitFiles.filter((f) => f.endsWith('.csv')).map((f) => f.slice(0, -4));
    const xlsx = unitFiles.filter((f) => f.endsWith('.xlsx')).map((f) => f.slice(0, -5));
    expect(xlsx).toEqual(csv);
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

  // Not met by this branch alone: commune pages (issue 22), older publications' zips outside
  // the Pages artefact and per-indicator CSVs are the remaining means. This test fails as soon as
  // the budget holds: then turn it into a plain `it`.
  it.fails(
    `fits ${mb(BUDGET.siteBytes)} with ${BUDGET.keep} publications kept, each adding at most ${mb(BUDGET.perPublicationBytes)}`,
    () => {
      const s = measured();
      expect(s.projected, `${mb(s.projected)} projected`).toBeLessThanOrEqual(BUDGET.siteBytes);
      expect(s.keptPerPublication).toBeLessThanOrEqual(BUDGET.perPublicationBytes);
      expect(s.files).toBeLessThanOrEqual(BUDGET.files);
    },
  );
});
