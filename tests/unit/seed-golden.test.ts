import { readdirSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { readCollection } from '../../src/lib/ingest/content-fs.ts';
import { readTableFile } from '../../src/lib/ingest/load-fs.ts';
import { readTasks } from '../../src/lib/ingest/tasks.ts';
import { indicatorSchema } from '../../src/lib/schema/indicator.ts';
import { planSchema } from '../../src/lib/schema/plan.ts';
import { taskColumns, type Task } from '../../src/lib/schema/task.ts';
import { sampleUnits } from '../../src/tools/sample/units.ts';
import { seeded } from '../../src/tools/sample/random.ts';

// Golden tables of the five seed plans, as content/ and data/tasks encode them: every
// quantified target (section, level, value, deadline), every task (section, deadline, status,
// the indicator measuring it) and every reporting regime (section, from the plan's date). Read
// them against ../shared/seeds/ when they change; `--update` rewrites them.
const plans = readCollection('content/plans', planSchema, '.').entries;
const catalog = readCollection('content/indicators', indicatorSchema, '.').entries;
const seeds = plans.filter((p) => p.data.unit).sort((a, b) => a.id.localeCompare(b.id));

const csv = (header: string[], rows: (string | number)[][]) =>
  `${Papa.unparse([header, ...rows], { newline: '\n' })}\n`;

function tasks(): Task[] {
  const units = new Map(sampleUnits('test', seeded(1)).map((u) => [u.code, u]));
  const ids = new Set(plans.map((p) => p.id));
  const indicators = new Map(catalog.map((i) => [i.id, i]));
  return readdirSync('data/tasks')
    .filter((f) => f.endsWith('.csv'))
    .sort()
    .flatMap(
      (file) =>
        readTasks(readTableFile('data', `tasks/${file}`, taskColumns), `tasks/${file}`, {
          units,
          plans: ids,
          asOf: '2026-11-21',
          indicators,
        }).tasks,
    );
}

describe('seed golden tables', () => {
  it('targets: every quantified target of every seed, with its section, level, value, deadline', async () => {
    const rows = seeds.flatMap((p) =>
      p.data.targets.map((t) => [
        p.data.number,
        t.indicator,
        t.appliesTo,
        t.value,
        t.deadline,
        t.section,
      ]),
    );
    await expect(
      csv(['plan', 'indicator', 'level', 'value', 'deadline', 'section'], rows),
    ).toMatchFileSnapshot('../golden/seeds/targets.csv');
    // Counted in the seeds: Quảng Ninh 30 (28 of its own, 2 for its 54 communes), Hải Phòng 20
    // (Annex I's Plan 02 figures among them), Ngọk Bay 17, Đồng Phú 14, Hợp Minh 10.
    const count = Object.fromEntries(seeds.map((p) => [p.data.number, p.data.targets.length]));
    expect(count).toEqual({
      '10-KH/ĐU': 14,
      '01-KH/BCĐ': 20,
      '05/KH-UBND': 10,
      '17-KH/ĐU': 17,
      '02.1-KH/BCĐ': 30,
    });
    expect(seeds.flatMap((p) => p.data.targets).every((t) => t.section.length > 0)).toBe(true);
  });

  it('tasks: every task with its section, deadline as the plan states it, and status', async () => {
    const all = tasks();
    const rows = all.map((t) => [
      t.unit,
      t.id,
      t.section ?? '',
      t.deadline ?? (t.undated ? 'không ghi hạn' : 'thường xuyên'),
      t.status,
      t.indicator ?? '',
    ]);
    await expect(
      csv(['unit', 'task', 'section', 'deadline', 'status', 'indicator'], rows),
    ).toMatchFileSnapshot('../golden/seeds/tasks.csv');
    const byPlan = Object.fromEntries(
      [...Map.groupBy(all, (t) => t.plan!)].map(([plan, list]) => [plan, list.length]),
    );
    expect(byPlan).toEqual({
      'quang-ninh-02-1-kh-bcd': 45,
      'hai-phong-01-kh-bcd': 40,
      'ngok-bay-17-kh-du': 32,
      'dong-phu-10-kh-du': 22,
      'hop-minh-05-kh-ubnd': 30,
    });
    // The tasks the plans give no deadline are never given one (issue #18's twelve among them).
    const undated = all.filter((t) => t.undated).map((t) => t.id);
    for (const id of ['DP-08', 'DP-16', 'NB-15', 'NB-23', 'HM-30', 'TC-02', 'TC-06'])
      expect(undated).toContain(id);
    expect(all.find((t) => t.id === 'PL1-16')?.status).toBe('not-arising');
    expect(all.find((t) => t.id === 'QN-03')?.indicator).toBe('milestone-architecture-v4');
  });

  it('regimes: only what a plan states, with its section and date', async () => {
    const rows = seeds.flatMap((p) =>
      p.data.reporting.map((r) => [
        p.data.number,
        p.data.date,
        r.appliesTo,
        r.kind,
        r.before ?? '',
        r.yearEnd ?? '',
        r.section,
      ]),
    );
    await expect(
      csv(['plan', 'from', 'level', 'kind', 'before', 'yearEnd', 'section'], rows),
    ).toMatchFileSnapshot('../golden/seeds/regimes.csv');
    // Hải Phòng and Hợp Minh state no day: no deadline. Plan 02 states no regime at all.
    const days = seeds.flatMap((p) => p.data.reporting.map((r) => r.before ?? null));
    expect(days).toEqual([15, null, null, 24, 25, 20]);
    expect(plans.find((p) => !p.data.unit)?.data.reporting).toEqual([]);
  });
});
