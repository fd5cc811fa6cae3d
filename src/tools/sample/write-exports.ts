import Papa from 'papaparse';
import type { Unit } from '../../lib/schema/unit.ts';
import { formatDate } from '../../lib/util/format.ts';
import type { SampleRow } from './observations.ts';

/** Export styles seen in real provinces; the sample spreads them so that ingest is exercised end to end. */
type Style = 'vi-comma-bom' | 'vi-semicolon' | 'en-comma' | 'json';

const styleOf = (index: number): Style =>
  (
    [
      'vi-comma-bom',
      'vi-semicolon',
      'vi-comma-bom',
      'en-comma',
      'vi-semicolon',
      'vi-comma-bom',
      'json',
    ] as const
  )[index % 7]!;

const VI_HEADERS = [
  'Mã đơn vị',
  'Mã chỉ tiêu',
  'Kỳ báo cáo',
  'Giá trị',
  'Tử số',
  'Mẫu số',
  'Ngày báo cáo',
  'Nguồn',
  'Ghi chú',
];
const EN_HEADERS = [
  'unit',
  'indicator',
  'period',
  'value',
  'numerator',
  'denominator',
  'reported_at',
  'source',
  'note',
];

const vi = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1, useGrouping: true });

function valueText(row: SampleRow, style: Style): string {
  const v = row.value;
  if (v === 'done') return style.startsWith('vi') ? 'Đã hoàn thành' : 'done';
  if (v === 'not-done') return style.startsWith('vi') ? 'Chưa hoàn thành' : 'not done';
  if (typeof v === 'object') return style.startsWith('vi') ? formatDate(v.doneOn) : v.doneOn;
  if (style === 'en-comma') return String(v);
  const text = vi.format(v);
  return style === 'vi-semicolon' && row.kind === 'percent' ? `${text}%` : text;
}

function periodText(period: string, style: Style): string {
  const [y, m] = period.split('-');
  if (style === 'vi-semicolon') return `T${Number(m)}/${y}`;
  if (style === 'vi-comma-bom') return `${m}/${y}`;
  return period;
}

/** The month a row was sent for: rows reported in August belong to the July batch. */
function batchOf(reportedAt: string): string {
  const [y, m] = reportedAt.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/** One batch as CSV in a province's style. */
function csvFile(list: readonly SampleRow[], style: Style): string {
  const date = style === 'en-comma' ? (d: string) => d : formatDate;
  const num = (n: number | undefined) =>
    n === undefined ? '' : style === 'en-comma' ? String(n) : vi.format(n);
  // The baseline column appears only in a batch that has a baseline row, as a data officer would add it.
  const baseline = list.some((r) => r.baseline);
  const body = list.map((r) => [
    r.unit,
    r.indicator,
    periodText(r.period, style),
    valueText(r, style),
    num(r.numerator),
    num(r.denominator),
    date(r.reportedAt),
    r.source,
    r.note ?? '',
    ...(baseline ? [r.baseline ? 'x' : ''] : []),
  ]);
  const headers = style === 'en-comma' ? EN_HEADERS : VI_HEADERS;
  const header = baseline
    ? [...headers, style === 'en-comma' ? 'baseline' : 'Số liệu gốc']
    : headers;
  const csv = Papa.unparse([header, ...body], {
    delimiter: style === 'vi-semicolon' ? ';' : ',',
    newline: '\r\n',
  });
  return (style === 'vi-comma-bom' ? '\ufeff' : '') + csv + '\r\n\r\n';
}

/** Writes one file per province and monthly batch: `exports/<province>/<yyyy-mm>.csv|json`. */
export function exportFiles(
  rows: readonly SampleRow[],
  units: ReadonlyMap<string, Unit>,
  provinceOrder: readonly string[],
): Map<string, string> {
  const batches = new Map<string, SampleRow[]>();
  for (const r of rows) {
    const unit = units.get(r.unit)!;
    const province = unit.parent ?? unit.code;
    const key = `${province}/${batchOf(r.reportedAt)}`;
    const list = batches.get(key);
    if (list) list.push(r);
    else batches.set(key, [r]);
  }
  const files = new Map<string, string>();
  for (const [key, list] of [...batches].sort(([a], [b]) => a.localeCompare(b))) {
    const style = styleOf(provinceOrder.indexOf(key.slice(0, 2)));
    if (style === 'json') {
      const records = list.map((r) => ({
        unit: r.unit,
        indicator: r.indicator,
        period: r.period,
        value: typeof r.value === 'number' ? r.value : valueText(r, style),
        ...(r.numerator !== undefined
          ? { numerator: r.numerator, denominator: r.denominator }
          : {}),
        reported_at: r.reportedAt,
        source: r.source,
        ...(r.note ? { note: r.note } : {}),
        ...(r.baseline ? { baseline: 'x' } : {}),
      }));
      files.set(`exports/${key}.json`, `${JSON.stringify({ data: records }, null, 1)}\n`);
      continue;
    }
    files.set(`exports/${key}.csv`, csvFile(list, style));
  }
  return files;
}
