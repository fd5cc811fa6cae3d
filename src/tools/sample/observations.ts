import type { Indicator } from '../../lib/schema/indicator.ts';
import type { Plan } from '../../lib/schema/plan.ts';
import type { Unit } from '../../lib/schema/unit.ts';
import { periodsBetween, nextPeriod } from '../../lib/util/calendar.ts';
import { indexPlans, resolveTargets } from '../../lib/model/targets.ts';
import type { Random } from './random.ts';

/** A generated report row before it is written in some province's export style. */
export interface SampleRow {
  unit: string;
  indicator: string;
  period: string;
  kind: Indicator['kind'];
  value: number | 'done' | 'not-done' | { doneOn: string };
  numerator?: number;
  denominator?: number;
  reportedAt: string;
  source: string;
  note?: string;
}

type Archetype = 'leader' | 'steady' | 'laggard' | 'silent' | 'late';

const SOURCES = [
  'Hệ thống thông tin giải quyết TTHC',
  'Hệ thống quản lý văn bản và điều hành',
  'Báo cáo của Ủy ban nhân dân',
  'Cổng Dịch vụ công quốc gia',
];

/** Typical scale of indicators without a target, by level: [min, max] of the value reached. */
const SCALE: Record<string, { province: [number, number]; commune: [number, number] }> = {
  'online-services': { province: [700, 1100], commune: [90, 400] },
  'tthc-data-replaced': { province: [400, 1300], commune: [60, 350] },
  'dossiers-per-service': { province: [20, 160], commune: [8, 220] },
  'data-reuse-rate': { province: [40, 95], commune: [40, 95] },
  'digital-teams': { province: [300, 3800], commune: [4, 40] },
  'digital-team-members': { province: [1500, 17000], commune: [20, 200] },
  'staff-trained': { province: [500, 6000], commune: [15, 160] },
  'budget-share-digital': { province: [1, 4], commune: [1, 4] },
};

function archetypeOf(rnd: Random): Archetype {
  const r = rnd.next();
  return r < 0.2
    ? 'leader'
    : r < 0.6
      ? 'steady'
      : r < 0.85
        ? 'laggard'
        : r < 0.9
          ? 'silent'
          : 'late';
}

/** Share of the way from start to goal reached in month i (0 = 07/2025). */
function curve(a: Archetype, i: number, speed: number): number {
  if (a === 'leader') return Math.min(1.04, 0.55 + i / (4 * speed));
  if (a === 'laggard') return Math.min(0.97, (0.75 * i) / (13 * speed));
  return Math.min(1.03, i / (6.5 * speed));
}

const round1 = (v: number) => Math.round(v * 10) / 10;

function day(period: string, d: number): string {
  return `${period}-${String(d).padStart(2, '0')}`;
}

interface Context {
  periods: readonly string[];
  asOf: string;
  rnd: Random;
  revisionRate: number;
}

/** How a unit reports: the day of the month after each period, the months it skips, its source. */
function reportingHabits(a: Archetype, { periods, rnd }: Context) {
  const reportDay = periods.map(() =>
    a === 'late'
      ? rnd.chance(0.6)
        ? rnd.int(21, 28)
        : rnd.int(8, 20)
      : rnd.chance(0.06)
        ? rnd.int(21, 27)
        : rnd.int(3, 20),
  );
  const skipped = periods.map(() => rnd.chance(a === 'laggard' ? 0.12 : 0.04));
  return { reportDay, skipped, source: rnd.pick(SOURCES) };
}

/** Where an indicator starts and is heading for a unit of an archetype. */
function trajectory(
  a: Archetype,
  unit: Unit,
  ind: Indicator,
  goalOfPlan: number | undefined,
  rnd: Random,
) {
  const speed = 0.7 + rnd.next() * 0.8;
  const scale = SCALE[ind.id]?.[unit.level];
  const goal = goalOfPlan ?? (scale ? rnd.int(scale[0], scale[1]) : 100);
  const start =
    ind.kind === 'percent'
      ? Math.min(goal * 0.7, rnd.int(15, 60))
      : goal * (0.45 + rnd.next() * 0.35);
  const doneAt = a === 'leader' ? rnd.int(0, 2) : a === 'laggard' ? rnd.int(6, 22) : rnd.int(1, 9);
  const regress = ind.kind === 'percent' && rnd.chance(0.05);
  return { a, speed, goal, start, doneAt, regress };
}
type Trajectory = ReturnType<typeof trajectory>;

