import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/lib/ingest/decode.ts';
import { readObservations } from '../../src/lib/ingest/observations.ts';
import { readCsv } from '../../src/lib/ingest/csv.ts';
import { formatReport } from '../../src/lib/ingest/diagnostics/report.ts';
import { buildModel } from '../../src/lib/model/build-model.ts';
import { diagnosticsByUnit, unitQuality } from '../../src/lib/model/quality.ts';
import { qualityView } from '../../src/lib/views/quality.ts';
import { unitsToCsv } from '../../src/tools/registry/units-csv.ts';
import { seeded } from '../../src/tools/sample/random.ts';
import { observationColumns } from '../../src/lib/schema/observation.ts';
import { validate } from '../../src/lib/ingest/validate-fs.ts';
import { dataset, indicators, units } from '../fixtures/model.ts';

const ctx = {
  units: new Map(units.map((u) => [u.code, u])),
  indicators: new Map(indicators.map((i) => [i.id, i])),
  asOf: '2026-11-21',
};
const vi = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    out[2 + 2 * i] = text.charCodeAt(i) & 0xff;
    out[3 + 2 * i] = text.charCodeAt(i) >> 8;
  }
  return out;
}

describe('property: valid records survive a CSV round trip in every export style', () => {
  it('200 random files', () => {
    const rnd = seeded(42);
    for (let n = 0; n < 200; n++) {
      const style = {
        delimiter: rnd.pick([',', ';', '\t']),
        lang: rnd.pick(['vi', 'en'] as const),
        encoding: rnd.pick(['utf8', 'bom', 'utf16'] as const),
        period: rnd.pick(['mm/yyyy', 'Tm/yyyy', 'yyyy-mm'] as const),
      };
      const records = Array.from({ length: 1 + rnd.int(0, 15) }, () => {
        const indicator = rnd.pick(indicators.filter((i) => i.kind !== 'milestone'));
        const unit = rnd.pick(units.filter((u) => indicator.levels.includes(u.level)));
        const year = rnd.pick([2025, 2026]);
        const month = year === 2026 ? rnd.int(1, 10) : rnd.int(7, 12); // reporting began 07/2025
        const period = `${year}-${String(month).padStart(2, '0')}`;
        const value = indicator.kind === 'count' ? rnd.int(0, 50000) : rnd.int(1, 1000) / 10;
        const reportedAt = `2026-11-${String(rnd.int(1, 20)).padStart(2, '0')}`;
        return {
          unit: unit.code,
          indicator: indicator.id,
          period,
          value,
          reportedAt,
          source: rnd.pick(['Hệ thống TTHC', 'Báo cáo; "số" 2', 'UBND xã, phường']),
        };
      });
      const header =
        style.lang === 'vi'
          ? ['Mã đơn vị', 'Mã chỉ tiêu', 'Kỳ báo cáo', 'Giá trị', 'Ngày báo cáo', 'Nguồn']
          : ['unit', 'indicator', 'period', 'value', 'reported_at', 'source'];
      const body = records.map((r) => {
        const [yy, mm] = r.period.split('-');
        const period =
          style.period === 'mm/yyyy'
            ? `${mm}/${yy}`
            : style.period === 'Tm/yyyy'
              ? `T${Number(mm)}/${yy}`
              : r.period;
        const value = style.lang === 'vi' ? vi.format(r.value) : String(r.value);
        const date =
          style.lang === 'vi' ? r.reportedAt.split('-').reverse().join('/') : r.reportedAt;
        return [r.unit, r.indicator, period, value, date, r.source];
      });
      const csv = Papa.unparse([header, ...body], { delimiter: style.delimiter });
      const bytes =
        style.encoding === 'utf16'
          ? utf16le(csv)
          : new TextEncoder().encode(style.encoding === 'bom' ? `\ufeff${csv}` : csv);
      const decoded = decodeBytes(bytes);
      if (!decoded.ok) throw new Error(decoded.detail);
      const { observations, diagnostics } = readObservations(
        readCsv(decoded.text, 'f.csv', observationColumns),
        'f.csv',
        ctx,
      );
      expect(diagnostics, JSON.stringify(style)).toEqual([]);
      expect(observations.map(({ from: _f, ...o }) => o)).toEqual(records);
    }
  });
});

