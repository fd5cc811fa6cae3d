import type { Model } from '../model/types.ts';
import { tableFields, type TableField } from '../downloads/table-schema.ts';
import { packagePath } from '../downloads/datapackage.ts';
import {
  changeRowSchema,
  observationRowSchema,
  statusRowSchema,
  taskRowSchema,
} from '../schema/download.ts';
import { formatDate, formatNumber } from '../util/format.ts';
import { pageFrame, type PageFrame } from './frame.ts';
import {
  indicatorCsvPath,
  paths,
  publicationFile,
  publicationPath,
  unitCsvPath,
  publicationZip,
  unitDownloadName,
  unitJsonPath,
  unitWorkbookPath,
} from './paths.ts';
import { reportedIndicators } from '../downloads/tables.ts';
import type { Unit } from '../schema/unit.ts';

export interface DownloadFileRow {
  name: string;
  href: string;
  what: string;
  whatEn: string;
  /** "1,2 MB", or empty when not known (the manifest is written last). */
  size: string;
  /** The same file of this publication at a URL that never changes. */
  stable?: string;
  schema?: string;
}

export interface ColumnTable {
  id: string;
  title: string;
  titleEn: string;
  files: string;
  columns: { name: string; type: string; required: boolean; vi: string; en: string }[];
}

export interface DownloadsView {
  frame: PageFrame;
  sample: boolean;
  publication: { id: string; publishedAt: string; href: string } | null;
  files: DownloadFileRow[];
  /** The per-indicator CSVs, in the publication's zip only (they repeat the per-unit rows). */
  indicators: Omit<DownloadFileRow, 'href'>[];
  /** The publication's zip, holding them. */
  zip?: string;
  units: {
    count: number;
    size: string;
    csv: string;
    /** A unit's workbook, and the size of them all. */
    xlsx: string;
    xlsxSize: string;
    /** A unit's JSON inside the archive of them all. */
    json: string;
    jsonZip: string;
    jsonZipSize: string;
    schema: string;
  };
  tables: ColumnTable[];
}

/** 1234567 → "1,2 MB" (Vietnamese decimal comma). */
export function formatSize(bytes: number | undefined): string {
  if (bytes === undefined) return '';
  if (bytes < 1024) return `${formatNumber(bytes)} B`;
  if (bytes < 1048576) return `${formatNumber(Math.round((bytes / 1024) * 10) / 10)} KB`;
  return `${formatNumber(Math.round((bytes / 1048576) * 10) / 10)} MB`;
}

const columnsOf = (fields: TableField[]): ColumnTable['columns'] =>
  fields.map((f) => ({
    name: f.name,
    type: f.type,
    required: !!f.constraints?.required,
    vi: f.title,
    en: f.description,
  }));

function tables(sample: boolean): ColumnTable[] {
  return [
    {
      id: 'cot-trang-thai',
      title: 'Trạng thái (trang-thai.csv, theo-doi.csv, trang-thai.parquet)',
      titleEn: 'Status',
      files: 'trang-thai',
      columns: columnsOf(tableFields(statusRowSchema, sample)),
    },
    {
      id: 'cot-quan-sat',
      title: 'Số liệu báo cáo (don-vi/<mã>.csv, chi-tieu/<mã>.csv, quan-sat.parquet)',
      titleEn: 'Reports',
      files: 'quan-sat',
      columns: columnsOf(tableFields(observationRowSchema, sample)),
    },
    {
      id: 'cot-thay-doi',
      title: 'Thay đổi (thay-doi.csv, thay-doi.parquet)',
      titleEn: 'Changes',
      files: 'thay-doi',
      columns: columnsOf(tableFields(changeRowSchema, sample)),
    },
    {
      id: 'cot-nhiem-vu',
      title: 'Nhiệm vụ (nhiem-vu.csv)',
      titleEn: 'Tasks',
      files: 'nhiem-vu',
      columns: columnsOf(tableFields(taskRowSchema, sample)),
    },
  ];
}

