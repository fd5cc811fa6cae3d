import { describe, expect, it } from 'vitest';
import { build, type BuildConfig, type BuildEffects } from '../../src/lib/build/build.ts';
import type { CardStats, Drawing } from '../../src/lib/cards/render-cards-fs.ts';
import { makeDiagnostic } from '../../src/lib/ingest/diagnostics/diagnostic.ts';
import type { LoadResult } from '../../src/lib/ingest/load-fs.ts';
import type { PublicationEntry } from '../../src/lib/publish/publication.ts';
import { dataset, indicators, units } from '../fixtures/model.ts';

const config: BuildConfig = {
  dataDir: 'data',
  contentDir: 'content',
  outDir: 'dist',
  publishValidRows: false,
  maxFileMb: 50,
  cores: 2,
};
const inputs = { dataset, units, indicators, plans: [], observations: [], tasks: [] };
const rejected = makeDiagnostic(
  'UNIT_UNKNOWN',
  { file: 'exports/22/a.csv', row: 2 },
  { value: '1' },
);

/** Effects that record what the build did to the world, in order, without touching it. */
function recorder(load: LoadResult, fail: { pages?: boolean; cards?: boolean } = {}) {
  const did: string[] = [];
  const stats: CardStats = { total: 0, rendered: 0, cached: 0, seconds: 0, workers: 1 };
  const fx: BuildEffects = {
    load: () => load,
    entries: () => [],
    past: async (entries) => ({ entries, recent: [], ledger: [] }),
    newId: () => ({ id: 'p1', builtAt: '2026-11-25T00:00:00Z' }),
    stage: (id) => (did.push(`stage ${id}`), { site: `${id}.staging`, files: `${id}.files` }),
    merge: (from, to) => void did.push(`merge ${from} → ${to}`),
    renderPages: async (model, dir) => {
      did.push(`pages ${dir} (${model.progress.size} units)`);
      if (fail.pages) throw new Error('astro failed');
    },
    drawCards: (jobs, workers): Drawing => {
      did.push(`draw ${jobs.length} cards on ${workers} workers`);
      const done = fail.cards ? Promise.reject(new Error('resvg failed')) : Promise.resolve(stats);
      return { done, addWorkers: (n) => void did.push(`add ${n} worker`) };
    },
    placeCards: (jobs, dir) => void did.push(`place ${jobs.length} cards in ${dir}`),
    writeFile: (dir, path) => void did.push(`write ${dir}${path}`),
    parquet: () => new Uint8Array(),
    deflater: { deflateRaw: (data) => data, crc32: () => 0 },
    carry: () => {},
    inventory: () => [],
    record: (dir) => void did.push(`record ${dir}`),
    publish: (id) => void did.push(`publish ${id}`),
    discard: (id) => void did.push(`discard ${id}`),
    fail: (report) => void did.push(`fail ${report.stage}`),
    log: () => {},
    error: (m) => void did.push(`error: ${m.trim().split('\n')[0]}`),
    now: () => 0,
    release: () => {},
  };
  return { fx, did };
}

describe('build(config, effects)', () => {
  it('publishes only after pages, downloads and cards are all in the staging folder', async () => {
    const { fx, did } = recorder({ inputs, diagnostics: [], files: 1, rows: 0 });
    const outcome = await build(config, fx);
    expect(outcome.ok).toBe(true);
    const publish = did.indexOf('publish p1');
    expect(publish).toBe(did.length - 1);
    expect(did[publish - 1]).toBe('record p1.staging');
    expect(did.slice(0, 2)).toEqual(['stage p1', 'draw 10 cards on 1 workers']);
    expect(did).toContain('write p1.files/tai-ve/trang-thai.csv');
    const pages = did.indexOf('pages p1.staging (5 units)');
    expect(pages).toBeGreaterThan(did.indexOf('write p1.files/tai-ve/trang-thai.csv'));
    expect(did[pages + 1]).toBe('merge p1.files → p1.staging');
    expect(did).toContain('place 10 cards in p1.staging');
  });

  it('stops on invalid data before staging anything: the live site is untouched', async () => {
    const { fx, did } = recorder({ inputs, diagnostics: [rejected], files: 1, rows: 1 });
    expect(await build(config, fx)).toEqual({ ok: false, stage: 'validate' });
    expect(did.some((d) => /^(stage|pages|publish)/.test(d))).toBe(false);
    expect(did.at(-1)).toBe('fail validate');
    expect(did.at(-2)).toMatch(/^error: Dừng: 1 lỗi/);
  });

  it('publishes the valid rows when asked, with the rejected ones kept for the quality page', async () => {
    const { fx, did } = recorder({ inputs, diagnostics: [rejected], files: 1, rows: 1 });
    const outcome = await build({ ...config, publishValidRows: true }, fx);
    expect(outcome.ok && 'model' in outcome && outcome.model.diagnostics).toEqual([rejected]);
    expect(did.at(-1)).toBe('publish p1');
  });

  it('a failed page build or card drawing discards the staging folder and publishes nothing', async () => {
    for (const fail of [{ pages: true }, { cards: true }]) {
      const { fx, did } = recorder({ inputs, diagnostics: [], files: 1, rows: 0 }, fail);
      const outcome = await build(config, fx);
      expect(outcome).toEqual({ ok: false, stage: fail.pages ? 'pages' : 'outputs' });
      expect(did).toContain('discard p1');
      expect(did.at(-1)).toBe(`fail ${fail.pages ? 'pages' : 'outputs'}`);
      expect(did.some((d) => d.startsWith('publish'))).toBe(false);
    }
  });

  it('publishes nothing when data and generator are those of the latest publication', async () => {
    const { fx, did } = recorder({ inputs, diagnostics: [], files: 1, rows: 0 });
    const fingerprint = { data: 'd', generator: 'g' };
    fx.entries = () => [{ id: 'p0', fingerprint } as PublicationEntry];
    expect(await build({ ...config, fingerprint }, fx)).toEqual({
      ok: true,
      unchanged: true,
      id: 'p0',
    });
    expect(did).toEqual([]);
    const forced = await build({ ...config, fingerprint, force: true }, fx);
    expect(forced.ok && 'model' in forced).toBe(true);
  });

  it('a site URL given in the configuration replaces the dataset one', async () => {
    const { fx } = recorder({ inputs, diagnostics: [], files: 1, rows: 0 });
    const outcome = await build({ ...config, siteUrl: 'https://tinh.example.vn' }, fx);
    expect(outcome.ok && 'model' in outcome && outcome.model.dataset.siteUrl).toBe(
      'https://tinh.example.vn',
    );
  });
});
