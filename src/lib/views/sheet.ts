import { progressOf } from '../model/progress.ts';
import { behindTargets, daysLate, neverReported } from '../model/supervision.ts';
import { isOverdue } from '../model/tasks.ts';
import type { Model, UnitProgress } from '../model/types.ts';
import type { Observation } from '../schema/observation.ts';
import { unitTypeLabel } from '../schema/unit.ts';
import { formatDate, formatPeriod } from '../util/format.ts';
import { unitAnswer, type PageAnswer } from './answer.ts';
import { formatDue, formatValue } from './describe.ts';
import { pageFrame, type PageFrame } from './frame.ts';
import {
  paths,
  sheetPath,
  supervisionPath,
  unitCsvPath,
  unitDownloadName,
  unitPath,
} from './paths.ts';
import { reportLook, type StatusLook } from './status-style.ts';
import { behindRow, type BehindRow } from './supervision-lists.ts';
import { taskRow, type TaskRow } from './tasks.ts';

/** A report as the sheet lists it: value, date and where it came from. */
export interface SheetReport {
  value: string;
  reportedAt: string;
  source: string;
}

export interface SheetView {
  frame: PageFrame;
  name: string;
  code: string;
  type: string;
  province?: { name: string; href: string };
  unitHref: string;
  supervisionHref: string;
  csv: string;
  /** The name the CSV is saved under ("17605-xa-hop-minh.csv"). */
  csvName: string;
  asOf: string;
  answer: PageAnswer;
  overdue: TaskRow[];
  tasks: number;
  behind: BehindRow[];
  /** Indicators the unit should report and has no figure for. */
  noData: string[];
  reports: {
    period: string;
    look: StatusLook;
    due: string;
    reported?: string;
    daysLate?: number;
  }[];
  revisions: { indicator: string; period: string; earlier: SheetReport[]; current: SheetReport }[];
  /** A province's communes that never sent a report. */
  silent: { name: string; href: string }[];
}

const sheetReport = (
  progress: UnitProgress['indicators'][number],
  o: Observation,
): SheetReport => ({
  value: formatValue(progress.indicator, o.value, o.doneOn),
  reportedAt: formatDate(o.reportedAt),
  source: `${o.from.file}, dòng ${o.from.row}`,
});

/** Every revised month: the earlier reports, oldest first, and the one that counts. */
function revisions(progress: UnitProgress): SheetView['revisions'] {
  return progress.indicators.flatMap((p) =>
    p.own
      .filter((o) => p.revised.has(o.period))
      .map((o) => ({
        indicator: p.indicator.short.vi,
        period: formatPeriod(o.period),
        earlier: p.revised.get(o.period)!.map((r) => sheetReport(p, r)),
        current: sheetReport(p, o),
      })),
  );
}

function reportRows(progress: UnitProgress): SheetView['reports'] {
  return [...progress.reports].reverse().map((r) => {
    const late = r.state === 'late' ? daysLate(r) : undefined;
    return {
      period: formatPeriod(r.period),
      look: reportLook(r.state),
      due: formatDue(r.due),
      ...(r.firstReport ? { reported: formatDate(r.firstReport) } : {}),
      ...(late !== undefined ? { daysLate: late } : {}),
    };
  });
}

/** One printable page with what a supervisor takes to a meeting with a unit. */
export function sheetView(model: Model, code: string): SheetView {
  const progress = progressOf(model, code);
  const { unit, province } = progress;
  const page = unitPath(unit, model.units);
  const silent = neverReported(model, progress);
  return {
    frame: pageFrame(model.dataset, {
      title: `Phiếu giám sát: ${unit.name}`,
      description: `${unit.name}: nhiệm vụ quá hạn, chỉ tiêu chưa đạt, báo cáo từng tháng và số liệu đã điều chỉnh, trên một trang in được. Số liệu ngày ${formatDate(model.asOf)}.`,
      path: sheetPath(unit, model.units),
      crumbs: [
        { href: paths.supervision, label: 'Giám sát' },
        { href: supervisionPath(province ?? unit), label: (province ?? unit).name },
      ],
      cardOf: page,
    }),
    name: unit.name,
    code: unit.code,
    type: unitTypeLabel[unit.type].vi,
    ...(province
      ? { province: { name: province.name, href: unitPath(province, model.units) } }
      : {}),
    unitHref: page,
    supervisionHref: supervisionPath(province ?? unit),
    csv: unitCsvPath(unit.code),
    csvName: unitDownloadName(unit, 'csv'),
    asOf: formatDate(model.asOf),
    answer: unitAnswer(progress, model.asOf, silent.length),
    overdue: progress.tasks.filter((t) => isOverdue(t, model.asOf)).map((t) => taskRow(model, t)),
    tasks: progress.tasks.length,
    behind: behindTargets([progress]).map((b) => behindRow(model, b)),
    noData: progress.indicators
      .filter((p) => p.headline.status === 'no-data')
      .map((p) => p.indicator.short.vi),
    reports: reportRows(progress),
    revisions: revisions(progress),
    silent: silent.map((c) => ({ name: c.name, href: sheetPath(c, model.units) })),
  };
}
