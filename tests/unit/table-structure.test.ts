import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/lib/ingest/csv.ts';
import { readJson } from '../../src/lib/ingest/json.ts';
import { readTableBytes } from '../../src/lib/ingest/read-table.ts';
import { limits } from '../../src/lib/ingest/limits.ts';
import type { Table } from '../../src/lib/ingest/table.ts';
import { observationColumns } from '../../src/lib/schema/observation.ts';

// Files broken the way Excel, provincial systems or an attacker break them. Each rule has its
// fixture; each asserts the code, file, row and column, and that no broken row is read.
const F = 'exports/22/2025-09.csv';
const H = 'Mã đơn vị,Mã chỉ tiêu,Kỳ báo cáo,Giá trị,Ngày báo cáo,Nguồn,Ghi chú';
const GOOD = '22,online-services,09/2025,5,18/10/2025,S,';
const where = (t: Table) => t.diagnostics.map((d) => [d.code, d.file, d.row, d.column]);
const csv = (text: string) => readCsv(text, F, observationColumns);
const rowsOf = (t: Table) => t.rows.map((r) => r.row);

describe('CSV: every papaparse error and every row that does not fit its header is a located error', () => {
  it('an unclosed quote swallowing the rows after it (papaparse MissingQuotes)', () => {
    const t = csv(
      `${H}\n${GOOD}\n22,online-services,10/2025,6,18/11/2025,S,"ghi chú\n${GOOD}\n${GOOD}\n`,
    );
    expect(where(t)).toEqual([['CSV_QUOTE_UNCLOSED', F, 3, 'Ghi chú']]);
    expect(t.diagnostics[0]!.message).toContain('phần còn lại của tệp (2 dòng)');
    expect(t.diagnostics[0]!.unit).toBe('22');
    expect(rowsOf(t)).toEqual([2]);
  });
  it('a quote closed rows later, leaving CSV rows inside one note', () => {
    const t = csv(`${H}\n22,online-services,09/2025,5,18/10/2025,S,"ghi chú\n${GOOD}\n${GOOD}"\n`);
    expect(where(t)).toEqual([['CELL_HOLDS_ROWS', F, 2, 'Ghi chú']]);
    expect(t.rows).toEqual([]);
  });
  it('keeps a quoted note with line breaks and commas that are not rows', () => {
    const t = csv(
      `${H}\n22,online-services,09/2025,5,18/10/2025,S,"dòng 1\ndòng 2, có dấu phẩy"\n`,
    );
    expect(where(t)).toEqual([]);
    expect(t.rows[0]!.values[6]).toBe('dòng 1\ndòng 2, có dấu phẩy');
  });
  it('a misplaced quote (papaparse InvalidQuotes)', () => {
    const t = csv(`${H}\n22,online-services,09/2025,5,18/10/2025,"Hệ thống"TTHC,\n${GOOD}\n`);
    expect(where(t)[0]).toEqual(['CSV_QUOTE_INVALID', F, 2, 'Nguồn']);
    expect(rowsOf(t)).not.toContain(2);
  });
  it('an unquoted decimal comma splitting a value into the next column', () => {
    const t = csv(`${H}\n22,archives-digitised,09/2025,64,5,18/10/2025,S,\n`);
    expect(where(t)).toEqual([['DECIMAL_COMMA_UNQUOTED', F, 2, 'Giá trị']]);
    expect(t.diagnostics[0]!.message).toContain('"64,5"');
    expect(t.rows).toEqual([]);
  });
  it('more cells than the header (papaparse TooManyFields): the extra cells are named', () => {
    const t = csv(`${H}\n22,online-services,09/2025,5,18/10/2025,S,note,lost,too\n`);
    expect(where(t)).toEqual([['ROW_TOO_MANY_CELLS', F, 2, 'Ghi chú']]);
    expect(t.diagnostics[0]!.messageEn).toContain('9 cells but the header only 7 columns');
    expect(t.diagnostics[0]!.messageEn).toContain('"lost", "too"');
  });
  it('refuses blank extra cells too: a shifted row leaves its last cell blank', () => {
    expect(where(csv(`${H}\n${GOOD},\n`))).toEqual([['ROW_TOO_MANY_CELLS', F, 2, 'Ghi chú']]);
  });
  it('fewer cells than the header (papaparse TooFewFields)', () => {
    const t = csv(`${H}\n22,online-services,09/2025,5\n`);
    expect(where(t)).toEqual([['ROW_TOO_FEW_CELLS', F, 2, 'Ngày báo cáo']]);
  });
  it('a value under a column with no name', () => {
    const t = csv(`${H},\n${GOOD},lost\n`);
    expect(where(t)).toEqual([['CELL_UNNAMED_COLUMN', F, 2, '(cột/column 8)']]);
  });
  it('two columns for the same field: neither is picked', () => {
    const t = csv(`${H},value\n${GOOD},6\n`);
    expect(where(t)).toEqual([['COLUMN_DUPLICATE', F, 1, 'value']]);
    expect(t.diagnostics[0]!.message).toBe(
      'Cột "value" (cột 8) và cột "Giá trị" (cột 4) cùng là một trường dữ liệu',
    );
    expect(t.rows).toEqual([]);
    expect(where(csv(`${H},Giá trị\n${GOOD},6\n`))).toEqual([
      ['COLUMN_DUPLICATE', F, 1, 'Giá trị'],
    ]);
  });
});

