import type { Indicator } from '../schema/indicator.ts';
import type { Unit } from '../schema/unit.ts';
import { differs, type RollupPoint } from './rollup.ts';
import type { Observation } from '../schema/observation.ts';
import type { Series } from './series.ts';
import { evaluate, type Evaluation, type SeriesPoint } from './status.ts';
import { resolveTargets, type PlansByUnit, type ResolvedTarget } from './targets.ts';
import type { IndicatorProgress, Model, UnitProgress } from './types.ts';
import type { Plan } from '../schema/plan.ts';
import { COMMUNES_FORMED } from '../util/calendar.ts';

/** The series a status is judged on: the unit's own values, its communes' roll-up, or the derived one. */
export function judgedSeries(
  p: Pick<IndicatorProgress, 'basis' | 'own' | 'rollup' | 'derived'>,
): SeriesPoint[] {
  return p.basis === 'own' ? p.own : p.basis === 'rollup' ? p.rollup : p.derived;
}

/** The latest point of the judged series, if any. */
export const latestPoint = (p: IndicatorProgress): SeriesPoint | undefined =>
  judgedSeries(p).at(-1);

/** A unit's progress; throws when the code is not in the model (a bug, not bad data). */
export function progressOf(model: Model, code: string): UnitProgress {
  const progress = model.progress.get(code);
  if (!progress) throw new Error(`no unit ${code} in the model`);
  return progress;
}

/** A unit's progress on one indicator, or undefined where the indicator does not apply. */
export const indicatorProgress = (
  progress: UnitProgress,
  indicatorId: string,
): IndicatorProgress | undefined => progress.indicators.find((p) => p.indicator.id === indicatorId);

/** The evaluation of one plan target (its phase) in a unit's progress on the indicator. */
export function planTargetEvaluation(
  p: IndicatorProgress | undefined,
  planId: string,
  target: { deadline: string; value: number },
): Evaluation | undefined {
  const i =
    p?.targets.findIndex(
      (t) => t.planId === planId && t.deadline === target.deadline && t.value === target.value,
    ) ?? -1;
  return i >= 0 ? p!.evaluations[i] : undefined;
}

/** A province and its communes, the province first. */
export const provinceAndCommunes = (model: Model, provinceCode: string): UnitProgress[] => {
  const province = progressOf(model, provinceCode);
  return [province, ...province.communes.map((c) => progressOf(model, c.code))];
};

function headlineOf(
  targets: ResolvedTarget[],
  evaluations: Evaluation[],
  asOf: string,
): IndicatorProgress['headline'] {
  // No binding target: values (if any) show with no status, and the headline leaves it out.
  if (targets.length === 0) return { status: 'no-target' };
  let i = targets.findIndex((t) => t.deadline >= asOf);
  if (i < 0) i = targets.length - 1;
  // A missed earlier phase outranks a later one still running: supervisors must see it.
  const missed = evaluations.findIndex((e, j) => j < i && e.status === 'missed');
  if (missed >= 0) i = missed;
  return { status: evaluations[i]!.status, target: targets[i]!, evaluation: evaluations[i]! };
}

const NO_REVISIONS: ReadonlyMap<string, readonly Observation[]> = new Map();

export interface ProgressContext {
  asOf: string;
  plansByUnit: PlansByUnit;
  national: Plan | undefined;
}

/** Judges one unit on one indicator from its own, rolled-up or derived series. */
export function judgeIndicator(
  unit: Unit,
  indicator: Indicator,
  series: { own: Series | undefined; rollup: RollupPoint[]; derived: SeriesPoint[] },
  ctx: ProgressContext,
): IndicatorProgress {
  const { rollup, derived } = series;
  const own: Observation[] = series.own?.points ?? [];
  const basis: IndicatorProgress['basis'] = indicator.derived
    ? 'derived'
    : own.length > 0
      ? 'own'
      : rollup.length > 0
        ? 'rollup'
        : 'none';
  let targets = resolveTargets(unit, indicator, ctx.plansByUnit, ctx.national);
  // A commune milestone rolled up to a province becomes "100 % of communes by the deadline".
  if (basis === 'rollup' && indicator.kind === 'milestone')
    targets = targets.map((t) => ({ ...t, value: 100 }));
  const points = judgedSeries({ basis, own, rollup, derived });
  const milestone = indicator.kind === 'milestone' && basis === 'own';
  const since = unit.level === 'commune' ? COMMUNES_FORMED : undefined;
  const evaluations = targets.map((t) =>
    evaluate(
      points,
      { value: t.value, deadline: t.deadline, direction: indicator.direction, milestone, since },
      ctx.asOf,
    ),
  );
  const lastOwn = own.at(-1);
  const lastRolled = rollup.find((r) => r.period === lastOwn?.period);
  return {
    indicator,
    own,
    revised: series.own?.revised ?? NO_REVISIONS,
    rollup,
    derived,
    basis,
    targets,
    evaluations,
    headline: headlineOf(targets, evaluations, ctx.asOf),
    rollupDiffers: !!lastOwn && !!lastRolled && differs(lastOwn.value, lastRolled.value),
  };
}
