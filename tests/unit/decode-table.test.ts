import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/lib/ingest/decode.ts';
import { readCsv } from '../../src/lib/ingest/csv.ts';
import { readJson } from '../../src/lib/ingest/json.ts';
import { cellsOf, type Table } from '../../src/lib/ingest/table.ts';

const asObjects = (t: Table) => t.rows.map((r) => ({ row: r.row, cells: cellsOf(t, r.values) }));
import { observationColumns } from '../../src/lib/schema/observation.ts';

const enc = (s: string) => new TextEncoder().encode(s);
function utf16(s: string, le: boolean, bom: boolean): Uint8Array {
  const out: number[] = bom ? (le ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    out.push(...(le ? [c & 0xff, c >> 8] : [c >> 8, c & 0xff]));
  }
  return new Uint8Array(out);
}

describe('decodeBytes', () => {
  const text = 'Mã đơn vị,Giá trị\n25363,"82,5"\n';
  it.each([
    ['UTF-8', enc(text)],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...enc(text)])],
    ['UTF-16LE with BOM', utf16(text, true, true)],
    ['UTF-16BE with BOM', utf16(text, false, true)],
    ['UTF-16LE without BOM', utf16(text, true, false)],
  ])('%s', (_, bytes) => {
    const r = decodeBytes(bytes);
    expect(r.ok && r.text).toBe(text);
  });
  it('normalises NFD to NFC', () => {
    const r = decodeBytes(enc('Đồng Phú'.normalize('NFD')));
    expect(r.ok && r.text).toBe('Đồng Phú'.normalize('NFC'));
  });
  it('rejects legacy 8-bit encodings rather than showing mojibake', () => {
    expect(decodeBytes(new Uint8Array([0x58, 0xe3, 0x20, 0xd0])).ok).toBe(false);
  });
});

describe('readCsv', () => {
  it.each([',', ';', '\t'])('detects the %j delimiter and maps Vietnamese headers', (d) => {
    const csv =
      ['Mã đơn vị', 'MÃ CHỈ TIÊU', 'kỳ báo cáo', 'Giá trị', 'Ngày báo cáo', 'Nguồn'].join(d) +
      '\n' +
      ['22', 'x', '07/2025', '5', '18/08/2025', 'S'].join(d) +
      '\n\n\n';
    const t = readCsv(csv, 'f.csv', observationColumns);
    expect(t.diagnostics).toEqual([]);
    expect(asObjects(t)).toEqual([
      {
        row: 2,
        cells: {
          unit: '22',
          indicator: 'x',
          period: '07/2025',
          value: '5',
          reportedAt: '18/08/2025',
          source: 'S',
        },
      },
    ]);
  });
  it('reports missing and unknown columns on row 1', () => {
    const t = readCsv('unit,indicator,Giá trị,Cột lạ\n22,x,1,y\n', 'f.csv', observationColumns);
    expect(t.diagnostics.map((i) => [i.code, i.row, i.column])).toEqual([
      ['COLUMN_UNKNOWN', 1, 'Cột lạ'],
      ['COLUMN_MISSING', 1, 'Kỳ báo cáo'],
      ['COLUMN_MISSING', 1, 'Ngày báo cáo'],
      ['COLUMN_MISSING', 1, 'Nguồn'],
    ]);
  });
  it('says an empty file is empty', () => {
    expect(readCsv('', 'f.csv', observationColumns).diagnostics[0]?.code).toBe('FILE_EMPTY');
    expect(
      readCsv(
        'unit,indicator,period,value,reported_at,source\n,,,,,\n',
        'f.csv',
        observationColumns,
      ).diagnostics.map((i) => i.code),
    ).toEqual(['FILE_EMPTY']);
  });
});

describe('readJson', () => {
  it('accepts an array or an object holding one, keeping typed values', () => {
    const rec = {
      unit: '22',
      indicator: 'x',
      period: '07/2025',
      value: 82.5,
      reportedAt: '18/08/2025',
      source: 'S',
    };
    for (const text of [JSON.stringify([rec]), JSON.stringify({ data: [rec] })]) {
      expect(asObjects(readJson(text, 'f.json', observationColumns))).toEqual([
        { row: 2, cells: rec },
      ]);
    }
  });
  it('reports broken JSON', () => {
    expect(readJson('{', 'f.json', observationColumns).diagnostics[0]?.code).toBe(
      'FILE_UNREADABLE',
    );
  });
});
