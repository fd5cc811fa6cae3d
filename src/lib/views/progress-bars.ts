import type { Bar } from '../charts/bar-list.ts';
import { formatDate, formatNumber } from '../util/format.ts';
import type { Cell } from '../model/model.ts';
import { formatValue, latestOf } from './describe.ts';
import { statusStyle } from './status-style.ts';

/**
 * Progress against target, one bar per indicator with a target: the latest value as a share
 * of the current phase's target (capped at 100 %), coloured and labelled by status.
 */
export function progressBars(cells: readonly Cell[]): Bar[] {
  return cells.flatMap((cell) => {
    const target = cell.headline.target;
    const latest = latestOf(cell);
    const series =
      cell.basis === 'own' ? cell.own : cell.basis === 'rollup' ? cell.rollup : cell.derived;
    const last = series[series.length - 1];
    if (!target || !last || !latest) return [];
    const up = cell.indicator.direction === 'increase';
    const share = up
      ? target.value > 0
        ? (100 * last.value) / target.value
        : 100
      : last.value <= target.value
        ? 100
        : (100 * target.value) / last.value;
    const s = statusStyle[cell.headline.status];
    const goal =
      cell.basis === 'rollup' && cell.indicator.kind === 'milestone'
        ? '100% số xã'
        : formatValue(cell.indicator, target.value);
    const milestone = cell.indicator.kind === 'milestone' && cell.basis === 'own';
    const text = milestone
      ? `${s.symbol} ${latest.text}, hạn ${formatDate(target.deadline)}`
      : `${s.symbol} ${latest.text} / ${goal}, hạn ${formatDate(target.deadline)}`;
    return [{ label: cell.indicator.short.vi, value: Math.min(100, share), text, color: s.color }];
  });
}

export const progressSummary = (bars: readonly Bar[]): string =>
  `${formatNumber(bars.filter((b) => b.value >= 100).length)}/${formatNumber(bars.length)} chỉ tiêu có mục tiêu đã đạt mức của giai đoạn hiện hành`;
