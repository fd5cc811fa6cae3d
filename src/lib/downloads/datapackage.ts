import type { Model } from '../model/types.ts';
import { observationRowSchema, statusRowSchema, taskRowSchema } from '../schema/download.ts';
import {
  behindRowSchema,
  overdueTaskRowSchema,
  reportRowSchema,
} from '../schema/supervision-download.ts';
import {
  DOWNLOADS_ROOT,
  indicatorCsvPath,
  paths,
  supervisionCsvPath,
  unitCsvPath,
} from '../views/paths.ts';
import { SAMPLE_NOTICE } from './sample.ts';
import { tableFields, type TableField } from './table-schema.ts';

/** A path of the site → the same path inside the data package (relative to /tai-ve/). */
export const packagePath = (sitePath: string): string => sitePath.slice(DOWNLOADS_ROOT.length);

export interface TableSchema {
  fields: TableField[];
  primaryKey?: string[];
  missingValues: string[];
}

/** The Table Schema of the observation CSVs (per unit and per indicator), kept in its own file. */
export const observationTableSchema = (sample: boolean): TableSchema => ({
  fields: tableFields(observationRowSchema, sample),
  missingValues: [''],
});

function csvResource(name: string, sitePath: string, title: string, schema: TableSchema | string) {
  return {
    name,
    path: packagePath(sitePath),
    profile: 'tabular-data-resource',
    title,
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    dialect: { delimiter: ',', lineTerminator: '\r\n', header: true },
    schema,
  };
}

/** The supervision lists: reports and overdue tasks nationally, and three lists per province. */
function supervisionResources(
  model: Model,
  table: (schema: Parameters<typeof tableFields>[0], key?: string[]) => TableSchema,
) {
  const reports = table(reportRowSchema, ['unit_code', 'period']);
  const tasks = table(overdueTaskRowSchema, ['unit_code', 'task_id']);
  const behind = table(behindRowSchema, ['unit_code', 'indicator_id']);
  return [
    csvResource(
      'giam-sat-bao-cao',
      paths.reportsCsv,
      'Báo cáo từng tháng / monthly reports',
      reports,
    ),
    csvResource(
      'giam-sat-nhiem-vu',
      paths.overdueTasksCsv,
      'Nhiệm vụ quá hạn / overdue tasks',
      tasks,
    ),
    ...model.provinces.flatMap((p) => [
      csvResource(
        `giam-sat-${p.code}-bao-cao`,
        supervisionCsvPath(p.code, 'bao-cao'),
        `${p.name}: báo cáo từng tháng`,
        reports,
      ),
      csvResource(
        `giam-sat-${p.code}-chi-tieu`,
        supervisionCsvPath(p.code, 'chi-tieu'),
        `${p.name}: chỉ tiêu chậm, quá hạn`,
        behind,
      ),
      csvResource(
        `giam-sat-${p.code}-nhiem-vu`,
        supervisionCsvPath(p.code, 'nhiem-vu-qua-han'),
        `${p.name}: nhiệm vụ quá hạn`,
        tasks,
      ),
    ]),
  ];
}

/** How the CSV cells are protected, in both languages: read back, strip the apostrophe. */
export const CELL_PROTECTION =
  "Ô bắt đầu bằng =, +, -, @, tab hoặc xuống dòng được thêm dấu ' ở đầu để bảng tính hiển thị như văn bản; khi đọc lại, bỏ dấu ' đó. / A cell starting with =, +, -, @, tab or carriage return carries a leading ' so that spreadsheets show it as text; strip that ' when reading the file back.";

/**
 * datapackage.json (Frictionless Data Package): every published CSV with its Table Schema,
 * generated from the zod schemas of the downloads. The observation CSVs share one Table Schema
 * file. UTF-8 with a byte-order mark (for Excel); a cell that starts like a formula carries a
 * leading apostrophe.
 */
export function dataPackage(model: Model) {
  const sample = model.dataset.sample;
  const table = (schema: Parameters<typeof tableFields>[0], key?: string[]): TableSchema => ({
    fields: tableFields(schema, sample),
    ...(key ? { primaryKey: key } : {}),
    missingValues: [''],
  });
  const observations = packagePath(paths.observationTableSchema);
  const id = model.publication?.entry.id;
  return {
    profile: 'tabular-data-package',
    name: `minh-bach${id ? `-${id}` : ''}`,
    ...(id ? { id } : {}),
    title: `${model.dataset.title}${sample ? ' — DỮ LIỆU MẪU / SAMPLE DATA' : ''}`,
    description: `${
      sample
        ? `${SAMPLE_NOTICE.vi} ${SAMPLE_NOTICE.en} Every CSV starts with the column sample_data.`
        : `Số liệu tiến độ chuyển đổi số công bố ngày ${model.asOf} / digital-transformation progress published ${model.asOf}.`
    } ${CELL_PROTECTION}`,
    created: model.publication?.entry.builtAt ?? `${model.asOf}T00:00:00Z`,
    version: id ?? model.asOf,
    publisher: model.dataset.publisher,
    homepage: model.dataset.siteUrl,
    resources: [
      csvResource(
        'trang-thai',
        paths.statusCsv,
        'Trạng thái mọi đơn vị / status of every unit',
        table(statusRowSchema, ['unit_code', 'indicator_id']),
      ),
      csvResource(
        'theo-doi',
        paths.watchCsv,
        'Danh sách cần theo dõi / watch list',
        table(statusRowSchema, ['unit_code', 'indicator_id']),
      ),
      csvResource(
        'nhiem-vu',
        paths.tasksCsv,
        'Nhiệm vụ / tasks',
        table(taskRowSchema, ['unit_code', 'task_id']),
      ),
      ...model.indicators.map((i) =>
        csvResource(
          `chi-tieu-${i.id}`,
          indicatorCsvPath(i.id),
          `${i.short.vi} / ${i.short.en}`,
          observations,
        ),
      ),
      ...[...model.progress.values()].map((p) =>
        csvResource(`don-vi-${p.unit.code}`, unitCsvPath(p.unit.code), p.unit.name, observations),
      ),
      ...supervisionResources(model, table),
    ],
  };
}
