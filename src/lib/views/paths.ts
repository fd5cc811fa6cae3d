import type { Unit } from '../schema/unit.ts';

/**
 * Every URL of the site, in one place: stable, readable ASCII paths with a trailing slash for
 * pages. Pages, cards, downloads and the search index all take their links from here.
 */
export const paths = {
  home: '/',
  units: '/don-vi/',
  indicators: '/chi-tieu/',
  plans: '/ke-hoach/',
  tasks: '/nhiem-vu/',
  quality: '/chat-luong-du-lieu/',
  downloads: '/tai-ve/',
  formats: '/dinh-dang-du-lieu/',
  search: '/tim-kiem/',
  supervision: '/giam-sat/',
  favicon: '/favicon.svg',
  notFound: '/404.html',
  reportsCsv: '/tai-ve/giam-sat/bao-cao.csv',
  overdueTasksCsv: '/tai-ve/giam-sat/nhiem-vu-qua-han.csv',
  method: '/phuong-phap/',
  about: '/gioi-thieu/',
  searchIndex: '/search-index.json',
  /** Former names, districts and codes: loaded right after the index, to keep the first result fast. */
  searchFormer: '/search-index-former.json',
  statusCsv: '/tai-ve/trang-thai.csv',
  headlineCsv: '/tai-ve/ty-le-chung.csv',
  watchCsv: '/tai-ve/theo-doi.csv',
  statusSchema: '/tai-ve/trang-thai.schema.json',
  observationSchema: '/tai-ve/quan-sat.schema.json',
  tasksCsv: '/tai-ve/nhiem-vu.csv',
  taskSchema: '/tai-ve/nhiem-vu.schema.json',
  unitJsonSchema: '/tai-ve/don-vi.schema.json',
  observationTableSchema: '/tai-ve/quan-sat.tableschema.json',
  observationParquet: '/tai-ve/quan-sat.parquet',
  statusParquet: '/tai-ve/trang-thai.parquet',
  dataPackage: '/tai-ve/datapackage.json',
  /** Every unit's JSON (values, targets, statuses, tasks): the site carries the CSV of each unit. */
  unitJsonZip: '/tai-ve/don-vi-json.zip',
  manifest: '/tai-ve/manifest.json',
  changesJson: '/tai-ve/thay-doi.json',
  changesCsv: '/tai-ve/thay-doi.csv',
  changesParquet: '/tai-ve/thay-doi.parquet',
  changeSchema: '/tai-ve/thay-doi.schema.json',
  changes: '/thay-doi/',
  feed: '/thay-doi/atom.xml',
  publications: '/cong-bo/',
} as const;

/** Where the downloads live: datapackage.json and the zip archive use paths relative to it. */
export const DOWNLOADS_ROOT = '/tai-ve/';

/** A province at /don-vi/<slug>/; a commune nests under its province: /don-vi/<province>/<slug>/. */
export function unitPath(unit: Unit, units: ReadonlyMap<string, Unit>): string {
  if (!unit.parent) return unitSlugPath(unit.slug);
  return unitSlugPath(units.get(unit.parent)?.slug ?? unit.parent, unit.slug);
}

/** The same path from slugs alone (the search index carries slugs, not URLs). */
export const unitSlugPath = (province: string, commune?: string): string =>
  commune ? `/don-vi/${province}/${commune}/` : `/don-vi/${province}/`;

export const indicatorPath = (id: string): string => `/chi-tieu/${id}/`;
export const planPath = (id: string): string => `/ke-hoach/${id}/`;
/** A content page (methodology, about) by its file name. */
export const contentPath = (id: string): string => `/${id}/`;
/** A province's data-quality page, listing its communes. */
export const qualityPath = (province: Unit): string => `${paths.quality}${province.slug}/`;
/** The entry for a validation code in the catalogue on the data-format page. */
export const diagnosticCodePath = (code: string): string => `${paths.formats}#${code}`;

/** A task on its plan's page, or in its unit's task list when it names no plan. */
export function taskPath(
  task: { id: string; plan?: string | undefined; unit: string },
  units: ReadonlyMap<string, Unit>,
): string {
  if (task.plan) return `${planPath(task.plan)}#${task.id}`;
  const unit = units.get(task.unit);
  return `${unit ? unitPath(unit, units) : paths.home}#nhiem-vu`;
}

/** "/don-vi/quang-ninh/" → "/the/don-vi/quang-ninh.png"; the home page's is "/the/trang-chu.png". */
export const cardPath = (page: string): string =>
  page === paths.home ? '/the/trang-chu.png' : `/the${page.replace(/\/$/, '')}.png`;
