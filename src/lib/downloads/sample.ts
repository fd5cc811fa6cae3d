import type { Dataset } from '../schema/dataset.ts';
import { SAMPLE_VALUE } from '../schema/download.ts';
import { SAMPLE_COLUMN } from './table-schema.ts';
import { toCsv } from './tables.ts';

/** What every JSON download of sample data says at its top. */
export const SAMPLE_NOTICE = {
  vi: 'DỮ LIỆU MẪU: số liệu do máy tạo ra để minh họa, không phải số liệu thật của đơn vị nào.',
  en: 'SAMPLE DATA: generated figures for illustration, not the real figures of any unit.',
} as const;

/**
 * Every CSV download goes through here: safe for Excel (toCsv: BOM, formulas neutralised) and,
 * when the data is sample data, a first column `sample_data` saying so on every row.
 */
export const csvDownload = <T extends object>(
  rows: Iterable<T>,
  columns: readonly (keyof T & string)[],
  sample: boolean,
): Uint8Array =>
  toCsv(rows, columns, sample ? { name: SAMPLE_COLUMN, value: SAMPLE_VALUE } : undefined);

/**
 * Every JSON download goes through here: `"sample": true` and a notice first, for sample data;
 * then the data's licence, when the dataset names one. Compact for the per-unit files
 * (thousands of them), indented for the few national ones.
 */
export function jsonDownload(
  body: object,
  dataset: Pick<Dataset, 'sample' | 'license'>,
  compact = false,
): string {
  const license = dataset.license ? { license: dataset.license } : {};
  const marked = dataset.sample
    ? { sample: true, notice: SAMPLE_NOTICE, ...license, ...body }
    : { ...license, ...body };
  return `${compact ? JSON.stringify(marked) : JSON.stringify(marked, null, 1)}\n`;
}

/** A title or summary of a feed or change page, marked when the data is sample data. */
export const sampleTitle = (text: string, sample: boolean): string =>
  sample ? `[DỮ LIỆU MẪU / SAMPLE DATA] ${text}` : text;
