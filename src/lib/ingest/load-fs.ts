import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { datasetSchema, type Dataset } from '../schema/dataset.ts';
import { indicatorSchema, type Indicator } from '../schema/indicator.ts';
import { observationColumns, type Observation } from '../schema/observation.ts';
import { planSchema, type Plan } from '../schema/plan.ts';
import { taskColumns, type Task } from '../schema/task.ts';
import { unitColumns, type Unit } from '../schema/unit.ts';
import type { Column } from '../schema/columns.ts';
import { makeDiagnostic, type Diagnostic } from './diagnostics/diagnostic.ts';
import { zodDiagnostics } from './diagnostics/zod.ts';
import { readCollection } from './content-fs.ts';
import { findConflicts } from './conflicts.ts';
import { readObservations, type ObservationContext } from './observations.ts';
import { append } from '../util/append.ts';
import { readTableBytes } from './read-table.ts';
import { protectRecord, recordWarnings, textWarnings } from './control-chars.ts';
import { readTasks, type TaskContext } from './tasks.ts';
import { unreadTable, type Table } from './table.ts';
import { readUnits } from './units.ts';
import { looksSuspicious } from './numbers.ts';
import { checkIndicatorSources, checkPlans } from './references.ts';

export interface Inputs {
  dataset: Dataset;
  units: Unit[];
  indicators: Indicator[];
  plans: Plan[];
  observations: Observation[];
  tasks: Task[];
}

export interface LoadOptions {
  dataDir: string;
  contentDir: string;
  /** Larger export files are refused (FILE_TOO_LARGE). */
  maxFileMb?: number;
  /** Read only these export and task files (paths relative to dataDir, or absolute) instead of all. */
  only?: { exports: string[]; tasks: string[] } | undefined;
}

export interface LoadResult {
  inputs: Inputs | null;
  diagnostics: Diagnostic[];
  files: number;
  rows: number;
}

const DATA_FILE = /\.(csv|tsv|txt|json)$/i;
const SPREADSHEET = /\.(xlsx|xlsm|xlsb|xls|ods|numbers)$/i;

/** The data files of a folder, and a diagnostic for every other file in it (nothing skipped silently). */
export interface DataFiles {
  /** Paths relative to the data folder, with forward slashes, sorted. */
  files: string[];
  skipped: Diagnostic[];
}

/** Why a file is not read: a spreadsheet must be saved as CSV (error), anything else is noted. */
function skippedFile(file: string, name: string): Diagnostic {
  if (name.startsWith('~$'))
    return makeDiagnostic(
      'FILE_SKIPPED',
      { file },
      {
        value: name,
        detail: 'tệp khóa tạm của Excel (tệp gốc đang mở)',
        detailEn: "Excel's lock file (the workbook is open)",
      },
    );
  if (SPREADSHEET.test(name)) return makeDiagnostic('FILE_SPREADSHEET', { file }, { value: name });
  return makeDiagnostic(
    'FILE_SKIPPED',
    { file },
    {
      value: name,
      detail: 'chỉ đọc tệp .csv, .tsv, .txt và .json',
      detailEn: 'only .csv, .tsv, .txt and .json files are read',
    },
  );
}

function walk(dir: string, root: string, out: DataFiles): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    const file = relative(root, dir).split(sep).join('/');
    out.skipped.push(makeDiagnostic('FILE_UNREADABLE', { file }, { detail: (e as Error).message }));
    return;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue; // .gitkeep, .DS_Store: hidden files are not data
    const path = join(dir, entry.name);
    const file = relative(root, path).split(sep).join('/');
    const named = { file, column: 'tên tệp / file name' };
    append(out.skipped, textWarnings(entry.name, named));
    if (looksSuspicious(entry.name)) out.skipped.push(makeDiagnostic('TEXT_SUSPICIOUS', named));
    if (entry.isDirectory()) walk(path, root, out);
    else if (DATA_FILE.test(entry.name)) out.files.push(file);
    else out.skipped.push(skippedFile(file, entry.name));
  }
}

