import { statuses, type Status } from './status.ts';
import type { StatusCounts, UnitProgress } from './types.ts';

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

/**
 * The statuses that count as "met" in every figure of the site: the latest value meets the
 * target (on time, late, or timing not known). "No longer met" is not met.
 */
export const MET_STATUSES = ['met-on-time', 'met-late', 'met-timing-unknown'] as const;
export const isMet = (s: Status): boolean => (MET_STATUSES as readonly Status[]).includes(s);

export const metCount = (c: StatusCounts): number => MET_STATUSES.reduce((a, s) => a + c[s], 0);

/** Targets behind: off track or at risk. */
export const behindCount = (c: StatusCounts): number => c['off-track'] + c['at-risk'];

/**
 * Share of judged targets met: every indicator with a target counts (its headline phase), met or
 * not, reported or not; only "no target" is left out.
 */
export function metShare(counts: StatusCounts): { met: number; judged: number; share: number } {
  const judged = statuses.reduce((a, s) => (s === 'no-target' ? a : a + counts[s]), 0);
  const met = metCount(counts);
  return { met, judged, share: judged > 0 ? (100 * met) / judged : 0 };
}

/** A unit's one headline figure; `share` is absent when the unit has no data to judge. */
export interface Headline {
  met: number;
  judged: number;
  share?: number;
}

/** What the one headline figure counts, in the words every page, card and legend uses. */
export const HEADLINE_MEANS =
  'tỷ lệ chỉ tiêu đã đạt (số mới nhất đạt mục tiêu), trên các chỉ tiêu mà một văn bản ràng buộc đơn vị đặt mục tiêu';

/**
 * The same figure over a group of units (a province's communes): their targets counted
 * together; no figure when none of them has data to judge.
 */
export function groupHeadline(
  units: readonly Pick<UnitProgress, 'counts' | 'indicators'>[],
): Headline {
  const withData = units.filter((u) => unitHeadline(u).share !== undefined);
  const { met, judged, share } = metShare(sumCounts(withData.map((u) => u.counts)));
  return judged > 0 ? { met, judged, share } : { met, judged };
}

/**
 * The headline figure of a unit, the one the unit page, the home map, the share card, the embed
 * and the rankings all show: of the unit's indicators that have a target, the share whose
 * headline phase (the phase running now, or an earlier one missed) is met, on time or not. A unit
 * with no figure of its own and none from its communes has no data: never "0 %".
 */
export function unitHeadline(progress: Pick<UnitProgress, 'counts' | 'indicators'>): Headline {
  const { met, judged, share } = metShare(progress.counts);
  const evidence = progress.indicators.some((p) => p.basis === 'own' || p.basis === 'rollup');
  return evidence && judged > 0 ? { met, judged, share } : { met, judged };
}

/** Median of numbers (the mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