describe('CSV: the real problem above the header is named', () => {
  it.each([
    ['a title row', `BÁO CÁO TIẾN ĐỘ THÁNG 9/2025\n${H}\n${GOOD}\n`],
    ['a title row padded by Excel', `BÁO CÁO TIẾN ĐỘ THÁNG 9/2025,,,,,,\n,,,,,,\n${H}\n${GOOD}\n`],
  ])('%s', (_, text) => {
    const t = csv(text);
    expect(where(t)).toEqual([['HEADER_NOT_FIRST', F, 1, undefined]]);
    expect(t.diagnostics[0]!.message).toMatch(
      /dòng [23]; phía trên có .*"BÁO CÁO TIẾN ĐỘ THÁNG 9\/2025"/,
    );
  });
  it("Excel's sep= line", () => {
    const t = csv(`sep=;\n${H.replaceAll(',', ';')}\n${GOOD.replaceAll(',', ';')}\n`);
    expect(where(t)).toEqual([['CSV_SEP_LINE', F, 1, undefined]]);
    expect(t.diagnostics[0]!.message).toContain('"sep=;"');
  });
  it('a file of blank lines', () => {
    const t = csv('\r\n\r\n\r\n');
    expect(where(t)).toEqual([['FILE_BLANK', F, undefined, undefined]]);
    expect(t.diagnostics[0]!.messageEn).toBe(
      'The file holds only 3 blank lines: no header, no data',
    );
    expect(where(csv(',,,\n,,,\n'))[0]![0]).toBe('FILE_BLANK');
  });
  it('reads rows appended with another line ending (\\r\\n and \\n mixed)', () => {
    const t = csv(`${H}\r\n${GOOD}\r\n${GOOD}\n${GOOD}\n`);
    expect(where(t)).toEqual([]);
    expect(rowsOf(t)).toEqual([2, 3, 4]);
  });
  it('reads a header below blank lines, numbering rows as the file does', () => {
    const t = csv(`\n\n${H}\n${GOOD}\n`);
    expect(where(t)).toEqual([]);
    expect(rowsOf(t)).toEqual([4]);
  });
  it('a delimiter that is not a comma, semicolon or tab (papaparse UndetectableDelimiter)', () => {
    const t = csv(`${H.replaceAll(',', '|')}\n${GOOD.replaceAll(',', '|')}\n`);
    expect(where(t)).toEqual([['CSV_DELIMITER_UNKNOWN', F, 1, undefined]]);
  });
});

