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
import { findConflicts, readObservations } from './observations.ts';
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
    if (entry.isDirectory()) out.push(...listDataFiles(path, root));
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

/** Loads, decodes and validates every input: read → validate. Never throws on bad data. */
export function loadInputs(options: LoadOptions): LoadResult {
  const { dataDir, contentDir, maxFileMb = 50 } = options;
  const diagnostics: Diagnostic[] = [];
  const { dataset, diagnostics: datasetDiagnostics } = readDataset(dataDir);
  diagnostics.push(...datasetDiagnostics);

  const indicatorsRead = readCollection(
    join(contentDir, 'indicators'),
    indicatorSchema,
    join(contentDir, '..'),
  );
  const plansRead = readCollection(join(contentDir, 'plans'), planSchema, join(contentDir, '..'));
  diagnostics.push(...indicatorsRead.diagnostics, ...plansRead.diagnostics);
  const indicators: Indicator[] = indicatorsRead.entries.map((e) => ({ id: e.id, ...e.data }));
  const plans: Plan[] = plansRead.entries.map((e) => ({ id: e.id, ...e.data }));

  let units: Unit[] = [];
  if (existsSync(join(dataDir, 'units.csv'))) {
    const read = readUnits(
      readTableFile(dataDir, 'units.csv', unitColumns, maxFileMb),
      'units.csv',
    );
    units = read.units;
    diagnostics.push(...read.diagnostics);
  } else {
    diagnostics.push(
      makeDiagnostic(
        'FILE_UNREADABLE',
        { file: 'units.csv' },
        {
          detail:
            'không tìm thấy; chạy "npm run sample" hoặc "npm run import-registry" / not found; run "npm run sample" or "npm run import-registry"',
        },
      ),
    );
  }
  const unitMap = new Map(units.map((u) => [u.code, u]));
  const indicatorMap = new Map(indicators.map((i) => [i.id, i]));
  diagnostics.push(...checkPlans(plansRead.entries, unitMap, indicatorMap));

  let rows = 0;
  const exportFiles = options.only?.exports ?? listDataFiles(join(dataDir, 'exports'), dataDir);
  const all: Observation[] = [];
  for (const file of exportFiles) {
    const table = readTableFile(dataDir, file, observationColumns, maxFileMb);
    rows += table.rows.length;
    diagnostics.push(...table.diagnostics);
    if (table.diagnostics.some((i) => i.code === 'COLUMN_MISSING')) continue;
    const read = readObservations(table, file, {
      units: unitMap,
      indicators: indicatorMap,
      asOf: dataset?.publishedAt ?? '9999-12-31',
      folderProvince: folderProvince(file),
    });
    diagnostics.push(...read.diagnostics);
    for (const o of read.observations) all.push(o);
  }
  const { kept, diagnostics: conflictDiagnostics } = findConflicts(all);
  diagnostics.push(...conflictDiagnostics);

  const tasks: Task[] = [];
  const taskFiles = options.only?.tasks ?? listDataFiles(join(dataDir, 'tasks'), dataDir);
  for (const file of taskFiles) {
    const table = readTableFile(dataDir, file, taskColumns, maxFileMb);
    rows += table.rows.length;
    const read = readTasks(table, file, unitMap);
    diagnostics.push(...read.diagnostics);
    tasks.push(...read.tasks);
  }

  const inputs = dataset ? { dataset, units, indicators, plans, observations: kept, tasks } : null;
  return { inputs, diagnostics, files: exportFiles.length + taskFiles.length + 1, rows };
}
