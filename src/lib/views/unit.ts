import type { BarListInput } from '../charts/bar-list.ts';
import { metCount, behindCount, metShare } from '../model/counts.ts';
import { progressOf } from '../model/progress.ts';
import { reportStates } from '../model/quality.ts';
import type { Model, StatusCounts, UnitProgress } from '../model/types.ts';
import type { MonthReport } from '../model/timeliness.ts';
import { unitTypeLabel } from '../schema/unit.ts';
import { FIRST_PERIOD, periodsBetween } from '../util/calendar.ts';
import { formatDate, formatPeriod } from '../util/format.ts';
import { embedFrame, pageFrame, type Crumb, type EmbedFrame, type PageFrame } from './frame.ts';
import {
  indicatorChart,
  indicatorRow,
  type IndicatorChart,
  type IndicatorRow,
} from './indicator-rows.ts';
import { embedPath, paths, planPath, unitCsvPath, unitFeedPath, unitPath } from './paths.ts';
import { progressChart, progressSummary } from './progress-bars.ts';
import { shareColor, statusStyle } from './status-style.ts';
import { t } from './strings.ts';
import { taskRow, type TaskRow } from './tasks.ts';

export interface ShareLinks {
  page: string;
  title: string;
  embed?: string;
  csv?: string;
}

export interface CommuneRow {
  name: string;
  href: string;
  missed: number;
  behind: number;
  met: number;
  onTimeReports: number;
  months: number;
}

export interface UnitPageView {
  frame: PageFrame;
  name: string;
  code: string;
  type: { vi: string; en: string };
  province?: { name: string; href: string };
  formerNames: string[];
  share: ShareLinks;
  counts: StatusCounts;
  progress?: { chart: BarListInput; caption: string };
  reporting: {
    onTime: number;
    late: number;
    missing: number;
    months: number;
    lastReport?: string;
    reports: { period: string; state: MonthReport['state']; label: string; title: string }[];
  };
  indicators: IndicatorRow[];
  charts: IndicatorChart[];
  plans: { title: string; href: string; date: string }[];
  tasks: TaskRow[];
  communes?: { rows: CommuneRow[]; ranking?: BarListInput };
}

const STATE_LABEL = {
  'on-time': t.stateOnTime.vi,
  late: t.stateLate.vi,
  missing: t.stateMissing.vi,
} as const;

function reporting(progress: UnitProgress): UnitPageView['reporting'] {
  const states = reportStates(progress.reports);
  const last = progress.reports
    .map((r) => r.firstReport)
    .filter(Boolean)
    .sort()
    .at(-1);
  return {
    onTime: states['on-time'],
    late: states.late,
    missing: states.missing,
    months: progress.reports.length,
    ...(last ? { lastReport: formatDate(last) } : {}),
    reports: progress.reports.map((r) => ({
      period: formatPeriod(r.period),
      state: r.state,
      label: STATE_LABEL[r.state],
      title: r.firstReport
        ? `Gửi ngày ${formatDate(r.firstReport)}, hạn ${formatDate(r.due)}`
        : `Hạn ${formatDate(r.due)}`,
    })),
  };
}

/** The communes of a province, in name order, with a ranking by share of targets met. */
function communes(model: Model, progress: UnitProgress): UnitPageView['communes'] {
  if (progress.communes.length === 0) return undefined;
  const list = progress.communes.map((c) => progressOf(model, c.code));
  const rows = list.map((c) => ({
    name: c.unit.name,
    href: unitPath(c.unit, model.units),
    missed: c.counts.missed,
    behind: behindCount(c.counts),
    met: metCount(c.counts),
    onTimeReports: reportStates(c.reports)['on-time'],
    months: c.reports.length,
  }));
  if (list.length < 2) return { rows };
  const ranked = list
    .map((c) => ({ c, ...metShare(c.counts) }))
    .sort((a, b) => b.share - a.share || a.c.unit.name.localeCompare(b.c.unit.name, 'vi'));
  const top = ranked[0]!;
  const bottom = ranked.at(-1)!;
  const ranking: BarListInput = {
    id: 'rank',
    title: `Xếp hạng ${ranked.length} đơn vị cấp xã của ${progress.unit.name} theo tỷ lệ chỉ tiêu đã đạt`,
    description: `Cao nhất: ${top.c.unit.name} (${Math.round(top.share)}%); thấp nhất: ${bottom.c.unit.name} (${Math.round(bottom.share)}%).`,
    max: 100,
    bars: ranked.map((r) => ({
      label: r.c.unit.name.replace(/^(Xã|Phường|Đặc khu) /, ''),
      value: r.share,
      text: `${Math.round(r.share)}% (${r.met}/${r.judged})`,
      color: shareColor(r.share),
      href: unitPath(r.c.unit, model.units),
    })),
  };
  return { rows, ranking };
}

