import { describe, expect, it } from 'vitest';
import { findConflicts } from '../../src/lib/ingest/conflicts.ts';
import { readObservations } from '../../src/lib/ingest/observations.ts';
import { readCsv } from '../../src/lib/ingest/csv.ts';
import { observationColumns, observationSchema } from '../../src/lib/schema/observation.ts';
import { indicators, units } from '../fixtures/model.ts';

const ctx = {
  units: new Map(units.map((u) => [u.code, u])),
  indicators: new Map(indicators.map((i) => [i.id, i])),
  asOf: '2026-11-21',
};
const F = 'exports/22/2025-09.csv';
const HEAD = 'Mã đơn vị;Mã chỉ tiêu;Kỳ báo cáo;Giá trị;Tử số;Mẫu số;Ngày báo cáo;Nguồn;Ghi chú';

/** Reads one CSV row (semicolon-separated, after the header) and returns [code, row, column] of each issue. */
function diagnosticsOf(
  line: string,
  extra: Partial<typeof ctx> & { folderProvince?: string } = {},
) {
  const table = readCsv(`${HEAD}\n${line}\n`, 'exports/22/2025-09.csv', observationColumns);
  const r = readObservations(table, 'exports/22/2025-09.csv', { ...ctx, ...extra });
  return {
    diagnostics: r.diagnostics.map((i) => [i.code, i.file, i.row, i.column]),
    observations: r.observations,
  };
}

