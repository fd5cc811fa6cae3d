import Papa, { type ParseError, type ParseResult } from 'papaparse';
import type { Column } from '../schema/columns.ts';
import { makeDiagnostic, type Diagnostic, type Location } from './diagnostics/diagnostic.ts';
import { knownColumns, mapHeaders } from './header.ts';
import { limits } from './limits.ts';
import { unitOf, unreadTable, type Table, type TableRow } from './table.ts';

/** Excel's delimiter hint, "sep=;", written as the first line by some exporting systems. */
const SEP_LINE = /^\s*"?sep=.?"?\s*$/i;
/** How far below the first row a header is looked for, to tell a title row from no header. */
const TITLE_ROWS = 10;

const isBlankRecord = (cells: readonly string[]): boolean => cells.every((c) => c.trim() === '');

/** What every row of a file is checked against: its header, as written. */
interface Shape {
  file: string;
  /** Header cells as written, in order. */
  names: readonly string[];
  /** Up to the last named column: a row may stop there, blank header cells after it aside. */
  width: number;
  /** Positions before `names.length` that have no name: a value there would be lost. */
  unnamed: number[];
  delimiter: string;
  /** Some cell holds a line break (quoted): it may be rows an unclosed quote swallowed. */
  multiline: boolean;
  index: Record<string, number>;
}

const columnName = (shape: Shape, position: number): string =>
  shape.names[position]?.trim() || `(cột/column ${position + 1})`;

function located(shape: Shape, row: number, cells: readonly string[], position: number): Location {
  const unit = unitOf(cells, shape.index);
  return { file: shape.file, row, column: columnName(shape, position), ...(unit ? { unit } : {}) };
}

