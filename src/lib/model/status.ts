import { periodOf } from '../util/calendar.ts';

/**
 * Status of one target for one unit, judged as of the publication date. The method is
 * explained to the public on the methodology page; keep the two in step.
 */
export const statuses = [
  'met-on-time',
  'met-late',
  'met-timing-unknown',
  'no-longer-met',
  'on-track',
  'at-risk',
  'off-track',
  'missed',
  'pending',
  'no-data',
  'no-target',
] as const;
export type Status = (typeof statuses)[number];

export interface SeriesPoint {
  period: string;
  value: number;
  /** Milestones: the date it was done, when reported. */
  doneOn?: string | undefined;
}

export interface Goal {
  value: number;
  deadline: string;
  direction: 'increase' | 'decrease';
  milestone: boolean;
  /** The day the unit came into being (communes: 01/07/2025); a deadline before it is never "late". */
  since?: string | undefined;
}

export interface Evaluation {
  status: Status;
  /** The deadline fell before the unit existed: no timing can be judged. */
  beforeUnit?: true;
  /** Period (or milestone date) when the target was first met. */
  metAt?: string;
  /** Met at some time, but the latest value falls short again. */
  regressed: boolean;
  /** Linear projection to the deadline month, when one was made. */
  projected?: number;
  latest?: SeriesPoint;
}

/** How many recent months feed the trend used for projection. */
export const TREND_MONTHS = 6;
/** Projected share of the remaining gap that still counts as "at risk" rather than "off track". */
export const AT_RISK_SHARE = 0.8;

const monthIndex = (period: string): number => {
  const [y, m] = period.split('-').map(Number) as [number, number];
  return y * 12 + (m - 1);
};

/** Least-squares line through the last months, read at the deadline month. */
export function project(
  points: readonly SeriesPoint[],
  deadlinePeriod: string,
): number | undefined {
  const recent = points.slice(-TREND_MONTHS);
  if (recent.length < 2) return undefined;
  const xs = recent.map((p) => monthIndex(p.period));
  const ys = recent.map((p) => p.value);
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    sxx += (xs[i]! - mx) ** 2;
    sxy += (xs[i]! - mx) * (ys[i]! - my);
  }
  const slope = sxx === 0 ? 0 : sxy / sxx;
  return my + slope * (monthIndex(deadlinePeriod) - mx);
}

/**
 * A deadline that has passed, judged only on the evidence at the deadline: a milestone's
 * completion date, or the value of the month containing the deadline (an earlier value that
 * already meets the target also shows it met by then). Without that evidence, a later value
 * that meets the target is "met, timing not known", never "met late". See the methodology page.
 */
function judgePast(
  known: readonly SeriesPoint[],
  goal: Goal,
  meets: (p: SeriesPoint) => boolean,
): { status: Status; metAt?: SeriesPoint } {
  // Any report of a completion date settles a milestone.
  const dated = goal.milestone ? known.find((p) => meets(p) && p.doneOn) : undefined;
  if (dated)
    return dated.doneOn! <= goal.deadline
      ? { status: 'met-on-time' }
      : { status: 'met-late', metAt: dated };
  const deadlinePeriod = periodOf(goal.deadline);
  const at = known.find((p) => p.period === deadlinePeriod);
  const before = known.filter((p) => p.period < deadlinePeriod).at(-1);
  if (at ? meets(at) : before && meets(before)) return { status: 'met-on-time' };
  const later = known.find((p) => p.period > deadlinePeriod && meets(p));
  if (!later) return { status: 'missed' };
  return { status: at ? 'met-late' : 'met-timing-unknown', metAt: later };
}

/** When a point met the goal: a milestone's completion date, else its period. */
const whenMet = (p: SeriesPoint, goal: Goal): string =>
  goal.milestone && p.doneOn ? p.doneOn : p.period;

/**
 * One meaning of "met": the latest value meets the target. A passed deadline then says whether
 * it was met on time, late, or with timing not known; a target met once and now below is "no
 * longer met", never counted as met. A deadline before the unit existed is never "late".
 */
export function evaluate(points: readonly SeriesPoint[], goal: Goal, asOf: string): Evaluation {
  const known = points.filter((p) => p.period <= periodOf(asOf));
  const latest = known[known.length - 1];
  if (!latest) return { status: 'no-data', regressed: false };
  const meetsValue = (v: number) =>
    goal.direction === 'increase' ? v >= goal.value : v <= goal.value;
  const meets = (p: SeriesPoint) => meetsValue(p.value);
  const first = known.find(meets);
  const regressed = first !== undefined && !meets(latest);
  const base = { latest, regressed, ...(first ? { metAt: whenMet(first, goal) } : {}) };

  if (goal.deadline < asOf) {
    const beforeUnit = goal.since !== undefined && goal.deadline < goal.since;
    const judged: { status: Status; metAt?: SeriesPoint } = beforeUnit
      ? { status: first ? 'met-timing-unknown' : 'missed' }
      : judgePast(known, goal, meets);
    const status: Status = regressed ? 'no-longer-met' : judged.status;
    return {
      ...base,
      ...(judged.metAt ? { metAt: whenMet(judged.metAt, goal) } : {}),
      ...(beforeUnit ? { beforeUnit: true as const } : {}),
      status,
    };
  }
  if (meets(latest)) return { ...base, status: 'met-on-time' };
  if (goal.milestone) return { ...base, status: 'pending' };
  const deadlinePeriod = periodOf(goal.deadline);
  const projected = project(known, deadlinePeriod);
  if (projected === undefined) return { ...base, status: 'at-risk' };
  const start = known[0]!.value;
  const gap = goal.value - start;
  const progress = gap === 0 ? 1 : (projected - start) / gap;
  const status: Status = meetsValue(projected)
    ? 'on-track'
    : progress >= AT_RISK_SHARE
      ? 'at-risk'
      : 'off-track';
  return { ...base, projected, status };
}
