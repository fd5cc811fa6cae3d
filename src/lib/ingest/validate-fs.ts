import { existsSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { makeDiagnostic, type Diagnostic } from './diagnostics/diagnostic.ts';
import { loadInputs, scanDataFiles, type DataFiles, type LoadResult } from './load-fs.ts';

export interface ValidateOptions {
  dataDir: string;
  contentDir: string;
  maxFileMb?: number;
  /** A file or folder to check on its own; its diagnostics are the only ones reported. */
  path?: string | undefined;
}

const failed = (diagnostics: Diagnostic[]): LoadResult => ({
  inputs: null,
  diagnostics,
  files: 0,
  rows: 0,
});

/** A folder holding a dataset (dataset.json), or the data folder itself: checked as a whole. */
const isDataFolder = (target: string, dataDir: string): boolean =>
  target === resolve(dataDir) || existsSync(join(target, 'dataset.json'));

/** Files outside the data folder are named by their absolute path, not by "../../…". */
function shownOutside(scan: DataFiles, dataDir: string): DataFiles {
  const shown = (f: string) => (f.startsWith('..') ? resolve(dataDir, f) : f);
  return {
    files: scan.files.map(shown),
    skipped: scan.skipped.map((d) => ({ ...d, file: shown(d.file) })),
  };
}

/**
 * Validates all inputs, or only the export and task files under `path` (a file or folder,
 * inside the data folder or anywhere else): the registry, catalog and plans are still read,
 * since rows are checked against them, but then only that path's diagnostics are reported, and
 * no other export is read, so checking one file stays fast. A data folder (`npm run validate --
 * data`) is validated as the dataset it is; `units.csv` or `dataset.json` as what they are.
 */
export function validate(options: ValidateOptions): LoadResult {
  const { path, ...rest } = options;
  if (!path) return loadInputs(rest);
  const target = resolve(path);
  const name = relative(resolve(options.dataDir), target).split(sep).join('/');
  const outside = name.startsWith('..');
  const shown = outside ? path : name;
  if (!existsSync(target))
    return failed([
      makeDiagnostic('FILE_UNREADABLE', { file: shown }, { detail: 'không tìm thấy / not found' }),
    ]);
  if (statSync(target).isDirectory() && isDataFolder(target, options.dataDir))
    return loadInputs({ ...rest, dataDir: target });
  const registry = name === 'units.csv' || name === 'dataset.json';
  const scan = registry
    ? { files: [], skipped: [] }
    : shownOutside(scanDataFiles(target, options.dataDir), options.dataDir);
  if (!registry && scan.files.length === 0)
    return failed([
      makeDiagnostic('FOLDER_EMPTY', { file: shown }, { value: shown }),
      ...scan.skipped,
    ]);
  const files = scan.files;
  const isTask = (f: string) => /(^|\/)tasks\//.test(f);
  const result = loadInputs({
    ...rest,
    only: { exports: files.filter((f) => !isTask(f)), tasks: files.filter(isTask) },
  });
  const inScope = new Set(registry ? [name] : files);
  return {
    ...result,
    diagnostics: [...scan.skipped, ...result.diagnostics.filter((i) => inScope.has(i.file))],
    files: registry ? 1 : files.length,
  };
}
