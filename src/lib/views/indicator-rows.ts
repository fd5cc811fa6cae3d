import type { SeriesChartInput } from '../charts/series-chart.ts';
import type { IndicatorProgress } from '../model/types.ts';
import type { Status } from '../model/status.ts';
import { periodsBetween } from '../util/calendar.ts';
import { formatDate, formatNumber, formatPeriod } from '../util/format.ts';
import { formatTarget, formatValue, latestOf } from './describe.ts';
import { indicatorPath, planPath } from './paths.ts';
import { t } from './strings.ts';

/** One indicator of a unit as its table row shows it: latest figure, targets, status, source. */
export interface IndicatorRow {
  id: string;
  name: string;
  nameEn: string;
  href: string;
  latest?: { text: string; period: string };
  /** A commune's standing among the communes of its province. */
  peer?: string;
  targets: {
    text: string;
    /** Shown when the indicator has several phases. */
    status?: Status;
    planHref: string;
    planNumber: string;
    origin: string;
    /** The plan's section, or for a national default the annex it comes from. */
    section?: string;
    lead?: string;
    note?: string;
  }[];
  status: Status;
  /** Met at some time, and the latest value falls short again. */
  regressed: boolean;
  /** What the status rests on, in words: when it was met, and whether it still is. */
  statusNote?: string;
  rollupDiffers: boolean;
  source: string;
}

export interface IndicatorChart {
  id: string;
  name: string;
  nameEn: string;
  chart: SeriesChartInput;
  /** The data table under the chart; the report date only for the unit's own values. */
  table: { period: string; value: string; reportedAt?: string; note?: string }[];
  /** Some month's report carries a note ("Ghi chú"): the table gets a column for it. */
  notes: boolean;
  /** Months before the table's, in one line: "24 tháng trước (07/2025–06/2027): …". */
  older?: string;
}

const ORIGIN = {
  'unit-plan': t.origUnitPlan.vi,
  'province-plan': t.origProvincePlan.vi,
  national: t.origNational.vi,
} as const;

/** When a target was met: "ngày 12/10/2025", or "ở kỳ 10/2025 (báo cáo ngày 15/11/2025)". */
function metWhen(p: IndicatorProgress, metAt: string): string {
  if (metAt.length === 10) return `ngày ${formatDate(metAt)}`;
  const own = p.basis === 'own' ? p.own.find((o) => o.period === metAt) : undefined;
  if (!own) return `ở kỳ ${formatPeriod(metAt)}`;
  const kind = own.baseline ? `số liệu gốc, nguồn ${own.source}` : 'báo cáo';
  return `ở kỳ ${formatPeriod(metAt)} (${kind} ngày ${formatDate(own.reportedAt)})`;
}

/** What the headline status rests on: met when, met then fell below, or timing not known. */
function statusNote(p: IndicatorProgress): string | undefined {
  const { evaluation, target, status } = p.headline;
  if (!evaluation?.metAt || !target) return undefined;
  const when = metWhen(p, evaluation.metAt);
  const deadline = formatDate(target.deadline);
  if (evaluation.regressed) {
    const latest = latestOf(p);
    const now = latest ? `${latest.text} (kỳ ${latest.period})` : '';
    return `Đã đạt ${when}; nay dưới mục tiêu: ${now}`;
  }
  if (status === 'met-timing-unknown')
    return `Đạt ${when}; không có số liệu tại hạn ${deadline} nên chưa rõ có đúng hạn`;
  if (status === 'met-late') return `Đạt ${when}, sau hạn ${deadline}`;
  return `Đạt ${when}`;
}

