import { isMet, metShare, unitHeadline } from '../model/counts.ts';
import { indicatorProgress, planTargetEvaluation, progressOf } from '../model/progress.ts';
import type { Status } from '../model/status.ts';
import { isOverdue } from '../model/tasks.ts';
import { planRegime } from '../model/timeliness.ts';
import type { Model } from '../model/types.ts';
import type { Indicator } from '../schema/indicator.ts';
import type { Plan, PlanTarget } from '../schema/plan.ts';
import type { Task } from '../schema/task.ts';
import { formatDate, formatNumber } from '../util/format.ts';
import type { PageAnswer } from './answer.ts';
import { describeHeadline, formatTarget, latestOf } from './describe.ts';
import { pageFrame, type PageFrame } from './frame.ts';
import { indicatorPath, paths, planPath, unitPath } from './paths.ts';
import { regimeSentence } from './reporting.ts';
import { taskRow, type TaskRow } from './tasks.ts';

export interface PlansView {
  frame: PageFrame;
  plans: {
    title: string;
    href: string;
    number: string;
    date: string;
    targets: number;
    tasks: number;
  }[];
}

/** Every plan, oldest first. */
export function plansView(model: Model): PlansView {
  return {
    frame: pageFrame(model.dataset, {
      title: 'Kế hoạch',
      description:
        'Kế hoạch 02-KH/BCĐTW và kế hoạch của các tỉnh, xã, với chỉ tiêu riêng và nhiệm vụ của từng đơn vị.',
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
        tasks: model.tasks.filter((task) => task.plan === p.id).length,
      })),
  };
}

/** Where a plan's target stands now, beside it on the plan page. */
export interface TargetProgress {
  status?: Status;
  /** The latest figure and its period, or, for a target set for every commune, how many meet it. */
  text: string;
  href?: string;
}

export interface PlanTargetRow {
  indicator: string;
  href: string;
  target: string;
  phase: string;
  /** "Đơn vị ban hành" or "Từng xã của tỉnh". */
  appliesTo: string;
  section?: string;
  lead?: string;
  note?: string;
  progress?: TargetProgress;
}

export interface PlanView {
  frame: PageFrame;
  title: string;
  number: string;
  date: string;
  issuer: string;
  unit?: { name: string; href: string };
  targets: PlanTargetRow[];
  reporting: { appliesTo: string; text: string; section: string; note?: string }[];
  ambiguities: { text: string; section: string }[];
  answer: PageAnswer;
  tasks: TaskRow[];
  /** Said once when the unit has sent no task report at all. */
  noTaskReport?: string;
  taskCounts: { total: number; done: number; overdue: number; ongoing: number; undated: number };
  asOf: string;
}

function unitTargetProgress(model: Model, plan: Plan, target: PlanTarget): TargetProgress {
  const unit = progressOf(model, plan.unit!);
  const p = indicatorProgress(unit, target.indicator);
  const evaluation = planTargetEvaluation(p, plan.id, target);
  const latest = p ? latestOf(p) : undefined;
  const fell = evaluation?.regressed ? '; đã đạt rồi lại giảm dưới mục tiêu' : '';
  return {
    ...(evaluation ? { status: evaluation.status } : {}),
    text: latest ? `${latest.text} (kỳ ${latest.period})${fell}` : 'Chưa có số liệu',
    href: `${unitPath(unit.unit, model.units)}#chi-tieu`,
  };
}

/** A target set for every commune: how many communes meet it now. */
function communesTargetProgress(model: Model, plan: Plan, target: PlanTarget): TargetProgress {
  const province = progressOf(model, plan.unit!);
  const statuses = province.communes.map(
    (c) =>
      planTargetEvaluation(
        indicatorProgress(progressOf(model, c.code), target.indicator),
        plan.id,
        target,
      )?.status,
  );
  const met = statuses.filter((s) => s && isMet(s)).length;
  const reported = statuses.filter((s) => s && s !== 'no-data').length;
  return {
    text: `${formatNumber(met)}/${formatNumber(statuses.length)} xã đã đạt; ${formatNumber(reported)} xã có số liệu`,
    href: `${unitPath(province.unit, model.units)}#cap-xa`,
  };
}

