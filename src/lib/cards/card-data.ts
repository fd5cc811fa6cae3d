import { formatDate, formatNumber } from '../util/format.ts';
import { countStatuses, metShare, unitHeadline } from '../model/counts.ts';
import { indicatorProgress, progressOf } from '../model/progress.ts';
import type { Model, StatusCounts } from '../model/types.ts';
import { unitTypeLabel } from '../schema/unit.ts';
import { describeHeadline } from '../views/describe.ts';
import { indicatorPath, unitPath } from '../views/paths.ts';
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

/** One card per unit page and per indicator page. */
export function cardJobs(model: Model): CardJob[] {
  const common = {
    date: `Số liệu ngày ${formatDate(model.asOf)}`,
    site: new URL(model.dataset.siteUrl).host,
    sample: model.dataset.sample,
  };
  const jobs: CardJob[] = [];
  for (const view of model.progress.values()) {
    const { unit, province } = view;
    const headline = describeHeadline(unitHeadline(view));
    jobs.push({
      page: unitPath(unit, model.units),
      data: {
        ...common,
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
