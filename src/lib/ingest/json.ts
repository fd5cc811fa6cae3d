import type { Column } from '../schema/columns.ts';
import { makeDiagnostic, type Diagnostic, type Params } from './diagnostics/diagnostic.ts';
import { mapHeaders } from './header.ts';
import { duplicateKeys, type DuplicateKey } from './json-keys.ts';
import { limits } from './limits.ts';
import { blank, unitOf, unreadTable, type Cell, type Table, type TableRow } from './table.ts';

type JsonRecord = Record<string, unknown>;

const isRecord = (v: unknown): v is JsonRecord =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** What a JSON value is, for messages. */
function kindOf(value: unknown): { detail: string; detailEn: string } {
  if (value === null) return { detail: 'null', detailEn: 'null' };
  if (Array.isArray(value)) return { detail: 'một mảng [...]', detailEn: 'an array [...]' };
  if (typeof value === 'object')
    return { detail: 'một đối tượng {...}', detailEn: 'an object {...}' };
  if (typeof value === 'string') return { detail: 'một chuỗi chữ', detailEn: 'a string' };
  if (typeof value === 'number') return { detail: 'một số', detailEn: 'a number' };
  return { detail: String(value), detailEn: String(value) };
}

/** The records of a JSON file: the array itself, or the one array an object holds. */
function recordsOf(data: unknown, file: string): unknown[] | Diagnostic {
  if (Array.isArray(data)) return data;
  if (!isRecord(data)) return makeDiagnostic('JSON_SHAPE', { file }, kindOf(data));
  const arrays = Object.entries(data).filter(([, v]) => Array.isArray(v));
  if (arrays.length === 1) return arrays[0]![1] as unknown[];
  const keys = arrays.map(([k]) => `"${k}"`).join(', ');
  const shape =
    arrays.length === 0
      ? { detail: 'một đối tượng không chứa mảng nào', detailEn: 'an object holding no array' }
      : {
          detail: `một đối tượng chứa ${arrays.length} mảng (${keys}): không rõ mảng nào là số liệu`,
          detailEn: `an object holding ${arrays.length} arrays (${keys}): which one holds the data is unclear`,
        };
  return makeDiagnostic('JSON_SHAPE', { file }, shape);
}

/** Every key any record uses, in first-seen order; null past the column limit. */
function columnNames(records: readonly unknown[]): string[] | null {
  const names = new Set<string>();
  for (const r of records)
    if (isRecord(r))
      for (const key of Object.keys(r)) {
        names.add(key);
        if (names.size > limits.columns) return null;
      }
  return [...names];
}

interface RecordShape {
  file: string;
  names: readonly string[];
  index: Record<string, number>;
  /** Record index → a key it holds twice. */
  twice?: ReadonlyMap<number, string>;
}

/** A cell that cannot be read, located at its record and column. */
function cellProblem(
  code: 'CELL_NOT_SCALAR' | 'CELL_TOO_LONG',
  shape: RecordShape,
  values: readonly Cell[],
  i: number,
  name: string,
  params: Params,
): Diagnostic {
  const unit = unitOf(values, shape.index);
  const at = { file: shape.file, row: i + 2, column: name, ...(unit ? { unit } : {}) };
  return makeDiagnostic(code, at, { index: i, limit: limits.cellChars, ...params });
}

/** A record's cells in column order, or the diagnostic of its first cell that cannot be read. */
function readRecord(record: JsonRecord, i: number, shape: RecordShape): Cell[] | Diagnostic {
  const { names } = shape;
  const values = new Array<Cell>(names.length).fill(null);
  let total = 0;
  for (let j = 0; j < names.length; j++) {
    const name = names[j]!;
    // Own keys only: a record without "constructor" must not read Object's.
    const v = Object.hasOwn(record, name) ? record[name] : null;
    if (v === null || v === undefined) continue;
    if (typeof v === 'number' || typeof v === 'boolean') {
      values[j] = v;
      continue;
    }
    if (typeof v !== 'string')
      return cellProblem('CELL_NOT_SCALAR', shape, values, i, name, kindOf(v));
    const trimmed = v.trim();
    if (trimmed.length > limits.cellChars)
      return cellProblem('CELL_TOO_LONG', shape, values, i, name, { length: trimmed.length });
    values[j] = trimmed;
    total += trimmed.length;
  }
  if (total <= limits.rowChars) return values;
  return makeDiagnostic(
    'ROW_TOO_LONG',
    { file: shape.file, row: i + 2 },
    { length: total, limit: limits.rowChars },
  );
}

