import { median } from './counts.ts';
import type { IndicatorProgress, UnitProgress } from './types.ts';

/** Sets each commune's standing among the communes of its province that reported the indicator. */
export function comparePeers(communes: readonly UnitProgress[]): void {
  const byIndicator = new Map<string, { progress: IndicatorProgress; value: number }[]>();
  for (const c of communes)
    for (const progress of c.indicators) {
      const last = progress.own.at(-1);
      if (!last || progress.indicator.kind === 'milestone') continue;
      const list = byIndicator.get(progress.indicator.id);
      if (list) list.push({ progress, value: last.value });
      else byIndicator.set(progress.indicator.id, [{ progress, value: last.value }]);
    }
  for (const list of byIndicator.values()) {
    if (list.length < 2) continue;
    const mid = median(list.map((x) => x.value))!;
    const up = list[0]!.progress.indicator.direction === 'increase';
    for (const x of list) {
      const better = list.filter((y) => (up ? y.value > x.value : y.value < x.value)).length;
      x.progress.peer = { median: mid, rank: better + 1, of: list.length };
    }
  }
}
