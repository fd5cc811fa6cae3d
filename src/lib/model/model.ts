import type { Diagnostic } from '../ingest/diagnostics/diagnostic.ts';
import type { Dataset } from '../schema/dataset.ts';
import type { Indicator } from '../schema/indicator.ts';
import type { Observation } from '../schema/observation.ts';
import type { Plan } from '../schema/plan.ts';
import type { Task } from '../schema/task.ts';
import type { Unit } from '../schema/unit.ts';
import { differs, rollUp, type RollupPoint } from './rollup.ts';
import { median } from './summary.ts';
import { buildSeries, type Point } from './series.ts';
import { evaluate, statuses, type Evaluation, type SeriesPoint, type Status } from './status.ts';
import { indexPlans, resolveTargets, type ResolvedTarget } from './targets.ts';
import { monthlyReports, timelinessSeries, type MonthReport } from './timeliness.ts';

/** Reporting under Plan 02 starts with the first month of two-tier government. */
export const FIRST_PERIOD = '2025-07';

export interface Cell {
  indicator: Indicator;
  /** Values the unit reported itself (after revisions). */
  own: Point[];
  /** Province only: the figure combined from its communes. */
  rollup: RollupPoint[];
  /** Derived indicators (report timeliness): values computed from report dates. */
  derived: SeriesPoint[];
  /** Which series the status is judged on. */
  basis: 'own' | 'rollup' | 'derived' | 'none';
  targets: ResolvedTarget[];
  evaluations: Evaluation[];
  /** The phase that matters now: the next deadline not yet passed, else the last one. */
  headline: { status: Status; target?: ResolvedTarget; evaluation?: Evaluation };
  /** Province reports its own figure and it differs from the communes' roll-up. */
  rollupDiffers: boolean;
  /** Communes: where the latest own value stands among the province's communes (rank 1 = best). */
  peer?: { median: number; rank: number; of: number };
}

export interface UnitView {
  unit: Unit;
  province?: Unit;
  communes: Unit[];
  cells: Cell[];
  counts: Record<Status, number>;
  reports: MonthReport[];
  tasks: Task[];
  plans: Plan[];
}

export interface Model {
  dataset: Dataset;
  asOf: string;
  indicators: Indicator[];
  plans: Plan[];
  provinces: Unit[];
  units: Map<string, Unit>;
  views: Map<string, UnitView>;
  tasks: Task[];
  /** Every validation issue of this build: warnings, and rejected rows when valid rows are published. */
  diagnostics: Diagnostic[];
  totals: { observations: number; counts: Record<Status, number> };
}

export interface ModelInputs {
  dataset: Dataset;
  units: readonly Unit[];
  indicators: readonly Indicator[];
  plans: readonly Plan[];
  observations: readonly Observation[];
  tasks: readonly Task[];
}

export const emptyCounts = (): Record<Status, number> =>
  Object.fromEntries(statuses.map((s) => [s, 0])) as Record<Status, number>;

/** Adds up status counts, e.g. of a province and all its communes. */
export function sumCounts(list: readonly Record<Status, number>[]): Record<Status, number> {
  const out = emptyCounts();
  for (const counts of list) for (const s of statuses) out[s] += counts[s];
  return out;
}

function seriesFor(cell: Pick<Cell, 'basis' | 'own' | 'rollup' | 'derived'>): SeriesPoint[] {
  return cell.basis === 'own' ? cell.own : cell.basis === 'rollup' ? cell.rollup : cell.derived;
}

function headlineOf(
  targets: ResolvedTarget[],
  evaluations: Evaluation[],
  asOf: string,
  hasData: boolean,
): Cell['headline'] {
  if (targets.length === 0) return { status: hasData ? 'no-target' : 'no-data' };
  let i = targets.findIndex((t) => t.deadline >= asOf);
  if (i < 0) i = targets.length - 1;
  // A missed earlier phase outranks a later one still running: supervisors must see it.
  const missed = evaluations.findIndex((e, j) => j < i && e.status === 'missed');
  if (missed >= 0) i = missed;
  return { status: evaluations[i]!.status, target: targets[i]!, evaluation: evaluations[i]! };
}

/** Sets each commune cell's standing among the communes of its province that reported the indicator. */
function comparePeers(communeViews: readonly UnitView[]): void {
  const byIndicator = new Map<string, { cell: Cell; value: number }[]>();
  for (const v of communeViews)
    for (const cell of v.cells) {
      const last = cell.own[cell.own.length - 1];
      if (!last || cell.indicator.kind === 'milestone') continue;
      const list = byIndicator.get(cell.indicator.id);
      if (list) list.push({ cell, value: last.value });
      else byIndicator.set(cell.indicator.id, [{ cell, value: last.value }]);
    }
  for (const list of byIndicator.values()) {
    if (list.length < 2) continue;
    const mid = median(list.map((x) => x.value))!;
    const up = list[0]!.cell.indicator.direction === 'increase';
    for (const x of list) {
      const better = list.filter((y) => (up ? y.value > x.value : y.value < x.value)).length;
      x.cell.peer = { median: mid, rank: better + 1, of: list.length };
    }
  }
}