/** Every data file below `dir` (or `dir` itself, a file), as paths relative to `root`. */
export function scanDataFiles(dir: string, root: string): DataFiles {
  const out: DataFiles = { files: [], skipped: [] };
  if (!existsSync(dir)) return out;
  if (statSync(dir).isFile()) out.files.push(relative(root, dir).split(sep).join('/'));
  else walk(dir, root, out);
  return out;
}

/** Reads and decodes one tabular file (CSV or JSON); a file that cannot be read is reported. */
export function readTableFile(
  root: string,
  file: string,
  columns: readonly Column[],
  maxFileMb = 50,
): Table {
  const path = resolve(root, file);
  let bytes: Uint8Array;
  try {
    const size = statSync(path).size;
    if (size > maxFileMb * 1024 * 1024)
      return unreadTable([
        makeDiagnostic(
          'FILE_TOO_LARGE',
          { file },
          { size: (size / 1048576).toFixed(2), limit: maxFileMb },
        ),
      ]);
    bytes = readFileSync(path);
  } catch (e) {
    return unreadTable([
      makeDiagnostic('FILE_UNREADABLE', { file }, { detail: (e as Error).message }),
    ]);
  }
  return readTableBytes(bytes, file, columns);
}

/** The province code of an export's folder (`exports/22/...` → "22"), if it is one. */
export function folderProvince(file: string): string | undefined {
  const match = /^(?:.*\/)?exports\/(\d{2})\//.exec(file);
  return match?.[1];
}

function readDataset(dataDir: string): { dataset: Dataset | null; diagnostics: Diagnostic[] } {
  const file = 'dataset.json';
  const path = join(dataDir, file);
  if (!existsSync(path))
    return {
      dataset: null,
      diagnostics: [
        makeDiagnostic(
          'FILE_UNREADABLE',
          { file },
          {
            detail:
              'không tìm thấy; chạy "npm run sample" để tạo dữ liệu mẫu / not found; run "npm run sample" for sample data',
          },
        ),
      ],
    };
  try {
    const raw: unknown = JSON.parse(readFileSync(path, 'utf8'));
    const parsed = datasetSchema.safeParse(raw);
    return parsed.success
      ? { dataset: protectRecord(parsed.data), diagnostics: recordWarnings(raw, file) }
      : { dataset: null, diagnostics: zodDiagnostics(parsed.error, { file }) };
  } catch (e) {
    return {
      dataset: null,
      diagnostics: [makeDiagnostic('FILE_UNREADABLE', { file }, { detail: (e as Error).message })],
    };
  }
}

/** The indicator catalog and the plans (content collections), read with their zod schemas. */
function readContent(contentDir: string) {
  const root = join(contentDir, '..');
  const indicators = readCollection(join(contentDir, 'indicators'), indicatorSchema, root);
  const plans = readCollection(join(contentDir, 'plans'), planSchema, root);
  const planIds = new Set(plans.entries.map((e) => e.id));
  return {
    indicators: indicators.entries.map((e): Indicator => ({ id: e.id, ...e.data })),
    plans: plans.entries.map((e): Plan => ({ id: e.id, ...e.data })),
    planEntries: plans.entries,
    diagnostics: [
      ...indicators.diagnostics,
      ...plans.diagnostics,
      ...checkIndicatorSources(indicators.entries, planIds),
    ],
  };
}

function readRegistry(
  dataDir: string,
  maxFileMb: number,
): { units: Unit[]; diagnostics: Diagnostic[] } {
  if (existsSync(join(dataDir, 'units.csv')))
    return readUnits(readTableFile(dataDir, 'units.csv', unitColumns, maxFileMb), 'units.csv');
  const detail =
    'không tìm thấy; chạy "npm run sample" hoặc "npm run import-registry" / not found; run "npm run sample" or "npm run import-registry"';
  return {
    units: [],
    diagnostics: [makeDiagnostic('FILE_UNREADABLE', { file: 'units.csv' }, { detail })],
  };
}

