import { statuses, type Status } from './status.ts';
import type { StatusCounts } from './types.ts';

export const emptyCounts = (): StatusCounts =>
  Object.fromEntries(statuses.map((s) => [s, 0])) as StatusCounts;

/** Adds up status counts, e.g. of a province and all its communes. */
export function sumCounts(list: readonly StatusCounts[]): StatusCounts {
  const out = emptyCounts();
  for (const counts of list) for (const s of statuses) out[s] += counts[s];
  return out;
}

/** Counts how many of `items` have each status. */
export function countStatuses<T>(items: readonly T[], statusOf: (item: T) => Status): StatusCounts {
  const out = emptyCounts();
  for (const item of items) out[statusOf(item)]++;
  return out;
}

/** Share of judged targets met: every status counts except "no target". */
export function metShare(counts: StatusCounts): { met: number; judged: number; share: number } {
  const judged = statuses.reduce((a, s) => (s === 'no-target' ? a : a + counts[s]), 0);
  const met = counts['met-on-time'] + counts['met-late'];
  return { met, judged, share: judged > 0 ? (100 * met) / judged : 0 };
}

/** Targets behind: missed, off track or at risk. */
export const behindCount = (c: StatusCounts): number => c['off-track'] + c['at-risk'];
export const metCount = (c: StatusCounts): number => c['met-on-time'] + c['met-late'];

/** Median of numbers (the mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
