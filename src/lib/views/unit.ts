import type { BarListInput } from '../charts/bar-list.ts';
import { metCount, behindCount, groupHeadline, unitHeadline } from '../model/counts.ts';
import { progressOf } from '../model/progress.ts';
import { reportStates } from '../model/quality.ts';
import { neverReported } from '../model/supervision.ts';
import { isOverdue } from '../model/tasks.ts';
import type { Model, StatusCounts, UnitProgress } from '../model/types.ts';
import { unitTypeLabel } from '../schema/unit.ts';
import { FIRST_PERIOD, periodsBetween } from '../util/calendar.ts';
import { formatDate, formatNumber } from '../util/format.ts';
import {
  embedFrame,
  embedHeight,
  pageFrame,
  type Crumb,
  type EmbedFrame,
  type PageFrame,
} from './frame.ts';
import {
  indicatorChart,
  indicatorRow,
  type IndicatorChart,
  type IndicatorRow,
} from './indicator-rows.ts';
import {
  embedPath,
  paths,
  planPath,
  sheetPath,
  supervisionPath,
  unitCsvPath,
  unitDownloadName,
  unitWorkbookPath,
  unitFeedPath,
  unitPath,
} from './paths.ts';
import { progressChart, progressSummary } from './progress-bars.ts';
import { reportingView, type ReportingView } from './reporting.ts';
import { describeCommunes, describeHeadline } from './describe.ts';
import { countsLine, NO_DATA_BIN, shareColor } from './status-style.ts';
import { taskRow, type TaskRow } from './tasks.ts';
import { asOfSentence, unitAnswer, type PageAnswer } from './answer.ts';

export interface ShareLinks {
  page: string;
  title: string;
  embed?: { path: string; height: number };
  csv?: string;
  /** The name the CSV is saved under ("17605-xa-hop-minh.csv"). */
  csvName?: string;
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
  /** The first screen's answer: the unit's headline figure and what needs attention. */
  answer: PageAnswer;
  /** The unit's one-page supervision sheet. */
  sheet: string;
  /** A province's supervision lists (who reported when, by name). */
  supervision?: string;
  counts: StatusCounts;
  progress?: BarListInput;
  reporting: ReportingView;
  indicators: IndicatorRow[];
  /** The unit's workbook (headline and how counted, statuses, targets, reports) and its saved name. */
  workbook: { href: string; name: string };
  charts: IndicatorChart[];
  plans: { title: string; href: string; date: string }[];
  tasks: TaskRow[];
  /** The summary of the tasks not overdue, which are collapsed (overdue ones stay shown). */
  tasksSummary: string;
  communes?: { rows: CommuneRow[]; ranking?: BarListInput };
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
  // The communes' own headline figures; those without data come last, said in words.
  const ranked = list
    .map((c) => ({ c, h: unitHeadline(c), d: describeHeadline(unitHeadline(c)) }))
    .sort(
      (a, b) =>
        (b.h.share ?? -1) - (a.h.share ?? -1) || a.c.unit.name.localeCompare(b.c.unit.name, 'vi'),
    );
  const judged = ranked.filter((r) => r.h.share !== undefined);
  const top = judged[0];
  const bottom = judged.at(-1);
  const silent = ranked.length - judged.length;
  const ranking: BarListInput = {
    id: 'rank',
    title: `Xếp hạng ${ranked.length} đơn vị cấp xã của ${progress.unit.name} theo tỷ lệ chỉ tiêu đã đạt`,
    description:
      `${top && bottom ? `Cao nhất: ${top.c.unit.name} (${top.d.big}); thấp nhất: ${bottom.c.unit.name} (${bottom.d.big}).` : ''}${silent > 0 ? ` ${silent} đơn vị chưa có số liệu.` : ''}`.trim(),
    max: 100,
    bars: ranked.map((r) => ({
      label: r.c.unit.name.replace(/^(Xã|Phường|Đặc khu) /, ''),
      value: r.h.share ?? 0,
      text: r.h.share === undefined ? 'chưa có số liệu' : `${r.d.big} (${r.h.met}/${r.h.judged})`,
      color: r.h.share === undefined ? NO_DATA_BIN.color : shareColor(r.h.share),
      href: unitPath(r.c.unit, model.units),
    })),
  };
  return { rows, ranking };
}

/** A province's communes' figure, said beside its own; undefined for a commune. */
function communesFigure(model: Model, progress: UnitProgress): string | undefined {
  if (progress.communes.length === 0) return undefined;
  const list = progress.communes.map((c) => progressOf(model, c.code));
  return describeCommunes(groupHeadline(list), list.length);
}

