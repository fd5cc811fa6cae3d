import { describe, expect, it } from 'vitest';
import { fold, slugify, headerKey, clean, shorten } from '../../src/lib/util/text.ts';
import { parseNumber, looksSuspicious } from '../../src/lib/ingest/numbers.ts';
import { parseDate, parsePeriod, periodEnd } from '../../src/lib/util/calendar.ts';
import { formatDate, formatNumber } from '../../src/lib/util/format.ts';

describe('fold', () => {
  it('strips marks and maps đ to d, also from NFD input', () => {
    expect(fold('Đồng Phú')).toBe('dong phu');
    expect(fold('Đồng Phú'.normalize('NFD'))).toBe('dong phu');
    expect(fold('  XÃ   Hợp  Minh ')).toBe('xa hop minh');
    expect(fold('Thanh Hoá')).toBe(fold('Thanh Hóa'));
  });
  it('makes ASCII slugs and header keys', () => {
    expect(slugify('Thành phố Hồ Chí Minh')).toBe('thanh-pho-ho-chi-minh');
    expect(headerKey('Mã đơn vị')).toBe(headerKey('ma_don_vi'));
    expect(clean('Hợp Minh'.normalize('NFD'))).toBe('Hợp Minh'.normalize('NFC'));
  });
  it('shortens at a word boundary, never past the limit', () => {
    const long =
      'Tỷ lệ thủ tục hành chính liên quan đến doanh nghiệp, thực hiện trực tuyến toàn trình';
    expect(shorten(long, 200)).toBe(long);
    expect(shorten(long, 55)).toBe('Tỷ lệ thủ tục hành chính liên quan đến doanh nghiệp…');
    expect(shorten('Một-từ-rất-dài-không-có-khoảng-trắng', 10)).toBe('Một-từ-rấ…');
    for (let max = 5; max < long.length; max++)
      expect(shorten(long, max).length).toBeLessThanOrEqual(max);
  });
});

describe('parseNumber', () => {
  const ok = (raw: string, format?: 'vi' | 'en') => {
    const r = parseNumber(raw, format);
    if (!r.ok) throw new Error(`${raw}: ${r.code}`);
    return r.value;
  };
  it.each([
    ['1.139', 1139],
    ['82,5', 82.5],
    ['82.5', 82.5],
    ['0,825', 0.825],
    ['1.234.567', 1234567],
    ['1.139,5', 1139.5],
    ['1,139.5', 1139.5],
    ['1 139', 1139],
    ['-3', -3],
    ['25', 25],
    ['1,234,567', 1234567],
  ])('%s → %d', (raw, want) => expect(ok(raw)).toBe(want));
  it('reads the percent sign', () => {
    expect(parseNumber('82,5%')).toEqual({ ok: true, value: 82.5, percentSign: true });
  });
  it('calls "1,139" ambiguous unless the format is declared', () => {
    expect(parseNumber('1,139')).toEqual({
      ok: false,
      code: 'NUMBER_AMBIGUOUS',
      a: 1139,
      b: 1.139,
    });
    expect(ok('1,139', 'en')).toBe(1139);
    expect(ok('1,139', 'vi')).toBe(1.139);
    expect(ok('1.139', 'en')).toBe(1.139);
  });
  it.each(['', 'abc', '12a', '1..2', '1.2.3,4,5', ',5', '%'])('rejects %j', (raw) =>
    expect(parseNumber(raw).ok).toBe(false),
  );
  it('flags formulas and markup', () => {
    expect(looksSuspicious('=HYPERLINK("x")')).toBe(true);
    expect(looksSuspicious('<script>alert(1)</script>')).toBe(true);
    expect(looksSuspicious('Hệ thống <5 năm')).toBe(false);
  });
});

describe('dates and periods', () => {
  it.each([
    ['18/09/2025', '2025-09-18'],
    ['1/7/2025', '2025-07-01'],
    ['2025-09-18', '2025-09-18'],
    ['18.09.2025', '2025-09-18'],
    ['31/02/2025', null],
    ['2025-13-01', null],
    ['hôm qua', null],
  ])('date %s → %s', (raw, want) => expect(parseDate(raw)).toBe(want));
  it.each([
    ['07/2025', '2025-07'],
    ['T7/2025', '2025-07'],
    ['Tháng 7/2025', '2025-07'],
    ['2025-07', '2025-07'],
    ['13/2025', null],
    ['7.2025', null],
  ])('period %s → %s', (raw, want) => expect(parsePeriod(raw)).toBe(want));
  it('knows month ends and formats for the page', () => {
    expect(periodEnd('2026-02')).toBe('2026-02-28');
    expect(formatDate('2025-06-30')).toBe('30/06/2025');
    expect(formatNumber(1139)).toBe('1.139');
    expect(formatNumber(82.5)).toBe('82,5');
  });
});