describe('validate PATH and the report', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mb-validate-'));
  mkdirSync(join(dir, 'exports/22'), { recursive: true });
  writeFileSync(join(dir, 'dataset.json'), JSON.stringify(dataset));
  writeFileSync(join(dir, 'units.csv'), unitsToCsv(units));
  writeFileSync(
    join(dir, 'exports/22/good.csv'),
    'unit,indicator,period,value,reported_at,source\n22,online-services,2025-09,5,2025-10-10,S\n',
  );
  writeFileSync(
    join(dir, 'exports/22/bad.csv'),
    'unit,indicator,period,value,reported_at,source\n22,online-services,2025-09,-5,2025-10-11,S\n51,online-services,2025-09,5,2025-10-11,S\n',
  );

  it('checks one file on its own, naming file, row, column and code', () => {
    const only = validate({
      dataDir: dir,
      contentDir: 'content',
      path: join(dir, 'exports/22/bad.csv'),
    });
    expect(only.diagnostics.map((i) => [i.file, i.row, i.column, i.code])).toEqual([
      ['exports/22/bad.csv', 2, 'value', 'COUNT_INVALID'],
      ['exports/22/bad.csv', 3, 'unit', 'UNIT_OUTSIDE_PROVINCE'],
    ]);
    expect(
      validate({ dataDir: dir, contentDir: 'content', path: join(dir, 'exports/22/good.csv') })
        .diagnostics,
    ).toEqual([]);
  });

  it('prints each problem once with location, code, Vietnamese and English, and a fix', () => {
    const report = formatReport(
      validate({ dataDir: dir, contentDir: 'content', path: join(dir, 'exports/22/bad.csv') })
        .diagnostics,
    );
    expect(report).toContain(
      'exports/22/bad.csv:2:[value] LỖI/ERROR COUNT_INVALID Số lượng phải là số nguyên không âm (nhận được -5)',
    );
    expect(report).toContain('/ A count must be a whole number, zero or more (got -5)');
    expect(report).toContain(
      '→ Cách sửa: Ghi số nguyên, ví dụ 982. / Fix: Write a whole number, e.g. 982.',
    );
  });

  it('publishing valid rows keeps the rejected ones in the model for the public quality page', () => {
    const result = validate({ dataDir: dir, contentDir: 'content' });
    const model = buildModel(result.inputs!, result.diagnostics);
    const q = unitQuality(
      model.progress.get('22')!,
      diagnosticsByUnit(model.diagnostics).get('22') ?? [],
    );
    expect(q.rejected.map((i) => i.code)).toEqual(['COUNT_INVALID']);
    expect(
      model.progress
        .get('22')!
        .indicators.find((c) => c.indicator.id === 'online-services')!
        .own.map((p) => p.value),
    ).toEqual([5]);
  });
});

describe('rows of unknown units on the public quality page', () => {
  it('lists them on the national page, since no unit page can', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mb-unknown-'));
    mkdirSync(join(dir, 'exports/22'), { recursive: true });
    writeFileSync(join(dir, 'dataset.json'), JSON.stringify(dataset));
    writeFileSync(join(dir, 'units.csv'), unitsToCsv(units));
    writeFileSync(
      join(dir, 'exports/22/f.csv'),
      'unit,indicator,period,value,reported_at,source\n22,online-services,2025-09,5,2025-10-10,S\n22999,online-services,2025-09,5,2025-10-10,S\n',
    );
    const result = validate({ dataDir: dir, contentDir: 'content', path: dir });
    const model = buildModel(result.inputs!, result.diagnostics);
    const view = qualityView(model);
    expect(view.unknownUnits.map((d) => [d.code, d.file, d.row, d.unit])).toEqual([
      ['UNIT_UNKNOWN', 'exports/22/f.csv', 3, '22999'],
    ]);
    expect(view.rejected.rows).toBeGreaterThanOrEqual(1);
  });
});

describe('validate PATH outside the data folder', () => {
  it('checks a file a data officer has anywhere, and says so when the path does not exist', () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'mb-officer-'));
    writeFileSync(
      join(elsewhere, 'thang-9.csv'),
      'Mã đơn vị;Mã chỉ tiêu;Kỳ báo cáo;Giá trị;Ngày báo cáo;Nguồn\n22;online-services;T9/2025;1,139;10/10/2025;S\n',
    );
    const dir = mkdtempSync(join(tmpdir(), 'mb-data-'));
    writeFileSync(join(dir, 'dataset.json'), JSON.stringify(dataset));
    writeFileSync(join(dir, 'units.csv'), unitsToCsv(units));
    const r = validate({
      dataDir: dir,
      contentDir: 'content',
      path: join(elsewhere, 'thang-9.csv'),
    });
    expect(r.diagnostics.map((i) => [i.row, i.code])).toEqual([[2, 'NUMBER_AMBIGUOUS']]);
    expect(
      validate({
        dataDir: dir,
        contentDir: 'content',
        path: join(elsewhere, 'missing.csv'),
      }).diagnostics.map((i) => i.code),
    ).toEqual(['FILE_UNREADABLE']);
  });
});

describe('file size limit', () => {
  it('refuses a file over the configured limit, naming its size', async () => {
    const { readTableFile } = await import('../../src/lib/ingest/load-fs.ts');
    const dir = mkdtempSync(join(tmpdir(), 'mb-size-'));
    writeFileSync(join(dir, 'big.csv'), `unit,value\n${'22,1\n'.repeat(30000)}`);
    const table = readTableFile(dir, 'big.csv', observationColumns, 0.1);
    expect(table.diagnostics.map((i) => [i.code, i.file, i.message])).toEqual([
      ['FILE_TOO_LARGE', 'big.csv', 'Tệp lớn 0.14 MB, vượt giới hạn 0.1 MB'],
    ]);
    expect(table.rows).toEqual([]);
  });
});

describe('rejected counts on the data-quality page', () => {
  it('count a row once however many errors it has, and a file-level error as a file', async () => {
    const { rejectedCounts } = await import('../../src/lib/model/quality.ts');
    const { makeDiagnostic } = await import('../../src/lib/ingest/diagnostics/diagnostic.ts');
    const row = { file: 'exports/22/a.csv', row: 5 };
    expect(
      rejectedCounts([
        makeDiagnostic('UNIT_UNKNOWN', row, { value: '1' }),
        makeDiagnostic('DATE_INVALID', row, { value: 'x' }),
        makeDiagnostic('FILE_SPREADSHEET', { file: 'exports/22/b.xlsx' }),
        makeDiagnostic('TEXT_SUSPICIOUS', { file: 'exports/22/a.csv', row: 6 }),
      ]),
    ).toEqual({ rows: 1, files: 1 });
  });
});