describe('CSV: documented limits per cell, per row and per header', () => {
  it(`a cell over ${limits.cellChars} characters, without carrying it into the message`, () => {
    const t = csv(`${H}\n${GOOD}${'x'.repeat(5_000_000)}\n`);
    expect(where(t)).toEqual([['CELL_TOO_LONG', F, 2, 'Ghi chú']]);
    expect(t.diagnostics[0]!.messageEn).toBe(
      `Cell "Ghi chú" is 5000000 characters long, over the ${limits.cellChars}-character limit per cell`,
    );
  });
  it(`a row over ${limits.rowChars} characters`, () => {
    const long = 'y'.repeat(1500);
    const t = csv(`${H}\n${Array(7).fill(long).join(',')}\n`);
    expect(where(t)).toEqual([['ROW_TOO_LONG', F, 2, undefined]]);
    expect(t.diagnostics[0]!.messageEn).toBe(
      `The row is 10500 characters long, over the ${limits.rowChars}-character limit per row`,
    );
  });
  it(`a header over ${limits.columns} columns`, () => {
    const t = csv(`${H}${',x'.repeat(limits.columns)}\n${GOOD}\n`);
    expect(where(t)).toEqual([['COLUMNS_TOO_MANY', F, 1, undefined]]);
  });
});

