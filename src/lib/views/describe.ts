import { formatDate, formatNumber, formatPeriod } from '../util/format.ts';
import type { Headline } from '../model/counts.ts';
import type { IndicatorProgress } from '../model/types.ts';
import type { Indicator } from '../schema/indicator.ts';

/** A value as a reader sees it: "82,5%", "1.139 dịch vụ", "Đã hoàn thành (18/09/2025)". */
export function formatValue(indicator: Indicator, value: number, doneOn?: string): string {
  if (indicator.kind === 'milestone')
    return value >= 1
      ? `Đã hoàn thành${doneOn ? ` (${formatDate(doneOn)})` : ''}`
      : 'Chưa hoàn thành';
  if (indicator.kind === 'percent') return `${formatNumber(value)}%`;
  return `${formatNumber(value)}${indicator.unitLabel ? ` ${indicator.unitLabel.vi}` : ''}`;
}

/** The target in words: "≥ 80% trước 31/12/2025". */
export function formatTarget(
  indicator: Indicator,
  value: number,
  deadline: string,
  rolledUp = false,
): string {
  const by = `hạn ${formatDate(deadline)}`;
  if (rolledUp && indicator.kind === 'milestone') return `100% số xã hoàn thành, ${by}`;
  if (indicator.kind === 'milestone') return `Hoàn thành, ${by}`;
  const sign = indicator.direction === 'increase' ? '≥' : '≤';
  return `${sign} ${formatValue(indicator, value)}, ${by}`;
}

export interface Latest {
  text: string;
  period: string;
  /** Where the figure comes from, in words. */
  source: string;
}

/** The latest figure of an indicator and its provenance (file, row, report date), or a roll-up's coverage. */
export function latestOf(progress: IndicatorProgress): Latest | undefined {
  const { indicator } = progress;
  if (progress.basis === 'own') {
    const p = progress.own.at(-1)!;
    const times = progress.revised.get(p.period)?.length ?? 0;
    const revised = times > 0 ? `; điều chỉnh ${times} lần` : '';
    return {
      text: formatValue(indicator, p.value, p.doneOn),
      period: formatPeriod(p.period),
      source: `${p.baseline ? 'Số liệu gốc (trước khi bắt đầu báo cáo tháng): ' : ''}${p.source}; tệp ${p.from.file}, dòng ${p.from.row}; báo cáo ngày ${formatDate(p.reportedAt)}${revised}${p.note ? `; ghi chú: ${p.note}` : ''}`,
    };
  }
  if (progress.basis === 'rollup') {
    const p = progress.rollup.at(-1)!;
    const done = Math.round((p.value * p.of) / 100);
    const text =
      indicator.kind === 'milestone' || indicator.rollup === 'share-meeting'
        ? `${formatNumber(p.value)}% số xã (${formatNumber(done)}/${formatNumber(p.of)})`
        : formatValue(indicator, p.value);
    return {
      text,
      period: formatPeriod(p.period),
      source: `Tổng hợp từ số liệu của ${formatNumber(p.reporting)}/${formatNumber(p.of)} xã`,
    };
  }
  if (progress.basis === 'derived') {
    const p = progress.derived.at(-1);
    if (!p) return undefined;
    return {
      text: `${formatNumber(p.value)}%`,
      period: formatPeriod(p.period),
      source: 'Tính từ ngày báo cáo trong các tệp xuất',
    };
  }
  return undefined;
}

/** A unit's headline figure in words: "64%" and "chỉ tiêu đã đạt (9/14)", or no data. */
export function describeHeadline(h: Headline): { big: string; label: string; share?: number } {
  if (h.share === undefined) return { big: '—', label: 'chưa có số liệu để đánh giá' };
  return {
    big: `${formatNumber(Math.round(h.share))}%`,
    label: `chỉ tiêu đã đạt (${formatNumber(h.met)}/${formatNumber(h.judged)})`,
    share: h.share,
  };
}

/** A province's communes' figure beside its own: "Các xã của tỉnh: 59% chỉ tiêu đã đạt (1.234/2.100)". */
export function describeCommunes(h: Headline, communes: number): string {
  const d = describeHeadline(h);
  const figure = h.share === undefined ? d.label : `${d.big} ${d.label}`;
  return `${formatNumber(communes)} xã, phường của tỉnh, tính chung: ${figure}`;
}

/** A month ("2025-09") or a date ("2025-09-18") as the page writes it. */
export const formatWhen = (when: string): string =>
  when.length === 7 ? formatPeriod(when) : formatDate(when);

/** A report's due date as the page writes it: "20/11/2026", or "không có hạn" when the unit has none. */
export const formatDue = (due: string | undefined): string =>
  due ? formatDate(due) : 'không có hạn';
