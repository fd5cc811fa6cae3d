import type { Observation } from '../schema/observation.ts';

/** A month's value after revisions, with what it replaced. */
export interface Point {
  period: string;
  value: number;
  doneOn?: string;
  reportedAt: string;
  source: string;
  note?: string;
  numerator?: number;
  denominator?: number;
  from: Observation['from'];
  /** Earlier reports for the same month, oldest first. */
  revisions: { value: number; reportedAt: string; from: Observation['from'] }[];
}

/** Groups observations by unit, then indicator, into monthly series; the latest report of a month wins. */
export function buildSeries(
  observations: readonly Observation[],
): Map<string, Map<string, Point[]>> {
  const grouped = new Map<string, Map<string, Map<string, Observation[]>>>();
  for (const o of observations) {
    let byIndicator = grouped.get(o.unit);
    if (!byIndicator) grouped.set(o.unit, (byIndicator = new Map()));
    let byPeriod = byIndicator.get(o.indicator);
    if (!byPeriod) byIndicator.set(o.indicator, (byPeriod = new Map()));
    const list = byPeriod.get(o.period);
    if (list) list.push(o);
    else byPeriod.set(o.period, [o]);
  }
  const out = new Map<string, Map<string, Point[]>>();
  for (const [unit, byIndicator] of grouped) {
    const series = new Map<string, Point[]>();
    for (const [indicator, byPeriod] of byIndicator) {
      const points: Point[] = [];
      for (const [period, reports] of byPeriod) {
        reports.sort((a, b) => a.reportedAt.localeCompare(b.reportedAt) || a.from.row - b.from.row);
        const last = reports[reports.length - 1]!;
        points.push({
          period,
          value: last.value,
          reportedAt: last.reportedAt,
          source: last.source,
          from: last.from,
          revisions: reports
            .slice(0, -1)
            .map((r) => ({ value: r.value, reportedAt: r.reportedAt, from: r.from })),
          ...(last.doneOn ? { doneOn: last.doneOn } : {}),
          ...(last.note ? { note: last.note } : {}),
          ...(last.numerator !== undefined ? { numerator: last.numerator } : {}),
          ...(last.denominator !== undefined ? { denominator: last.denominator } : {}),
        });
      }
      points.sort((a, b) => a.period.localeCompare(b.period));
      series.set(indicator, points);
    }
    out.set(unit, series);
  }
  return out;
}

/** Unit code → period → the earliest date the unit reported anything for that period. */
export function firstReports(
  observations: readonly Observation[],
): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  for (const o of observations) {
    let m = out.get(o.unit);
    if (!m) out.set(o.unit, (m = new Map()));
    const prev = m.get(o.period);
    if (!prev || o.reportedAt < prev) m.set(o.period, o.reportedAt);
  }
  return out;
}