function targetRow(model: Model, plan: Plan, target: PlanTarget, ind: Indicator): PlanTargetRow {
  const communes = target.appliesTo === 'communes';
  const progress =
    plan.unit === undefined
      ? undefined
      : communes
        ? communesTargetProgress(model, plan, target)
        : unitTargetProgress(model, plan, target);
  return {
    indicator: ind.short.vi,
    href: indicatorPath(ind.id),
    target: formatTarget(ind, target.value, target.deadline),
    phase: target.phase ?? '',
    appliesTo: communes ? 'Từng xã của tỉnh' : 'Đơn vị ban hành',
    ...(target.section ? { section: target.section } : {}),
    ...(target.lead ? { lead: target.lead } : {}),
    ...(target.note ? { note: target.note } : {}),
    ...(progress ? { progress } : {}),
  };
}

function reportingRows(plan: Plan): PlanView['reporting'] {
  return plan.reporting.map((r) => {
    // The regime in words, exactly as the model applies it (weekly-monthly gets the default day).
    const regime = planRegime(plan, r.appliesTo);
    return {
      appliesTo: r.appliesTo === 'unit' ? 'Đơn vị ban hành' : 'Từng xã của tỉnh',
      text: regime ? regimeSentence(regime) : '',
      section: r.section,
      ...(r.note ? { note: r.note } : {}),
    };
  });
}

/**
 * A plan's headline: how far its issuing unit has come on its targets (the whole country for
 * the national plan), and its overdue tasks.
 */
export function planAnswer(model: Model, plan: Plan): PageAnswer {
  const progress = plan.unit ? model.progress.get(plan.unit) : undefined;
  // The issuing unit's headline figure, the one its page and card show; the nation's for Plan 02.
  const headline = describeHeadline(
    progress ? unitHeadline(progress) : { ...metShare(model.totals.counts) },
  );
  const tasks = model.tasks.filter((task) => task.plan === plan.id);
  const overdue = tasks.filter((task) => isOverdue(task, model.asOf)).length;
  const who = progress ? progress.unit.name : 'cả nước';
  return {
    big: headline.big,
    label: `${headline.label}, ${who}`,
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

/**
 * The plan's tasks as rows. Where the unit has sent no task report at all, the page says so once
 * instead of marking each task past its deadline as overdue.
 */
function taskList(
  model: Model,
  tasks: readonly Task[],
  unitName = 'Đơn vị',
): Pick<PlanView, 'tasks' | 'noTaskReport'> {
  const rows = tasks.map((task) => taskRow(model, task));
  if (tasks.length === 0 || tasks.some((t) => t.status !== 'unreported')) return { tasks: rows };
  const past = rows.filter((r) => r.overdue).length;
  return {
    tasks: rows.map(({ overdueLabel: _l, ...r }) => ({ ...r, overdue: false })),
    noTaskReport: `${unitName} chưa gửi báo cáo tiến độ nhiệm vụ nào: trang không biết nhiệm vụ nào đã xong. ${formatNumber(past)} nhiệm vụ đã qua hạn mà không có báo cáo.`,
  };
}

export function planView(model: Model, id: string): PlanView {
  const plan = model.plans.find((p) => p.id === id);
  if (!plan) throw new Error(`no plan ${id} in the model`);
  const unit = plan.unit ? model.units.get(plan.unit) : undefined;
  const indicators = new Map(model.indicators.map((i) => [i.id, i]));
  const tasks = model.tasks.filter((task) => task.plan === plan.id);
  return {
    frame: pageFrame(model.dataset, {
      title: plan.title,
      description: `${plan.title}, ngày ${formatDate(plan.date)}: ${plan.targets.length} chỉ tiêu và ${tasks.length} nhiệm vụ, với cơ quan chủ trì, thời hạn và tiến độ hiện nay.`,
      path: planPath(plan.id),
      crumbs: [{ href: paths.plans, label: 'Kế hoạch' }],
      realPlanContent: true,
      card: true,
    }),
    title: plan.title,
    number: plan.number,
    date: formatDate(plan.date),
    issuer: plan.issuer,
    ...(unit ? { unit: { name: unit.name, href: unitPath(unit, model.units) } } : {}),
    answer: planAnswer(model, plan),
    targets: plan.targets.map((t) => targetRow(model, plan, t, indicators.get(t.indicator)!)),
    reporting: reportingRows(plan),
    ambiguities: plan.ambiguities,
    ...taskList(model, tasks, unit?.name),
    taskCounts: {
      total: tasks.length,
      done: tasks.filter((t) => t.status === 'done').length,
      overdue: tasks.filter((t) => isOverdue(t, model.asOf)).length,
      ongoing: tasks.filter((t) => t.deadline === null && !t.undated).length,
      undated: tasks.filter((t) => t.undated).length,
    },
    asOf: formatDate(model.asOf),
  };
}