/** The rows of the records: a record that is not an object, or holds a nested value, is reported. */
function readRecords(records: readonly unknown[], shape: RecordShape, diagnostics: Diagnostic[]) {
  const rows: TableRow[] = [];
  records.forEach((record, i) => {
    if (!isRecord(record)) {
      diagnostics.push(
        makeDiagnostic(
          'JSON_RECORD_INVALID',
          { file: shape.file, row: i + 2 },
          {
            index: i,
            ...kindOf(record),
          },
        ),
      );
      return;
    }
    const key = shape.twice?.get(i);
    if (key !== undefined) {
      const at = { file: shape.file, row: i + 2, column: key };
      const where = { detail: `bản ghi [${i}]`, detailEn: `record [${i}]` };
      diagnostics.push(makeDiagnostic('JSON_DUPLICATE_KEY', at, { key, ...where }));
      return;
    }
    const values = readRecord(record, i, shape);
    if (!Array.isArray(values)) diagnostics.push(values);
    else if (!values.every(blank)) rows.push({ row: i + 2, values });
  });
  return rows;
}

/**
 * Keys written twice: in a record, that record is rejected; in the object around the records,
 * the whole file (either copy may be the data). Deeper ones sit in cells, errors already.
 */
function recordsTwice(
  dups: readonly DuplicateKey[],
  file: string,
  recordDepth: number,
): Map<number, string> | Diagnostic {
  const twice = new Map<number, string>();
  for (const d of dups) {
    if (d.depth === 0) {
      const where = { detail: 'đối tượng ngoài cùng', detailEn: 'the outermost object' };
      return makeDiagnostic('JSON_DUPLICATE_KEY', { file }, { key: d.key, ...where });
    }
    if (d.index !== undefined && d.depth === recordDepth && !twice.has(d.index))
      twice.set(d.index, d.key);
  }
  return twice;
}

/**
 * Parses JSON: an array of records, or an object holding exactly one. A record's cells must be
 * single values (text, number, true/false, null); anything else is a located error, never
 * flattened (a value nested thousands deep once overflowed the stack here).
 */
export function readJson(text: string, file: string, columns: readonly Column[]): Table {
  const normal = text.normalize('NFC');
  let data: unknown;
  try {
    data = JSON.parse(normal);
  } catch (e) {
    return unreadTable([
      makeDiagnostic('FILE_UNREADABLE', { file }, { detail: (e as Error).message }),
    ]);
  }
  // Records are the file's array's elements, or those of the one array its object holds.
  const twice = recordsTwice(duplicateKeys(normal), file, Array.isArray(data) ? 1 : 2);
  if (!(twice instanceof Map)) return unreadTable([twice]);
  const records = recordsOf(data, file);
  if (!Array.isArray(records)) return unreadTable([records]);
  if (records.length === 0) return unreadTable([makeDiagnostic('FILE_EMPTY', { file })]);
  const names = columnNames(records);
  if (names?.length === 0) {
    // No record holds a key: say what each is, rather than list every column as missing.
    const diagnostics: Diagnostic[] = [];
    readRecords(records, { file, names, index: {} }, diagnostics);
    return unreadTable(
      diagnostics.length > 0 ? diagnostics : [makeDiagnostic('FILE_EMPTY', { file })],
    );
  }
  if (!names)
    return unreadTable([
      makeDiagnostic(
        'COLUMNS_TOO_MANY',
        { file, row: 1 },
        { count: `> ${limits.columns}`, limit: limits.columns },
      ),
    ]);
  const header = mapHeaders(names, columns, file);
  if (header.fatal) return unreadTable(header.diagnostics);
  const { headers, index, diagnostics } = header;
  const rows = readRecords(records, { file, names, index, twice }, diagnostics);
  if (rows.length === 0 && !diagnostics.some((d) => d.row !== undefined && d.row > 1))
    diagnostics.push(makeDiagnostic('FILE_EMPTY', { file }));
  return { rows, headers, index, diagnostics };
}
