import { z } from 'zod';
import type { Model } from '../model/types.ts';
import {
  observationRowSchema,
  statusRowSchema,
  type ObservationRow,
  type StatusRow,
} from '../schema/download.ts';
import { paths, supervisionCsvPath, unitCsvPath } from '../views/paths.ts';
import { provinceAndCommunes } from '../model/progress.ts';
import {
  BEHIND_COLUMNS,
  behindCsvRows,
  OVERDUE_TASK_COLUMNS,
  overdueTaskRows,
  REPORT_COLUMNS,
  reportRows,
} from './supervision.ts';
import { observationRows, statusRows, toCsv, watchRows } from './tables.ts';

const STATUS_COLUMNS = Object.keys(statusRowSchema.shape) as (keyof StatusRow & string)[];
const OBSERVATION_COLUMNS = [
  'unit',
  'indicator',
  'period',
  'value',
  'doneOn',
  'numerator',
  'denominator',
  'reportedAt',
  'source',
  'note',
  'source_file',
  'source_row',
  'current',
] as const satisfies readonly (keyof ObservationRow)[];

const jsonSchema = (schema: z.ZodType) => `${JSON.stringify(z.toJSONSchema(schema), null, 1)}\n`;

/**
 * The downloads of a publication as [site path, content]: the CSVs and their JSON Schemas
 * (generated from the zod schemas). Yielded one by one, so the per-unit CSVs are never all in
 * memory at once.
 */
export function* downloadFiles(model: Model): Generator<[string, string]> {
  const rows = statusRows(model);
  yield [paths.statusCsv, toCsv(rows, STATUS_COLUMNS)];
  yield [paths.watchCsv, toCsv(watchRows(rows), STATUS_COLUMNS)];
  yield [paths.statusSchema, jsonSchema(statusRowSchema)];
  yield [paths.observationSchema, jsonSchema(observationRowSchema)];
  for (const progress of model.progress.values())
    yield [unitCsvPath(progress.unit.code), toCsv(observationRows(progress), OBSERVATION_COLUMNS)];
  // Supervision lists: every unit's monthly reports and the overdue tasks, nationally; and per
  // province the reports, the targets behind and the overdue tasks.
  const all = model.provinces.flatMap((p) => provinceAndCommunes(model, p.code));
  yield [paths.reportsCsv, toCsv(reportRows(model, all), REPORT_COLUMNS)];
  yield [paths.overdueTasksCsv, toCsv(overdueTaskRows(model, all), OVERDUE_TASK_COLUMNS)];
  for (const p of model.provinces) {
    const units = provinceAndCommunes(model, p.code);
    yield [supervisionCsvPath(p.code, 'bao-cao'), toCsv(reportRows(model, units), REPORT_COLUMNS)];
    yield [supervisionCsvPath(p.code, 'chi-tieu'), toCsv(behindCsvRows(units), BEHIND_COLUMNS)];
    yield [
      supervisionCsvPath(p.code, 'nhiem-vu-qua-han'),
      toCsv(overdueTaskRows(model, units), OVERDUE_TASK_COLUMNS),
    ];
  }
}