/** The national files: name, site path, what it holds (vi, en), its schema, its stable name. */
const FILES: {
  name: string;
  /** A site path, or one that depends on the publication (its zip). */
  href: string | ((id: string) => string);
  what: (m: Model) => string;
  en: string;
  schema?: string;
  kept?: (id: string) => string;
}[] = [
  {
    name: 'minh-bach.zip',
    href: publicationZip,
    what: () =>
      'Toàn bộ số liệu của lần công bố (mọi CSV, kể cả CSV theo chỉ tiêu, Parquet, datapackage.json)',
    en: 'The whole publication, with the per-indicator CSVs',
  },
  {
    name: 'trang-thai.csv',
    href: paths.statusCsv,
    what: (m) =>
      `Trạng thái của ${formatNumber(m.progress.size)} đơn vị trên mọi chỉ tiêu áp dụng, kèm mục tiêu, hạn, văn bản, nguồn (lý do của từng trạng thái: trong trang-thai.parquet và tệp Excel của từng đơn vị)`,
    en: 'Status of every unit',
    schema: paths.statusSchema,
  },
  {
    name: 'ty-le-chung.csv',
    href: paths.headlineCsv,
    what: () =>
      'Tỷ lệ chung của từng đơn vị, như trên trang, bản đồ và thẻ chia sẻ: số chỉ tiêu đạt, số chỉ tiêu có mục tiêu ràng buộc, tỷ lệ; với tỉnh, thêm con số của các xã',
    en: 'Every unit’s headline figure (met, judged, share; a province’s communes beside it)',
  },
  {
    name: 'theo-doi.csv',
    href: paths.watchCsv,
    what: () => 'Danh sách cần theo dõi: quá hạn chưa đạt, chậm, có nguy cơ chậm, chưa có số liệu',
    en: 'Watch list',
    schema: paths.statusSchema,
  },
  {
    name: 'nhiem-vu.csv',
    href: paths.tasksCsv,
    what: (m) =>
      `${formatNumber(m.tasks.length)} nhiệm vụ với cơ quan chủ trì, hạn, trạng thái, quá hạn`,
    en: 'Tasks',
    schema: paths.taskSchema,
  },
  {
    name: 'quan-sat.parquet',
    href: paths.observationParquet,
    what: (m) =>
      `Mọi lần báo cáo (${formatNumber(m.totals.observations)} dòng, kể cả số đã điều chỉnh), có kiểu dữ liệu, đọc bằng DuckDB, pandas, R`,
    en: 'Every report, typed (Parquet)',
    schema: paths.observationSchema,
    kept: () => 'quan-sat.parquet',
  },
  {
    name: 'trang-thai.parquet',
    href: paths.statusParquet,
    what: () => 'Bảng trạng thái dạng Parquet',
    en: 'Status table (Parquet)',
    kept: () => 'trang-thai.parquet',
  },
  {
    name: 'thay-doi.csv',
    href: paths.changesCsv,
    what: () =>
      'Mọi báo cáo thay đổi so với lần công bố trước: số cũ và số mới, ngày báo cáo, dòng nguồn',
    en: 'Every report changed since the previous publication',
    schema: paths.changeSchema,
  },
  {
    name: 'thay-doi.parquet',
    href: paths.changesParquet,
    what: () => 'Như thay-doi.csv, dạng Parquet',
    en: 'The same, as Parquet',
    kept: () => 'thay-doi.parquet',
  },
  {
    name: 'thay-doi.json',
    href: paths.changesJson,
    what: () => 'Số thay đổi, mọi thay đổi trạng thái và nhiệm vụ (hoàn thành, mới quá hạn)',
    en: 'Change counts, status and task changes',
    kept: () => 'thay-doi.json',
  },
  {
    name: 'datapackage.json',
    href: paths.dataPackage,
    what: () => 'Mô tả gói dữ liệu (Frictionless Data Package): mọi tệp CSV với lược đồ bảng',
    en: 'Frictionless Data Package descriptor',
    kept: () => 'datapackage.json',
  },
  {
    name: 'manifest.json',
    href: paths.manifest,
    what: () => 'Tệp kê khai: mọi tệp của lần công bố với kích thước và SHA-256',
    en: 'Manifest: every file with size and SHA-256',
    kept: () => 'manifest.json',
  },
];

