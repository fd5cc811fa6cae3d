import type { Diagnostic } from '../ingest/diagnostics/diagnostic.ts';
import type { Indicator } from '../schema/indicator.ts';
import { plansTarget } from '../schema/plan.ts';
import type { Unit } from '../schema/unit.ts';
import { FIRST_PERIOD } from '../util/calendar.ts';
import { emptyCounts, countStatuses } from './counts.ts';
import { comparePeers } from './peers.ts';
import { judgeIndicator, judgedSeries, type ProgressContext } from './progress.ts';
import { rollUp, type RollupPoint } from './rollup.ts';
import type { Observation } from '../schema/observation.ts';
import { buildSeries, firstReports, lastReports, type Series } from './series.ts';
import type { SeriesPoint } from './status.ts';
import { indexPlans } from './targets.ts';
import { linkTask } from './tasks.ts';
import { hasDeadlines, monthlyReports, resolveRegime, timelinessSeries } from './timeliness.ts';
import type { IndicatorProgress, Model, ModelInputs, UnitProgress } from './types.ts';

const byName = (a: Unit, b: Unit) => a.name.localeCompare(b.name, 'vi');

/** Province code → its communes, sorted by name. */
function communesByProvince(units: readonly Unit[]): Map<string, Unit[]> {
  const out = Map.groupBy(
    units.filter((u) => u.parent),
    (u) => u.parent!,
  );
  for (const list of out.values()) list.sort(byName);
  return out;
}

type Point = Pick<Observation, 'period' | 'value'>;

/**
 * A milestone stays done: each commune's last report carries forward to every later month in
 * which any commune reported, so a commune that skipped a month still counts as done.
 */
export function carryForward(series: readonly (readonly Point[])[]): Point[][] {
  const periods = [...new Set(series.flatMap((s) => s.map((p) => p.period)))].sort();
  return series.map((points) => {
    const out: Point[] = [];
    let i = 0;
    let last: Point | undefined;
    for (const period of periods) {
      while (i < points.length && points[i]!.period <= period) last = points[i++];
      if (last) out.push({ period, value: last.value });
    }
    return out;
  });
}

/** The province figure of a commune indicator, combined from its communes' series. */
function rollUpCommunes(indicator: Indicator, communes: readonly UnitProgress[]): RollupPoint[] {
  const progress = communes.map((c) => c.indicators.find((p) => p.indicator.id === indicator.id));
  const series = progress.map((p) => (p ? (judgedSeries(p) as Observation[]) : []));
  return rollUp(
    indicator.rollup,
    indicator.kind === 'milestone' ? carryForward(series) : series,
    (i, value) => {
      const target = progress[i]?.targets.at(-1);
      if (indicator.kind === 'milestone') return value >= 1;
      return target !== undefined && value >= target.value;
    },
  );
}

interface Indexes extends ProgressContext {
  declaredRegime: ModelInputs['dataset']['reporting'];
  plans: readonly ModelInputs['plans'][number][];
  indicators: readonly Indicator[];
  units: ReadonlyMap<string, Unit>;
  series: Map<string, Map<string, Series>>;
  reportDates: Map<string, Map<string, string>>;
  lastReport: Map<string, string>;
  communesOf: Map<string, Unit[]>;
  tasksOf: Map<string, ModelInputs['tasks'][number][]>;
}

