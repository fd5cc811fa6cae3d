import { nextPeriod, periodsBetween } from '../util/calendar.ts';

/** Plan 02: a month's figures are due by the 20th of the following month. */
export const REPORT_DAY = 20;

export type MonthReport = {
  period: string;
  due: string;
  state: 'on-time' | 'late' | 'missing';
  firstReport?: string;
};

/** Due date of a period's report: "2025-07" → "2025-08-20". */
export const reportDue = (period: string): string => `${nextPeriod(period)}-${REPORT_DAY}`;

/**
 * For each month from `from` whose report was due by `asOf`: was the unit's first report for
 * that month on time, late, or missing? `firstReports` maps period → earliest report date.
 */
export function monthlyReports(
  firstReports: ReadonlyMap<string, string>,
  from: string,
  asOf: string,
): MonthReport[] {
  return periodsBetween(from, asOf.slice(0, 7))
    .filter((p) => reportDue(p) <= asOf)
    .map((period) => {
      const due = reportDue(period);
      const first = firstReports.get(period);
      if (!first) return { period, due, state: 'missing' as const };
      return {
        period,
        due,
        state: first <= due ? ('on-time' as const) : ('late' as const),
        firstReport: first,
      };
    });
}

/** Cumulative share of months reported on time, month by month: the derived indicator's series. */
export function timelinessSeries(
  reports: readonly MonthReport[],
): { period: string; value: number }[] {
  let onTime = 0;
  return reports.map((r, i) => {
    if (r.state === 'on-time') onTime++;
    return { period: r.period, value: Math.round((onTime / (i + 1)) * 1000) / 10 };
  });
}
