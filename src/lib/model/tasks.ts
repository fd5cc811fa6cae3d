import type { Task } from '../schema/task.ts';

/** A dated task past its deadline and not reported done. */
export const isOverdue = (task: Task, asOf: string): boolean =>
  task.deadline !== null && task.deadline < asOf && task.status !== 'done';

/** A task reported done after its deadline. */
export const doneLate = (task: Task): boolean =>
  task.status === 'done' &&
  task.deadline !== null &&
  !!task.completedAt &&
  task.completedAt > task.deadline;
