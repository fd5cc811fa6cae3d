import type { Indicator } from '../schema/indicator.ts';
import type { Observation } from '../schema/observation.ts';
import type { Unit } from '../schema/unit.ts';
import { makeDiagnostic, type Diagnostic, type Params } from './diagnostics/diagnostic.ts';
import type { DiagnosticCode } from './diagnostics/catalog.ts';
import { fold } from '../util/text.ts';
import { formatDate } from '../util/format.ts';
import { parseDate, parsePeriod, periodStart } from '../util/calendar.ts';
import { looksSuspicious, parseNumber, type NumberFormat } from './numbers.ts';
import { blank, cell, text, type Cell, type Table } from './table.ts';

export interface ObservationContext {
  units: ReadonlyMap<string, Unit>;
  indicators: ReadonlyMap<string, Indicator>;
  /** Publication date: nothing may describe a later month. */
  asOf: string;
  /** Province code when the file sits in `exports/<code>/`: every row must belong to it. */
  folderProvince?: string | undefined;
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

type Fail = { code: DiagnosticCode; column: string; params?: Params };
type Parsed<T> = { ok: true; value: T } | ({ ok: false } & Fail);

function numberCell(
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
function usesFractions(table: Table, indicators: ObservationContext['indicators']): boolean {
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
function memo<T>(fn: (text: string) => T): (text: string) => T {
  const seen = new Map<string, T>();
  return (text) => {
    const known = seen.get(text);
    if (known !== undefined) return known;
    const value = fn(text);
    seen.set(text, value);
    return value;
  };
}

/** Reads one export's rows into observations; problems go to `diagnostics`, never thrown. */
export function readObservations(
  table: Table,
  file: string,
  ctx: ObservationContext,
): { observations: Observation[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const observations: Observation[] = [];
  const header = (key: string) => table.headers[key] ?? key;

  const fractions = usesFractions(table, ctx.indicators);
  const none: Diagnostic[] = [];
  // Periods, dates, words and source names repeat on nearly every row of a file: work on each
  // distinct text once. Interning the source keeps one copy of it, not one per observation.
  const periodOf = memo(parsePeriod);
  const dateOf = memo(parseDate);
  const foldOnce = memo(fold);
  const suspicious = memo(looksSuspicious);
  const internText = memo((t: string) => t);
  const intern = (t: string | null): string | null => (t === null ? null : internText(t));
  let fractionWarned = false;
  // The row being read. The helpers below are made once, not per row: at a million rows,
  // five closures a row were a good part of the garbage collector's work.
  let row = 0;
  let values: Cell[] = [];
  let unitText = '';
  let problems = none; // allocated on the first problem only: most rows have none
  const get = (key: string) => cell(table, values, key);
  const at = (column: string) => ({
    file,
    row,
    column: header(column),
    ...(unitText ? { unit: unitText } : {}),
  });
  const report = (issue: Diagnostic) => {
    if (problems === none) problems = [];
    problems.push(issue);
  };
  const fail = (f: Fail) => report(makeDiagnostic(f.code, at(f.column), f.params));
  const need = (key: string): string | null => {
    const c = get(key);
    if (blank(c)) {
      if (key in table.headers) fail({ code: 'VALUE_REQUIRED', column: key });
      return null;
    }
    return text(c);
  };
  for (const current of table.rows) {
    row = current.row;
    values = current.values;
    problems = none;
    unitText = text(get('unit'));

    const formatRaw = text(get('numberFormat'));
    const formatText = formatRaw === '' ? '' : fold(formatRaw);
    const format: NumberFormat | undefined =
      formatText === 'vi' || formatText === 'en' ? formatText : undefined;
    if (formatText && !format)
      fail({
        code: 'VALUE_INVALID',
        column: 'numberFormat',
        params: { value: formatText, detail: 'chỉ nhận vi hoặc en', detailEn: 'only vi or en' },
      });

    const unitCode = need('unit');
    const unit = unitCode === null ? undefined : ctx.units.get(unitCode);
    if (unitCode !== null && !unit)
      fail({ code: 'UNIT_UNKNOWN', column: 'unit', params: { value: unitCode } });
    if (unit && ctx.folderProvince) {
      const province = unit.level === 'province' ? unit.code : unit.parent;
      if (province !== ctx.folderProvince)
        fail({
          code: 'UNIT_OUTSIDE_PROVINCE',
          column: 'unit',
          params: { value: unit.code, province: ctx.folderProvince },
        });
    }

    const indicatorId = need('indicator');
    const indicator = indicatorId === null ? undefined : ctx.indicators.get(indicatorId);
    if (indicatorId !== null && (!indicator || indicator.derived))
      fail({ code: 'INDICATOR_UNKNOWN', column: 'indicator', params: { value: indicatorId } });
    if (unit && indicator && !indicator.levels.includes(unit.level))
      fail({
        code: 'INDICATOR_LEVEL',
        column: 'indicator',
        params: {
          indicator: indicator.id,
          level: unit.level === 'province' ? 'tỉnh' : 'xã',
          levelEn: unit.level,
        },
      });

    const periodText = need('period');
    const period = periodText === null ? null : periodOf(periodText);
    if (periodText !== null && period === null)
      fail({ code: 'PERIOD_INVALID', column: 'period', params: { value: periodText } });
    if (period && periodStart(period) > ctx.asOf)
      fail({
        code: 'PERIOD_FUTURE',
        column: 'period',
        params: { value: periodText ?? '', asOf: formatDate(ctx.asOf) },
      });

    const reportedText = need('reportedAt');
    const reportedAt = reportedText === null ? null : dateOf(reportedText);
    if (reportedText !== null && reportedAt === null)
      fail({ code: 'DATE_INVALID', column: 'reportedAt', params: { value: reportedText } });
    if (reportedAt && period && reportedAt < periodStart(period))
      fail({
        code: 'REPORTED_BEFORE_PERIOD',
        column: 'reportedAt',
        params: { value: reportedText ?? '', period: periodText ?? '' },
      });

    const source = intern(need('source'));
    const note = text(get('note')) || undefined;
    if (source && suspicious(source)) report(makeDiagnostic('TEXT_SUSPICIOUS', at('source')));
    if (note && looksSuspicious(note)) report(makeDiagnostic('TEXT_SUSPICIOUS', at('note')));

    // Numerator and denominator.
    let numerator: number | undefined;
    let denominator: number | undefined;
    for (const key of ['numerator', 'denominator'] as const) {
      if (blank(get(key))) continue;
      const r = numberCell(get(key), key, format);
      if (!r.ok) fail(r);
      else if (r.value.value < 0 || !Number.isInteger(r.value.value))
        fail({ code: 'COUNT_INVALID', column: key, params: { value: text(get(key)) } });
      else if (key === 'numerator') numerator = r.value.value;
      else denominator = r.value.value;
    }
    if (numerator !== undefined && denominator !== undefined && numerator > denominator)
      fail({ code: 'RATIO_INVALID', column: 'numerator', params: { numerator, denominator } });
    if (denominator === 0)
      fail({
        code: 'VALUE_INVALID',
        column: 'denominator',
        params: {
          value: '0',
          detail: 'mẫu số phải lớn hơn 0',
          detailEn: 'denominator must be above 0',
        },
      });

    // The value, read by the indicator's kind.
    let value: number | undefined;
    let doneOn: string | undefined;
    const valueCell = get('value');
    const hasRatio = numerator !== undefined && denominator !== undefined && denominator > 0;
    if (indicator && blank(valueCell)) {
      if (indicator.kind === 'percent' && hasRatio)
        value = Math.round((numerator! / denominator!) * 1000) / 10;
      else fail({ code: 'VALUE_REQUIRED', column: 'value' });
    } else if (indicator?.kind === 'milestone') {
      const raw = text(valueCell);
      const word = foldOnce(raw);
      const date = DONE.has(word) || NOT_DONE.has(word) ? null : dateOf(raw);
      if (DONE.has(word)) value = 1;
      else if (NOT_DONE.has(word)) value = 0;
      else if (date) {
        value = 1;
        doneOn = date;
      } else fail({ code: 'MILESTONE_INVALID', column: 'value', params: { value: raw } });
    } else if (indicator) {
      const r = numberCell(valueCell, 'value', format);
      if (!r.ok) fail(r);
      else if (indicator.kind === 'count' || indicator.kind === 'number') {
        const whole = indicator.kind === 'count';
        if (r.value.value < 0 || (whole && !Number.isInteger(r.value.value)))
          fail({ code: 'COUNT_INVALID', column: 'value', params: { value: text(valueCell) } });
        else value = r.value.value;
      } else {
        let v = r.value.value;
        if (fractions && !r.value.percentSign) {
          v = Math.round(v * 100000) / 1000;
          if (!fractionWarned)
            report(
              makeDiagnostic('PERCENT_AS_FRACTION', at('value'), {
                value: text(valueCell),
                percent: v,
              }),
            );
          fractionWarned = true;
        }
        if (v < 0 || v > 100)
          fail({ code: 'PERCENT_RANGE', column: 'value', params: { value: text(valueCell) } });
        else if (hasRatio && Math.abs(v - (numerator! / denominator!) * 100) > 0.1)
          fail({
            code: 'RATIO_MISMATCH',
            column: 'value',
            params: { value: text(valueCell), expected: `${numerator}/${denominator}` },
          });
        else value = v;
      }
    }

    if (problems !== none) {
      diagnostics.push(...problems);
      if (problems.some((p) => p.severity === 'error')) continue;
    }
    if (!unit || !indicator || !period || !reportedAt || source === null || value === undefined)
      continue;
    const obs: Observation = {
      unit: unit.code,
      indicator: indicator.id,
      period,
      value,
      reportedAt,
      source,
      from: { file, row },
    };
    if (doneOn) obs.doneOn = doneOn;
    if (numerator !== undefined) obs.numerator = numerator;
    if (denominator !== undefined) obs.denominator = denominator;
    if (note) obs.note = note;
    observations.push(obs);
  }
  return { observations, diagnostics };
}

/**
 * Across all files: the same unit, indicator, period and report date twice with different
 * values is a conflict (both rows named). A later report date is a revision, kept as history.
 */
export function findConflicts(observations: readonly Observation[]): {
  kept: Observation[];
  diagnostics: Diagnostic[];
} {
  // One small map per unit rather than one huge one: far cheaper at a million rows.
  const seen = new Map<string, Map<string, Observation>>();
  const kept: Observation[] = [];
  const diagnostics: Diagnostic[] = [];
  const rejected = new Set<Observation>();
  for (const o of observations) {
    let ofUnit = seen.get(o.unit);
    if (!ofUnit) seen.set(o.unit, (ofUnit = new Map()));
    const key = `${o.indicator}|${o.period}|${o.reportedAt}`;
    const first = ofUnit.get(key);
    if (!first) {
      ofUnit.set(key, o);
      kept.push(o);
      continue;
    }
    if (first.value === o.value) continue; // an identical repeat loses nothing
    diagnostics.push(
      makeDiagnostic(
        'DUPLICATE_CONFLICT',
        { file: o.from.file, row: o.from.row, column: 'Giá trị', unit: o.unit },
        { other: `${first.from.file}:${first.from.row}`, a: first.value, b: o.value },
      ),
    );
    rejected.add(first);
  }
  return { kept: rejected.size === 0 ? kept : kept.filter((o) => !rejected.has(o)), diagnostics };
}
