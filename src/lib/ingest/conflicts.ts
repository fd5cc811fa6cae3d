import type { Observation } from '../schema/observation.ts';
import { makeDiagnostic, type Diagnostic } from './diagnostics/diagnostic.ts';

/**
 * Across all files: the same unit, indicator, period and report date twice with different
 * values is a conflict (both rows named). A later report date is a revision, kept as history.
 */
export function findConflicts(observations: readonly Observation[]): {
  kept: Observation[];
  diagnostics: Diagnostic[];
} {
  // One small map per unit rather than one huge one: far cheaper at a million rows.
  const seen = new Map<string, Map<string, Observation>>();
  const kept: Observation[] = [];
  const diagnostics: Diagnostic[] = [];
  const rejected = new Set<Observation>();
  for (const o of observations) {
    let ofUnit = seen.get(o.unit);
    if (!ofUnit) seen.set(o.unit, (ofUnit = new Map()));
    const key = `${o.indicator}|${o.period}|${o.reportedAt}`;
    const first = ofUnit.get(key);
    if (!first) {
      ofUnit.set(key, o);
      kept.push(o);
      continue;
    }
    if (first.value === o.value) continue; // an identical repeat loses nothing
    diagnostics.push(
      makeDiagnostic(
        'DUPLICATE_CONFLICT',
        { file: o.from.file, row: o.from.row, column: 'Giá trị', unit: o.unit },
        { other: `${first.from.file}:${first.from.row}`, a: first.value, b: o.value },
      ),
    );
    rejected.add(first);
  }
  return { kept: rejected.size === 0 ? kept : kept.filter((o) => !rejected.has(o)), diagnostics };
}
