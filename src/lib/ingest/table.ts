import type { Diagnostic } from './diagnostics/diagnostic.ts';

/** A cell as read: CSV gives text; JSON may give numbers, booleans or null. */
export type Cell = string | number | boolean | null;

export interface TableRow {
  /** 1-based row in the file, the header being row 1 (JSON: record index + 2, to match). */
  row: number;
  /** Cells in file order; `Table.index` says which is which. Arrays, not objects: a million rows allocate less. */
  values: Cell[];
}

/**
 * A file read into rows. A row with a problem of its own (cells missing or left over, a quote
 * never closed, a cell too long) is not among `rows`: its error is in `diagnostics`. A file whose
 * header cannot be trusted has no rows at all.
 */
export interface Table {
  rows: TableRow[];
  diagnostics: Diagnostic[];
  /** Column key → header as written in the file, for messages. */
  headers: Record<string, string>;
  /** Column key → position in `values`. */
  index: Record<string, number>;
}

/** A table with no rows: the file could not be read, and `diagnostics` say why. */
export const unreadTable = (diagnostics: Diagnostic[]): Table => ({
  rows: [],
  headers: {},
  index: {},
  diagnostics,
});

/** The cell of a column, or null when the file has no such column. */
export function cell(table: Table, values: readonly Cell[], key: string): Cell {
  const i = table.index[key];
  return i === undefined ? null : (values[i] ?? null);
}

/** A row as a key → cell record (for small files and tests; the hot path uses `cell`). */
export function cellsOf(table: Table, values: readonly Cell[]): Record<string, Cell> {
  return Object.fromEntries(Object.keys(table.index).map((k) => [k, cell(table, values, k)]));
}

export const blank = (cell: Cell | undefined): boolean =>
  cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');

/** Text of a cell, or '' for a blank one. */
export function text(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  return typeof cell === 'string' ? cell : String(cell);
}

/** The unit code a row is about, when its unit cell holds one: groups row errors per unit. */
export function unitOf(values: readonly Cell[], index: Record<string, number>): string | undefined {
  const i = index.unit;
  const code = i === undefined ? '' : text(values[i] ?? null).trim();
  return /^(\d{2}|\d{5})$/.test(code) ? code : undefined;
}
