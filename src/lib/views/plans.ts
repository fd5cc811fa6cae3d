import { metShare } from '../model/counts.ts';
import { isOverdue } from '../model/tasks.ts';
import type { Model } from '../model/types.ts';
import type { Plan } from '../schema/plan.ts';
import { formatDate, formatNumber } from '../util/format.ts';
import type { PageAnswer } from './answer.ts';
import { formatTarget } from './describe.ts';
import { pageFrame, type PageFrame } from './frame.ts';
import { indicatorPath, paths, planPath, unitPath } from './paths.ts';
import { taskRow, type TaskRow } from './tasks.ts';

export interface PlansView {
  frame: PageFrame;
  plans: { title: string; href: string; number: string; date: string; targets: number }[];
}

/** Every plan, oldest first. */
export function plansView(model: Model): PlansView {
  return {
    frame: pageFrame(model.dataset, {
      title: 'Kế hoạch',
      description:
        'Kế hoạch 02-KH/BCĐTW và kế hoạch của các tỉnh, xã, với chỉ tiêu riêng của từng đơn vị.',
      path: paths.plans,
    }),
    plans: [...model.plans]
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((p) => ({
        title: p.title,
        href: planPath(p.id),
        number: p.number,
        date: formatDate(p.date),
        targets: p.targets.length,
      })),
  };
}

export interface PlanView {
  frame: PageFrame;
  title: string;
  number: string;
  date: string;
  issuer: string;
  unit?: { name: string; href: string };
  answer: PageAnswer;
  targets: { indicator: string; href: string; target: string; note?: string; phase: string }[];
  tasks: TaskRow[];
}

/**
 * A plan's headline: how far its issuing unit has come on its targets (the whole country for
 * the national plan), and its overdue tasks.
 */
export function planAnswer(model: Model, plan: Plan): PageAnswer {
  const progress = plan.unit ? model.progress.get(plan.unit) : undefined;
  const { met, judged, share } = metShare(progress?.counts ?? model.totals.counts);
  const tasks = model.tasks.filter((task) => task.plan === plan.id);
  const overdue = tasks.filter((task) => isOverdue(task, model.asOf)).length;
  const who = progress ? progress.unit.name : 'cả nước';
  return {
    big: `${formatNumber(Math.round(share))}%`,
    label: `chỉ tiêu đã đạt (${formatNumber(met)}/${formatNumber(judged)}, ${who})`,
    items:
      tasks.length > 0
        ? [
            {
              text: `${formatNumber(tasks.length)} nhiệm vụ, ${formatNumber(overdue)} quá hạn chưa báo cáo hoàn thành`,
              href: '#nhiem-vu',
              alert: overdue > 0,
            },
          ]
        : [],
    allClear: 'Kế hoạch không kèm danh sách nhiệm vụ có thời hạn.',
  };
}

export function planView(model: Model, id: string): PlanView {
  const plan = model.plans.find((p) => p.id === id);
  if (!plan) throw new Error(`no plan ${id} in the model`);
  const unit = plan.unit ? model.units.get(plan.unit) : undefined;
  const indicators = new Map(model.indicators.map((i) => [i.id, i]));
  return {
    frame: pageFrame(model.dataset, {
      title: plan.title,
      description: `${plan.title}, ngày ${formatDate(plan.date)}: các chỉ tiêu và nhiệm vụ.`,
      path: planPath(plan.id),
      crumbs: [{ href: paths.plans, label: 'Kế hoạch' }],
      card: true,
    }),
    title: plan.title,
    number: plan.number,
    date: formatDate(plan.date),
    issuer: plan.issuer,
    ...(unit ? { unit: { name: unit.name, href: unitPath(unit, model.units) } } : {}),
    answer: planAnswer(model, plan),
    targets: plan.targets.map((target) => {
      const indicator = indicators.get(target.indicator)!;
      return {
        indicator: indicator.short.vi,
        href: indicatorPath(indicator.id),
        target: formatTarget(indicator, target.value, target.deadline),
        ...(target.note ? { note: target.note } : {}),
        phase: target.phase ?? '',
      };
    }),
    tasks: model.tasks.filter((task) => task.plan === plan.id).map((task) => taskRow(model, task)),
  };
}
