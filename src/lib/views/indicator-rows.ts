import type { SeriesChartInput } from '../charts/series-chart.ts';
import type { IndicatorProgress } from '../model/types.ts';
import type { Status } from '../model/status.ts';
import { periodsBetween } from '../util/calendar.ts';
import { formatDate, formatNumber, formatPeriod } from '../util/format.ts';
import { headlineReason, phaseReason } from './reason.ts';
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
    /** Shown when the indicator has several phases, with why. */
    status?: Status;
    reason?: string;
    planHref: string;
    planNumber: string;
    origin: string;
    /** The plan's section, or for a national default the annex it comes from. */
    section: string;
    lead?: string;
    note?: string;
  }[];
  status: Status;
  /** Met at some time, and the latest value falls short again. */
  regressed: boolean;
  /** Why this status: the target and its document, the deadline, the deciding evidence. */
  reason: string;
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

export function indicatorRow(p: IndicatorProgress): IndicatorRow {
  const latest = latestOf(p);
  const { evaluation } = p.headline;
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
      ...(p.targets.length > 1
        ? { status: p.evaluations[i]!.status, reason: phaseReason(p, i) }
        : {}),
      planHref: planPath(target.planId),
      planNumber: target.planNumber,
      origin: ORIGIN[target.origin],
      section: target.section,
      ...(target.lead ? { lead: target.lead } : {}),
      ...(target.note ? { note: target.note } : {}),
    })),
    status: p.headline.status,
    regressed: evaluation?.regressed ?? false,
    reason: headlineReason(p),
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
