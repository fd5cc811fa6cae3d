import Papa from 'papaparse';
import type { Column } from '../schema/columns.ts';
import { makeDiagnostic, type Diagnostic } from './diagnostics/diagnostic.ts';
import { headerKey } from '../util/text.ts';

/** A cell as read: CSV gives text; JSON may give numbers, booleans or null. */
export type Cell = string | number | boolean | null;

export interface TableRow {
  /** 1-based row in the file, the header being row 1 (JSON: record index + 2, to match). */
  row: number;
  /** Cells in file order; `Table.index` says which is which. Arrays, not objects: a million rows allocate less. */
  values: Cell[];
}

export interface Table {
  rows: TableRow[];
  diagnostics: Diagnostic[];
  /** Column key → header as written in the file, for messages. */
  headers: Record<string, string>;
  /** Column key → position in `values`. */
  index: Record<string, number>;
}

/** The cell of a column, or null when the file has no such column. */
export function cell(table: Table, values: readonly Cell[], key: string): Cell {
  const i = table.index[key];
  return i === undefined ? null : (values[i] ?? null);
}

/** A row as a key → cell record (for small files and tests; the hot path uses `cell`). */
export function cellsOf(table: Table, values: readonly Cell[]): Record<string, Cell> {
  return Object.fromEntries(Object.keys(table.index).map((k) => [k, cell(table, values, k)]));
}

function columnIndex(columns: readonly Column[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const c of columns)
    for (const name of [c.key, c.vi, ...c.aliases]) index.set(headerKey(name), c.key);
  return index;
}

function mapHeaders(raw: readonly string[], columns: readonly Column[], file: string) {
  const known = columnIndex(columns);
  const diagnostics: Diagnostic[] = [];
  const keys: (string | null)[] = [];
  const headers: Record<string, string> = {};
  const index: Record<string, number> = {};
  for (const h of raw) {
    const name = h.normalize('NFC').trim();
    if (name === '') {
      keys.push(null);
      continue;
    }
    const key = known.get(headerKey(name)) ?? null;
    if (key === null)
      diagnostics.push(makeDiagnostic('COLUMN_UNKNOWN', { file, row: 1, column: name }));
    else {
      headers[key] = name;
      index[key] ??= keys.length;
    }
    keys.push(key);
  }
  for (const c of columns)
    if (c.required && !(c.key in headers))
      diagnostics.push(makeDiagnostic('COLUMN_MISSING', { file, row: 1, column: c.vi }));
  return { keys, headers, index, diagnostics };
}

const isBlank = (cell: Cell): boolean =>
  cell === null || (typeof cell === 'string' && cell.trim() === '');

// Text arrives NFC-normalised from decodeBytes, so cells only need trimming.
function normaliseCell(cell: unknown): Cell {
  if (typeof cell === 'string') return cell.trim();
  if (typeof cell === 'number' || typeof cell === 'boolean' || cell === null) return cell;
  return cell === undefined ? null : JSON.stringify(cell);
}

/** Parses CSV text (delimiter , ; or tab, detected) into rows keyed by column. */
export function readCsv(text: string, file: string, columns: readonly Column[]): Table {
  text = text.normalize('NFC');
  // Telling papaparse the line ending spares it a scan of the whole text.
  const newline = text.includes('\r\n') ? '\r\n' : text.includes('\n') ? '\n' : '\r';
  const parsed = Papa.parse<string[]>(text, {
    delimitersToGuess: [',', ';', '\t'],
    skipEmptyLines: false,
    newline,
  });
  const [header, ...body] = parsed.data;
  if (!header)
    return {
      rows: [],
      headers: {},
      index: {},
      diagnostics: [makeDiagnostic('FILE_EMPTY', { file })],
    };
  const { headers, index, diagnostics } = mapHeaders(header, columns, file);
  const rows: TableRow[] = [];
  body.forEach((cells, i) => {
    let empty = true;
    for (let j = 0; j < cells.length; j++) {
      const trimmed = cells[j]!.trim();
      cells[j] = trimmed;
      if (trimmed !== '') empty = false;
    }
    if (!empty) rows.push({ row: i + 2, values: cells }); // blank rows, often trailing from Excel, are skipped
  });
  if (rows.length === 0) diagnostics.push(makeDiagnostic('FILE_EMPTY', { file }));
  return { rows, headers, index, diagnostics };
}

/** Parses JSON: an array of records, or an object holding one (e.g. {"data": [...]}). */
export function readJson(text: string, file: string, columns: readonly Column[]): Table {
  let data: unknown;
  try {
    data = JSON.parse(text.normalize('NFC'));
  } catch (e) {
    return {
      rows: [],
      headers: {},
      index: {},
      diagnostics: [makeDiagnostic('FILE_UNREADABLE', { file }, { detail: (e as Error).message })],
    };
  }
  const records = Array.isArray(data)
    ? data
    : data !== null && typeof data === 'object'
      ? Object.values(data).find(Array.isArray)
      : undefined;
  if (!records || records.length === 0)
    return {
      rows: [],
      headers: {},
      index: {},
      diagnostics: [makeDiagnostic('FILE_EMPTY', { file })],
    };
  const names = [
    ...new Set(records.flatMap((r) => (r && typeof r === 'object' ? Object.keys(r) : []))),
  ];
  const { headers, index, diagnostics } = mapHeaders(names, columns, file);
  const rows: TableRow[] = [];
  records.forEach((record: unknown, i: number) => {
    if (!record || typeof record !== 'object') return;
    const values = names.map((name) => normaliseCell((record as Record<string, unknown>)[name]));
    if (!values.every(isBlank)) rows.push({ row: i + 2, values });
  });
  return { rows, headers, index, diagnostics };
}

export const blank = isBlank;

/** Text of a cell, or '' for a blank one. */
export function text(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  return typeof cell === 'string' ? cell : String(cell);
}
