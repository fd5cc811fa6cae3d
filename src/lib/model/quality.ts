import type { Diagnostic } from '../ingest/diagnostics/diagnostic.ts';
import type { Indicator } from '../schema/indicator.ts';
import type { Unit } from '../schema/unit.ts';
import type { MonthReport } from './timeliness.ts';
import type { UnitProgress } from './types.ts';

export interface UnitQuality {
  unit: Unit;
  lastReport?: string;
  /** The most recent month whose report was due by the publication date. */
  latest?: MonthReport;
  onTime: number;
  late: number;
  missing: number;
  /** Rows refused by validation (published only with --publish-valid-rows). */
  rejected: Diagnostic[];
  warnings: Diagnostic[];
  /** Indicators the unit should report and never did. */
  neverReported: Indicator[];
}

/** Diagnostics grouped by the unit their row is about; file-level ones under "". */
export const diagnosticsByUnit = (diagnostics: readonly Diagnostic[]): Map<string, Diagnostic[]> =>
  Map.groupBy(diagnostics, (d) => d.unit ?? '');

/**
 * What validation refused: rows (each counted once, however many errors it has) and whole files
 * (an error without a row: unreadable, a spreadsheet, a header that cannot be read).
 */
export function rejectedCounts(diagnostics: readonly Diagnostic[]): {
  rows: number;
  files: number;
} {
  const rows = new Set<string>();
  const files = new Set<string>();
  for (const d of diagnostics) {
    if (d.severity !== 'error') continue;
    if (d.row === undefined) files.add(d.file);
    else rows.add(`${d.file}:${d.row}`);
  }
  return { rows: rows.size, files: files.size };
}

/** Counts a unit's months by reporting state. */
export function reportStates(
  reports: readonly MonthReport[],
): Record<MonthReport['state'], number> {
  const out = { 'on-time': 0, late: 0, missing: 0, 'no-deadline': 0, 'not-received': 0 };
  for (const r of reports) out[r.state]++;
  return out;
}

export function unitQuality(
  progress: UnitProgress,
  diagnostics: readonly Diagnostic[],
): UnitQuality {
  const states = reportStates(progress.reports);
  const q: UnitQuality = {
    unit: progress.unit,
    onTime: states['on-time'],
    late: states.late,
    missing: states.missing,
    rejected: diagnostics.filter((i) => i.severity === 'error'),
    warnings: diagnostics.filter((i) => i.severity === 'warning'),
    neverReported: progress.indicators
      .filter(
        (p) =>
          !p.indicator.derived &&
          (p.indicator.levels.includes(progress.unit.level) ||
            p.indicator.planLevels.includes(progress.unit.level)) &&
          p.own.length === 0,
      )
      .map((p) => p.indicator),
  };
  if (progress.lastReport) q.lastReport = progress.lastReport;
  const latest = progress.reports.at(-1);
  if (latest) q.latest = latest;
  return q;
}
