import type { Observation } from '../schema/observation.ts';

/** A unit's reports on one indicator. */
export interface Series {
  /** The latest report of each month, by period: the figures the site shows and judges. */
  points: Observation[];
  /** Period → the earlier reports of that month it replaced, oldest first (revised months only). */
  revised: Map<string, Observation[]>;
}

const byReport = (a: Observation, b: Observation) =>
  a.indicator.localeCompare(b.indicator) ||
  a.period.localeCompare(b.period) ||
  a.reportedAt.localeCompare(b.reportedAt) ||
  a.from.row - b.from.row;

/** One unit's observations as series by indicator; the latest report of a month wins. */
function unitSeries(observations: Observation[]): Map<string, Series> {
  observations.sort(byReport);
  const out = new Map<string, Series>();
  let start = 0;
  for (let i = 0; i < observations.length; i++) {
    const o = observations[i]!;
    const next = observations[i + 1];
    if (next && next.indicator === o.indicator && next.period === o.period) continue;
    // observations[start..i] are the reports of one month, oldest first: the last one counts.
    let series = out.get(o.indicator);
    if (!series) out.set(o.indicator, (series = { points: [], revised: new Map() }));
    series.points.push(o);
    if (start < i) series.revised.set(o.period, observations.slice(start, i));
    start = i + 1;
  }
  return out;
}

/**
 * Groups observations by unit, then indicator, into monthly series. The observations
 * themselves are the points (nothing is copied: at a million rows a copy was a quarter of the
 * build's memory).
 */
export function buildSeries(
  observations: readonly Observation[],
): Map<string, Map<string, Series>> {
  const out = new Map<string, Map<string, Series>>();
  for (const [unit, list] of Map.groupBy(observations, (o) => o.unit))
    out.set(unit, unitSeries(list));
  return out;
}

/**
 * Unit code → period → the earliest date the unit reported anything for that period. Baseline
 * rows are evidence, not monthly reports: they do not count.
 */
export function firstReports(
  observations: readonly Observation[],
): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  for (const o of observations) {
    if (o.baseline) continue;
    let m = out.get(o.unit);
    if (!m) out.set(o.unit, (m = new Map()));
    const prev = m.get(o.period);
    if (!prev || o.reportedAt < prev) m.set(o.period, o.reportedAt);
  }
  return out;
}

/** Unit code → the latest date it reported anything (revisions included, baseline rows not). */
export function lastReports(observations: readonly Observation[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const o of observations) {
    if (o.baseline) continue;
    const prev = out.get(o.unit);
    if (!prev || o.reportedAt > prev) out.set(o.unit, o.reportedAt);
  }
  return out;
}
