import { createHash } from 'node:crypto';
import type { Model } from '../model/types.ts';
import {
  changeRowSchema,
  observationRowSchema,
  headlineRowSchema,
  statusCsvSchema,
  statusRowSchema,
  taskRowSchema,
} from '../schema/download.ts';
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
import { tagUri } from '../views/identity.ts';
import { SAMPLE_NOTICE } from './sample.ts';
import { tableFields, type TableField } from './table-schema.ts';
import { reportedIndicators } from './tables.ts';

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

/** What the package says of each file: its size and hash, checked by anyone who downloads it. */
export interface FileFacts {
  bytes: number;
  /** "sha256:<hex>", as the Data Package spec writes a hash other than MD5. */
  hash: string;
}

export function fileFacts(content: string | Uint8Array): FileFacts {
  const bytes = typeof content === 'string' ? Buffer.from(content) : content;
  return {
    bytes: bytes.length,
    hash: `sha256:${createHash('sha256').update(bytes).digest('hex')}`,
  };
}

/**
 * Every CSV starts with a byte-order mark, for Excel: the encoding says so as the Frictionless
 * tools and Python write it ("utf-8-sig": a reader that takes plain UTF-8 would keep the mark in
 * the first column's name), and so does the dialect.
 */
const CSV = {
  format: 'csv',
  mediatype: 'text/csv',
  encoding: 'utf-8-sig',
  dialect: {
    delimiter: ',',
    doubleQuote: true,
    lineTerminator: '\r\n',
    quoteChar: '"',
    header: true,
    bom: true,
  },
} as const;
const PARQUET = { format: 'parquet', mediatype: 'application/vnd.apache.parquet' } as const;

type Facts = ReadonlyMap<string, FileFacts>;

function resource(
  facts: Facts,
  kind: typeof CSV | typeof PARQUET,
  [name, sitePath, title]: [string, string, string],
  schema: TableSchema | string,
) {
  const file = facts.get(sitePath);
  return {
    name,
    path: packagePath(sitePath),
    profile: 'tabular-data-resource',
    title,
    ...kind,
    ...(file ? { bytes: file.bytes, hash: file.hash } : {}),
    schema,
  };
}

