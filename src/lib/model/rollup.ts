import type { Rollup } from '../schema/indicator.ts';
import type { Observation } from '../schema/observation.ts';

type Point = Pick<Observation, 'period' | 'value' | 'numerator' | 'denominator'>;

export interface RollupPoint {
  period: string;
  value: number;
  /** Communes with a value for the month, out of all communes of the province. */
  reporting: number;
  of: number;
}

/**
 * Combines communes' monthly values into a province figure by the indicator's rule:
 * `sum`; `weighted-mean` (Σ numerators / Σ denominators, else the plain mean); or
 * `share-meeting` (per cent of all communes meeting their target; a commune that did not
 * report counts as not meeting it).
 */
export function rollUp(
  rule: Rollup,
  communeSeries: readonly (readonly Point[])[],
  meets: (communeIndex: number, value: number) => boolean,
): RollupPoint[] {
  if (rule === 'none' || communeSeries.length === 0) return [];
  const of = communeSeries.length;
  const byPeriod = new Map<string, { index: number; point: Point }[]>();
  communeSeries.forEach((series, index) => {
    for (const point of series) {
      const list = byPeriod.get(point.period);
      if (list) list.push({ index, point });
      else byPeriod.set(point.period, [{ index, point }]);
    }
  });
  const out: RollupPoint[] = [];
  for (const period of [...byPeriod.keys()].sort()) {
    const items = byPeriod.get(period)!;
    let value: number;
    if (rule === 'sum') value = items.reduce((s, i) => s + i.point.value, 0);
    else if (rule === 'share-meeting')
      value = (100 * items.filter((i) => meets(i.index, i.point.value)).length) / of;
    else {
      const weighted = items.filter((i) => i.point.numerator !== undefined && i.point.denominator);
      value =
        weighted.length === items.length
          ? (100 * weighted.reduce((s, i) => s + i.point.numerator!, 0)) /
            weighted.reduce((s, i) => s + i.point.denominator!, 0)
          : items.reduce((s, i) => s + i.point.value, 0) / items.length;
    }
    out.push({ period, value: Math.round(value * 10) / 10, reporting: items.length, of });
  }
  return out;
}

/** True when a province's own figure and its communes' roll-up differ by more than 1 % of the larger. */
export function differs(own: number, rolled: number): boolean {
  return Math.abs(own - rolled) > 0.01 * Math.max(Math.abs(own), Math.abs(rolled), 1);
}