describe('readObservations: one fixture per rule', () => {
  it('accepts a valid row and keeps its provenance', () => {
    const { diagnostics, observations } = diagnosticsOf(
      '90001;dossiers-fully-online;T9/2025;82,5%;165;200;18/10/2025;Hệ thống TTHC;',
    );
    expect(diagnostics).toEqual([]);
    expect(observations).toEqual([
      {
        unit: '90001',
        indicator: 'dossiers-fully-online',
        period: '2025-09',
        value: 82.5,
        numerator: 165,
        denominator: 200,
        reportedAt: '2025-10-18',
        source: 'Hệ thống TTHC',
        from: { file: 'exports/22/2025-09.csv', row: 2 },
      },
    ]);
    expect(observationSchema.safeParse(observations[0]).success).toBe(true);
  });
  it.each([
    [
      'unknown unit',
      '5363;online-services;09/2025;1;;;18/10/2025;S;',
      ['UNIT_UNKNOWN', F, 2, 'Mã đơn vị'],
    ],
    [
      'unknown indicator',
      '22;no-such;09/2025;1;;;18/10/2025;S;',
      ['INDICATOR_UNKNOWN', F, 2, 'Mã chỉ tiêu'],
    ],
    [
      'indicator not at this level',
      '22;core-systems;09/2025;1;;;18/10/2025;S;',
      ['INDICATOR_LEVEL', F, 2, 'Mã chỉ tiêu'],
    ],
    [
      'percent above 100',
      '22;archives-digitised;09/2025;120;;;18/10/2025;S;',
      ['PERCENT_RANGE', F, 2, 'Giá trị'],
    ],
    [
      'negative count',
      '22;online-services;09/2025;-3;;;18/10/2025;S;',
      ['COUNT_INVALID', F, 2, 'Giá trị'],
    ],
    [
      'fractional count',
      '22;online-services;09/2025;3,5;;;18/10/2025;S;',
      ['COUNT_INVALID', F, 2, 'Giá trị'],
    ],
    [
      'numerator above denominator',
      '22;dossiers-fully-online;09/2025;;210;200;18/10/2025;S;',
      ['RATIO_INVALID', F, 2, 'Tử số'],
    ],
    [
      'value contradicting the ratio',
      '22;dossiers-fully-online;09/2025;50;165;200;18/10/2025;S;',
      ['RATIO_MISMATCH', F, 2, 'Giá trị'],
    ],
    [
      'period in the future',
      '22;online-services;12/2026;5;;;18/10/2025;S;',
      ['PERIOD_FUTURE', F, 2, 'Kỳ báo cáo'],
    ],
    [
      'reported before the period began',
      '22;online-services;09/2025;5;;;18/08/2025;S;',
      ['REPORTED_BEFORE_PERIOD', F, 2, 'Ngày báo cáo'],
    ],
    [
      'bad period',
      '22;online-services;Q3/2025;5;;;18/10/2025;S;',
      ['PERIOD_INVALID', F, 2, 'Kỳ báo cáo'],
    ],
    [
      'bad date',
      '22;online-services;09/2025;5;;;31/09/2025;S;',
      ['DATE_INVALID', F, 2, 'Ngày báo cáo'],
    ],
    [
      'not a number',
      '22;online-services;09/2025;nhiều;;;18/10/2025;S;',
      ['NUMBER_INVALID', F, 2, 'Giá trị'],
    ],
    [
      'ambiguous number',
      '22;online-services;09/2025;1,139;;;18/10/2025;S;',
      ['NUMBER_AMBIGUOUS', F, 2, 'Giá trị'],
    ],
    [
      'milestone neither done nor a date',
      '90001;core-systems;09/2025;sắp xong;;;18/10/2025;S;',
      ['MILESTONE_INVALID', F, 2, 'Giá trị'],
    ],
    [
      'empty required cell',
      '22;online-services;09/2025;5;;;18/10/2025;;',
      ['VALUE_REQUIRED', F, 2, 'Nguồn'],
    ],
    [
      'formula in a note (warning)',
      '22;online-services;09/2025;5;;;18/10/2025;S;=1+1',
      ['TEXT_SUSPICIOUS', F, 2, 'Ghi chú'],
    ],
  ])('%s', (_, line, want) => {
    expect(diagnosticsOf(line).diagnostics).toContainEqual(want);
  });
  it('refuses a commune filed under another province folder', () => {
    expect(
      diagnosticsOf('23317;online-services;09/2025;5;;;18/10/2025;S;', { folderProvince: '22' })
        .diagnostics,
    ).toContainEqual(['UNIT_OUTSIDE_PROVINCE', F, 2, 'Mã đơn vị']);
  });
  it('reads milestones as done, not done or a completion date', () => {
    const rows = ['Đã hoàn thành', 'chưa hoàn thành', '15/06/2025'].map(
      (v) => diagnosticsOf(`90001;core-systems;09/2025;${v};;;18/10/2025;S;`).observations[0],
    );
    expect(rows.map((o) => [o?.value, o?.doneOn])).toEqual([
      [1, undefined],
      [0, undefined],
      [1, '2025-06-15'],
    ]);
  });
  it('computes a percent from numerator and denominator when the value is blank', () => {
    expect(
      diagnosticsOf('22;dossiers-fully-online;09/2025;;1;3;18/10/2025;S;').observations[0]?.value,
    ).toBe(33.3);
  });
  it('reads a file of fractions as percentages, with one warning', () => {
    const table = readCsv(
      `${HEAD}\n22;archives-digitised;09/2025;0,825;;;18/10/2025;S;\n22;archives-digitised;08/2025;0,5;;;18/10/2025;S;\n`,
      'f.csv',
      observationColumns,
    );
    const r = readObservations(table, 'f.csv', ctx);
    expect(r.observations.map((o) => o.value)).toEqual([82.5, 50]);
    expect(r.diagnostics.map((i) => i.code)).toEqual(['PERCENT_AS_FRACTION']);
  });
  it('keeps a small percentage as is when the file also has large ones', () => {
    const table = readCsv(
      `${HEAD}\n22;archives-digitised;09/2025;0,9;;;18/10/2025;S;\n22;archives-digitised;08/2025;45;;;18/10/2025;S;\n`,
      'f.csv',
      observationColumns,
    );
    expect(readObservations(table, 'f.csv', ctx).observations.map((o) => o.value)).toEqual([
      0.9, 45,
    ]);
  });
});

describe('findConflicts', () => {
  const o = (value: number, reportedAt: string, row: number) => ({
    unit: '22',
    indicator: 'online-services',
    period: '2025-09',
    value,
    reportedAt,
    source: 'S',
    from: { file: `f${row}.csv`, row },
  });
  it('names both rows of a conflict and keeps neither', () => {
    const r = findConflicts([o(5, '2025-10-18', 2), o(6, '2025-10-18', 9)]);
    expect(r.kept).toEqual([]);
    expect(
      r.diagnostics.map((i) => [i.code, i.file, i.row, i.message.includes('f2.csv:2')]),
    ).toEqual([['DUPLICATE_CONFLICT', 'f9.csv', 9, true]]);
  });
  it('keeps revisions (later report date) and drops exact repeats', () => {
    expect(
      findConflicts([o(5, '2025-10-18', 2), o(6, '2025-11-18', 3), o(5, '2025-10-18', 4)]).kept.map(
        (x) => x.from.row,
      ),
    ).toEqual([2, 3]);
  });
});

