import type { Plan, ReportingKind } from '../schema/plan.ts';
import type { Unit } from '../schema/unit.ts';
import { nextPeriod, periodEnd, periodsBetween } from '../util/calendar.ts';
import type { PlansByUnit } from './targets.ts';

/** The reporting regime a unit is judged by, with the plan it comes from. */
export interface Regime {
  kind: ReportingKind;
  /** The day reports must arrive before (a report dated on it is late). */
  before: number;
  /** Quarterly: the year-end report arrives before this day each year, "MM-DD". */
  yearEnd?: string;
  origin: 'unit-plan' | 'province-plan' | 'national';
  plan?: { id: string; number: string; date: string };
  section?: string;
  note?: string;
}

/**
 * The site's default for units whose plans set no regime: a month's figures arrive before the
 * 20th of the following month (the rule the seed plans use for units reporting upward).
 */
export const NATIONAL_REGIME: Regime = { kind: 'monthly', before: 20, origin: 'national' };

/** True when the regime sets deadlines (everything but "periodic or on request"). */
export const hasDeadlines = (regime: Regime): boolean => regime.kind !== 'on-request';

export type ReportState = 'on-time' | 'late' | 'missing' | 'no-deadline';

export type MonthReport = {
  period: string;
  /**
   * The last day a report for this month counts as on time ("before the 20th" → the 19th).
   * Absent when the unit's regime sets no deadline (state "no-deadline").
   */
  due?: string;
  /** "no-deadline": nothing is judged; `firstReport` says whether a report came. */
  state: ReportState;
  firstReport?: string;
};

const pad = (n: number) => String(n).padStart(2, '0');
const dayBefore = (period: string, day: number) => `${period}-${pad(day - 1)}`;

/** Every quarterly (and year-end) deadline, as last on-time days, from `year` on, sorted. */
function quarterlyDeadlines(regime: Regime, year: number): string[] {
  const out: string[] = [];
  for (let y = year; y <= year + 2; y++) {
    for (const m of ['03', '06', '09', '12']) out.push(dayBefore(`${y}-${m}`, regime.before));
    if (regime.yearEnd) {
      const [m, d] = regime.yearEnd.split('-').map(Number) as [number, number];
      out.push(dayBefore(`${y}-${pad(m)}`, d));
    }
  }
  return out.sort();
}

/**
 * Last day on time for a month's report under a regime, or undefined when it sets none.
 * Monthly: the day before `before` of the following month. Quarterly: the first quarterly or
 * year-end deadline after the month ends and not before the plan was issued.
 */
export function dueDate(period: string, regime: Regime): string | undefined {
  if (regime.kind === 'on-request') return undefined;
  if (regime.kind !== 'quarterly') return dayBefore(nextPeriod(period), regime.before);
  const end = periodEnd(period);
  const from = regime.plan?.date ?? '';
  return quarterlyDeadlines(regime, Number(period.slice(0, 4))).find((d) => d > end && d >= from);
}

/** The regime a plan sets for its own unit, or for each commune under it. */
export function planRegime(plan: Plan, appliesTo: 'unit' | 'communes'): Regime | undefined {
  const r = plan.reporting.find((x) => x.appliesTo === appliesTo);
  if (!r) return undefined;
  return {
    kind: r.kind,
    // A plan that sets weekly and monthly reports without a day: the default day applies.
    before: r.before ?? NATIONAL_REGIME.before,
    ...(r.yearEnd ? { yearEnd: r.yearEnd } : {}),
    origin: appliesTo === 'unit' ? 'unit-plan' : 'province-plan',
    plan: { id: plan.id, number: plan.number, date: plan.date },
    section: r.section,
    ...(r.note ? { note: r.note } : {}),
  };
}

const latestFirst = (plans: readonly Plan[]) =>
  [...plans].sort((a, b) => b.date.localeCompare(a.date));

/** A unit's regime: its own plan's, else its province's plan's for communes, else the default. */
export function resolveRegime(unit: Unit, plans: PlansByUnit): Regime {
  for (const plan of latestFirst(plans.get(unit.code) ?? [])) {
    const own = planRegime(plan, 'unit');
    if (own) return own;
  }
  for (const plan of latestFirst(unit.parent ? (plans.get(unit.parent) ?? []) : [])) {
    const inherited = planRegime(plan, 'communes');
    if (inherited) return inherited;
  }
  return NATIONAL_REGIME;
}

/**
 * For each month from `from` whose deadline has passed by `asOf` (or, without deadlines, whose
 * month has ended): was the unit's first report for that month on time, late, or missing?
 * `firstReports` maps period → earliest report date.
 */
export function monthlyReports(
  firstReports: ReadonlyMap<string, string>,
  from: string,
  asOf: string,
  regime: Regime = NATIONAL_REGIME,
): MonthReport[] {
  const out: MonthReport[] = [];
  for (const period of periodsBetween(from, asOf.slice(0, 7))) {
    const first = firstReports.get(period);
    const received = first ? { firstReport: first } : {};
    const due = dueDate(period, regime);
    if (!hasDeadlines(regime)) {
      if (periodEnd(period) < asOf) out.push({ period, state: 'no-deadline', ...received });
      continue;
    }
    if (!due || due >= asOf) continue;
    const state = !first ? 'missing' : first <= due ? 'on-time' : 'late';
    out.push({ period, due, state, ...received });
  }
  return out;
}

/** Cumulative share of months reported on time, month by month: the derived indicator's series. */
export function timelinessSeries(
  reports: readonly MonthReport[],
): { period: string; value: number }[] {
  let onTime = 0;
  let judged = 0;
  const out: { period: string; value: number }[] = [];
  for (const r of reports) {
    if (r.state === 'no-deadline') continue;
    judged++;
    if (r.state === 'on-time') onTime++;
    out.push({ period: r.period, value: Math.round((onTime / judged) * 1000) / 10 });
  }
  return out;
}