/** The value reported for month i, with a numerator and denominator for weighted rates. */
function monthValue(
  t: Trajectory,
  unit: Unit,
  ind: Indicator,
  i: number,
  ctx: Context,
): Pick<SampleRow, 'value' | 'numerator' | 'denominator'> {
  const { periods, rnd } = ctx;
  if (ind.kind === 'milestone')
    return {
      value:
        i < t.doneAt
          ? 'not-done'
          : rnd.chance(0.3)
            ? { doneOn: day(periods[t.doneAt] ?? periods[i]!, rnd.int(1, 28)) }
            : 'done',
    };
  let v =
    t.start + (t.goal - t.start) * curve(t.a, i, t.speed) + (rnd.next() - 0.5) * 0.03 * t.goal;
  if (t.regress && i >= periods.length - 3) v *= 0.9;
  if (ind.kind === 'count') return { value: Math.max(0, Math.round(v)) };
  if (ind.kind !== 'percent') return { value: Math.max(0, round1(v)) };
  v = Math.max(0, Math.min(100, v));
  if (ind.rollup !== 'weighted-mean') return { value: round1(v) };
  const denominator = rnd.int(
    unit.level === 'province' ? 5000 : 40,
    unit.level === 'province' ? 60000 : 900,
  );
  const numerator = Math.round((denominator * v) / 100);
  return { value: round1((100 * numerator) / denominator), numerator, denominator };
}

/**
 * A few values are corrected in a later month: kept as revisions with later report dates.
 * The stress profile revises everything once, and a third of it twice.
 */
function revisions(
  row: SampleRow,
  i: number,
  reportDay: readonly number[],
  ctx: Context,
): SampleRow[] {
  const { periods, rnd, revisionRate, asOf } = ctx;
  const stress = revisionRate >= 1;
  const out: SampleRow[] = [];
  const { value } = row;
  for (const k of stress ? [1, 2] : [1]) {
    if (
      (typeof value !== 'number' && !stress) ||
      i + k >= periods.length ||
      !rnd.chance(k === 1 ? revisionRate : 0.35)
    )
      continue;
    const revisedAt = day(nextPeriod(periods[i + k]!), reportDay[i + k]!);
    if (revisedAt > asOf) continue;
    const revised =
      typeof value !== 'number'
        ? value
        : row.kind === 'count'
          ? Math.round(value * 1.02)
          : round1(Math.min(row.kind === 'percent' ? 100 : Infinity, value * 1.02));
    out.push({
      unit: row.unit,
      indicator: row.indicator,
      period: row.period,
      kind: row.kind,
      value: revised,
      reportedAt: revisedAt,
      source: row.source,
      note: 'Điều chỉnh số liệu sau rà soát',
    });
  }
  return out;
}

/** Monthly rows for every unit and indicator from 07/2025 to the last month due by `asOf`. */
export function sampleRows(
  units: readonly Unit[],
  indicators: readonly Indicator[],
  plans: readonly Plan[],
  asOf: string,
  rnd: Random,
  revisionRate = 0.01,
): SampleRow[] {
  const periods = periodsBetween('2025-07', asOf.slice(0, 7)).filter(
    (p) => `${nextPeriod(p)}-01` <= asOf,
  );
  const ctx: Context = { periods, asOf, rnd, revisionRate };
  const { byUnit, national } = indexPlans(plans);
  const rows: SampleRow[] = [];
  for (const unit of units) {
    const a = archetypeOf(rnd);
    if (a === 'silent') continue;
    const { reportDay, skipped, source } = reportingHabits(a, ctx);
    for (const ind of indicators) {
      if (ind.derived || !ind.levels.includes(unit.level)) continue;
      const goal = resolveTargets(unit, ind, byUnit, national).at(-1)?.value;
      const t = trajectory(a, unit, ind, goal, rnd);
      periods.forEach((period, i) => {
        if (skipped[i]) return;
        const reportedAt = day(nextPeriod(period), reportDay[i]!);
        if (reportedAt > asOf) return;
        const { value, numerator, denominator } = monthValue(t, unit, ind, i, ctx);
        const row: SampleRow = {
          unit: unit.code,
          indicator: ind.id,
          period,
          kind: ind.kind,
          value,
          reportedAt,
          source,
        };
        if (numerator !== undefined) Object.assign(row, { numerator, denominator });
        rows.push(row);
        for (const r of revisions(row, i, reportDay, ctx)) rows.push(r);
      });
    }
  }
  return rows;
}
