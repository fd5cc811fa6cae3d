import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeBytes } from '../../lib/ingest/decode.ts';
import { dateIn, locateSources, type SourceFiles } from './locate.ts';
import { predecessorsToCsv } from './outputs.ts';
import { registryReadme, type SourceMeta } from './readme.ts';
import { reconcile, type Registry } from './reconcile/reconcile.ts';
import { parseNsoTable } from './sources/nso.ts';
import { parseProvinceCodes, parseProvinceMap } from './sources/province-tables.ts';
import { parseSnapshot } from './sources/snapshot.ts';
import { issue, type Issue } from './types.ts';
import { unitsToCsv } from './units-csv.ts';

export interface Imported {
  registry: Registry;
  meta: SourceMeta[];
  asOf: string;
}

/** The source files in `dir`, or the errors saying which cannot be found. */
function locate(dir: string, given: Partial<SourceFiles>): SourceFiles | Issue[] {
  const missing = (vi: string, en: string) =>
    issue('error', 'SOURCE_MISSING', { file: dir }, vi, en);
  if (!existsSync(dir))
    return [
      missing(
        `Không có thư mục nguồn ${dir}: chỉ rõ thư mục chứa các bảng`,
        `No source folder ${dir}: name the folder that holds the tables`,
      ),
    ];
  const located = locateSources(readdirSync(dir), given);
  if ('files' in located) return located.files;
  return located.missing.map((role) =>
    missing(
      `Không tìm thấy tệp nguồn "${role}" trong ${dir}: chỉ rõ bằng --${role} TỆP`,
      `No "${role}" source file in ${dir}: name it with --${role} FILE`,
    ),
  );
}

/** Reads the five tables from `dir` (file names found by `locateSources`, or given), and reconciles them. */
export function importRegistry(
  dir: string,
  given: Partial<SourceFiles> = {},
): Imported | { issues: Issue[] } {
  const f = locate(dir, given);
  if (Array.isArray(f)) return { issues: f };
  const meta: SourceMeta[] = [];
  const issues: Issue[] = [];
  const text = (role: keyof SourceFiles): string => {
    const bytes = readFileSync(join(dir, f[role]));
    meta.push({
      role,
      file: f[role],
      bytes: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    });
    const decoded = decodeBytes(bytes);
    if (decoded.ok) return decoded.text;
    issues.push(
      issue('error', 'FILE_UNREADABLE', { file: f[role] }, decoded.detail, decoded.detail),
    );
    return '';
  };
  const nso = parseNsoTable(text('nso'), f.nso);
  const base = parseSnapshot(text('base'), f.base);
  const current = parseSnapshot(text('current'), f.current);
  const map = parseProvinceMap(text('map'), f.map);
  const codes = parseProvinceCodes(text('codes'), f.codes);
  const asOf = dateIn(f.current);
  const registry = reconcile({
    nso: { file: f.nso, rows: nso.rows },
    base: { file: f.base, date: dateIn(f.base), units: base.units },
    current: { file: f.current, date: asOf, units: current.units },
    map: { file: f.map, rows: map.rows },
    codes: { file: f.codes, rows: codes.rows },
  });
  const read = [issues, nso.issues, base.issues, current.issues, map.issues, codes.issues];
  registry.issues.unshift(...read.flat());
  return { registry, meta, asOf };
}

/** Writes units.csv, predecessors.csv and README.md into `out`. */
export function writeRegistry(out: string, imported: Imported): string[] {
  mkdirSync(out, { recursive: true });
  const files: [string, string][] = [
    ['units.csv', unitsToCsv(imported.registry.units)],
    ['predecessors.csv', predecessorsToCsv(imported.registry.predecessors)],
    ['README.md', registryReadme(imported.registry, imported.meta, imported.asOf)],
  ];
  for (const [name, content] of files) writeFileSync(join(out, name), content);
  return files.map(([name]) => join(out, name));
}
