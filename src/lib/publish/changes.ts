import { isOverdue } from '../model/tasks.ts';
import type { Status } from '../model/status.ts';
import type { Observation } from '../schema/observation.ts';
import type { Task } from '../schema/task.ts';

/** Where a published value came from: file and row of the export. */
export interface Source {
  file: string;
  row: number;
}

/**
 * One report that differs from the previous publication:
 * - added: a month reported for the first time;
 * - revised: a later report for a month already published (both values, dates and rows);
 * - changed: the same report (same date) now carries another value: altered in place;
 * - removed: a published report is no longer in the data.
 */
export interface ReportChange {
  kind: 'added' | 'revised' | 'changed' | 'removed';
  unit: string;
  indicator: string;
  period: string;
  /** The report now (absent when removed). */
  now?: { value: number; reportedAt: string; source: Source };
  /** The report published before (absent when added). */
  before?: { value: number; reportedAt: string; source: Source };
  /** What differs between the two (revised, changed): the value, or only its date, source, note… */
  fields?: ReportField[];
}

/** What a report says besides its month: compared field by field between publications. */
export const REPORT_FIELDS = [
  'value',
  'doneOn',
  'numerator',
  'denominator',
  'source',
  'note',
] as const;
export type ReportField = (typeof REPORT_FIELDS)[number];

export interface StatusChange {
  unit: string;
  indicator: string;
  from: Status;
  to: Status;
}

export interface TaskChange {
  kind: 'completed' | 'overdue' | 'added';
  unit: string;
  id: string;
  title: string;
  deadline: string | null;
  completedAt?: string;
}

/** What changed between two publications. */
export interface Changes {
  reports: ReportChange[];
  statuses: StatusChange[];
  tasks: TaskChange[];
  /** Reports that only moved to another file or row: counted, not listed. */
  moved: number;
}

/** What a publication keeps of itself so that the next one can compare. */
export interface Snapshot {
  observations: readonly Observation[];
  statuses: readonly { unit_code: string; indicator_id: string; status: string }[];
  tasks: readonly TaskState[];
}

export interface TaskState {
  unit: string;
  id: string;
  title: string;
  status: Task['status'];
  deadline: string | null;
  completedAt?: string | undefined;
  overdue: boolean;
}

export const taskStates = (tasks: readonly Task[], asOf: string): TaskState[] =>
  tasks.map((t) => ({
    unit: t.unit,
    id: t.id,
    title: t.title,
    status: t.status,
    deadline: t.deadline,
    ...(t.completedAt ? { completedAt: t.completedAt } : {}),
    overdue: isOverdue(t, asOf),
  }));

const report = (o: Observation) => ({
  value: o.value,
  reportedAt: o.reportedAt,
  source: { file: o.from.file, row: o.from.row },
});

/** The fields of two reports of one month that differ (none: the same content). */
const differing = (a: Observation, b: Observation): ReportField[] =>
  REPORT_FIELDS.filter((f) => (a[f] ?? null) !== (b[f] ?? null));

/** unit → "indicator|period" → the previous publication's reports of that month. */
function indexReports(observations: readonly Observation[]) {
  const out = new Map<string, Map<string, Observation[]>>();
  for (const o of observations) {
    let byMonth = out.get(o.unit);
    if (!byMonth) out.set(o.unit, (byMonth = new Map()));
    const month = `${o.indicator}|${o.period}`;
    const list = byMonth.get(month);
    if (list) list.push(o);
    else byMonth.set(month, [o]);
  }
  return out;
}

/**
 * Report by report: a report is the same report when unit, indicator, month and report date
 * match. A new report of a month published before is a revision of the latest earlier one.
 */
export function diffReports(
  before: readonly Observation[],
  now: readonly Observation[],
): { changes: ReportChange[]; moved: number } {
  const index = indexReports(before);
  const matched = new Set<Observation>();
  const changes: ReportChange[] = [];
  let moved = 0;
  for (const o of now) {
    const month = index.get(o.unit)?.get(`${o.indicator}|${o.period}`) ?? [];
    const key = { unit: o.unit, indicator: o.indicator, period: o.period };
    const same = month.find((p) => p.reportedAt === o.reportedAt && !matched.has(p));
    if (same) {
      matched.add(same);
      const fields = differing(same, o);
      if (fields.length > 0)
        changes.push({ kind: 'changed', ...key, now: report(o), before: report(same), fields });
      else if (same.from.file !== o.from.file || same.from.row !== o.from.row) moved++;
      continue;
    }
    let earlier: Observation | undefined;
    for (const p of month)
      if (p.reportedAt < o.reportedAt && (!earlier || p.reportedAt > earlier.reportedAt))
        earlier = p;
    changes.push(
      earlier
        ? {
            kind: 'revised',
            ...key,
            now: report(o),
            before: report(earlier),
            fields: differing(earlier, o),
          }
        : { kind: 'added', ...key, now: report(o) },
    );
  }
  for (const byMonth of index.values())
    for (const list of byMonth.values())
      for (const p of list)
        if (!matched.has(p))
          changes.push({
            kind: 'removed',
            unit: p.unit,
            indicator: p.indicator,
            period: p.period,
            before: report(p),
          });
  return { changes, moved };
}

export function diffStatuses(before: Snapshot['statuses'], now: Snapshot['statuses']) {
  const old = new Map(before.map((s) => [`${s.unit_code}|${s.indicator_id}`, s.status]));
  const out: StatusChange[] = [];
  for (const s of now) {
    const from = old.get(`${s.unit_code}|${s.indicator_id}`);
    if (from !== undefined && from !== s.status)
      out.push({
        unit: s.unit_code,
        indicator: s.indicator_id,
        from: from as Status,
        to: s.status as Status,
      });
  }
  return out;
}

/** Tasks reported done since, newly past their deadline, or new in the plan. */
export function diffTasks(before: readonly TaskState[], now: readonly TaskState[]): TaskChange[] {
  const old = new Map(before.map((t) => [`${t.unit}|${t.id}`, t]));
  const out: TaskChange[] = [];
  for (const t of now) {
    const was = old.get(`${t.unit}|${t.id}`);
    const base = { unit: t.unit, id: t.id, title: t.title, deadline: t.deadline };
    if (!was) out.push({ kind: 'added', ...base });
    else if (t.status === 'done' && was.status !== 'done')
      out.push({
        kind: 'completed',
        ...base,
        ...(t.completedAt ? { completedAt: t.completedAt } : {}),
      });
    else if (t.overdue && !was.overdue) out.push({ kind: 'overdue', ...base });
  }
  return out;
}

export function diffSnapshots(before: Snapshot, now: Snapshot): Changes {
  const { changes, moved } = diffReports(before.observations, now.observations);
  return {
    reports: changes,
    statuses: diffStatuses(before.statuses, now.statuses),
    tasks: diffTasks(before.tasks, now.tasks),
    moved,
  };
}

export interface ChangeCounts {
  added: number;
  revised: number;
  changed: number;
  removed: number;
  statuses: number;
  completed: number;
  overdue: number;
}

export function countChanges(c: Changes): ChangeCounts {
  const n = { added: 0, revised: 0, changed: 0, removed: 0, statuses: 0, completed: 0, overdue: 0 };
  for (const r of c.reports) n[r.kind]++;
  n.statuses = c.statuses.length;
  for (const t of c.tasks) if (t.kind !== 'added') n[t.kind]++;
  return n;
}

export const totalChanges = (n: ChangeCounts): number =>
  n.added + n.revised + n.changed + n.removed + n.statuses + n.completed + n.overdue;
