import Papa from 'papaparse';
import type { Column } from '../schema/columns.ts';
import { makeIssue, type Issue } from '../issues/issue.ts';
import { headerKey } from '../text.ts';

/** A cell as read: CSV gives text; JSON may give numbers, booleans or null. */
export type Cell = string | number | boolean | null;

export interface TableRow {
  /** 1-based row in the file, the header being row 1 (JSON: record index + 2, to match). */
  row: number;
  cells: Record<string, Cell>;
}

export interface Table {
  rows: TableRow[];
  issues: Issue[];
  /** Column key → header as written in the file, for messages. */
  headers: Record<string, string>;
}

function columnIndex(columns: readonly Column[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const c of columns) for (const name of [c.key, c.vi, ...c.aliases]) index.set(headerKey(name), c.key);
  return index;
}

function mapHeaders(raw: readonly string[], columns: readonly Column[], file: string) {
  const index = columnIndex(columns);
  const issues: Issue[] = [];
  const keys: (string | null)[] = [];
  const headers: Record<string, string> = {};
  for (const h of raw) {
    const name = h.normalize('NFC').trim();
    if (name === '') {
      keys.push(null);
      continue;
    }
    const key = index.get(headerKey(name)) ?? null;
    if (key === null) issues.push(makeIssue('COLUMN_UNKNOWN', { file, row: 1, column: name }));
    else headers[key] = name;
    keys.push(key);
  }
  for (const c of columns)
    if (c.required && !(c.key in headers)) issues.push(makeIssue('COLUMN_MISSING', { file, row: 1, column: c.vi }));
  return { keys, headers, issues };
}

const isBlank = (cell: Cell): boolean => cell === null || (typeof cell === 'string' && cell.trim() === '');

// Text arrives NFC-normalised from decodeBytes, so cells only need trimming.
function normaliseCell(cell: unknown): Cell {
  if (typeof cell === 'string') return cell.trim();
  if (typeof cell === 'number' || typeof cell === 'boolean' || cell === null) return cell;
  return cell === undefined ? null : JSON.stringify(cell);
}

/** Parses CSV text (delimiter , ; or tab, detected) into rows keyed by column. */
export function readCsv(text: string, file: string, columns: readonly Column[]): Table {
  text = text.normalize('NFC');
  const parsed = Papa.parse<string[]>(text, { delimitersToGuess: [',', ';', '\t'], skipEmptyLines: false });
  const [header, ...body] = parsed.data;
  if (!header) return { rows: [], headers: {}, issues: [makeIssue('FILE_EMPTY', { file })] };
  const { keys, headers, issues } = mapHeaders(header, columns, file);
  const rows: TableRow[] = [];
  body.forEach((cells, i) => {
    if (cells.every((c) => c.trim() === '')) return; // blank rows, often trailing, from Excel
    const out: Record<string, Cell> = {};
    keys.forEach((key, j) => {
      if (key !== null) out[key] = normaliseCell(cells[j] ?? '');
    });
    rows.push({ row: i + 2, cells: out });
  });
  if (rows.length === 0) issues.push(makeIssue('FILE_EMPTY', { file }));
  return { rows, headers, issues };
}

/** Parses JSON: an array of records, or an object holding one (e.g. {"data": [...]}). */
export function readJson(text: string, file: string, columns: readonly Column[]): Table {
  let data: unknown;
  try {
    data = JSON.parse(text.normalize('NFC'));
  } catch (e) {
    return { rows: [], headers: {}, issues: [makeIssue('FILE_UNREADABLE', { file }, { detail: (e as Error).message })] };
  }
  const records = Array.isArray(data)
    ? data
    : data !== null && typeof data === 'object'
      ? Object.values(data).find(Array.isArray)
      : undefined;
  if (!records || records.length === 0) return { rows: [], headers: {}, issues: [makeIssue('FILE_EMPTY', { file })] };
  const names = [...new Set(records.flatMap((r) => (r && typeof r === 'object' ? Object.keys(r) : [])))];
  const { keys, headers, issues } = mapHeaders(names, columns, file);
  const rows: TableRow[] = [];
  records.forEach((record: unknown, i: number) => {
    if (!record || typeof record !== 'object') return;
    const out: Record<string, Cell> = {};
    names.forEach((name, j) => {
      const key = keys[j];
      if (key) out[key] = normaliseCell((record as Record<string, unknown>)[name]);
    });
    if (Object.values(out).every(isBlank)) return;
    rows.push({ row: i + 2, cells: out });
  });
  return { rows, headers, issues };
}

export const blank = isBlank;

/** Text of a cell, or '' for a blank one. */
export function text(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  return typeof cell === 'string' ? cell : String(cell);
}