interface Loaded {
  rows: number;
  diagnostics: Diagnostic[];
}

/** Every export file's rows, validated against the registry and catalog; conflicts across files found. */
function readExports(
  dataDir: string,
  files: readonly string[],
  maxFileMb: number,
  ctx: Omit<ObservationContext, 'folderProvince'>,
): Loaded & { observations: Observation[] } {
  const out: Loaded = { rows: 0, diagnostics: [] };
  const all: Observation[] = [];
  for (const file of files) {
    const table = readTableFile(dataDir, file, observationColumns, maxFileMb);
    out.rows += table.rows.length;
    append(out.diagnostics, table.diagnostics);
    const read = readObservations(table, file, { ...ctx, folderProvince: folderProvince(file) });
    append(out.diagnostics, read.diagnostics);
    append(all, read.observations);
  }
  const { kept, diagnostics } = findConflicts(all);
  append(out.diagnostics, diagnostics);
  return { ...out, observations: kept };
}

function readTaskFiles(
  dataDir: string,
  files: readonly string[],
  maxFileMb: number,
  ctx: TaskContext,
): Loaded & { tasks: Task[] } {
  const out = { rows: 0, diagnostics: [] as Diagnostic[], tasks: [] as Task[] };
  for (const file of files) {
    const table = readTableFile(dataDir, file, taskColumns, maxFileMb);
    out.rows += table.rows.length;
    const read = readTasks(table, file, ctx);
    append(out.diagnostics, read.diagnostics);
    append(out.tasks, read.tasks);
  }
  return out;
}

/** The export and task files to read (all of them, or only those asked for), and those skipped. */
function dataFiles(dataDir: string, only: LoadOptions['only']) {
  if (only) return { ...only, skipped: [] };
  const exports = scanDataFiles(join(dataDir, 'exports'), dataDir);
  const tasks = scanDataFiles(join(dataDir, 'tasks'), dataDir);
  const skipped = [...exports.skipped, ...tasks.skipped];
  // A dataset without a single export would publish nothing: that is a mistake, not a site.
  if (exports.files.length === 0)
    skipped.unshift(makeDiagnostic('FOLDER_EMPTY', { file: 'exports' }, { value: 'exports' }));
  return { exports: exports.files, tasks: tasks.files, skipped };
}

/** Loads, decodes and validates every input: read → validate. Never throws on bad data. */
export function loadInputs(options: LoadOptions): LoadResult {
  const { dataDir, contentDir, maxFileMb = 50 } = options;
  const { dataset, diagnostics } = readDataset(dataDir);
  const content = readContent(contentDir);
  const registry = readRegistry(dataDir, maxFileMb);
  append(diagnostics, content.diagnostics);
  append(diagnostics, registry.diagnostics);
  const units = new Map(registry.units.map((u) => [u.code, u]));
  const indicators = new Map(content.indicators.map((i) => [i.id, i]));
  append(diagnostics, checkPlans(content.planEntries, units, indicators));

  const files = dataFiles(dataDir, options.only);
  append(diagnostics, files.skipped);
  const asOf = dataset?.publishedAt ?? '9999-12-31';
  const exports = readExports(dataDir, files.exports, maxFileMb, {
    units,
    indicators,
    plans: content.plans,
    asOf,
  });
  const plans = new Set(content.plans.map((p) => p.id));
  const tasks = readTaskFiles(dataDir, files.tasks, maxFileMb, {
    units,
    plans,
    asOf,
    indicators,
  });
  append(diagnostics, exports.diagnostics);
  append(diagnostics, tasks.diagnostics);

  const inputs = dataset && {
    dataset,
    units: registry.units,
    indicators: content.indicators,
    plans: content.plans,
    observations: exports.observations,
    tasks: tasks.tasks,
  };
  const checked = files.exports.length + files.tasks.length + 1;
  return { inputs, diagnostics, files: checked, rows: exports.rows + tasks.rows };
}
