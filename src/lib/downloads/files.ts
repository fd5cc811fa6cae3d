import { z } from 'zod';
import type { Model } from '../model/types.ts';
import {
  changeRowSchema,
  type ChangeRow,
  headlineRowSchema,
  type HeadlineRow,
  observationRowSchema,
  SAMPLE_VALUE,
  statusCsvSchema,
  statusRowSchema,
  taskRowSchema,
  unitJsonSchema,
  type ObservationRow,
  type StatusRow,
  type TaskRow,
} from '../schema/download.ts';
import {
  indicatorCsvPath,
  paths,
  publicationFile,
  supervisionCsvPath,
  unitCsvPath,
  unitJsonPath,
  unitWorkbookPath,
} from '../views/paths.ts';
import { unitWorkbook } from './unit-workbook.ts';
import type { Deflater } from './zip.ts';
import { dataPackage, fileFacts, observationTableSchema, type FileFacts } from './datapackage.ts';
import { parquetColumns, type ParquetEncoder } from './parquet-columns.ts';
import { csvDownload, jsonDownload } from './sample.ts';
import {
  headlineRows,
  observationRow,
  observationRows,
  reportedIndicators,
  statusRows,
  watchRows,
} from './tables.ts';
import { indicatorProgress, provinceAndCommunes } from '../model/progress.ts';
import { publishedObservations } from '../publish/publication.ts';
import type { Observation } from '../schema/observation.ts';
import { taskRow, unitJson } from './unit-tables.ts';
import { changeRow, changesFile } from '../publish/record.ts';
import {
  BEHIND_COLUMNS,
  behindCsvRows,
  OVERDUE_TASK_COLUMNS,
  overdueTaskRows,
  REPORT_COLUMNS,
  reportRows,
} from './supervision.ts';

const columns = <T>(schema: z.ZodObject) => Object.keys(schema.shape) as (keyof T & string)[];
const STATUS_COLUMNS = columns<StatusRow>(statusCsvSchema);
const HEADLINE_COLUMNS = columns<HeadlineRow>(headlineRowSchema);
const OBSERVATION_COLUMNS = columns<ObservationRow>(observationRowSchema);
const TASK_COLUMNS = columns<TaskRow>(taskRowSchema);
const CHANGE_COLUMNS = columns<ChangeRow>(changeRowSchema);

const jsonSchema = (schema: z.ZodType) => `${JSON.stringify(z.toJSONSchema(schema), null, 1)}\n`;
const json = (value: unknown) => `${JSON.stringify(value, null, 1)}\n`;

export type DownloadFile = [path: string, content: string | Uint8Array];

/** Every report of one indicator across units, revisions included (one indicator in memory at a time). */
function indicatorReports(model: Model, id: string): ObservationRow[] {
  const rows: ObservationRow[] = [];
  for (const progress of model.progress.values()) {
    const p = indicatorProgress(progress, id);
    for (const o of p?.own ?? []) {
      for (const r of p!.revised.get(o.period) ?? []) rows.push(observationRow(r, false));
      rows.push(observationRow(o, true));
    }
  }
  return rows;
}

/**
 * quan-sat.parquet straight from the observations (no row objects: 1.3 million of them cost
 * 400 MB), in the order of the source files, which compresses best.
 */
function observationParquet(model: Model, parquet: ParquetEncoder, meta: Record<string, string>) {
  const current = new Set<Observation>();
  for (const progress of model.progress.values())
    for (const p of progress.indicators) for (const o of p.own) current.add(o);
  const special: Record<string, (o: Observation) => string | number | boolean | undefined> = {
    numberFormat: () => 'en',
    source_file: (o) => o.from.file,
    source_row: (o) => o.from.row,
    current: (o) => current.has(o),
  };
  const columns = parquetColumns<Observation>(observationRowSchema, model.dataset.sample).map(
    (c) => (special[c.name] ? { ...c, get: special[c.name]! } : c),
  );
  return parquet(publishedObservations(model), columns, meta);
}

/** National tables: statuses, watch list, tasks, and the reports per indicator and as Parquet. */
function* nationalFiles(model: Model, parquet: ParquetEncoder): Generator<DownloadFile> {
  const sample = model.dataset.sample;
  const meta = sample ? { sample_data: SAMPLE_VALUE } : {};
  const rows = statusRows(model);
  yield [paths.statusCsv, csvDownload(rows, STATUS_COLUMNS, sample)];
  yield [paths.watchCsv, csvDownload(watchRows(rows), STATUS_COLUMNS, sample)];
  yield [paths.headlineCsv, csvDownload(headlineRows(model), HEADLINE_COLUMNS, sample)];
  yield [
    paths.statusParquet,
    parquet(rows, parquetColumns<StatusRow>(statusRowSchema, sample), meta),
  ];
  const tasks = model.tasks.map((t) => taskRow(model, t));
  yield [paths.tasksCsv, csvDownload(tasks, TASK_COLUMNS, sample)];
  yield [paths.observationParquet, observationParquet(model, parquet, meta)];
  const reported = reportedIndicators(model);
  for (const { id } of model.indicators)
    if (reported.has(id))
      yield [
        indicatorCsvPath(id),
        csvDownload(indicatorReports(model, id), OBSERVATION_COLUMNS, sample),
      ];
}

