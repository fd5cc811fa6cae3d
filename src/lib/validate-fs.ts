import { existsSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { loadInputs, type LoadResult } from './ingest/load-fs.ts';
import { hasErrors } from './issues/issue.ts';

export interface ValidateOptions {
  dataDir: string;
  contentDir: string;
  maxFileMb?: number;
  /** A file or folder to check on its own; its issues are the only ones reported. */
  only?: string | undefined;
}

/**
 * Validates all inputs, or only what lies under `only` (the registry and catalog are still
 * read, since rows are checked against them, but their issues are not reported then).
 */
export function validate(options: ValidateOptions): LoadResult {
  const result = loadInputs(options);
  if (!options.only) return result;
  const target = resolve(options.only);
  if (!existsSync(target)) return { ...result, issues: [], files: 0, rows: 0 };
  const under = (file: string) => {
    const abs = resolve(options.dataDir, file);
    const absContent = resolve(options.contentDir, '..', file);
    return [abs, absContent].some((p) => p === target || (statSync(target).isDirectory() && p.startsWith(target + sep)));
  };
  const issues = result.issues.filter((i) => under(i.file));
  const files = relative(resolve(options.dataDir), target).startsWith('..') ? 1 : result.files;
  return { ...result, issues, files };
}

export { hasErrors, join };
