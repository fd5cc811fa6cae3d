import type { Task } from '../schema/task.ts';
import { daysBetween } from '../util/calendar.ts';
import type { Status } from './status.ts';
import { isOverdue } from './tasks.ts';
import type { MonthReport } from './timeliness.ts';
import type { Unit } from '../schema/unit.ts';
import { progressOf } from './progress.ts';
import type { IndicatorProgress, Model, UnitProgress } from './types.ts';

/**
 * What supervisors ask of the model, by name rather than by count: who reported each month and
 * when, which tasks are overdue under which lead agency, which targets are behind in which unit.
 * Report states and due dates are the model's (each unit's own reporting regime): nothing here
 * assumes a day of the month, and a state this module does not know is kept as its own group.
 */

/** One unit's report for one month. */
export interface UnitReport {
  progress: UnitProgress;
  report: MonthReport;
}

/** Period → every unit's report for it, periods latest first, units in the order given. */
export function reportsByMonth(units: readonly UnitProgress[]): Map<string, UnitReport[]> {
  const out = new Map<string, UnitReport[]>();
  for (const progress of units)
    for (const report of progress.reports) {
      const list = out.get(report.period);
      if (list) list.push({ progress, report });
      else out.set(report.period, [{ progress, report }]);
    }
  return new Map([...out].sort(([a], [b]) => b.localeCompare(a)));
}

/**
 * The states a supervisor follows up: not received (past a deadline, or with no deadline at
 * all: not judging lateness is not hiding absence), or received after the due date. Any other
 * state (on time, received without a deadline) is listed, but not flagged.
 */
export const isFlagged = (state: string): boolean =>
  state === 'missing' || state === 'late' || state === 'not-received';

const STATE_RANK: Readonly<Record<string, number>> = {
  missing: 0,
  'not-received': 1,
  late: 2,
  'on-time': 4,
};

/** The order supervisors read report states in: not received, late, anything else, on time. */
export function stateOrder(states: Iterable<string>): string[] {
  const rank = (s: string) => STATE_RANK[s] ?? 3;
  return [...new Set(states)].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/** A month's reports counted once, for every page that shows them (home, supervision, sheets). */
export interface MonthTally {
  period: string;
  units: number;
  /** Units whose report for the month arrived (on time, late, or with no deadline). */
  received: number;
  /** Not arrived, past a deadline. */
  missing: number;
  /** Not arrived, with no deadline to judge (no regime, or none with a day). */
  notReceived: number;
  late: number;
  onTime: number;
}

export function monthTally(period: string, reports: readonly UnitReport[]): MonthTally {
  const t: MonthTally = {
    period,
    units: reports.length,
    received: 0,
    missing: 0,
    notReceived: 0,
    late: 0,
    onTime: 0,
  };
  for (const { report } of reports) {
    if (report.firstReport !== undefined) t.received++;
    if (report.state === 'missing') t.missing++;
    if (report.state === 'not-received') t.notReceived++;
    if (report.state === 'late') t.late++;
    if (report.state === 'on-time') t.onTime++;
  }
  return t;
}

/** The latest month with a report listed for any of the units, and its tally. */
export function latestMonthTally(units: readonly UnitProgress[]): MonthTally | undefined {
  const first = reportsByMonth(units).entries().next();
  return first.done ? undefined : monthTally(first.value[0], first.value[1]);
}

/** Days a report came after its due date (0 when on time, undefined when none or no due date). */
export const daysLate = (r: MonthReport): number | undefined =>
  r.firstReport && r.due ? Math.max(0, daysBetween(r.due, r.firstReport)) : undefined;

export interface UnitTask {
  progress: UnitProgress;
  task: Task;
}

/** Lead agency → the overdue tasks it leads, agencies A–Z, tasks by deadline then id. */
export function overdueByAgency(
  units: readonly UnitProgress[],
  asOf: string,
): Map<string, UnitTask[]> {
  const overdue = units.flatMap((progress) =>
    progress.tasks.filter((task) => isOverdue(task, asOf)).map((task) => ({ progress, task })),
  );
  overdue.sort(
    (a, b) =>
      a.task.deadline!.localeCompare(b.task.deadline!) ||
      a.progress.unit.code.localeCompare(b.progress.unit.code) ||
      a.task.id.localeCompare(b.task.id),
  );
  const groups = Map.groupBy(overdue, (t) => t.task.lead);
  return new Map([...groups].sort(([a], [b]) => a.localeCompare(b, 'vi')));
}

/** Statuses that put a target on a supervisor's list, the worst first. */
export const BEHIND: readonly Status[] = ['missed', 'off-track', 'at-risk'];

export interface UnitIndicator {
  progress: UnitProgress;
  cell: IndicatorProgress;
}

/** Every unit's targets that are missed, off track or at risk: units in the order given. */
export function behindTargets(units: readonly UnitProgress[]): UnitIndicator[] {
  return units.flatMap((progress) =>
    progress.indicators
      .filter((cell) => BEHIND.includes(cell.headline.status))
      .map((cell) => ({ progress, cell })),
  );
}

/** A province's communes that never sent a report for any month due. */
export const neverReported = (model: Model, province: UnitProgress): Unit[] =>
  province.communes.filter((c) =>
    progressOf(model, c.code).reports.every((r) => r.firstReport === undefined),
  );
