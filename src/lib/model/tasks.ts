import type { Task } from '../schema/task.ts';
import type { IndicatorProgress } from './types.ts';

/** A dated task past its deadline and not reported done (nor recorded as not arising). */
export const isOverdue = (task: Task, asOf: string): boolean =>
  task.deadline !== null &&
  task.deadline < asOf &&
  task.status !== 'done' &&
  task.status !== 'not-arising';

/** A task reported done after its deadline. */
export const doneLate = (task: Task): boolean =>
  task.status === 'done' &&
  task.deadline !== null &&
  !!task.completedAt &&
  task.completedAt > task.deadline;

/**
 * A task and the indicator that measures the same thing agree: where the task has no report of
 * its own and its milestone indicator is reported done, the task is done, on the date the report
 * gives, with that report (file and row) as its evidence.
 */
export function linkTask(task: Task, indicator: IndicatorProgress | undefined): Task {
  if (task.status !== 'unreported' || !indicator || indicator.indicator.kind !== 'milestone')
    return task;
  const done = indicator.own.find((o) => o.value >= 1);
  if (!done) return task;
  return {
    ...task,
    status: 'done',
    completedAt: done.doneOn ?? done.reportedAt,
    derivedFrom: {
      indicator: indicator.indicator.id,
      file: done.from.file,
      row: done.from.row,
      reportedAt: done.reportedAt,
    },
  };
}
