import type { Indicator } from '../../lib/schema/indicator.ts';
import { plansTarget, type Plan } from '../../lib/schema/plan.ts';
import type { Unit } from '../../lib/schema/unit.ts';
import { addDays, nextPeriod, periodEnd, periodsBetween } from '../../lib/util/calendar.ts';
import { indexPlans, resolveTargets } from '../../lib/model/targets.ts';
import { dueDate, resolveRegime, type Regime } from '../../lib/model/timeliness.ts';
import {
  archetypeOf,
  BASELINES,
  curve,
  milestoneMonth,
  SEED_ARCHETYPES,
  type Archetype,
  type Baseline,
} from './archetypes.ts';
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
  baseline?: true;
}

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

const round1 = (v: number) => Math.round(v * 10) / 10;

function day(period: string, d: number): string {
  return `${period}-${String(d).padStart(2, '0')}`;
}

interface Context {
  periods: readonly string[];
  asOf: string;
  rnd: Random;
  revisionRate: number;
  plans: ReturnType<typeof indexPlans>;
  allPlans: readonly Plan[];
}

/** When a unit's report for a month arrives, by its regime: on time, late, or whenever asked. */
function reportDate(period: string, a: Archetype, regime: Regime, rnd: Random): string {
  const due = dueDate(period, regime);
  const opens = addDays(periodEnd(period), 1);
  if (!due) return addDays(opens, rnd.int(4, 45)); // periodic or on request: no deadline
  const lateShare = a === 'late' ? 0.6 : a === 'laggard' ? 0.12 : 0.06;
  if (rnd.chance(lateShare)) return addDays(due, rnd.int(1, 8));
  const earliest = Math.max(0, Math.round((Date.parse(due) - Date.parse(opens)) / 864e5));
  return addDays(due, -rnd.int(0, Math.min(earliest, 16)));
}

/** How a unit reports: the date of each month's report, the months it skips, its source. */
function reportingHabits(a: Archetype, regime: Regime, { periods, rnd }: Context) {
  const reportDates = periods.map((p) => reportDate(p, a, regime, rnd));
  const skipped = periods.map(() => rnd.chance(a === 'laggard' ? 0.12 : 0.04));
  return { reportDates, skipped, source: rnd.pick(SOURCES) };
}

/** Where an indicator starts and is heading for a unit of an archetype. */
function trajectory(
  a: Archetype,
  unit: Unit,
  ind: Indicator,
  goalOfPlan: number | undefined,
  rnd: Random,
  baseline?: Baseline,
) {
  const speed = 0.7 + rnd.next() * 0.8;
  const scale = SCALE[ind.id]?.[unit.level];
  let goal = goalOfPlan ?? (scale ? rnd.int(scale[0], scale[1]) : 100);
  let start =
    ind.kind === 'percent'
      ? Math.min(goal * 0.7, rnd.int(15, 60))
      : goal * (0.45 + rnd.next() * 0.35);
  let doneAt = milestoneMonth(a, rnd);
  let doneOn: string | undefined;
  const regress = ind.kind === 'percent' && rnd.chance(0.05);
  // A baseline fixes where the unit starts: a value, or a milestone already done.
  if (typeof baseline?.value === 'number') {
    start = baseline.value;
    goal = Math.max(goal, baseline.value * 1.05);
  } else if (baseline) {
    doneAt = -1;
    if (typeof baseline.value === 'object') doneOn = baseline.value.doneOn;
  }
  return { a, speed, goal, start, doneAt, doneOn, regress };
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
  if (ind.kind === 'milestone') {
    if (i < t.doneAt) return { value: 'not-done' };
    if (t.doneOn) return { value: { doneOn: t.doneOn } };
    // Done before reporting began (a baseline says so): no later completion date.
    if (t.doneAt < 0 || !rnd.chance(0.3)) return { value: 'done' };
    return { value: { doneOn: day(periods[t.doneAt]!, rnd.int(1, 28)) } };
  }
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
  reportDates: readonly string[],
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
    // Corrected along with a later month's report.
    const revisedAt = reportDates[i + k]!;
    if (revisedAt > asOf || revisedAt <= row.reportedAt) continue;
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

/** The indicators a unit reports: those of its level, and those its plan targets at its level. */
function reportedBy(unit: Unit, ind: Indicator, plans: readonly Plan[]): boolean {
  if (ind.derived) return false;
  if (ind.levels.includes(unit.level)) return true;
  return ind.planLevels.includes(unit.level) && plansTarget(plans, unit, ind.id);
}

/** A baseline row as a sample row. */
const baselineRow = (b: Baseline, ind: Indicator): SampleRow => ({
  unit: b.unit,
  indicator: b.indicator,
  period: b.period,
  kind: ind.kind,
  value: b.value,
  reportedAt: b.reportedAt,
  source: b.source,
  baseline: true,
});

interface UnitPlan {
  a: Archetype;
  regime: Regime;
  revisionRate: number;
}

/** One unit's rows: every indicator it reports, month by month, with baselines and revisions. */
function unitRows(unit: Unit, u: UnitPlan, indicators: readonly Indicator[], ctx: Context) {
  const { periods, asOf, rnd } = ctx;
  const { byUnit, national } = ctx.plans;
  const { reportDates, skipped, source } = reportingHabits(u.a, u.regime, ctx);
  const unitCtx = { ...ctx, revisionRate: u.revisionRate };
  const rows: SampleRow[] = [];
  for (const ind of indicators) {
    if (!reportedBy(unit, ind, ctx.allPlans)) continue;
    const baseline = BASELINES.find((b) => b.unit === unit.code && b.indicator === ind.id);
    if (baseline) rows.push(baselineRow(baseline, ind));
    const goal = resolveTargets(unit, ind, byUnit, national).at(-1)?.value;
    const t = trajectory(u.a, unit, ind, goal, rnd, baseline);
    periods.forEach((period, i) => {
      const reportedAt = reportDates[i]!;
      if (skipped[i] || reportedAt > asOf) return;
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
      for (const r of revisions(row, i, reportDates, unitCtx)) rows.push(r);
    });
  }
  return rows;
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
  const ctx: Context = {
    periods,
    asOf,
    rnd,
    revisionRate,
    plans: indexPlans(plans),
    allPlans: plans,
  };
  const rows: SampleRow[] = [];
  for (const unit of units) {
    const drawn = archetypeOf(rnd);
    // Provinces are real units: a unit that never reports is a synthetic commune only.
    const a =
      SEED_ARCHETYPES[unit.code] ??
      (drawn === 'silent' && unit.level === 'province' ? 'laggard' : drawn);
    if (a === 'silent') continue;
    const regime = resolveRegime(unit, ctx.plans.byUnit);
    const rate = a === 'revising' ? Math.max(revisionRate, 0.35) : revisionRate;
    for (const r of unitRows(unit, { a, regime, revisionRate: rate }, indicators, ctx))
      rows.push(r);
  }
  return rows;
}