function files(model: Model, sizes: ReadonlyMap<string, number>, id?: string): DownloadFileRow[] {
  return FILES.flatMap((f) => {
    const href = typeof f.href === 'string' ? f.href : id && f.href(id);
    return href ? [{ ...f, href }] : [];
  }).map((f) => ({
    name: f.name,
    href: f.href,
    what: f.what(model),
    whatEn: f.en,
    size: formatSize(sizes.get(f.href)),
    ...(id && f.kept ? { stable: publicationFile(id, f.kept(id)) } : {}),
    ...(f.schema ? { schema: f.schema } : {}),
  }));
}

export function downloadsView(model: Model): DownloadsView {
  const pub = model.publication;
  const sizes = pub?.sizes ?? new Map<string, number>();
  const sample = model.dataset.sample;
  const reported = reportedIndicators(model);
  let unitBytes = 0;
  let workbookBytes = 0;
  for (const code of model.progress.keys()) {
    unitBytes += sizes.get(unitCsvPath(code)) ?? 0;
    workbookBytes += sizes.get(unitWorkbookPath(code)) ?? 0;
  }
  return {
    frame: pageFrame(model.dataset, {
      title: 'Tải số liệu',
      description: `Số liệu mở: CSV (mở được bằng Excel), JSON, Parquet, gói dữ liệu Frictionless và tệp zip của lần công bố ngày ${formatDate(model.asOf)}; mọi cột được giải thích.${sample ? ' DỮ LIỆU MẪU.' : ''}`,
      path: paths.downloads,
    }),
    sample,
    publication: pub
      ? {
          id: pub.entry.id,
          publishedAt: formatDate(pub.entry.publishedAt),
          href: publicationPath(pub.entry.id),
        }
      : null,
    files: files(model, sizes, pub?.entry.id),
    indicators: model.indicators
      .filter((i) => reported.has(i.id))
      .map((i) => ({
        name: packagePath(indicatorCsvPath(i.id)),
        what: i.short.vi,
        whatEn: i.short.en,
        size: formatSize(sizes.get(indicatorCsvPath(i.id))),
      })),
    ...(pub ? { zip: publicationZip(pub.entry.id) } : {}),
    units: {
      count: model.progress.size,
      size: formatSize(unitBytes),
      csv: unitCsvPath('<mã>'),
      xlsx: unitWorkbookPath('<mã>'),
      xlsxSize: formatSize(workbookBytes),
      json: packagePath(unitJsonPath('<mã>')),
      jsonZip: paths.unitJsonZip,
      jsonZipSize: formatSize(sizes.get(paths.unitJsonZip)),
      schema: paths.unitJsonSchema,
    },
    tables: tables(sample),
  };
}

/**
 * The downloads a unit or indicator page links: its own files, the tasks, the whole publication
 * (`publication`: its id). An indicator's CSV is in the zip only.
 */
export function pageDownloads(page: {
  unit?: Pick<Unit, 'code' | 'slug'>;
  indicator?: string;
  publication?: string | undefined;
}): { href: string; label: string; download?: string }[] {
  const unit = page.unit;
  const zip = page.publication ? publicationZip(page.publication) : paths.downloads;
  return [
    ...(unit
      ? [
          {
            href: unitWorkbookPath(unit.code),
            label: 'Excel của đơn vị (tính lại được mọi số)',
            download: unitDownloadName(unit, 'xlsx'),
          },
          {
            href: unitCsvPath(unit.code),
            label: 'CSV của đơn vị (cho máy đọc)',
            download: unitDownloadName(unit, 'csv'),
          },
        ]
      : []),
    ...(page.indicator
      ? [
          {
            href: zip,
            label: `CSV của chỉ tiêu (mọi đơn vị): ${packagePath(indicatorCsvPath(page.indicator))} trong tệp zip`,
          },
        ]
      : []),
    { href: paths.tasksCsv, label: 'nhiệm vụ (CSV)' },
    { href: zip, label: 'toàn bộ số liệu (zip)' },
    { href: paths.downloads, label: 'mọi tệp và giải thích các cột' },
  ];
}