/** "Xã Hợp Minh, Nghệ An": a commune with its province, a province by itself. */
const placeName = ({ unit, province }: UnitProgress): string =>
  province ? `${unit.name}, ${province.name.replace(/^(Tỉnh|Thành phố) /, '')}` : unit.name;

function unitFrame(model: Model, progress: UnitProgress): PageFrame {
  const { unit, province } = progress;
  const crumbs: Crumb[] = [{ href: paths.units, label: 'Tỉnh, xã' }];
  if (province) crumbs.push({ href: unitPath(province, model.units), label: province.name });
  const behind = progress.counts.missed + progress.counts['off-track'];
  const headline = describeHeadline(unitHeadline(progress));
  return pageFrame(model.dataset, {
    // Several communes share a name ("Xã Hợp Minh"): titles and cards name the province too.
    title: placeName(progress),
    description: `${placeName(progress)}: ${headline.share === undefined ? headline.label : `${headline.big} ${headline.label}`}; ${behind} chỉ tiêu chậm hoặc quá hạn, trên ${progress.indicators.length} chỉ tiêu chuyển đổi số. Số liệu ngày ${formatDate(model.asOf)}.`,
    path: unitPath(unit, model.units),
    crumbs,
    realPlanContent: true,
    card: true,
    feed: { href: unitFeedPath(unit, model.units), title: `Thay đổi của ${unit.name}` },
    cite: { publication: model.publication?.entry.id },
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
  const silent = neverReported(model, progress).length;
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
      title: `Tiến độ chuyển đổi số: ${placeName(progress)}`,
      embed: { path: embedPath(page), height: unitEmbedHeight(unitEmbedView(model, code)) },
      csv: unitCsvPath(unit.code),
      csvName: unitDownloadName(unit, 'csv'),
    },
    answer: unitAnswer(progress, model.asOf, silent, communesFigure(model, progress)),
    sheet: sheetPath(unit, model.units),
    ...(province ? {} : { supervision: supervisionPath(unit) }),
    counts: progress.counts,
    ...(chart.bars.length > 0
      ? {
          progress: {
            ...chart,
            description: `${progressSummary(chart.bars)}. Thanh dài bằng số mới nhất chia cho mục tiêu của giai đoạn hiện hành.`,
          },
        }
      : {}),
    reporting: reportingView(progress),
    indicators: progress.indicators.map(indicatorRow),
    workbook: { href: unitWorkbookPath(unit.code), name: unitDownloadName(unit, 'xlsx') },
    charts: progress.indicators.flatMap((p) => indicatorChart(p, periods, unit.name) ?? []),
    plans: progress.plans.map((p) => ({
      title: p.title,
      href: planPath(p.id),
      date: formatDate(p.date),
    })),
    tasks: progress.tasks.map((task) => taskRow(model, task)),
    tasksSummary: tasksSummary(
      progress.tasks.filter((task) => isOverdue(task, model.asOf)).length,
      progress.tasks.length,
    ),
    ...(communeList ? { communes: communeList } : {}),
  };
}

export interface UnitEmbedView {
  frame: EmbedFrame;
  /** What the chart shows in one line: targets met, and counts by status. */
  summary: string;
  chart: BarListInput;
}

const tasksSummary = (overdue: number, all: number): string =>
  overdue > 0
    ? `${formatNumber(all - overdue)} nhiệm vụ khác (trong ${formatNumber(all)}): xem danh sách`
    : `${formatNumber(all)} nhiệm vụ, không có nhiệm vụ quá hạn: xem danh sách`;

/** The fixed height of a unit's embed snippet: what its embed page shows, at 320 px. */
const unitEmbedHeight = (embed: UnitEmbedView): number =>
  embedHeight({
    chart: embed.chart,
    text: { title: embed.frame.title, summary: embed.summary, asOf: embed.frame.asOf },
  });

/** Chart-only page for iframes: a unit's progress against its targets. */
export function unitEmbedView(model: Model, code: string): UnitEmbedView {
  const progress = progressOf(model, code);
  const { unit, indicators, counts } = progress;
  const { big, label } = describeHeadline(unitHeadline(progress));
  return {
    frame: {
      ...embedFrame(
        model.dataset,
        `Tiến độ chuyển đổi số: ${placeName(progress)}`,
        unitPath(unit, model.units),
      ),
      asOf: asOfSentence(progress, model.asOf),
    },
    summary: `${big} ${label}: ${countsLine(counts)}.`,
    chart: progressChart('p', unit.name, indicators),
  };
}
