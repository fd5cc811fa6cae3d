import type { Diagnostic } from '../ingest/diagnostics/diagnostic.ts';
import type { Indicator } from '../schema/indicator.ts';
import type { Unit } from '../schema/unit.ts';
import type { Model, UnitView } from './model.ts';
import type { MonthReport } from './timeliness.ts';

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

/** Issues grouped by the unit their row is about; file-level diagnostics under "". */
export function diagnosticsByUnit(diagnostics: readonly Diagnostic[]): Map<string, Diagnostic[]> {
  const out = new Map<string, Diagnostic[]>();
  for (const i of diagnostics) {
    const key = i.unit ?? '';
    const list = out.get(key);
    if (list) list.push(i);
    else out.set(key, [i]);
  }
  return out;
}

export function unitQuality(view: UnitView, diagnostics: readonly Diagnostic[]): UnitQuality {
  const firstReports = view.reports
    .map((r) => r.firstReport)
    .filter((d): d is string => !!d)
    .sort();
  const q: UnitQuality = {
    unit: view.unit,
    onTime: view.reports.filter((r) => r.state === 'on-time').length,
    late: view.reports.filter((r) => r.state === 'late').length,
    missing: view.reports.filter((r) => r.state === 'missing').length,
    rejected: diagnostics.filter((i) => i.severity === 'error'),
    warnings: diagnostics.filter((i) => i.severity === 'warning'),
    neverReported: view.cells
      .filter(
        (c) =>
          !c.indicator.derived &&
          c.indicator.levels.includes(view.unit.level) &&
          c.own.length === 0,
      )
      .map((c) => c.indicator),
  };
  const last = firstReports[firstReports.length - 1];
  if (last) q.lastReport = last;
  const latest = view.reports[view.reports.length - 1];
  if (latest) q.latest = latest;
  return q;
}

/** Per province: its own quality and its communes'. */
export function provinceQuality(
  model: Model,
  provinceCode: string,
  byUnit: ReadonlyMap<string, Diagnostic[]>,
): UnitQuality[] {
  const view = model.views.get(provinceCode)!;
  return [view, ...view.communes.map((c) => model.views.get(c.code)!)].map((v) =>
    unitQuality(v, byUnit.get(v.unit.code) ?? []),
  );
}
