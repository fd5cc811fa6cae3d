import Papa from 'papaparse';
import { clean } from '../../lib/util/text.ts';
import { issue, type Issue } from './types.ts';

/**
 * CSV records that know where they are: the physical line a record starts on (what a text
 * editor shows) and its record number (what a spreadsheet shows). The two differ when quoted
 * cells hold line breaks, as in the statistics office's table.
 */
export interface CsvRecord {
  cells: string[];
  line: number;
  record: number;
}

/** ";" when the first filled line has more of them than commas (Excel in a Vietnamese locale). */
function delimiter(text: string): ',' | ';' {
  const first = text.split('\n').find((l) => l.trim() !== '') ?? '';
  return first.split(';').length > first.split(',').length ? ';' : ',';
}

export function readRecords(text: string, file: string): { records: CsvRecord[]; issues: Issue[] } {
  const body = text.replace(/^\ufeff/, '');
  const parsed = Papa.parse<string[]>(body, { delimiter: delimiter(body) });
  const records: CsvRecord[] = [];
  const lineOf: number[] = [];
  let line = 1;
  parsed.data.forEach((cells, i) => {
    lineOf.push(line);
    records.push({ cells, line, record: i + 1 });
    for (const c of cells) line += c.split('\n').length - 1;
    line++;
  });
  // Papa reports unclosed quotes and the like per row: each becomes a located error.
  const issues = parsed.errors.map((e) =>
    issue(
      'error',
      'CSV_SYNTAX',
      { file, ...(e.row !== undefined ? { line: lineOf[e.row] ?? line } : {}) },
      `Lỗi cú pháp CSV: ${e.message}`,
      `CSV syntax error: ${e.message}`,
    ),
  );
  return { records: records.filter((r) => r.cells.some((c) => c.trim() !== '')), issues };
}

/**
 * Counts the cells that needed cleaning (line breaks, stray spaces, a type word in the wrong
 * case): reported once per kind and file, with an example, instead of once per cell.
 */
export class Tally {
  #counts = new Map<string, { n: number; example: string; line: number | undefined }>();

  add(kind: string, example: string, line?: number): void {
    const c = this.#counts.get(kind);
    if (c) c.n++;
    else this.#counts.set(kind, { n: 1, example, line });
  }

  /** The cell, cleaned (NFC, one space, trimmed), counted when that changed it. */
  clean(raw: string, line?: number): string {
    if (/[\r\n]/.test(raw)) this.add('xuống dòng trong ô / line break in a cell', raw, line);
    else if (raw !== raw.trim() || /\s\s/.test(raw))
      this.add('khoảng trắng thừa / stray spaces', raw, line);
    return clean(raw);
  }

  issues(file: string): Issue[] {
    return [...this.#counts].map(([kind, c]) =>
      issue(
        'info',
        'TEXT_NORMALISED',
        { file, ...(c.line ? { line: c.line } : {}) },
        `${c.n} ô đã chuẩn hoá (${kind}), ví dụ ${JSON.stringify(c.example)}`,
        `${c.n} cells normalised (${kind}), e.g. ${JSON.stringify(c.example)}`,
      ),
    );
  }
}
