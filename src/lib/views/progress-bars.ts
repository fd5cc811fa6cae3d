import type { Bar, BarListInput } from '../charts/bar-list.ts';
import { latestPoint } from '../model/progress.ts';
import type { IndicatorProgress } from '../model/types.ts';
import { formatDate, formatNumber } from '../util/format.ts';
import { formatValue, latestOf } from './describe.ts';
import { statusStyle } from './status-style.ts';

/**
 * Progress against target, one bar per indicator with a target: the latest value as a share
 * of the current phase's target (capped at 100 %), coloured and labelled by status.
 */
export function progressBars(indicators: readonly IndicatorProgress[]): Bar[] {
  return indicators.flatMap((p) => {
    const target = p.headline.target;
    const latest = latestOf(p);
    const last = latestPoint(p);
    if (!target || !last || !latest) return [];
    const up = p.indicator.direction === 'increase';
    const share = up
      ? target.value > 0
        ? (100 * last.value) / target.value
        : 100
      : last.value <= target.value
        ? 100
        : (100 * target.value) / last.value;
    const s = statusStyle[p.headline.status];
    const rolledMilestone = p.basis === 'rollup' && p.indicator.kind === 'milestone';
    const goal = rolledMilestone ? '100% số xã' : formatValue(p.indicator, target.value);
    const due = `hạn ${formatDate(target.deadline)}`;
    const fell = p.headline.evaluation?.regressed ? ' (đã đạt rồi giảm)' : '';
    const text =
      p.indicator.kind === 'milestone' && p.basis === 'own'
        ? `${s.symbol} ${latest.text}, ${due}${fell}`
        : `${s.symbol} ${latest.text} / ${goal}, ${due}${fell}`;
    return [{ label: p.indicator.short.vi, value: Math.min(100, share), text, color: s.color }];
  });
}

export const progressSummary = (bars: readonly Bar[]): string =>
  `${formatNumber(bars.filter((b) => b.value >= 100).length)}/${formatNumber(bars.length)} chỉ tiêu có mục tiêu đã đạt mức của giai đoạn hiện hành`;

/** The stacked progress chart of a unit (no bars when no indicator has both a target and a value). */
export function progressChart(
  id: string,
  unitName: string,
  indicators: readonly IndicatorProgress[],
): BarListInput {
  const bars = progressBars(indicators);
  return {
    id,
    title: `Tiến độ so với mục tiêu: ${unitName}`,
    description: progressSummary(bars),
    bars,
    max: 100,
    layout: 'stacked',
  };
}
