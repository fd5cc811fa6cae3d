import { formatDate, formatNumber } from '../util/format.ts';
import { countStatuses, metShare, unitHeadline } from '../model/counts.ts';
import { indicatorProgress, progressOf } from '../model/progress.ts';
import type { Model, StatusCounts } from '../model/types.ts';
import { unitTypeLabel } from '../schema/unit.ts';
import { isOverdue } from '../model/tasks.ts';
import { lastReported } from '../views/answer.ts';
import { describeHeadline } from '../views/describe.ts';
import { indicatorPath, paths, planPath, unitPath } from '../views/paths.ts';
import { statusOrder, statusStyle } from '../views/status-style.ts';

/** Everything a share card shows; its hash names the cached PNG. */
export interface CardData {
  title: string;
  subtitle: string;
  big: string;
  bigLabel: string;
  segments: { color: string; count: number; label: string }[];
  date: string;
  site: string;
  sample: boolean;
}

export interface CardJob {
  /** Page the card belongs to, e.g. "/don-vi/quang-ninh/". */
  page: string;
  data: CardData;
}

function segments(counts: StatusCounts): CardData['segments'] {
  return statusOrder
    .filter((s) => s !== 'no-target' && counts[s] > 0)
    .map((s) => ({ color: statusStyle[s].color, count: counts[s], label: statusStyle[s].vi }));
}

type Common = Pick<CardData, 'date' | 'site' | 'sample'>;

/** The home page's card (the fallback of pages without their own) and one per plan. */
function homeAndPlanCards(model: Model, common: Common): CardJob[] {
  const nation = describeHeadline({ ...metShare(model.totals.counts) });
  const communes = model.units.size - model.provinces.length;
  const jobs: CardJob[] = [
    {
      page: paths.home,
      data: {
        ...common,
        title: 'Tiến độ chuyển đổi số cả nước',
        subtitle: `${formatNumber(model.provinces.length)} tỉnh, thành phố và ${formatNumber(communes)} xã, phường, đặc khu`,
        big: nation.big,
        bigLabel: nation.label,
        segments: segments(model.totals.counts),
      },
    },
  ];
  for (const plan of model.plans) {
    // The issuing unit's headline figure, as its page and the plan page show it.
    const unit = plan.unit ? model.progress.get(plan.unit) : undefined;
    const counts = unit?.counts ?? model.totals.counts;
    const headline = unit ? describeHeadline(unitHeadline(unit)) : nation;
    const tasks = model.tasks.filter((task) => task.plan === plan.id);
    const overdue = tasks.filter((task) => isOverdue(task, model.asOf)).length;
    jobs.push({
      page: planPath(plan.id),
      data: {
        ...common,
        title: `Kế hoạch ${plan.number}`,
        subtitle:
          tasks.length > 0
            ? `${plan.issuer} · ${formatNumber(tasks.length)} nhiệm vụ, ${formatNumber(overdue)} quá hạn`
            : plan.issuer,
        big: headline.big,
        bigLabel: headline.label,
        segments: segments(counts),
      },
    });
  }
  return jobs;
}

/** One card per unit, indicator and plan page, and the home page's. */
export function cardJobs(model: Model): CardJob[] {
  const url = new URL(model.dataset.siteUrl);
  const common: Common = {
    date: `Số liệu ngày ${formatDate(model.asOf)}`,
    // The address people type: host and path ("owner.github.io/minh-bach" on a project site).
    site: `${url.host}${url.pathname}`.replace(/\/$/, ''),
    sample: model.dataset.sample,
  };
  const jobs: CardJob[] = homeAndPlanCards(model, common);
  for (const view of model.progress.values()) {
    const { unit, province } = view;
    const headline = describeHeadline(unitHeadline(view));
    const last = lastReported(view);
    jobs.push({
      page: unitPath(unit, model.units),
      data: {
        ...common,
        // As of when: the data's date and the last month the unit reported.
        date: `${common.date} · ${last ? `báo cáo gần nhất: tháng ${last.period} (gửi ${last.sent})` : 'chưa gửi báo cáo nào'}`,
        title: unit.name,
        subtitle: province
          ? `${unitTypeLabel[unit.type].vi} thuộc ${province.name}`
          : `${formatNumber(view.communes.length)} đơn vị cấp xã`,
        big: headline.big,
        bigLabel: headline.label,
        segments: segments(view.counts),
      },
    });
  }
  for (const indicator of model.indicators) {
    const cells = model.provinces.flatMap(
      (p) => indicatorProgress(progressOf(model, p.code), indicator.id) ?? [],
    );
    const counts = countStatuses(cells, (c) => c.headline.status);
    const { met, judged } = metShare(counts);
    const reporting = cells.filter((c) => c.basis !== 'none').length;
    // Without any target there is nothing to meet: say how many provinces report it instead.
    const headline =
      judged > 0
        ? {
            big: `${formatNumber(met)}/${formatNumber(judged)}`,
            bigLabel: 'tỉnh, thành phố đã đạt',
          }
        : {
            big: `${formatNumber(reporting)}/${formatNumber(cells.length)}`,
            bigLabel: 'tỉnh, thành phố có số liệu (không đặt chỉ tiêu)',
          };
    jobs.push({
      page: indicatorPath(indicator.id),
      data: {
        ...common,
        title: indicator.short.vi,
        subtitle: indicator.name.vi,
        ...headline,
        segments: segments(counts),
      },
    });
  }
  return jobs;
}