/** One unit's progress on every indicator that applies to it; a province also rolls up its communes. */
function unitProgress(unit: Unit, communes: readonly UnitProgress[], ix: Indexes): UnitProgress {
  const regime = resolveRegime(unit, ix.plansByUnit, ix.declaredRegime);
  const firsts = ix.reportDates.get(unit.code) ?? new Map<string, string>();
  const reports = monthlyReports(firsts, FIRST_PERIOD, ix.asOf, regime);
  const indicators: IndicatorProgress[] = [];
  for (const indicator of ix.indicators) {
    // Without a regime that sets deadlines, timeliness is not judged: the indicator does not exist.
    if (indicator.derived && !hasDeadlines(regime)) continue;
    const applies =
      indicator.levels.includes(unit.level) ||
      (indicator.planLevels.includes(unit.level) && plansTarget(ix.plans, unit, indicator.id));
    const rollsUp =
      unit.level === 'province' &&
      indicator.rollup !== 'none' &&
      indicator.levels.includes('commune');
    if (!applies && !rollsUp) continue;
    const own = ix.series.get(unit.code)?.get(indicator.id);
    const rollup = rollsUp ? rollUpCommunes(indicator, communes) : [];
    const derived: SeriesPoint[] =
      indicator.derived === 'reporting-timeliness' ? timelinessSeries(reports) : [];
    indicators.push(judgeIndicator(unit, indicator, { own, rollup, derived }, ix));
  }
  const progress: UnitProgress = {
    unit,
    communes: ix.communesOf.get(unit.code) ?? [],
    indicators,
    counts: countStatuses(indicators, (p) => p.headline.status),
    regime,
    reports,
    tasks: ix.tasksOf.get(unit.code) ?? [],
    plans: ix.plansByUnit.get(unit.code) ?? [],
  };
  if (unit.parent) progress.province = ix.units.get(unit.parent)!;
  const last = ix.lastReport.get(unit.code);
  if (last) progress.lastReport = last;
  return progress;
}

function indexInputs(inputs: ModelInputs): Indexes {
  const { byUnit: plansByUnit, national } = indexPlans(inputs.plans);
  return {
    asOf: inputs.dataset.publishedAt,
    declaredRegime: inputs.dataset.reporting,
    plans: inputs.plans,
    plansByUnit,
    national,
    indicators: [...inputs.indicators].sort(
      (a, b) => a.order - b.order || a.id.localeCompare(b.id),
    ),
    units: new Map(inputs.units.map((u) => [u.code, u])),
    series: buildSeries(inputs.observations),
    reportDates: firstReports(inputs.observations),
    lastReport: lastReports(inputs.observations),
    communesOf: communesByProvince(inputs.units),
    tasksOf: Map.groupBy(inputs.tasks, (t) => t.unit),
  };
}

/** Each unit's tasks, linked to the indicator measuring the same thing; every task, in input order. */
function linkTasks(progress: Map<string, UnitProgress>): ModelInputs['tasks'][number][] {
  const out: ModelInputs['tasks'][number][] = [];
  for (const p of progress.values()) {
    p.tasks = p.tasks.map((t) =>
      linkTask(
        t,
        t.indicator ? p.indicators.find((i) => i.indicator.id === t.indicator) : undefined,
      ),
    );
    for (const t of p.tasks) out.push(t);
  }
  return out;
}

/** validated inputs → the one in-memory model every view, chart, card and download renders from. */
export function buildModel(inputs: ModelInputs, diagnostics: readonly Diagnostic[] = []): Model {
  const ix = indexInputs(inputs);
  const provinces = inputs.units
    .filter((u) => u.level === 'province')
    .sort((a, b) => a.code.localeCompare(b.code));
  const progress = new Map<string, UnitProgress>();
  const totals = emptyCounts();
  for (const province of provinces) {
    const communes = (ix.communesOf.get(province.code) ?? []).map((c) => unitProgress(c, [], ix));
    comparePeers(communes);
    const all = [...communes, unitProgress(province, communes, ix)];
    for (const p of all) {
      progress.set(p.unit.code, p);
      for (const i of p.indicators) totals[i.headline.status]++;
    }
  }
  const tasks = linkTasks(progress);
  return {
    dataset: inputs.dataset,
    asOf: ix.asOf,
    indicators: [...ix.indicators],
    plans: [...inputs.plans],
    provinces,
    units: new Map(ix.units),
    progress,
    tasks,
    diagnostics: [...diagnostics],
    totals: { observations: inputs.observations.length, counts: totals },
  };
}
