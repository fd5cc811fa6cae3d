import { isOverdue } from '../model/tasks.ts';
import type { Model } from '../model/types.ts';
import { formatDate } from '../util/format.ts';
import { formatTarget } from './describe.ts';
import { pageFrame, type PageFrame } from './frame.ts';
import { indicatorPath, paths, planPath, unitPath } from './paths.ts';
import { t } from './strings.ts';

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
      realPlanContent: true,
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
  targets: { indicator: string; href: string; target: string; note?: string; phase: string }[];
  tasks: {
    id: string;
    title: string;
    expectedResult: string;
    lead: string;
    deadline: string;
    overdue: boolean;
  }[];
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
      realPlanContent: true,
      crumbs: [{ href: paths.plans, label: 'Kế hoạch' }],
    }),
    title: plan.title,
    number: plan.number,
    date: formatDate(plan.date),
    issuer: plan.issuer,
    ...(unit ? { unit: { name: unit.name, href: unitPath(unit, model.units) } } : {}),
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
    tasks: model.tasks
      .filter((task) => task.plan === plan.id)
      .map((task) => ({
        id: task.id,
        title: task.title,
        expectedResult: task.expectedResult,
        lead: task.lead,
        deadline: task.deadline ? formatDate(task.deadline) : t.ongoing.vi,
        overdue: isOverdue(task, model.asOf),
      })),
  };
}