/** A quote papaparse could not match (its MissingQuotes, InvalidQuotes), at the cell it broke. */
function quoteProblem(
  shape: Shape,
  row: number,
  cells: readonly string[],
  error: ParseError,
): Diagnostic {
  const last = Math.max(0, cells.length - 1);
  if (error.code === 'MissingQuotes') {
    const lines = (cells[last] ?? '')
      .split(/\r\n|\n|\r/)
      .slice(1)
      .filter((line) => line.trim() !== '').length;
    return makeDiagnostic('CSV_QUOTE_UNCLOSED', located(shape, row, cells, last), { lines });
  }
  if (error.code === 'InvalidQuotes') {
    const at = cells.findIndex((c) => /["\r\n]/.test(c));
    const position = at < 0 ? last : at;
    return makeDiagnostic('CSV_QUOTE_INVALID', located(shape, row, cells, position), {
      value: cells[position] ?? '',
    });
  }
  return makeDiagnostic('CSV_PARSE', { file: shape.file, row }, { detail: error.message });
}

/** More cells than the header: a decimal comma left unquoted ("64,5"), or cells that would be lost. */
function tooMany(shape: Shape, row: number, cells: readonly string[]): Diagnostic {
  // Blank extra cells too: a decimal comma shifts the row right, leaving the last cell blank.
  const extra = cells.slice(shape.names.length);
  const counts = { cells: cells.length, columns: shape.names.length };
  if (shape.delimiter === ',')
    for (let i = 0; i + 1 < cells.length && i < shape.names.length; i++)
      if (/^[-+]?\d{1,15}$/.test(cells[i]!) && /^\d{1,15}%?$/.test(cells[i + 1]!))
        return makeDiagnostic('DECIMAL_COMMA_UNQUOTED', located(shape, row, cells, i), {
          ...counts,
          value: `${cells[i]},${cells[i + 1]}`,
        });
  const shown = extra.map((c) => `"${c}"`).join(', ');
  return makeDiagnostic('ROW_TOO_MANY_CELLS', located(shape, row, cells, shape.names.length - 1), {
    ...counts,
    extra: shown,
  });
}

/** Cells past the per-cell and per-row limits. */
function oversized(shape: Shape, row: number, cells: readonly string[]): Diagnostic | null {
  let total = 0;
  for (let j = 0; j < cells.length; j++) {
    const length = cells[j]!.length;
    total += length;
    if (length > limits.cellChars)
      return makeDiagnostic('CELL_TOO_LONG', located(shape, row, cells, j), {
        length,
        limit: limits.cellChars,
      });
  }
  if (total <= limits.rowChars) return null;
  return makeDiagnostic(
    'ROW_TOO_LONG',
    { file: shape.file, row },
    { length: total, limit: limits.rowChars },
  );
}

/** A quoted cell holding lines that look like whole rows: a quote opened and closed rows later. */
function swallowedRows(shape: Shape, row: number, cells: readonly string[]): Diagnostic | null {
  const enough = Math.max(2, shape.width - 1);
  for (let j = 0; j < cells.length; j++) {
    const c = cells[j]!;
    if (!c.includes('\n') && !c.includes('\r')) continue;
    const lines = c
      .split(/\r\n|\n|\r/)
      .slice(1)
      .filter((line) => line.split(shape.delimiter).length - 1 >= enough).length;
    if (lines > 0)
      return makeDiagnostic('CELL_HOLDS_ROWS', located(shape, row, cells, j), { lines });
  }
  return null;
}

/** The first problem of a row that keeps it from being read, or null. */
function rowProblem(shape: Shape, row: number, cells: readonly string[]): Diagnostic | null {
  if (cells.length < shape.width)
    return makeDiagnostic('ROW_TOO_FEW_CELLS', located(shape, row, cells, cells.length), {
      cells: cells.length,
      columns: shape.width,
    });
  if (cells.length > shape.names.length) return tooMany(shape, row, cells);
  for (const p of shape.unnamed)
    if (cells[p])
      return makeDiagnostic('CELL_UNNAMED_COLUMN', located(shape, row, cells, p), {
        position: p + 1,
        value: cells[p]!,
      });
  return (
    oversized(shape, row, cells) ?? (shape.multiline ? swallowedRows(shape, row, cells) : null)
  );
}

/** The rows below the header: trimmed, blank ones skipped, broken ones reported instead of read. */
function readBody(
  records: string[][],
  headerAt: number,
  shape: Shape,
  errors: ReadonlyMap<number, ParseError>,
  diagnostics: Diagnostic[],
): TableRow[] {
  const rows: TableRow[] = [];
  // Most rows fit their header: those are told apart with what trimming measures anyway.
  const plain = shape.unnamed.length === 0 && !shape.multiline;
  for (let r = headerAt + 1; r < records.length; r++) {
    const cells = records[r]!;
    let empty = true;
    let total = 0;
    let longest = 0;
    for (let j = 0; j < cells.length; j++) {
      const trimmed = cells[j]!.trim();
      cells[j] = trimmed;
      const n = trimmed.length;
      if (n === 0) continue;
      empty = false;
      total += n;
      if (n > longest) longest = n;
    }
    const error = errors.size === 0 ? undefined : errors.get(r);
    if (empty && !error) continue; // blank rows, often trailing from Excel, are skipped
    const fits =
      plain &&
      !error &&
      cells.length >= shape.width &&
      cells.length <= shape.names.length &&
      longest <= limits.cellChars &&
      total <= limits.rowChars;
    const problem = fits
      ? null
      : error
        ? quoteProblem(shape, r + 1, cells, error)
        : rowProblem(shape, r + 1, cells);
    if (problem) diagnostics.push(problem);
    else rows.push({ row: r + 1, values: cells });
  }
  return rows;
}

/**
 * The project's own CSV downloads name each value's source row (`source_file`, `source_row`),
 * which no export does. They protect text from spreadsheets by a leading apostrophe on a cell
 * that starts like a formula (=, +, -, @, tab, CR): read back, the apostrophe goes.
 */
const isOwnDownload = (names: readonly string[]): boolean =>
  names.some((n) => n.trim() === 'source_file') && names.some((n) => n.trim() === 'source_row');
const ESCAPED_FORMULA = /^'(?=[=+\-@\t\r])/;

function unescapeFormulae(rows: readonly TableRow[]): void {
  for (const { values } of rows)
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (typeof v === 'string' && v.startsWith("'")) values[i] = v.replace(ESCAPED_FORMULA, '');
    }
}

/** A title row above the header ("BÁO CÁO THÁNG 9"): the header is a few rows further down. */
function titleRow(
  records: readonly string[][],
  start: number,
  columns: readonly Column[],
  file: string,
): Diagnostic | null {
  const first = records[start]!;
  if (knownColumns(first, columns) > 0) return null;
  const end = Math.min(records.length, start + 1 + TITLE_ROWS);
  for (let r = start + 1; r < end; r++)
    if (knownColumns(records[r]!, columns) >= 2)
      return makeDiagnostic(
        'HEADER_NOT_FIRST',
        { file, row: start + 1 },
        { headerRow: r + 1, value: first.filter((c) => c.trim() !== '').join(' ') },
      );
  return null;
}

/** Whole-file problems found before the header: a sep= line, blank lines only, a title row. */
function beforeHeader(
  text: string,
  parsed: ParseResult<string[]>,
  start: number,
  columns: readonly Column[],
  file: string,
): Diagnostic | null {
  if (text === '') return makeDiagnostic('FILE_EMPTY', { file });
  const line = text.slice(0, 16).split(/\r\n|\n|\r/)[0] ?? '';
  if (SEP_LINE.test(line)) return makeDiagnostic('CSV_SEP_LINE', { file, row: 1 }, { value: line });
  if (start < 0) {
    const last = parsed.data.at(-1);
    const lines = parsed.data.length - (last?.length === 1 && last[0] === '' ? 1 : 0);
    return makeDiagnostic('FILE_BLANK', { file }, { lines });
  }
  const title = titleRow(parsed.data, start, columns, file);
  if (title) return title;
  // Papaparse also says so when a file has too few rows to measure: a header it split into
  // columns shows the delimiter; one it could not split does not.
  if (
    parsed.errors.some((e) => e.code === 'UndetectableDelimiter') &&
    parsed.data[start]!.length < 2
  )
    return makeDiagnostic(
      'CSV_DELIMITER_UNKNOWN',
      { file, row: start + 1 },
      { value: parsed.data[start]!.join(' ') },
    );
  return null;
}

/** Papaparse's row errors by record, first one each; any other error goes to the file. */
function parseErrors(parsed: ParseResult<string[]>, file: string, diagnostics: Diagnostic[]) {
  const byRecord = new Map<number, ParseError>();
  for (const e of parsed.errors) {
    if (e.code === 'UndetectableDelimiter') continue; // reported before the header
    if (e.row === undefined)
      diagnostics.push(makeDiagnostic('CSV_PARSE', { file }, { detail: e.message }));
    else if (!byRecord.has(e.row)) byRecord.set(e.row, e);
  }
  return byRecord;
}

function count(text: string, char: string): number {
  let n = 0;
  for (let i = text.indexOf(char); i !== -1; i = text.indexOf(char, i + 1)) n++;
  return n;
}

/**
 * Papaparse, told the line ending (that spares it a scan of the whole text); and whether a cell
 * holds a line break: more \n than rows need between them.
 */
function parse(text: string): { parsed: ParseResult<string[]>; multiline: boolean } {
  const newline = text.includes('\r\n') ? '\r\n' : text.includes('\n') ? '\n' : '\r';
  const parsed = Papa.parse<string[]>(text, {
    delimitersToGuess: [',', ';', '\t'],
    skipEmptyLines: false,
    newline,
  });
  const multiline = newline !== '\r' && count(text, '\n') > parsed.data.length - 1;
  return { parsed, multiline };
}

/**
 * Parses CSV text (delimiter , ; or tab, detected) into rows. Every error papaparse reports and
 * every row that does not fit its header becomes a located diagnostic; nothing is dropped silently.
 */
export function readCsv(text: string, file: string, columns: readonly Column[]): Table {
  text = text.normalize('NFC');
  let { parsed, multiline } = parse(text);
  // Rows appended by another tool may end in \n among \r\n: such a file is read with \n throughout.
  if (multiline && parsed.meta.linebreak === '\r\n' && /(?:^|[^\r])\n/.test(text)) {
    text = text.replace(/\r\n/g, '\n');
    ({ parsed, multiline } = parse(text));
  }
  const records = parsed.data;
  const start = records.findIndex((r) => !isBlankRecord(r));
  const fileProblem = beforeHeader(text, parsed, start, columns, file);
  if (fileProblem) return unreadTable([fileProblem]);
  const names = records[start]!;
  const header = mapHeaders(names, columns, file, start + 1);
  if (header.fatal) return unreadTable(header.diagnostics);
  const { headers, index, diagnostics } = header;
  const errors = parseErrors(parsed, file, diagnostics);
  const named = names.map((n) => n.trim() !== '');
  const shape: Shape = {
    file,
    names,
    width: named.lastIndexOf(true) + 1,
    unnamed: named.flatMap((isNamed, i) => (isNamed ? [] : [i])),
    delimiter: parsed.meta.delimiter,
    multiline,
    index,
  };
  const rows = readBody(records, start, shape, errors, diagnostics);
  if (isOwnDownload(names)) unescapeFormulae(rows);
  if (rows.length === 0 && !diagnostics.some((d) => d.row !== undefined && d.row > start + 1))
    diagnostics.push(makeDiagnostic('FILE_EMPTY', { file }));
  return { rows, headers, index, diagnostics };
}