describe('JSON: records must be objects of single values', () => {
  const J = 'exports/40/f.json';
  const rec = {
    'Mã đơn vị': '40',
    'Mã chỉ tiêu': 'online-services',
    'Kỳ báo cáo': '09/2025',
    'Giá trị': 5,
    'Ngày báo cáo': '18/10/2025',
    Nguồn: 'S',
  };
  const json = (text: string) => readJson(text, J, observationColumns);
  it('a cell nested thousands of levels deep is an error, not a stack overflow', () => {
    const deep = `${'['.repeat(100_000)}1${']'.repeat(100_000)}`;
    const nested = JSON.stringify({ ...rec, 'Giá trị': '@' }).replace('"@"', deep);
    const text = `[${JSON.stringify(rec)},${nested}]`;
    const t = json(text);
    expect(where(t)).toEqual([['CELL_NOT_SCALAR', J, 3, 'Giá trị']]);
    expect(t.diagnostics[0]!.messageEn).toBe(
      'Cell "Giá trị" of record [1] is an array [...], not a single value (text, number, true/false or null)',
    );
    expect(rowsOf(t)).toEqual([2]);
  });
  it('an array nested thousands of levels deep is a record that is not an object', () => {
    const t = json(`${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    expect(where(t)).toEqual([['JSON_RECORD_INVALID', J, 2, undefined]]);
  });
  it('null and non-object records, with their index', () => {
    const t = json(JSON.stringify([null, rec, 5, [rec]]));
    expect(where(t)).toEqual([
      ['JSON_RECORD_INVALID', J, 2, undefined],
      ['JSON_RECORD_INVALID', J, 4, undefined],
      ['JSON_RECORD_INVALID', J, 5, undefined],
    ]);
    expect(t.diagnostics.map((d) => d.messageEn)).toEqual([
      'Record [0] is null, not an object {…}',
      'Record [2] is a number, not an object {…}',
      'Record [3] is an array [...], not an object {…}',
    ]);
    expect(rowsOf(t)).toEqual([3]);
  });
  it('records with no keys at all are an empty file, not a silent one', () => {
    expect(where(json('[{}, {}]'))).toEqual([['FILE_EMPTY', J, undefined, undefined]]);
  });
  it.each([
    ['a number', '42'],
    ['an object with no array', '{"a": 1}'],
    ['an object with two arrays', `{"data": [${JSON.stringify(rec)}], "errors": []}`],
  ])('a file that is %s', (_, text) => {
    expect(where(json(text))).toEqual([['JSON_SHAPE', J, undefined, undefined]]);
  });
  it('reads own keys only: a record without "constructor" does not read Object\'s', () => {
    const t = json(JSON.stringify([{ ...rec, constructor: 'x' }, rec]));
    expect(where(t)).toEqual([['COLUMN_UNKNOWN', J, 1, 'constructor']]);
    expect(t.rows.map((r) => r.values.at(-1))).toEqual(['x', null]);
  });
  it('two keys for the same field', () => {
    expect(where(json(JSON.stringify([{ ...rec, value: 6 }])))).toEqual([
      ['COLUMN_DUPLICATE', J, 1, 'value'],
    ]);
  });
  it('a text cell over the limit', () => {
    const t = json(JSON.stringify([{ ...rec, Nguồn: 'z'.repeat(limits.cellChars + 1) }]));
    expect(where(t)).toEqual([['CELL_TOO_LONG', J, 2, 'Nguồn']]);
  });
  it('a key written twice rejects its record (JSON.parse would keep the later value silently)', () => {
    const body = JSON.stringify(rec).slice(1, -1);
    const twice = `{${body},"Gi\\u00e1 tr\\u1ecb":7}`; // the same key, spelled with escapes
    const quoted = JSON.stringify({ ...rec, Nguồn: 'a "Giá trị": b, {"Giá trị": 1}' });
    const t = json(`[${JSON.stringify(rec)},${twice},${quoted}]`);
    expect(where(t)).toEqual([['JSON_DUPLICATE_KEY', J, 3, 'Giá trị']]);
    expect(t.diagnostics[0]!.messageEn).toBe(
      'Key "Giá trị" appears twice in record [1]; a JSON reader keeps only the later value, so which one is meant is unclear',
    );
    expect(rowsOf(t)).toEqual([2, 4]);
    // Records held by an object count from that array; a nested object is a cell error instead.
    const held = json(`{"data":[${twice},${JSON.stringify(rec)}]}`);
    expect(where(held)).toEqual([['JSON_DUPLICATE_KEY', J, 2, 'Giá trị']]);
    const nested = json(`[${JSON.stringify(rec).replace('"S"', '{"a":1,"a":2}')}]`);
    expect(where(nested)).toEqual([['CELL_NOT_SCALAR', J, 2, 'Nguồn']]);
  });
  it('a key written twice around the records rejects the file: either copy may be the data', () => {
    const rows = `[${JSON.stringify(rec)}]`;
    const t = json(`{"data":${rows},"data":${rows}}`);
    expect(where(t)).toEqual([['JSON_DUPLICATE_KEY', J, undefined, undefined]]);
    expect(t.diagnostics[0]!.message).toContain('đối tượng ngoài cùng');
  });
});

describe('invisible control characters in a cell', () => {
  const read = (text: string, file = F) =>
    readTableBytes(new TextEncoder().encode(text), file, observationColumns);
  it('are a located warning; the row is still read, its text as written', () => {
    const t = read(`${H}\n${GOOD}\n22,online-services,10/2025,6,18/11/2025,S,"ghi\u0001chú"\n`);
    expect(where(t)).toEqual([['CELL_CONTROL_CHARACTER', F, 3, 'Ghi chú']]);
    expect(t.diagnostics[0]).toMatchObject({ severity: 'warning', unit: '22' });
    expect(t.diagnostics[0]!.messageEn).toBe(
      'Cell "Ghi chú" holds a control character nobody can see: "ghi\\u0001chú"',
    );
    expect(rowsOf(t)).toEqual([2, 3]);
    expect(t.rows[1]!.values[6]).toBe('ghi\u0001chú');
  });
  it('written as JSON escapes too; tabs and line breaks inside a cell are not', () => {
    const rec = {
      'Mã đơn vị': '22',
      'Mã chỉ tiêu': 'online-services',
      'Kỳ báo cáo': '09/2025',
      'Giá trị': 5,
      'Ngày báo cáo': '18/10/2025',
      Nguồn: 'S',
      'Ghi chú': 'a\u0007b',
    };
    const text = JSON.stringify([rec]); // JSON.stringify writes the bell as "\u0007"
    expect(text).toContain('\\u0007');
    const j = read(text, 'exports/22/a.json');
    expect(where(j)).toEqual([['CELL_CONTROL_CHARACTER', 'exports/22/a.json', 2, 'Ghi chú']]);
    const ok = read(`${H}\n22,online-services,10/2025,6,18/11/2025,S,"a\tb\nc"\n`);
    expect(where(ok)).toEqual([]);
  });
});
