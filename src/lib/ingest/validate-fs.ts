import { existsSync, statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { makeDiagnostic } from './diagnostics/diagnostic.ts';
import { listDataFiles, loadInputs, type LoadResult } from './load-fs.ts';

export interface ValidateOptions {
  dataDir: string;
  contentDir: string;
  maxFileMb?: number;
  /** A file or folder to check on its own; its diagnostics are the only ones reported. */
  path?: string | undefined;
}

/**
 * Validates all inputs, or only the export and task files under `path` (a file or folder,
 * inside the data folder or anywhere else): the registry, catalog and plans are still read,
 * since rows are checked against them, but then only that path's diagnostics are reported, and
 * no other export is read, so checking one file stays fast.
 */
export function validate(options: ValidateOptions): LoadResult {
  const { path, ...rest } = options;
  if (!path) return loadInputs(rest);
  const target = resolve(path);
  const name = relative(resolve(options.dataDir), target).split(sep).join('/');
  const shown = name.startsWith('..') ? path : name;
  if (!existsSync(target))
    return {
      inputs: null,
      diagnostics: [
        makeDiagnostic(
          'FILE_UNREADABLE',
          { file: shown },
          { detail: 'không tìm thấy / not found' },
        ),
      ],
      files: 0,
      rows: 0,
    };
  const files = statSync(target).isDirectory()
    ? listDataFiles(target, options.dataDir)
    : [name.startsWith('..') ? target : name];
  const isTask = (f: string) => /(^|\/)tasks\//.test(f);
  const result = loadInputs({
    ...rest,
    only: { exports: files.filter((f) => !isTask(f)), tasks: files.filter(isTask) },
  });
  const inScope = new Set(files);
  return {
    ...result,
    diagnostics: result.diagnostics.filter((i) => inScope.has(i.file)),
    files: files.length,
  };
}