/** What changed since the previous publication: JSON (counts, statuses, tasks), reports as CSV and Parquet. */
function* changeFiles(model: Model, parquet: ParquetEncoder): Generator<DownloadFile> {
  const sample = model.dataset.sample;
  // Up to millions of changes: each row is made as it is written, never all at once.
  const reports = model.publication?.changes?.reports ?? [];
  yield [paths.changesJson, changesFile(model)];
  yield [paths.changesCsv, csvDownload(reports.values().map(changeRow), CHANGE_COLUMNS, sample)];
  const meta = sample ? { sample_data: SAMPLE_VALUE } : {};
  yield [
    paths.changesParquet,
    parquet(reports, parquetColumns<ChangeRow>(changeRowSchema, sample), meta, changeRow),
  ];
}

/**
 * Supervision lists: every unit's monthly reports and the overdue tasks, nationally; and per
 * province the reports, the targets behind and the overdue tasks.
 */
function* supervisionFiles(model: Model): Generator<DownloadFile> {
  const sample = model.dataset.sample;
  const all = model.provinces.flatMap((p) => provinceAndCommunes(model, p.code));
  yield [paths.reportsCsv, csvDownload(reportRows(model, all), REPORT_COLUMNS, sample)];
  yield [
    paths.overdueTasksCsv,
    csvDownload(overdueTaskRows(model, all), OVERDUE_TASK_COLUMNS, sample),
  ];
  for (const p of model.provinces) {
    const units = provinceAndCommunes(model, p.code);
    const csv = <T extends object>(rows: T[], columns: readonly (keyof T & string)[]) =>
      csvDownload(rows, columns, sample);
    yield [supervisionCsvPath(p.code, 'bao-cao'), csv(reportRows(model, units), REPORT_COLUMNS)];
    yield [supervisionCsvPath(p.code, 'chi-tieu'), csv(behindCsvRows(units), BEHIND_COLUMNS)];
    yield [
      supervisionCsvPath(p.code, 'nhiem-vu-qua-han'),
      csv(overdueTaskRows(model, units), OVERDUE_TASK_COLUMNS),
    ];
  }
}

/**
 * The downloads of a publication as [site path, content]: CSV (safe in Excel, marked when sample),
 * JSON, Parquet, their JSON Schemas and Table Schemas, and datapackage.json (last: it gives the
 * size and SHA-256 of every file it describes), all generated from the zod schemas. Yielded one
 * by one, so the per-unit files are never all in memory at once.
 */
export function* downloadFiles(
  model: Model,
  parquet: ParquetEncoder,
  deflater: Deflater,
): Generator<DownloadFile> {
  const facts = new Map<string, FileFacts>();
  for (const file of dataFiles(model, parquet, deflater)) {
    facts.set(file[0], fileFacts(file[1]));
    yield file;
  }
  yield [paths.dataPackage, json(dataPackage(model, facts))];
}

function* dataFiles(
  model: Model,
  parquet: ParquetEncoder,
  deflater: Deflater,
): Generator<DownloadFile> {
  const sample = model.dataset.sample;
  yield* nationalFiles(model, parquet);
  if (model.publication) yield* changeFiles(model, parquet);
  yield* supervisionFiles(model);
  for (const progress of model.progress.values()) {
    const code = progress.unit.code;
    yield [unitCsvPath(code), csvDownload(observationRows(progress), OBSERVATION_COLUMNS, sample)];
    yield [unitWorkbookPath(code), unitWorkbook(model, progress, deflater)];
    yield [unitJsonPath(code), jsonDownload(unitJson(model, progress), model.dataset, true)];
  }
  yield [paths.statusSchema, jsonSchema(statusRowSchema)];
  yield [paths.observationSchema, jsonSchema(observationRowSchema)];
  yield [paths.taskSchema, jsonSchema(taskRowSchema)];
  yield [paths.unitJsonSchema, jsonSchema(unitJsonSchema)];
  yield [paths.changeSchema, jsonSchema(changeRowSchema)];
  yield [paths.observationTableSchema, json(observationTableSchema(sample))];
}

/** The files of this publication kept for good at /cong-bo/<id>/ (the zip and manifest aside). */
export const keptFiles = (id: string): [site: string, kept: string][] => [
  [paths.observationParquet, publicationFile(id, 'quan-sat.parquet')],
  [paths.statusParquet, publicationFile(id, 'trang-thai.parquet')],
  [paths.dataPackage, publicationFile(id, 'datapackage.json')],
  [paths.changesJson, publicationFile(id, 'thay-doi.json')],
  [paths.changesParquet, publicationFile(id, 'thay-doi.parquet')],
];
