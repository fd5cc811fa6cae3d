import type { Indicator } from '../schema/indicator.ts';
import type { Observation } from '../schema/observation.ts';
import { plansTarget, type Plan } from '../schema/plan.ts';
import type { Unit } from '../schema/unit.ts';
import { FIRST_PERIOD, parseDate, parsePeriod, periodStart } from '../util/calendar.ts';
import { formatDate, formatPeriod } from '../util/format.ts';
import { fold } from '../util/text.ts';
import { append } from '../util/append.ts';
import { makeDiagnostic, type Diagnostic } from './diagnostics/diagnostic.ts';
import {
  baselineMark,
  declaredFormat,
  memo,
  milestoneWord,
  numberCell,
  usesFractions,
  type Fail,
} from './observation-cells.ts';
import { looksSuspicious, type NumberFormat } from './numbers.ts';
import { blank, cell, text, type Cell, type Table, type TableRow } from './table.ts';

export interface ObservationContext {
  units: ReadonlyMap<string, Unit>;
  indicators: ReadonlyMap<string, Indicator>;
  /** Publication date: nothing may describe a later month. */
  asOf: string;
  /** Province code when the file sits in `exports/<code>/`: every row must belong to it. */
  folderProvince?: string | undefined;
  /** The plans: a unit may report an indicator at a further level when a plan targets it there. */
  plans?: readonly Pick<Plan, 'unit' | 'targets'>[];
}

type Ratio = { numerator?: number; denominator?: number };

/** A string that shares no memory with the text it was cut from. */
const encoder = new TextEncoder();
const decoder = new TextDecoder();
const ownCopy = (t: string): string => decoder.decode(encoder.encode(t));
const NONE: Diagnostic[] = [];

/**
 * Reads the rows of one export, one at a time. Made once per file, so that the work shared by
 * rows (memoised parsing, interned texts) is too, and no closure is allocated per row: at a
 * million rows that was a good part of the garbage collector's work.
 */
class RowReader {
  readonly diagnostics: Diagnostic[] = [];
  readonly #table: Table;
  readonly #file: string;
  readonly #ctx: ObservationContext;
  readonly #fractions: boolean;
  #fractionWarned = false;
  // Periods, dates, words and source names repeat on nearly every row of a file: each distinct
  // text is parsed once. Kept texts (sources, notes) are interned as copies: a cell is a slice
  // of the whole file's text, and V8 would keep all of it alive for one kept slice.
  readonly #periodOf = memo(parsePeriod);
  readonly #dateOf = memo(parseDate);
  readonly #fold = memo(fold);
  readonly #suspicious = memo(looksSuspicious);
  readonly #intern = memo(ownCopy);
  // The row being read.
  #row = 0;
  #values: Cell[] = [];
  #unitText = '';
  #problems = NONE; // allocated on the first problem only: most rows have none

  constructor(table: Table, file: string, ctx: ObservationContext) {
    this.#table = table;
    this.#file = file;
    this.#ctx = ctx;
    this.#fractions = usesFractions(table, ctx.indicators);
  }

  /** The row as an observation, or null when it has an error (then reported). */
  read(current: TableRow): Observation | null {
    this.#row = current.row;
    this.#values = current.values;
    this.#problems = NONE;
    this.#unitText = text(this.#get('unit'));
    const format = this.#format();
    const unit = this.#unit();
    const indicator = this.#indicator(unit);
    const baseline = this.#baseline();
    const period = this.#period(unit, baseline);
    const reportedAt = this.#reportedAt(period);
    const sourceText = this.#need('source');
    const source = sourceText === null ? null : this.#intern(sourceText);
    const noteText = text(this.#get('note'));
    const note = noteText === '' ? undefined : this.#intern(noteText);
    if (source && this.#suspicious(source)) this.#report('TEXT_SUSPICIOUS', 'source');
    if (note && looksSuspicious(note)) this.#report('TEXT_SUSPICIOUS', 'note');
    const ratio = this.#ratio(format);
    const value = indicator ? this.#value(indicator, ratio, format) : undefined;
    if (this.#problems !== NONE) {
      append(this.diagnostics, this.#problems);
      if (this.#problems.some((p) => p.severity === 'error')) return null;
    }
    if (!unit || !indicator || !period || !reportedAt || source === null || !value) return null;
    const obs: Observation = {
      unit: unit.code,
      indicator: indicator.id,
      period: period.period,
      value: value.value,
      reportedAt,
      source,
      from: { file: this.#file, row: this.#row },
    };
    if (value.doneOn) obs.doneOn = value.doneOn;
    if (baseline) obs.baseline = true;
    if (ratio.numerator !== undefined) obs.numerator = ratio.numerator;
    if (ratio.denominator !== undefined) obs.denominator = ratio.denominator;
    if (note) obs.note = note;
    return obs;
  }

  #get(key: string): Cell {
    return cell(this.#table, this.#values, key);
  }

  #at(column: string) {
    return {
      file: this.#file,
      row: this.#row,
      column: this.#table.headers[column] ?? column,
      ...(this.#unitText ? { unit: this.#unitText } : {}),
    };
  }

  #report(code: 'TEXT_SUSPICIOUS' | 'PERCENT_AS_FRACTION', column: string, params = {}): void {
    this.#add(makeDiagnostic(code, this.#at(column), params));
  }

  #add(diagnostic: Diagnostic): void {
    if (this.#problems === NONE) this.#problems = [];
    this.#problems.push(diagnostic);
  }

  #fail(f: Fail): void {
    this.#add(makeDiagnostic(f.code, this.#at(f.column), f.params));
  }

  /** A required cell's text, or null (reported when the column exists but the cell is blank). */
  #need(key: string): string | null {
    const c = this.#get(key);
    if (!blank(c)) return text(c);
    if (key in this.#table.headers) this.#fail({ code: 'VALUE_REQUIRED', column: key });
    return null;
  }

  /** A baseline in the reporting months, or a report before them. */
  #outsideReporting(raw: string, unit: Unit | undefined, baseline: boolean): void {
    const params = { since: formatPeriod(FIRST_PERIOD), value: raw };
    if (baseline) this.#fail({ code: 'BASELINE_AFTER_START', column: 'period', params });
    else if (unit?.level === 'commune')
      this.#fail({
        code: 'PERIOD_BEFORE_UNIT',
        column: 'period',
        params: { ...params, unit: unit.name, since: formatDate(periodStart(FIRST_PERIOD)) },
      });
    else this.#fail({ code: 'PERIOD_BEFORE_PLAN', column: 'period', params });
  }

