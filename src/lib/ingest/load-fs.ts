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
import { decodeBytes } from './decode.ts';
import { findConflicts } from './conflicts.ts';
import { readObservations, type ObservationContext } from './observations.ts';
import { append } from '../util/append.ts';
import { readTasks } from './tasks.ts';
import { readCsv, readJson, type Table } from './table.ts';
import { readUnits } from './units.ts';
import { checkPlans } from './plans.ts';

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

/** Every data file below `dir`, sorted, as paths relative to `root` with forward slashes. */
export function listDataFiles(dir: string, root: string): string[] {
  if (!existsSync(dir)) return [];
  if (statSync(dir).isFile()) return [relative(root, dir).split(sep).join('/')];
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) append(out, listDataFiles(path, root));
    else if (DATA_FILE.test(entry.name)) out.push(relative(root, path).split(sep).join('/'));
  }
  return out;
}

/** Reads and decodes one tabular file (CSV or JSON). */
export function readTableFile(
  root: string,
  file: string,
  columns: readonly Column[],
  maxFileMb = 50,
): Table {
  const path = resolve(root, file);
  const size = statSync(path).size;
  if (size > maxFileMb * 1024 * 1024)
    return {
      rows: [],
      headers: {},
      index: {},
      diagnostics: [
        makeDiagnostic(
          'FILE_TOO_LARGE',
          { file },
          { size: (size / 1048576).toFixed(2), limit: maxFileMb },
        ),
      ],
    };
  const decoded = decodeBytes(readFileSync(path));
  if (!decoded.ok)
    return {
      rows: [],
      headers: {},
      index: {},
      diagnostics: [makeDiagnostic('FILE_UNREADABLE', { file }, { detail: decoded.detail })],
    };
  return /\.json$/i.test(file)
    ? readJson(decoded.text, file, columns)
    : readCsv(decoded.text, file, columns);
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
    const parsed = datasetSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    return parsed.success
      ? { dataset: parsed.data, diagnostics: [] }
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
  return {
    indicators: indicators.entries.map((e): Indicator => ({ id: e.id, ...e.data })),
    plans: plans.entries.map((e): Plan => ({ id: e.id, ...e.data })),
    planEntries: plans.entries,
    diagnostics: [...indicators.diagnostics, ...plans.diagnostics],
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
    if (table.diagnostics.some((i) => i.code === 'COLUMN_MISSING')) continue;
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
  units: ReadonlyMap<string, Unit>,
): Loaded & { tasks: Task[] } {
  const out = { rows: 0, diagnostics: [] as Diagnostic[], tasks: [] as Task[] };
  for (const file of files) {
    const table = readTableFile(dataDir, file, taskColumns, maxFileMb);
    out.rows += table.rows.length;
    const read = readTasks(table, file, units);
    append(out.diagnostics, read.diagnostics);
    append(out.tasks, read.tasks);
  }
  return out;
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

  const exportFiles = options.only?.exports ?? listDataFiles(join(dataDir, 'exports'), dataDir);
  const exports = readExports(dataDir, exportFiles, maxFileMb, {
    units,
    indicators,
    plans: content.plans,
    asOf: dataset?.publishedAt ?? '9999-12-31',
  });
  const taskFiles = options.only?.tasks ?? listDataFiles(join(dataDir, 'tasks'), dataDir);
  const tasks = readTaskFiles(dataDir, taskFiles, maxFileMb, units);
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
  const files = exportFiles.length + taskFiles.length + 1;
  return { inputs, diagnostics, files, rows: exports.rows + tasks.rows };
}
