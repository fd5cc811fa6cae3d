import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cardJobs } from '../../src/lib/cards/card-data.ts';
import { readCollection } from '../../src/lib/ingest/content-fs.ts';
import { loadInputs } from '../../src/lib/ingest/load-fs.ts';
import { buildModel } from '../../src/lib/model/build-model.ts';
import { unitHeadline } from '../../src/lib/model/counts.ts';
import { judgedSeries } from '../../src/lib/model/progress.ts';
import { indicatorSchema } from '../../src/lib/schema/indicator.ts';
import { planSchema } from '../../src/lib/schema/plan.ts';
import { periodOf } from '../../src/lib/util/calendar.ts';
import { homeView } from '../../src/lib/views/home.ts';
import { unitPath } from '../../src/lib/views/paths.ts';
import { unitEmbedView, unitPageView } from '../../src/lib/views/unit.ts';
import { SEED_ARCHETYPES } from '../../src/tools/sample/archetypes.ts';
import { generateSample } from '../../src/tools/sample/generate.ts';

// The whole country profile (34 provinces, 3,321 communes, 07/2025–10/2026) through
// generate → validate → model, to check the status rules where every case occurs.
const entries = <T>(dir: string, schema: T) =>
  readCollection(dir, schema as never, '.').entries.map((e) => ({
    id: e.id,
    ...(e.data as object),
  }));
const indicators = entries('content/indicators', indicatorSchema) as never;
const plans = entries('content/plans', planSchema) as never;
const dir = mkdtempSync(join(tmpdir(), 'mb-country-'));
for (const [path, content] of generateSample(indicators, plans, {
  profile: 'country',
  seed: 2025,
  publishedAt: '2026-11-21',
  siteUrl: 'https://example.org',
})) {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), content);
}
const loaded = loadInputs({ dataDir: dir, contentDir: 'content' });
const model = buildModel(loaded.inputs!, loaded.diagnostics);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('statuses on the country profile', { timeout: 180_000 }, () => {
  it('validates without an error', () => {
    expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('never says "met late" for a deadline before the first evidence', () => {
    const wrong: string[] = [];
    const counts = { late: 0, unknown: 0 };
    for (const unit of model.progress.values())
      for (const p of unit.indicators)
        p.targets.forEach((target, i) => {
          const status = p.evaluations[i]!.status;
          if (status === 'met-timing-unknown') counts.unknown++;
          if (status !== 'met-late') return;
          counts.late++;
          const points = judgedSeries(p);
          // Evidence at the deadline: a value from the month containing it (or earlier), or a
          // completion date.
          const evidence =
            points.some((x) => x.period <= periodOf(target.deadline)) ||
            points.some((x) => x.doneOn !== undefined);
          if (!evidence) wrong.push(`${unit.unit.code} ${p.indicator.id} ${target.deadline}`);
        });
    expect(wrong).toEqual([]);
    // Both cases occur, so the check above bites.
    expect(counts.late).toBeGreaterThan(100);
    expect(counts.unknown).toBeGreaterThan(100);
  });

  it('shows one headline figure per unit on its page, the home map, its card and its embed', () => {
    const tiles = homeView(model).map.tiles;
    const cards = new Map(cardJobs(model).map((j) => [j.page, j.data.big]));
    for (const province of model.provinces) {
      const page = unitPageView(model, province.code).answer.big;
      expect(tiles[province.code]?.mark).toBe(page);
      expect(cards.get(unitPath(province, model.units))).toBe(page);
      expect(unitEmbedView(model, province.code).summary.startsWith(`${page} `)).toBe(true);
    }
  });

  it('the seed units report (never silent); a unit that never reported has no figure, not 0 %', () => {
    for (const code of Object.keys(SEED_ARCHETYPES)) {
      const unit = model.progress.get(code)!;
      expect(
        unit.reports.some((r) => r.firstReport),
        code,
      ).toBe(true);
      expect(unitHeadline(unit).share, code).toBeDefined();
    }
    const silent = [...model.progress.values()].filter((u) => !u.lastReport);
    expect(silent.length).toBeGreaterThan(0);
    expect(silent.every((u) => u.unit.code.startsWith('9'))).toBe(true); // synthetic only
    expect(silent.every((u) => unitHeadline(u).share === undefined)).toBe(true);
  });

  it('judges each seed unit by its own reporting regime', () => {
    expect(model.progress.get('31')!.reports.every((r) => r.state === 'no-deadline')).toBe(true);
    expect(model.progress.get('23317')!.reports[0]?.due).toBe('2025-08-23');
    expect(model.progress.get('22')!.reports[0]?.due).toBe('2025-08-24');
    expect(model.progress.get('25363')!.reports.at(-1)?.due).toBe('2026-09-14');
    const commune = model.progress.get('22')!.communes[0]!;
    expect(model.progress.get(commune.code)!.regime).toMatchObject({
      origin: 'province-plan',
      before: 20,
    });
  });
});