describe('readObservations: dates that cannot be true, baselines, computed indicators', () => {
  const head = `${HEAD};Số liệu gốc`;
  const derived = {
    ...indicators[1]!,
    id: 'monthly-report-on-time',
    kind: 'percent' as const,
    derived: 'reporting-timeliness' as const,
  };
  const withDerived = { ...ctx, indicators: new Map([...ctx.indicators, [derived.id, derived]]) };
  function read(line: string) {
    const table = readCsv(`${head}\n${line}\n`, F, observationColumns);
    const r = readObservations(table, F, withDerived);
    return {
      diagnostics: r.diagnostics.map((i) => [i.code, i.file, i.row, i.column]),
      messages: r.diagnostics.map((i) => i.message),
      observations: r.observations,
    };
  }
  it.each([
    [
      'a report dated after the publication date',
      '22;online-services;09/2025;5;;;22/11/2026;S;;',
      ['DATE_AFTER_PUBLICATION', F, 2, 'Ngày báo cáo'],
    ],
    [
      'a milestone completed after the publication date',
      '90001;core-systems;09/2025;30/11/2026;;;18/10/2025;S;;',
      ['DATE_AFTER_PUBLICATION', F, 2, 'Giá trị'],
    ],
    [
      'a commune period before communes existed',
      '90001;online-services;06/2025;5;;;18/07/2025;S;;',
      ['PERIOD_BEFORE_UNIT', F, 2, 'Kỳ báo cáo'],
    ],
    [
      'a province period before Plan 02',
      '22;online-services;06/2025;5;;;18/07/2025;S;;',
      ['PERIOD_BEFORE_PLAN', F, 2, 'Kỳ báo cáo'],
    ],
    [
      'a baseline describing a month of regular reporting',
      '22;online-services;09/2025;5;;;18/10/2025;S;;x',
      ['BASELINE_AFTER_START', F, 2, 'Kỳ báo cáo'],
    ],
    [
      'a baseline mark that is not one',
      '22;online-services;06/2025;5;;;18/07/2025;S;;maybe',
      ['VALUE_INVALID', F, 2, 'Số liệu gốc'],
    ],
    [
      'a computed indicator in an export',
      '22;monthly-report-on-time;09/2025;100;;;18/10/2025;S;;',
      ['INDICATOR_DERIVED', F, 2, 'Mã chỉ tiêu'],
    ],
    [
      'a number past 15 digits',
      '22;online-services;09/2025;1.000.000.000.000.000;;;18/10/2025;S;;',
      ['VALUE_INVALID', F, 2, 'Giá trị'],
    ],
  ])('%s', (_, line, want) => {
    const r = read(line);
    expect(r.diagnostics).toEqual([want]);
    expect(r.observations).toEqual([]);
  });
  it('names the real problem: computed, not missing from the catalog', () => {
    expect(read('22;monthly-report-on-time;09/2025;100;;;18/10/2025;S;;').messages).toEqual([
      'Chỉ tiêu "monthly-report-on-time" được tính từ ngày báo cáo, không do đơn vị báo cáo trực tiếp',
    ]);
    expect(read('90001;online-services;06/2025;5;;;18/07/2025;S;;').messages).toEqual([
      'Kỳ 06/2025 ở trước khi đơn vị Xã Mẫu An Bình được thành lập (01/07/2025)',
    ]);
  });
  it('shows invisible characters escaped, so that "31\\u200b" does not look like 31', () => {
    const r = read('22\u200b;online-services;09/2025;5;;;18/10/2025;S;;');
    expect(r.messages).toEqual(['Mã đơn vị "22\\u200b" không có trong danh mục đơn vị hành chính']);
  });
  it('reads a baseline row before 07/2025, even before the commune existed, marked and sourced', () => {
    const marks = ['x', 'X', '1', 'có', 'Có', 'yes', 'TRUE'];
    for (const mark of marks) {
      const r = read(`90001;online-services;06/2025;40;;;05/08/2025;Rà soát 06/2025;;${mark}`);
      expect(r.diagnostics, mark).toEqual([]);
      expect(r.observations[0]).toMatchObject({ period: '2025-06', baseline: true, value: 40 });
      expect(observationSchema.safeParse(r.observations[0]).success).toBe(true);
    }
    expect(
      read('22;online-services;09/2025;5;;;18/10/2025;S;;').observations[0],
    ).not.toHaveProperty('baseline');
  });
});