/** validated inputs → the one in-memory model every page, chart, card and download renders from. */
export function buildModel(inputs: ModelInputs, diagnostics: readonly Diagnostic[] = []): Model {
  const { dataset } = inputs;
  const asOf = dataset.publishedAt;
  const indicators = [...inputs.indicators].sort(
    (a, b) => a.order - b.order || a.id.localeCompare(b.id),
  );
  const units = new Map(inputs.units.map((u) => [u.code, u]));
  const { byUnit: plansByUnit, national } = indexPlans(inputs.plans);
  const series = buildSeries(inputs.observations);
  const nameSort = (a: Unit, b: Unit) => a.name.localeCompare(b.name, 'vi');
  const provinces = inputs.units
    .filter((u) => u.level === 'province')
    .sort((a, b) => a.code.localeCompare(b.code));
  const communesOf = new Map<string, Unit[]>();
  for (const u of inputs.units)
    if (u.parent) communesOf.set(u.parent, [...(communesOf.get(u.parent) ?? []), u]);
  for (const list of communesOf.values()) list.sort(nameSort);

  const tasksOf = new Map<string, Task[]>();
  for (const t of inputs.tasks) tasksOf.set(t.unit, [...(tasksOf.get(t.unit) ?? []), t]);

  const firstReports = new Map<string, Map<string, string>>();
  for (const o of inputs.observations) {
    let m = firstReports.get(o.unit);
    if (!m) firstReports.set(o.unit, (m = new Map()));
    const prev = m.get(o.period);
    if (!prev || o.reportedAt < prev) m.set(o.period, o.reportedAt);
  }

  const views = new Map<string, UnitView>();
  const totals = emptyCounts();

  const makeCell = (
    unit: Unit,
    indicator: Indicator,
    rollup: RollupPoint[],
    derived: SeriesPoint[],
  ): Cell => {
    const own = series.get(unit.code)?.get(indicator.id) ?? [];
    const basis: Cell['basis'] = indicator.derived
      ? 'derived'
      : own.length > 0
        ? 'own'
        : rollup.length > 0
          ? 'rollup'
          : 'none';
    let targets = resolveTargets(unit, indicator, plansByUnit, national);
    // A commune milestone rolled up to a province becomes "100 % of communes by the deadline".
    if (basis === 'rollup' && indicator.kind === 'milestone')
      targets = targets.map((t) => ({ ...t, value: 100 }));
    const points = seriesFor({ basis, own, rollup, derived });
    const milestone = indicator.kind === 'milestone' && basis === 'own';
    const evaluations = targets.map((t) =>
      evaluate(
        points,
        { value: t.value, deadline: t.deadline, direction: indicator.direction, milestone },
        asOf,
      ),
    );
    const lastOwn = own[own.length - 1];
    const lastRolled = rollup.find((r) => r.period === lastOwn?.period);
    return {
      indicator,
      own,
      rollup,
      derived,
      basis,
      targets,
      evaluations,
      headline: headlineOf(targets, evaluations, asOf, points.length > 0),
      rollupDiffers: !!lastOwn && !!lastRolled && differs(lastOwn.value, lastRolled.value),
    };
  };

  const viewOf = (unit: Unit, communeViews: UnitView[]): UnitView => {
    const reports = monthlyReports(firstReports.get(unit.code) ?? new Map(), FIRST_PERIOD, asOf);
    const cells: Cell[] = [];
    for (const indicator of indicators) {
      const applies = indicator.levels.includes(unit.level);
      const rollsUp =
        unit.level === 'province' &&
        indicator.rollup !== 'none' &&
        indicator.levels.includes('commune');
      if (!applies && !rollsUp) continue;
      let rollup: RollupPoint[] = [];
      if (rollsUp) {
        const communeCells = communeViews.map((v) =>
          v.cells.find((c) => c.indicator.id === indicator.id),
        );
        rollup = rollUp(
          indicator.rollup,
          communeCells.map((c) => (c ? (seriesFor(c) as Point[]) : [])),
          (i, value) => {
            const target = communeCells[i]?.targets.at(-1);
            return indicator.kind === 'milestone'
              ? value >= 1
              : target !== undefined && value >= target.value;
          },
        );
      }
      const derived = indicator.derived === 'reporting-timeliness' ? timelinessSeries(reports) : [];
      cells.push(makeCell(unit, indicator, rollup, derived));
    }
    const counts = emptyCounts();
    for (const c of cells) {
      counts[c.headline.status]++;
      totals[c.headline.status]++;
    }
    const view: UnitView = {
      unit,
      communes: communesOf.get(unit.code) ?? [],
      cells,
      counts,
      reports,
      tasks: tasksOf.get(unit.code) ?? [],
      plans: plansByUnit.get(unit.code) ? [...plansByUnit.get(unit.code)!] : [],
    };
    if (unit.parent) view.province = units.get(unit.parent)!;
    return view;
  };

  for (const province of provinces) {
    const communeViews = (communesOf.get(province.code) ?? []).map((c) => viewOf(c, []));
    comparePeers(communeViews);
    for (const v of communeViews) views.set(v.unit.code, v);
    views.set(province.code, viewOf(province, communeViews));
  }

  return {
    dataset,
    asOf,
    indicators,
    plans: [...inputs.plans],
    provinces,
    units,
    views,
    tasks: [...inputs.tasks],
    diagnostics: [...diagnostics],
    totals: { observations: inputs.observations.length, counts: totals },
  };
}