export function indicatorRow(p: IndicatorProgress): IndicatorRow {
  const latest = latestOf(p);
  const { evaluation } = p.headline;
  const note = statusNote(p);
  return {
    id: p.indicator.id,
    name: p.indicator.short.vi,
    nameEn: p.indicator.short.en,
    href: indicatorPath(p.indicator.id),
    ...(latest ? { latest: { text: latest.text, period: latest.period } } : {}),
    ...(p.peer
      ? {
          peer: `Trung vị các xã trong tỉnh: ${formatValue(p.indicator, p.peer.median)}; xếp thứ ${p.peer.rank}/${p.peer.of}`,
        }
      : {}),
    targets: p.targets.map((target, i) => ({
      text: formatTarget(p.indicator, target.value, target.deadline, p.basis === 'rollup'),
      ...(p.targets.length > 1 ? { status: p.evaluations[i]!.status } : {}),
      planHref: planPath(target.planId),
      planNumber: target.planNumber,
      origin: ORIGIN[target.origin],
      ...(target.section ? { section: target.section } : {}),
      ...(target.lead ? { lead: target.lead } : {}),
      ...(target.note ? { note: target.note } : {}),
    })),
    status: p.headline.status,
    regressed: evaluation?.regressed ?? false,
    ...(note ? { statusNote: note } : {}),
    rollupDiffers: p.rollupDiffers,
    source: latest?.source ?? '—',
  };
}

/** The monthly chart of an indicator with a value, milestones excepted. */
export function indicatorChart(
  p: IndicatorProgress,
  periods: readonly string[],
  unitName: string,
): IndicatorChart | undefined {
  if (!latestOf(p) || p.indicator.kind === 'milestone') return undefined;
  const own = p.basis === 'own';
  const points = own
    ? p.own.map((o) => ({ period: o.period, value: o.value, revised: p.revised.has(o.period) }))
    : p.basis === 'rollup'
      ? p.rollup
      : p.derived;
  // A baseline row (e.g. 06/2025) comes before the first reporting month: the axis starts there.
  const first = points[0]!.period;
  const axis = first < periods[0]! ? periodsBetween(first, periods.at(-1)!) : periods;
  const percent =
    p.indicator.kind === 'percent' ||
    (p.basis === 'rollup' && p.indicator.rollup === 'share-meeting');
  return {
    id: p.indicator.id,
    name: p.indicator.short.vi,
    nameEn: p.indicator.short.en,
    chart: {
      id: `c-${p.indicator.id}`,
      title: `${p.indicator.short.vi} — ${unitName}`,
      description: `Giá trị hằng tháng từ ${formatPeriod(points[0]!.period)} đến ${formatPeriod(points.at(-1)!.period)}; đường đứt đỏ là mục tiêu, đường đứt xám là hạn.`,
      points,
      periods: axis,
      percent,
      targets: p.targets.map((target) => ({
        value: target.value,
        deadline: target.deadline,
        label: t.colTarget.vi,
      })),
    },
    ...monthTable(
      points.map((point, i) => ({
        period: formatPeriod(point.period),
        value: `${formatNumber(point.value)}${own && p.revised.has(point.period) ? ` (${t.revised.vi})` : ''}${own && p.own[i]!.baseline ? ` (${t.baseline.vi}: ${p.own[i]!.source})` : ''}`,
        ...(own ? { reportedAt: formatDate(p.own[i]!.reportedAt) } : {}),
        ...(own && p.own[i]!.note ? { note: p.own[i]!.note } : {}),
      })),
    ),
  };
}

/** Months a chart's table lists; earlier ones are summed up in a line (the downloads keep all). */
export const TABLE_MONTHS = 12;

/**
 * The last months as a table; earlier ones in one line, their notes included (every text a unit
 * sent stays on its page), so that three years of data keep a page light.
 */
function monthTable(
  rows: IndicatorChart['table'],
): Pick<IndicatorChart, 'table' | 'notes' | 'older'> {
  const table = rows.slice(-TABLE_MONTHS);
  const before = rows.slice(0, -TABLE_MONTHS);
  const notes = before
    .filter((r) => r.note)
    .map((r) => `${r.period}: ${r.note}`)
    .join('; ');
  return {
    table,
    notes: table.some((r) => r.note),
    ...(before.length > 0
      ? {
          older: `${before.length} tháng trước (${before[0]!.period}–${before.at(-1)!.period}) có trong biểu đồ và tệp tải về${notes ? `; ghi chú: ${notes}` : ''}.`,
        }
      : {}),
  };
}