/** The script-free chart of a page, for iframes: "/embed/don-vi/quang-ninh/". */
export const embedPath = (page: string): string => `/embed${page}`;
/** A unit's every report, revisions included. */
export const unitCsvPath = (code: string): string => `/tai-ve/don-vi/${code}.csv`;
/**
 * A unit's workbook: headline and how it is counted, each indicator's status and why, targets
 * (one row per phase, with document and section), reports and tasks.
 */
export const unitWorkbookPath = (code: string): string => `/tai-ve/don-vi/${code}.xlsx`;
/**
 * The name a unit's download is saved under ("17605-xa-hop-minh.csv"): the URL keeps the code
 * alone, which never changes (a permanent URL), while the saved file says whose it is.
 */
export const unitDownloadName = (unit: Pick<Unit, 'code' | 'slug'>, ext: 'csv' | 'xlsx'): string =>
  `${unit.code}-${unit.slug}.${ext}`;
/** A unit's values, targets, statuses and tasks as JSON. */
export const unitJsonPath = (code: string): string => `/tai-ve/don-vi/${code}.json`;
/** Every unit's reports on one indicator. */
export const indicatorCsvPath = (id: string): string => `/tai-ve/chi-tieu/${id}.csv`;

/** One publication: its changes page; its manifest, data and archive are kept beside it for good. */
export const publicationPath = (id: string): string => `/cong-bo/${id}/`;
/** A file of a publication kept at a stable URL: manifest.json, quan-sat.parquet, the zip… */
export const publicationFile = (id: string, name: string): string => `/cong-bo/${id}/${name}`;
/** The name of a publication's zip archive. */
export const zipName = (id: string): string => `minh-bach-${id}.zip`;
/**
 * A publication's zip archive, on the site once: at its stable URL, while it is the live one
 * (older publications' archives stay off the site, listed with their SHA-256 in their manifests).
 */
export const publicationZip = (id: string): string => publicationFile(id, zipName(id));
/** A unit's Atom feed of changes, beside its page. */
export const unitFeedPath = (unit: Unit, units: ReadonlyMap<string, Unit>): string =>
  `${unitPath(unit, units)}thay-doi.xml`;
/** A unit's changes on the changes page of a publication. */
export const unitChangesPath = (id: string, code: string): string =>
  `${publicationPath(id)}#don-vi-${code}`;

/** Route parameters of a unit page: /don-vi/[province]/ or /don-vi/[province]/[commune]/. */
export function unitRoute(
  unit: Unit,
  units: ReadonlyMap<string, Unit>,
): { province: string; commune?: string } {
  const [, , province, commune] = unitPath(unit, units).split('/');
  return commune ? { province: province!, commune } : { province: province! };
}

/** The rest parameter of a unit's embed route: "quang-ninh/xa-a" for /embed/don-vi/quang-ninh/xa-a/. */
export const unitEmbedRoute = (unit: Unit, units: ReadonlyMap<string, Unit>): string =>
  unitPath(unit, units).replace(/^\/don-vi\/|\/$/g, '');

/** A month's section id on the supervision pages: "2026-10" → "thang-10-2026". */
export const monthAnchor = (period: string): string =>
  `thang-${period.slice(5, 7)}-${period.slice(0, 4)}`;
/** The national reporting summary of one month: "/giam-sat/thang-10-2026/". */
export const supervisionMonthPath = (period: string): string =>
  `${paths.supervision}${monthAnchor(period)}/`;
/** A province's supervision lists: who reported when, overdue tasks, targets behind. */
export const supervisionPath = (province: Unit): string => `${paths.supervision}${province.slug}/`;
/** A unit's one-page supervision sheet: "/phieu-giam-sat/quang-ninh/xa-a/". */
export const sheetPath = (unit: Unit, units: ReadonlyMap<string, Unit>): string =>
  unitPath(unit, units).replace(/^\/don-vi\//, '/phieu-giam-sat/');
/** Route parameter of a supervision sheet: "quang-ninh/xa-a". */
export const sheetRoute = (unit: Unit, units: ReadonlyMap<string, Unit>): string =>
  unitEmbedRoute(unit, units);
/** A province's supervision downloads: "/tai-ve/giam-sat/22-bao-cao.csv" and its kin. */
export const supervisionCsvPath = (
  provinceCode: string,
  list: 'bao-cao' | 'chi-tieu' | 'nhiem-vu-qua-han',
): string => `/tai-ve/giam-sat/${provinceCode}-${list}.csv`;
