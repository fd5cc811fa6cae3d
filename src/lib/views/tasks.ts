import { doneLate, isOverdue } from '../model/tasks.ts';
import type { Model } from '../model/types.ts';
import { pillarLabel } from '../schema/common.ts';
import type { Task } from '../schema/task.ts';
import { formatDate } from '../util/format.ts';
import { pageFrame, type PageFrame } from './frame.ts';
import { paths, planPath, unitPath } from './paths.ts';
import { t, taskStatusLabel } from './strings.ts';

/** A task as every task list shows it. */
export interface TaskRow {
  id: string;
  unit: { code: string; name: string; href: string };
  planHref?: string;
  title: string;
  pillar: string;
  expectedResult: string;
  lead: string;
  coordinating: string[];
  /** dd/mm/yyyy, "Thường xuyên" for an ongoing task, or "Không ghi hạn" where the plan sets none. */
  deadline: string;
  overdue: boolean;
  /** What an overdue task's record shows: no report at all, or a report short of done. */
  overdueLabel?: string;
  /** Completion date (dd/mm/yyyy) of a task done after its deadline. */
  doneLate?: string;
  status: string;
  /** Completion date (dd/mm/yyyy) of a task reported done. */
  completedAt?: string;
  /** The indicator report the task's state comes from (task and indicator agree). */
  derivedFrom?: { text: string; href: string };
  evidence?: string;
  /** Where the plan sets the task. */
  section?: string;
  note?: string;
  source: { file: string; row: number };
}

export function taskRow(model: Model, task: Task): TaskRow {
  const unit = model.units.get(task.unit)!;
  return {
    id: task.id,
    unit: { code: unit.code, name: unit.name, href: unitPath(unit, model.units) },
    ...(task.plan ? { planHref: planPath(task.plan) } : {}),
    title: task.title,
    pillar: pillarLabel[task.pillar].vi,
    expectedResult: task.expectedResult,
    lead: task.lead,
    coordinating: task.coordinating,
    deadline: task.deadline
      ? formatDate(task.deadline)
      : task.undated
        ? t.undated.vi
        : t.ongoing.vi,
    overdue: isOverdue(task, model.asOf),
    ...(isOverdue(task, model.asOf)
      ? {
          overdueLabel: task.status === 'unreported' ? t.overdueNoReport.vi : t.overdueNotDone.vi,
        }
      : {}),
    ...(doneLate(task) ? { doneLate: formatDate(task.completedAt!) } : {}),
    status: taskStatusLabel[task.status].vi,
    ...(task.completedAt ? { completedAt: formatDate(task.completedAt) } : {}),
    ...(task.evidence ? { evidence: task.evidence } : {}),
    ...(task.derivedFrom
      ? {
          derivedFrom: {
            text: `Theo báo cáo chỉ tiêu ngày ${formatDate(task.derivedFrom.reportedAt)} (tệp ${task.derivedFrom.file}, dòng ${task.derivedFrom.row})`,
            href: `${unitPath(unit, model.units)}#ct-${task.derivedFrom.indicator}`,
          },
        }
      : {}),
    ...(task.section ? { section: task.section } : {}),
    ...(task.note ? { note: task.note } : {}),
    source: task.from,
  };
}

export interface TasksView {
  frame: PageFrame;
  total: number;
  overdue: number;
  asOf: string;
  /** Overdue first, then by deadline. */
  rows: TaskRow[];
}

export function tasksView(model: Model): TasksView {
  const overdue = (task: Task) => Number(isOverdue(task, model.asOf));
  const tasks = [...model.tasks].sort(
    (a, b) =>
      overdue(b) - overdue(a) ||
      (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999') ||
      a.id.localeCompare(b.id),
  );
  const count = tasks.filter((task) => isOverdue(task, model.asOf)).length;
  return {
    frame: pageFrame(model.dataset, {
      title: 'Nhiệm vụ',
      description: `Nhiệm vụ trong kế hoạch của các đơn vị: cơ quan chủ trì, thời hạn, trạng thái; ${count} nhiệm vụ quá hạn.`,
      path: paths.tasks,
      realPlanContent: true,
    }),
    total: tasks.length,
    overdue: count,
    asOf: formatDate(model.asOf),
    rows: tasks.map((task) => taskRow(model, task)),
  };
}