function unitFrame(model: Model, progress: UnitProgress): PageFrame {
  const { unit, province } = progress;
  const crumbs: Crumb[] = [{ href: paths.units, label: 'Tỉnh, xã' }];
  if (province) crumbs.push({ href: unitPath(province, model.units), label: province.name });
  const behind = progress.counts.missed + progress.counts['off-track'];
  return pageFrame(model.dataset, {
    title: unit.name,
    description: `${unit.name}${province ? `, ${province.name}` : ''}: tiến độ ${progress.indicators.length} chỉ tiêu chuyển đổi số theo Kế hoạch 02-KH/BCĐTW; ${behind} chỉ tiêu chậm hoặc quá hạn. Số liệu ngày ${formatDate(model.asOf)}.`,
    path: unitPath(unit, model.units),
    crumbs,
    card: true,
    feed: { href: unitFeedPath(unit, model.units), title: `Thay đổi của ${unit.name}` },
  });
}

/** Everything a province or commune page shows. */
export function unitPageView(model: Model, code: string): UnitPageView {
  const progress = progressOf(model, code);
  const { unit, province } = progress;
  const page = unitPath(unit, model.units);
  const periods = periodsBetween(FIRST_PERIOD, model.asOf.slice(0, 7));
  const chart = progressChart('progress', unit.name, progress.indicators);
  const communeList = communes(model, progress);
  return {
    frame: unitFrame(model, progress),
    name: unit.name,
    code: unit.code,
    type: unitTypeLabel[unit.type],
    ...(province
      ? { province: { name: province.name, href: unitPath(province, model.units) } }
      : {}),
    formerNames: unit.formerNames,
    share: {
      page,
      title: `Tiến độ chuyển đổi số: ${unit.name}`,
      embed: embedPath(page),
      csv: unitCsvPath(unit.code),
    },
    counts: progress.counts,
    ...(chart.bars.length > 0
      ? {
          progress: {
            chart,
            caption: `${progressSummary(chart.bars)}. Thanh dài bằng số mới nhất chia cho mục tiêu của giai đoạn hiện hành.`,
          },
        }
      : {}),
    reporting: reporting(progress),
    indicators: progress.indicators.map(indicatorRow),
    charts: progress.indicators.flatMap((p) => indicatorChart(p, periods, unit.name) ?? []),
    plans: progress.plans.map((p) => ({
      title: p.title,
      href: planPath(p.id),
      date: formatDate(p.date),
    })),
    tasks: progress.tasks.map((task) => taskRow(model, task)),
    ...(communeList ? { communes: communeList } : {}),
  };
}

/** Missed targets are coloured in the communes table. */
export const missedColor = statusStyle.missed.color;

export interface UnitEmbedView {
  frame: EmbedFrame;
  chart: BarListInput;
}

/** Chart-only page for iframes: a unit's progress against its targets. */
export function unitEmbedView(model: Model, code: string): UnitEmbedView {
  const { unit, indicators } = progressOf(model, code);
  return {
    frame: embedFrame(
      model.dataset,
      `Tiến độ chuyển đổi số: ${unit.name}`,
      unitPath(unit, model.units),
    ),
    chart: progressChart('p', unit.name, indicators),
  };
}