  #afterPublication(column: string, raw: string): void {
    this.#fail({
      code: 'DATE_AFTER_PUBLICATION',
      column,
      params: { value: raw, asOf: formatDate(this.#ctx.asOf) },
    });
  }

  #format(): NumberFormat | undefined {
    const { format, invalid } = declaredFormat(text(this.#get('numberFormat')));
    if (invalid)
      this.#fail({
        code: 'VALUE_INVALID',
        column: 'numberFormat',
        params: { value: invalid, detail: 'chỉ nhận vi hoặc en', detailEn: 'only vi or en' },
      });
    return format;
  }

  #unit(): Unit | undefined {
    const code = this.#need('unit');
    if (code === null) return undefined;
    const unit = this.#ctx.units.get(code);
    if (!unit) this.#fail({ code: 'UNIT_UNKNOWN', column: 'unit', params: { value: code } });
    const folder = this.#ctx.folderProvince;
    if (unit && folder && (unit.level === 'province' ? unit.code : unit.parent) !== folder)
      this.#fail({
        code: 'UNIT_OUTSIDE_PROVINCE',
        column: 'unit',
        params: { value: unit.code, province: folder },
      });
    return unit;
  }

  #indicator(unit: Unit | undefined): Indicator | undefined {
    const id = this.#need('indicator');
    const indicator = id === null ? undefined : this.#ctx.indicators.get(id);
    if (id !== null && !indicator)
      this.#fail({ code: 'INDICATOR_UNKNOWN', column: 'indicator', params: { value: id } });
    if (indicator?.derived)
      this.#fail({ code: 'INDICATOR_DERIVED', column: 'indicator', params: { value: id! } });
    if (unit && indicator && !this.#reportsAt(unit, indicator))
      this.#fail({
        code: 'INDICATOR_LEVEL',
        column: 'indicator',
        params: {
          indicator: indicator.id,
          level: unit.level === 'province' ? 'tỉnh' : 'xã',
          levelEn: unit.level,
        },
      });
    return indicator;
  }

  /** Whether the row is a baseline: the value before reporting began (blank: no; null: invalid). */
  #baseline(): boolean | null {
    const raw = text(this.#get('baseline'));
    if (raw === '') return false;
    const mark = baselineMark(this.#fold(raw));
    if (!mark)
      this.#fail({
        code: 'VALUE_INVALID',
        column: 'baseline',
        params: {
          value: raw,
          detail: 'chỉ nhận x, 1, có, yes, true hoặc để trống',
          detailEn: 'only x, 1, có, yes, true or blank',
        },
      });
    return mark || null;
  }

  /** The indicator is reported at the unit's level, or the unit's plan targets it there. */
  #reportsAt(unit: Unit, indicator: Indicator): boolean {
    if (indicator.levels.includes(unit.level)) return true;
    if (!indicator.planLevels.includes(unit.level)) return false;
    return plansTarget(this.#ctx.plans ?? [], unit, indicator.id);
  }

  #period(
    unit: Unit | undefined,
    baseline: boolean | null,
  ): { text: string; period: string } | null {
    const raw = this.#need('period');
    if (raw === null) return null;
    const period = this.#periodOf(raw);
    if (period === null) {
      this.#fail({ code: 'PERIOD_INVALID', column: 'period', params: { value: raw } });
      return null;
    }
    if (periodStart(period) > this.#ctx.asOf)
      this.#fail({
        code: 'PERIOD_FUTURE',
        column: 'period',
        params: { value: raw, asOf: formatDate(this.#ctx.asOf) },
      });
    // Communes (and the merged provinces) exist, and Plan 02 reporting runs, from 07/2025: only a
    // baseline may describe an earlier month, and a baseline describes nothing later.
    if (baseline === null) return { text: raw, period };
    if (baseline ? period >= FIRST_PERIOD : period < FIRST_PERIOD)
      this.#outsideReporting(raw, unit, baseline);
    return { text: raw, period };
  }

  #reportedAt(period: { text: string; period: string } | null): string | null {
    const raw = this.#need('reportedAt');
    if (raw === null) return null;
    const date = this.#dateOf(raw);
    if (date === null)
      this.#fail({ code: 'DATE_INVALID', column: 'reportedAt', params: { value: raw } });
    else if (date > this.#ctx.asOf) this.#afterPublication('reportedAt', raw);
    else if (period && date < periodStart(period.period))
      this.#fail({
        code: 'REPORTED_BEFORE_PERIOD',
        column: 'reportedAt',
        params: { value: raw, period: period.text },
      });
    return date;
  }

  #ratio(format: NumberFormat | undefined): Ratio {
    const ratio: Ratio = {};
    for (const key of ['numerator', 'denominator'] as const) {
      const c = this.#get(key);
      if (blank(c)) continue;
      const r = numberCell(c, key, format);
      if (!r.ok) this.#fail(r);
      else if (r.value.value < 0 || !Number.isInteger(r.value.value))
        this.#fail({ code: 'COUNT_INVALID', column: key, params: { value: text(c) } });
      else ratio[key] = r.value.value;
    }
    const { numerator, denominator } = ratio;
    if (numerator !== undefined && denominator !== undefined && numerator > denominator)
      this.#fail({
        code: 'RATIO_INVALID',
        column: 'numerator',
        params: { numerator, denominator },
      });
    if (denominator === 0)
      this.#fail({
        code: 'VALUE_INVALID',
        column: 'denominator',
        params: {
          value: '0',
          detail: 'mẫu số phải lớn hơn 0',
          detailEn: 'denominator must be above 0',
        },
      });
    return ratio;
  }

  /** The value, read by the indicator's kind; a blank percentage is computed from its ratio. */
  #value(
    indicator: Indicator,
    ratio: Ratio,
    format: NumberFormat | undefined,
  ): { value: number; doneOn?: string } | undefined {
    const c = this.#get('value');
    const { numerator, denominator } = ratio;
    const share =
      numerator !== undefined && denominator !== undefined && denominator > 0
        ? (numerator / denominator) * 100
        : undefined;
    if (blank(c)) {
      if (indicator.kind === 'percent' && share !== undefined)
        return { value: Math.round(share * 10) / 10 };
      this.#fail({ code: 'VALUE_REQUIRED', column: 'value' });
      return undefined;
    }
    if (indicator.kind === 'milestone') return this.#milestone(text(c));
    const r = numberCell(c, 'value', format);
    if (!r.ok) return void this.#fail(r);
    if (indicator.kind !== 'percent') {
      const whole = indicator.kind === 'count';
      if (r.value.value >= 0 && (!whole || Number.isInteger(r.value.value)))
        return { value: r.value.value };
      return void this.#fail({
        code: 'COUNT_INVALID',
        column: 'value',
        params: { value: text(c) },
      });
    }
    return this.#percent(text(c), r.value, ratio, share);
  }

  #milestone(raw: string): { value: number; doneOn?: string } | undefined {
    const word = milestoneWord(this.#fold(raw));
    if (word !== undefined) return { value: word };
    const date = this.#dateOf(raw);
    if (date && date > this.#ctx.asOf) return void this.#afterPublication('value', raw);
    if (date) return { value: 1, doneOn: date };
    this.#fail({ code: 'MILESTONE_INVALID', column: 'value', params: { value: raw } });
    return undefined;
  }

  #percent(
    raw: string,
    read: { value: number; percentSign: boolean },
    ratio: Ratio,
    share: number | undefined,
  ): { value: number } | undefined {
    let v = read.value;
    if (this.#fractions && !read.percentSign) {
      v = Math.round(v * 100000) / 1000;
      if (!this.#fractionWarned)
        this.#report('PERCENT_AS_FRACTION', 'value', { value: raw, percent: v });
      this.#fractionWarned = true;
    }
    if (v < 0 || v > 100)
      return void this.#fail({ code: 'PERCENT_RANGE', column: 'value', params: { value: raw } });
    if (share !== undefined && Math.abs(v - share) > 0.1)
      return void this.#fail({
        code: 'RATIO_MISMATCH',
        column: 'value',
        params: { value: raw, expected: `${ratio.numerator}/${ratio.denominator}` },
      });
    return { value: v };
  }
}

/** Reads one export's rows into observations; problems go to `diagnostics`, never thrown. */
export function readObservations(
  table: Table,
  file: string,
  ctx: ObservationContext,
): { observations: Observation[]; diagnostics: Diagnostic[] } {
  const reader = new RowReader(table, file, ctx);
  const observations: Observation[] = [];
  for (const row of table.rows) {
    const obs = reader.read(row);
    if (obs) observations.push(obs);
  }
  return { observations, diagnostics: reader.diagnostics };
}
