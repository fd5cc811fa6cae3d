import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Model } from '../model/model.ts';
import {
  observationRowSchema,
  statusRowSchema,
  type ObservationRow,
  type StatusRow,
} from '../schema/download.ts';
import { observationRows, statusRows, toCsv, watchRows } from './tables.ts';

export const DOWNLOADS = '/tai-ve';
export const unitCsvPath = (code: string): string => `${DOWNLOADS}/don-vi/${code}.csv`;

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

/** Writes the CSV downloads and their JSON Schemas (generated from the zod schemas) into `outDir`. */
export function writeDownloads(model: Model, outDir: string): { files: number } {
  const dir = join(outDir, DOWNLOADS);
  mkdirSync(join(dir, 'don-vi'), { recursive: true });
  const rows = statusRows(model);
  writeFileSync(join(dir, 'trang-thai.csv'), toCsv(rows, STATUS_COLUMNS));
  writeFileSync(join(dir, 'theo-doi.csv'), toCsv(watchRows(rows), STATUS_COLUMNS));
  writeFileSync(
    join(dir, 'trang-thai.schema.json'),
    `${JSON.stringify(z.toJSONSchema(statusRowSchema), null, 1)}\n`,
  );
  writeFileSync(
    join(dir, 'quan-sat.schema.json'),
    `${JSON.stringify(z.toJSONSchema(observationRowSchema), null, 1)}\n`,
  );
  for (const view of model.views.values())
    writeFileSync(
      join(outDir, unitCsvPath(view.unit.code)),
      toCsv(observationRows(view), OBSERVATION_COLUMNS),
    );
  return { files: 4 + model.views.size };
}
