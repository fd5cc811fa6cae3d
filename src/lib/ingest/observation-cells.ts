import type { Indicator } from '../schema/indicator.ts';
import { fold } from '../util/text.ts';
import type { DiagnosticCode } from './diagnostics/catalog.ts';
import type { Params } from './diagnostics/diagnostic.ts';
import { parseNumber, type NumberFormat } from './numbers.ts';
import { blank, cell, text, type Cell, type Table } from './table.ts';

/** A cell that cannot be read: the code and column of its diagnostic. */
export type Fail = { code: DiagnosticCode; column: string; params?: Params };
export type Parsed<T> = { ok: true; value: T } | ({ ok: false } & Fail);

/** A number cell (JSON may already give a number), with whether it carried a % sign. */
export function numberCell(
  cell: Cell,
  column: string,
  format?: NumberFormat,
): Parsed<{ value: number; percentSign: boolean }> {
  if (typeof cell === 'number') return { ok: true, value: { value: cell, percentSign: false } };
  const raw = text(cell);
  const r = parseNumber(raw, format);
  if (r.ok) return { ok: true, value: r };
  if (r.code === 'NUMBER_AMBIGUOUS')
    return { ok: false, code: r.code, column, params: { value: raw, a: r.a, b: r.b } };
  return { ok: false, code: 'NUMBER_INVALID', column, params: { value: raw } };
}

/**
 * A file writes percentages as fractions (0,825 for 82,5%) when every percent value without a
 * % sign lies between 0 and 1 and at least one is strictly inside: then all are scaled, with a
 * warning. A file with 0,9 among 45 and 80 means 0,9 %.
 */
export function usesFractions(table: Table, indicators: ReadonlyMap<string, Indicator>): boolean {
  let inside = false;
  for (const { values } of table.rows) {
    const value = cell(table, values, 'value');
    if (indicators.get(text(cell(table, values, 'indicator')))?.kind !== 'percent' || blank(value))
      continue;
    const r = numberCell(value, 'value');
    if (!r.ok || r.value.percentSign) continue;
    if (r.value.value > 1 || r.value.value < 0) return false;
    if (r.value.value > 0 && r.value.value < 1) inside = true;
  }
  return inside;
}

/** A function that computes its result once per distinct text (results must not be undefined). */
export function memo<T>(fn: (text: string) => T): (text: string) => T {
  const seen = new Map<string, T>();
  return (text) => {
    const known = seen.get(text);
    if (known !== undefined) return known;
    const value = fn(text);
    seen.set(text, value);
    return value;
  };
}

const DONE = new Set(['1', 'x', 'co', 'done', 'yes', 'true', 'da hoan thanh', 'hoan thanh', 'dat']);
const NOT_DONE = new Set([
  '0',
  'khong',
  'no',
  'false',
  'not done',
  'chua hoan thanh',
  'chua',
  'chua dat',
]);

/** A milestone's folded word: 1 for done, 0 for not done, undefined when it is neither. */
export const milestoneWord = (folded: string): 0 | 1 | undefined =>
  DONE.has(folded) ? 1 : NOT_DONE.has(folded) ? 0 : undefined;

/** The number format a row declares: "vi", "en", or undefined (blank or not one of those). */
export function declaredFormat(raw: string): { format?: NumberFormat; invalid?: string } {
  if (raw === '') return {};
  const folded = fold(raw);
  return folded === 'vi' || folded === 'en' ? { format: folded } : { invalid: folded };
}

const BASELINE = new Set(['x', '1', 'co', 'yes', 'true']);

/** The baseline cell: true for a baseline row, false when blank, undefined when unreadable. */
export function baselineCell(raw: string): boolean | undefined {
  if (raw === '') return false;
  return BASELINE.has(fold(raw)) ? true : undefined;
}