/** The supervision lists: reports and overdue tasks nationally, and three lists per province. */
function supervisionResources(
  model: Model,
  facts: Facts,
  table: (schema: Parameters<typeof tableFields>[0], key?: string[]) => TableSchema,
) {
  const csvResource = (name: string, path: string, title: string, schema: TableSchema) =>
    resource(facts, CSV, [name, path, title], schema);
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

/** One CSV per indicator that units report (a derived one has no file). */
function indicatorResources(model: Model, facts: Facts, observations: string) {
  const reported = reportedIndicators(model);
  return model.indicators
    .filter((i) => reported.has(i.id))
    .map((i) =>
      resource(
        facts,
        CSV,
        [`chi-tieu-${i.id}`, indicatorCsvPath(i.id), `${i.short.vi} / ${i.short.en}`],
        observations,
      ),
    )
    .map((r) => ({ ...r, description: IN_ZIP_ONLY }));
}

/** Said of the files the site does not carry: the package's root is then the publication's zip. */
export const IN_ZIP_ONLY =
  "Chỉ có trong tệp zip của lần công bố (minh-bach-<mã>.zip), không đặt riêng trên trang: lặp lại các dòng của CSV theo đơn vị. / In the publication's zip only, not on the site: it repeats the per-unit rows.";

/** How the CSV cells are protected, in both languages: read back, strip the apostrophe. */
export const CELL_PROTECTION =
  "Ô bắt đầu bằng =, +, -, @, tab hoặc xuống dòng được thêm dấu ' ở đầu để bảng tính hiển thị như văn bản; khi đọc lại, bỏ dấu ' đó. / A cell starting with =, +, -, @, tab or carriage return carries a leading ' so that spreadsheets show it as text; strip that ' when reading the file back.";

/** The per-unit workbooks beside the CSVs, on the site and not in this package (not tabular). */
export const WORKBOOKS =
  'Trên trang, mỗi đơn vị còn có một tệp Excel (tai-ve/don-vi/<mã>.xlsx: tỷ lệ chung và cách tính, trạng thái và lý do của từng chỉ tiêu, mục tiêu kèm văn bản và mục, báo cáo, nhiệm vụ), không có trong gói này. / On the site, each unit also has an Excel workbook (tai-ve/don-vi/<code>.xlsx: the headline and how it is counted, each indicator\u2019s status and why, targets with document and section, reports, tasks), not in this package.';

/** Who and what: stable name, permanent id of this publication's package, licence, sources. */
function packageHead(model: Model) {
  const { dataset } = model;
  const sample = dataset.sample;
  const id = model.publication?.entry.id;
  const license = dataset.license;
  return {
    profile: 'tabular-data-package',
    // The same name in every publication; the id and version tell publications apart.
    name: sample ? 'minh-bach-du-lieu-mau' : 'minh-bach',
    id: tagUri(dataset, id ? `cong-bo/${id}/datapackage` : 'datapackage'),
    title: `${dataset.title}${sample ? ' — DỮ LIỆU MẪU / SAMPLE DATA' : ''}`,
    description: `${
      sample
        ? `${SAMPLE_NOTICE.vi} ${SAMPLE_NOTICE.en} Every CSV starts with the column sample_data.`
        : `Số liệu tiến độ chuyển đổi số công bố ngày ${model.asOf} / digital-transformation progress published ${model.asOf}.`
    } CSV: UTF-8 with a byte-order mark (for Excel). ${CELL_PROTECTION} ${WORKBOOKS} Trên trang (/tai-ve/) có mọi tệp trừ các tệp ghi "chỉ có trong tệp zip"; tệp zip của lần công bố có tất cả. / The site (/tai-ve/) carries every resource except those described as in the zip only; the publication's zip holds them all.`,
    created: model.publication?.entry.builtAt ?? `${model.asOf}T00:00:00Z`,
    version: id ?? model.asOf,
    homepage: dataset.siteUrl,
    contributors: [{ title: dataset.publisher, role: 'publisher' }],
    ...(license
      ? { licenses: [{ name: license.name, path: license.path, title: license.title }] }
      : {}),
    sources: [
      {
        title: sample
          ? 'Dữ liệu mẫu do máy tạo (npm run sample) / generated sample data'
          : `Báo cáo hằng tháng của các tỉnh, xã, tập hợp bởi ${dataset.publisher} / monthly reports of the provinces and communes`,
        path: dataset.siteUrl,
      },
    ],
  };
}

/**
 * datapackage.json (Frictionless Data Package v1, tabular): every published CSV and Parquet
 * file with its Table Schema, size and SHA-256, generated from the zod schemas of the
 * downloads. The observation files share one Table Schema file.
 */
export function dataPackage(model: Model, facts: Facts = new Map()) {
  const sample = model.dataset.sample;
  const table = (schema: Parameters<typeof tableFields>[0], key?: string[]): TableSchema => ({
    fields: tableFields(schema, sample),
    ...(key ? { primaryKey: key } : {}),
    missingValues: [''],
  });
  const observations = packagePath(paths.observationTableSchema);
  const statuses = table(statusRowSchema, ['unit_code', 'indicator_id']);
  const statusCsv = table(statusCsvSchema, ['unit_code', 'indicator_id']);
  const changes = table(changeRowSchema);
  const csv = (name: string, path: string, title: string, schema: TableSchema | string) =>
    resource(facts, CSV, [name, path, title], schema);
  const parquet = (name: string, path: string, title: string, schema: TableSchema | string) =>
    resource(facts, PARQUET, [name, path, title], schema);
  return {
    ...packageHead(model),
    resources: [
      csv('trang-thai', paths.statusCsv, 'Trạng thái mọi đơn vị / status of every unit', statusCsv),
      parquet('trang-thai-parquet', paths.statusParquet, 'Trạng thái (Parquet)', statuses),
      csv('theo-doi', paths.watchCsv, 'Danh sách cần theo dõi / watch list', statusCsv),
      csv(
        'ty-le-chung',
        paths.headlineCsv,
        'Tỷ lệ chung của mọi đơn vị / every unit’s headline figure',
        table(headlineRowSchema, ['unit_code']),
      ),
      csv(
        'nhiem-vu',
        paths.tasksCsv,
        'Nhiệm vụ / tasks',
        table(taskRowSchema, ['unit_code', 'task_id']),
      ),
      parquet(
        'quan-sat-parquet',
        paths.observationParquet,
        'Mọi báo cáo / every report (Parquet)',
        observations,
      ),
      ...(model.publication
        ? [
            csv('thay-doi', paths.changesCsv, 'Báo cáo thay đổi / changed reports', changes),
            parquet(
              'thay-doi-parquet',
              paths.changesParquet,
              'Báo cáo thay đổi (Parquet)',
              changes,
            ),
          ]
        : []),
      ...indicatorResources(model, facts, observations),
      ...[...model.progress.values()].map((p) =>
        csv(`don-vi-${p.unit.code}`, unitCsvPath(p.unit.code), p.unit.name, observations),
      ),
      ...supervisionResources(model, facts, table),
    ],
  };
}
