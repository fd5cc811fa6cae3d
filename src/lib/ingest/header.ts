import type { Column } from '../schema/columns.ts';
import { headerKey } from '../util/text.ts';
import { makeDiagnostic, type Diagnostic } from './diagnostics/diagnostic.ts';
import { limits } from './limits.ts';

/** A header row read against a format's columns. */
export interface Header {
  /** Column key → header as written. */
  headers: Record<string, string>;
  /** Column key → position. */
  index: Record<string, number>;
  diagnostics: Diagnostic[];
  /** The header cannot be trusted (a required column missing, one field twice…): read no row. */
  fatal: boolean;
}

const indexes = new WeakMap<readonly Column[], Map<string, string>>();

/** Folded header name → column key, for every name a format accepts. */
function columnIndex(columns: readonly Column[]): Map<string, string> {
  let index = indexes.get(columns);
  if (index) return index;
  index = new Map();
  for (const c of columns)
    for (const name of [c.key, c.vi, ...c.aliases]) index.set(headerKey(name), c.key);
  indexes.set(columns, index);
  return index;
}

/** How many cells of a row name a known column: a header names several, a title row none. */
export function knownColumns(cells: readonly string[], columns: readonly Column[]): number {
  const known = columnIndex(columns);
  let n = 0;
  for (const c of cells.slice(0, limits.columns))
    if (c.length <= 100 && known.has(headerKey(c))) n++;
  return n;
}

/** Refuses a header too wide, or with a name longer than any cell may be. */
function oversized(raw: readonly string[], file: string, row: number): Diagnostic | null {
  if (raw.length > limits.columns)
    return makeDiagnostic(
      'COLUMNS_TOO_MANY',
      { file, row },
      { count: raw.length, limit: limits.columns },
    );
  const long = raw.findIndex((h) => h.length > limits.cellChars);
  if (long < 0) return null;
  return makeDiagnostic(
    'CELL_TOO_LONG',
    { file, row, column: `(cột/column ${long + 1})` },
    { length: raw[long]!.length, limit: limits.cellChars },
  );
}

/**
 * Maps header names to column keys: unknown names are a warning (the column is ignored), a
 * missing required column or two columns for the same field ("Giá trị" and "value") an error.
 */
export function mapHeaders(
  raw: readonly string[],
  columns: readonly Column[],
  file: string,
  row = 1,
): Header {
  const headers: Record<string, string> = {};
  const index: Record<string, number> = {};
  const too = oversized(raw, file, row);
  if (too) return { headers, index, diagnostics: [too], fatal: true };
  const known = columnIndex(columns);
  const diagnostics: Diagnostic[] = [];
  raw.forEach((h, position) => {
    const name = h.normalize('NFC').trim();
    if (name === '') return;
    const key = known.get(headerKey(name));
    if (key === undefined)
      diagnostics.push(makeDiagnostic('COLUMN_UNKNOWN', { file, row, column: name }));
    else if (key in index)
      diagnostics.push(
        makeDiagnostic(
          'COLUMN_DUPLICATE',
          { file, row, column: name },
          { position: position + 1, first: headers[key]!, firstPosition: index[key]! + 1 },
        ),
      );
    else {
      headers[key] = name;
      index[key] = position;
    }
  });
  for (const c of columns)
    if (c.required && !(c.key in headers))
      diagnostics.push(makeDiagnostic('COLUMN_MISSING', { file, row, column: c.vi }));
  const fatal = diagnostics.some((d) => d.severity === 'error');
  return { headers, index, diagnostics, fatal };
}
