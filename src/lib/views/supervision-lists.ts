import {
  daysLate,
  isFlagged,
  overdueByAgency,
  reportsByMonth,
  stateOrder,
  type UnitIndicator,
  type UnitReport,
} from '../model/supervision.ts';
import type { Status } from '../model/status.ts';
import type { Model, UnitProgress } from '../model/types.ts';
import { pillarLabel, type Pillar } from '../schema/common.ts';
import { formatDate, formatNumber, formatPeriod } from '../util/format.ts';
import { slugify } from '../util/text.ts';
import { formatTarget, latestOf } from './describe.ts';
import { filterOf, type Filter } from './filters.ts';
import { indicatorPath, monthAnchor, sheetPath } from './paths.ts';
import { reportLook, statusOrder, statusStyle, type StatusLook } from './status-style.ts';
import { taskRow, type TaskRow } from './tasks.ts';

/** The lists a supervision page shows, built from the model for a set of units. */

/** One unit's report of a month, as a supervisor reads it. */
export interface ReportEntry {
  code: string;
  name: string;
  /** The unit's supervision sheet. */
  href: string;
  /** dd/mm/yyyy, when a report came. */
  reported?: string;
  /** dd/mm/yyyy; none where no document sets a deadline (the group's badge says so once). */
  due?: string;
  /** Days after the due date, for a late report. */
  daysLate?: number;
}

export interface StateGroup {
  state: string;
  look: StatusLook;
  entries: ReportEntry[];
}

export interface MonthSection {
  period: string;
  label: string;
  anchor: string;
  total: number;
  /** Missing first, then late, then any other state, then on time. */
  groups: StateGroup[];
}

function entry(model: Model, { progress, report }: UnitReport): ReportEntry {
  const late = report.state === 'late' ? daysLate(report) : undefined;
  return {
    code: progress.unit.code,
    name: progress.unit.name,
    href: sheetPath(progress.unit, model.units),
    ...(report.firstReport ? { reported: formatDate(report.firstReport) } : {}),
    ...(report.due ? { due: formatDate(report.due) } : {}),
    ...(late !== undefined ? { daysLate: late } : {}),
  };
}

/** A month's reports grouped by state. */
export function monthSection(model: Model, period: string, reports: UnitReport[]): MonthSection {
  const byState = Map.groupBy(reports, (r) => r.report.state as string);
  return {
    period,
    label: formatPeriod(period),
    anchor: monthAnchor(period),
    total: reports.length,
    groups: stateOrder(byState.keys()).map((state) => ({
      state,
      look: reportLook(state),
      entries: byState.get(state)!.map((r) => entry(model, r)),
    })),
  };
}

/** Every month's section, latest first, for the units given (a province and its communes). */
export function monthSections(model: Model, units: readonly UnitProgress[]): MonthSection[] {
  return [...reportsByMonth(units)].map(([period, reports]) =>
    monthSection(model, period, reports),
  );
}

/** "127 đơn vị: 10 ✖ Chưa gửi · 5 ◷ Trễ hạn · 112 ✔ Đúng hạn" */
export const monthLine = (m: MonthSection): string =>
  `${formatNumber(m.total)} đơn vị: ${m.groups.map((g) => `${formatNumber(g.entries.length)} ${g.look.symbol} ${g.look.vi}`).join(' · ')}`;

/** Months, each counting the units that did not report on time (the number in brackets). */
export const monthFilter = (months: readonly MonthSection[]): Filter =>
  filterOf(
    'Tháng (số đơn vị chưa gửi hoặc trễ)',
    'month',
    months.map((m) => ({ value: m.period, label: m.label })),
    (p) =>
      months
        .find((m) => m.period === p)!
        .groups.filter((g) => isFlagged(g.state))
        .reduce((a, g) => a + g.entries.length, 0),
  );

/** One target behind, as a row of the list: unit, indicator, status, figure against target. */
export interface BehindRow {
  unit: { code: string; name: string; href: string };
  indicator: { name: string; href: string };
  pillar: Pillar;
  pillarLabel: string;
  status: Status;
  latest: string;
  target: string;
}

export function behindRow(model: Model, { progress, cell }: UnitIndicator): BehindRow {
  const latest = latestOf(cell);
  const target = cell.headline.target;
  return {
    unit: {
      code: progress.unit.code,
      name: progress.unit.name,
      href: sheetPath(progress.unit, model.units),
    },
    indicator: { name: cell.indicator.short.vi, href: indicatorPath(cell.indicator.id) },
    pillar: cell.indicator.pillar,
    pillarLabel: pillarLabel[cell.indicator.pillar].vi,
    status: cell.headline.status,
    latest: latest ? `${latest.text} (kỳ ${latest.period})` : 'Chưa có số liệu',
    target: target
      ? formatTarget(cell.indicator, target.value, target.deadline, cell.basis === 'rollup')
      : '—',
  };
}

/** Filters of the targets list: by status (the worst first) and by pillar. */
export function behindFilters(rows: readonly BehindRow[]): Filter[] {
  const count = (key: 'status' | 'pillar') => (v: string) =>
    rows.filter((r) => r[key] === v).length;
  const statuses = statusOrder.filter((s) => rows.some((r) => r.status === s));
  const pillars = [...new Set(rows.map((r) => r.pillar))];
  return [
    filterOf(
      'Trạng thái',
      'status',
      statuses.map((s) => ({ value: s, label: `${statusStyle[s].symbol} ${statusStyle[s].vi}` })),
      count('status'),
    ),
    filterOf(
      'Lĩnh vực',
      'pillar',
      pillars.map((p) => ({ value: p, label: pillarLabel[p].vi })),
      count('pillar'),
    ),
  ];
}

/** Overdue tasks under one lead agency. */
export interface AgencyGroup {
  agency: string;
  /** ASCII id, for the filter and the anchor. */
  slug: string;
  tasks: TaskRow[];
}

export function agencyGroups(model: Model, units: readonly UnitProgress[]): AgencyGroup[] {
  return [...overdueByAgency(units, model.asOf)].map(([agency, list]) => ({
    agency,
    slug: slugify(agency) || 'khac',
    tasks: list.map((t) => taskRow(model, t.task)),
  }));
}

export const agencyFilter = (groups: readonly AgencyGroup[]): Filter =>
  filterOf(
    'Cơ quan chủ trì',
    'agency',
    groups.map((g) => ({ value: g.slug, label: g.agency })),
    (slug) => groups.filter((g) => g.slug === slug).reduce((a, g) => a + g.tasks.length, 0),
  );

/** The states a table of months has columns for, in reading order, with their looks. */
export const stateColumns = (counts: readonly { state: string }[][]): [string, StatusLook][] =>
  stateOrder(counts.flat().map((c) => c.state)).map((s) => [s, reportLook(s)]);
