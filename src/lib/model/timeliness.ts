import type { DeclaredRegime } from '../schema/dataset.ts';
import type { Plan, ReportingKind } from '../schema/plan.ts';
import type { Unit } from '../schema/unit.ts';
import { nextPeriod, periodEnd, periodsBetween } from '../util/calendar.ts';
import type { PlansByUnit } from './targets.ts';

/** The reporting regime a unit is judged by, with the document it comes from. */
export interface Regime {
  /** `none`: no binding document states a regime for the unit. */
  kind: ReportingKind | 'none';
  /** The day reports must arrive before (a report dated on it is late); absent: no day stated. */
  before?: number;
  /** Quarterly: the year-end report arrives before this day each year, "MM-DD". */
  yearEnd?: string;
  /** The unit's own plan, its province's plan for communes, or the publisher's declaration. */
  origin: 'unit-plan' | 'province-plan' | 'publisher' | 'none';
  /** The document: a plan (with its page), or the publisher's declared document. */
  plan?: { id?: string; number: string; date: string };
  section?: string;
  note?: string;
}

/** No binding document states a regime: reports are listed, never judged on time. */
export const NO_REGIME: Regime = { kind: 'none', origin: 'none' };

/**
 * True when the regime sets deadlines: monthly or quarterly with a stated day. Periodic reports
 * with no day ("weekly and monthly", "on request") and no regime at all set none.
 */
export const hasDeadlines = (regime: Regime): boolean =>
  (regime.kind === 'monthly' || regime.kind === 'quarterly') && regime.before !== undefined;

/**
 * A month's report: judged on time, late or missing under a regime with deadlines; otherwise
 * only received (`no-deadline`) or not received (`not-received`), never judged.
 */
export type ReportState = 'on-time' | 'late' | 'missing' | 'no-deadline' | 'not-received';

export type MonthReport = {
  period: string;
  /**
   * The last day a report for this month counts as on time ("before the 20th" → the 19th).
   * Absent when the unit's regime sets no deadline (state "no-deadline").
   */
  due?: string;
  state: ReportState;
  firstReport?: string;
};

const pad = (n: number) => String(n).padStart(2, '0');
const dayBefore = (period: string, day: number) => `${period}-${pad(day - 1)}`;

/** True when a month's report is not judged: no deadline, or one that falls before the document. */
const undated = (due: string | undefined, regime: Regime): boolean =>
  !due || (regime.plan !== undefined && due < regime.plan.date);

/** Every quarterly (and year-end) deadline, as last on-time days, from `year` on, sorted. */
function quarterlyDeadlines(regime: Regime, year: number): string[] {
  const out: string[] = [];
  for (let y = year; y <= year + 2; y++) {
    for (const m of ['03', '06', '09', '12']) out.push(dayBefore(`${y}-${m}`, regime.before!));
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
  if (!hasDeadlines(regime)) return undefined;
  if (regime.kind !== 'quarterly') return dayBefore(nextPeriod(period), regime.before!);
  const end = periodEnd(period);
  const from = regime.plan?.date ?? '';
  return quarterlyDeadlines(regime, Number(period.slice(0, 4))).find((d) => d > end && d >= from);
}

/** The regime a plan sets for its own unit, or for each commune under it, from the plan's date. */
export function planRegime(plan: Plan, appliesTo: 'unit' | 'communes'): Regime | undefined {
  const r = plan.reporting.find((x) => x.appliesTo === appliesTo);
  if (!r) return undefined;
  return {
    kind: r.kind,
    ...(r.before !== undefined ? { before: r.before } : {}),
    ...(r.yearEnd ? { yearEnd: r.yearEnd } : {}),
    origin: appliesTo === 'unit' ? 'unit-plan' : 'province-plan',
    plan: { id: plan.id, number: plan.number, date: plan.date },
    section: r.section,
    ...(r.note ? { note: r.note } : {}),
  };
}

/** The regime a publisher declares in dataset.json, where it covers the unit's level. */
function declaredRegime(unit: Unit, declared: DeclaredRegime | undefined): Regime | undefined {
  if (!declared || !declared.levels.includes(unit.level)) return undefined;
  return {
    kind: declared.kind,
    ...(declared.before !== undefined ? { before: declared.before } : {}),
    ...(declared.yearEnd ? { yearEnd: declared.yearEnd } : {}),
    origin: 'publisher',
    plan: { number: declared.document, date: declared.date },
    section: declared.section,
    ...(declared.note ? { note: declared.note } : {}),
  };
}

const latestFirst = (plans: readonly Plan[]) =>
  [...plans].sort((a, b) => b.date.localeCompare(a.date));

/**
 * A unit's regime: its own plan's, else its province's plan's for communes, else the one the
 * publisher declares for its units, else none (never a guessed default).
 */
export function resolveRegime(unit: Unit, plans: PlansByUnit, declared?: DeclaredRegime): Regime {
  for (const plan of latestFirst(plans.get(unit.code) ?? [])) {
    const own = planRegime(plan, 'unit');
    if (own) return own;
  }
  for (const plan of latestFirst(unit.parent ? (plans.get(unit.parent) ?? []) : [])) {
    const inherited = planRegime(plan, 'communes');
    if (inherited) return inherited;
  }
  return declaredRegime(unit, declared) ?? NO_REGIME;
}

/**
 * For each month from `from` whose deadline has passed by `asOf` (or, when it is not judged,
 * whose month has ended): was the unit's first report for that month on time, late, or missing?
 * A month is not judged without a deadline, or when its deadline falls before the document that
 * sets the regime was issued. `firstReports` maps period → earliest report date.
 */
export function monthlyReports(
  firstReports: ReadonlyMap<string, string>,
  from: string,
  asOf: string,
  regime: Regime = NO_REGIME,
): MonthReport[] {
  const out: MonthReport[] = [];
  for (const period of periodsBetween(from, asOf.slice(0, 7))) {
    const first = firstReports.get(period);
    const received = first ? { firstReport: first } : {};
    const due = dueDate(period, regime);
    if (undated(due, regime)) {
      if (periodEnd(period) < asOf)
        out.push({ period, state: first ? 'no-deadline' : 'not-received', ...received });
      continue;
    }
    if (due! >= asOf) continue;
    const state = !first ? 'missing' : first <= due! ? 'on-time' : 'late';
    out.push({ period, due: due!, state, ...received });
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
    if (r.due === undefined) continue;
    judged++;
    if (r.state === 'on-time') onTime++;
    out.push({ period: r.period, value: Math.round((onTime / judged) * 1000) / 10 });
  }
  return out;
}
