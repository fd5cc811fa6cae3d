import type { BarListInput } from '../charts/bar-list.ts';
import type { TileMapInput } from '../charts/tile-map.ts';
import { countStatuses, metShare } from '../model/counts.ts';
import {
  indicatorProgress,
  latestPoint,
  planTargetEvaluation,
  progressOf,
} from '../model/progress.ts';
import type { RollupPoint } from '../model/rollup.ts';
import type { Status } from '../model/status.ts';
import type { IndicatorProgress, Model, StatusCounts } from '../model/types.ts';
import { pillarLabel } from '../schema/common.ts';
import type { Indicator } from '../schema/indicator.ts';
import type { Unit } from '../schema/unit.ts';
import { formatNumber } from '../util/format.ts';
import type { PageAnswer } from './answer.ts';
import { formatTarget, formatValue, latestOf } from './describe.ts';
import { embedFrame, embedHeight, pageFrame, type EmbedFrame, type PageFrame } from './frame.ts';
import { embedPath, indicatorPath, paths, planPath, unitPath } from './paths.ts';
import { countsLine, shareBin, statusLegend, statusStyle } from './status-style.ts';
import type { ShareLinks } from './unit.ts';

interface ProvinceProgress {
  province: Unit;
  progress: IndicatorProgress | undefined;
}

/** Each province's progress on an indicator (undefined where it does not apply). */
const provinceProgress = (model: Model, indicator: Indicator): ProvinceProgress[] =>
  model.provinces.map((province) => ({
    province,
    progress: indicatorProgress(progressOf(model, province.code), indicator.id),
  }));

/** A milestone each commune reports: the province shows the share of its communes done. */
const communeMilestone = (indicator: Indicator): boolean =>
  indicator.kind === 'milestone' && indicator.levels.includes('commune');

/** "62% số xã (8/13)": the share of a province's communes done, from the roll-up. */
function communesDone(point: RollupPoint): string {
  const done = Math.round((point.value * point.of) / 100);
  return `${formatNumber(point.value)}% số xã (${formatNumber(done)}/${formatNumber(point.of)})`;
}

/** Tile map of the provinces coloured by the indicator's current status. */
function statusMap(model: Model, indicator: Indicator): TileMapInput | undefined {
  const tiles: TileMapInput['tiles'] = {};
  const seen = new Set<Status>();
  for (const { province, progress } of provinceProgress(model, indicator)) {
    if (!progress) continue;
    const s = statusStyle[progress.headline.status];
    seen.add(progress.headline.status);
    const latest = latestOf(progress);
    tiles[province.code] = {
      fill: s.color,
      ink: s.ink,
      mark: s.symbol,
      title: `${province.name}: ${s.vi}${latest ? `, ${latest.text} (kỳ ${latest.period})` : ''}`,
      href: unitPath(province, model.units),
    };
  }
  if (seen.size === 0) return undefined;
  return {
    id: 'ind-map',
    title: `${indicator.short.vi}: trạng thái theo tỉnh`,
    description:
      'Mỗi ô là một tỉnh, thành phố; màu và ký hiệu cho biết trạng thái của giai đoạn hiện hành.',
    tiles,
    legend: { title: 'Trạng thái', items: statusLegend(seen) },
  };
}

interface Valued {
  province: Unit;
  progress: IndicatorProgress;
  value: number;
  text: string;
  color: string;
}

/**
 * Each province's latest figure: for a milestone of the communes, the share of communes done
 * (the province's own done / not done would read as "1 %"); a milestone of the province alone
 * has no figure to rank (its map says done or not).
 */
function provinceValues(model: Model, indicator: Indicator): Valued[] {
  if (indicator.kind === 'milestone' && !communeMilestone(indicator)) return [];
  return provinceProgress(model, indicator).flatMap(({ province, progress }) => {
    if (!progress) return [];
    if (communeMilestone(indicator)) {
      const last = progress.rollup.at(-1);
      if (!last) return [];
      const color = shareBin(last.value).color;
      return [{ province, progress, value: last.value, text: communesDone(last), color }];
    }
    const last = progress.basis !== 'derived' ? latestPoint(progress) : undefined;
    if (!last) return [];
    const s = statusStyle[progress.headline.status];
    const text = `${s.symbol} ${formatValue(indicator, last.value)}`;
    return [{ province, progress, value: last.value, text, color: s.color }];
  });
}

/** The provinces' latest values, highest first, with the national target marked. */
function distribution(model: Model, indicator: Indicator): BarListInput | undefined {
  const valued = provinceValues(model, indicator).sort((a, b) => b.value - a.value);
  if (valued.length < 2) return undefined;
  const share = communeMilestone(indicator);
  const target = indicator.targets.at(-1);
  const scaleTo = indicator.kind === 'percent' || share ? 100 : 1;
  return {
    id: 'dist',
    title: share
      ? `${indicator.short.vi}: tỷ lệ xã đã hoàn thành, theo tỉnh`
      : `${indicator.short.vi}: số mới nhất của các tỉnh`,
    description: `Từ cao xuống thấp; ${valued.length} tỉnh có số liệu.${share ? ' Xã chưa báo cáo được tính là chưa hoàn thành; màu theo bậc 10 điểm như bản đồ trang chủ.' : ' Màu và ký hiệu theo trạng thái.'}`,
    max: Math.max(...valued.map((v) => v.value), share ? 100 : (target?.value ?? 0), scaleTo),
    bars: valued.map((v) => ({
      label: v.province.name.replace(/^(Tỉnh|Thành phố) /, ''),
      value: v.value,
      text: v.text,
      color: v.color,
      href: unitPath(v.province, model.units),
    })),
    ...(share
      ? { reference: { value: 100, label: 'Mục tiêu: 100% số xã' } }
      : target
        ? {
            reference: {
              value: target.value,
              label: `Mục tiêu chung ${formatValue(indicator, target.value)}`,
            },
          }
        : {}),
  };
}

const LEVEL = { province: 'tỉnh', commune: 'xã' } as const;

/** "tỉnh, xã", or where only a plan makes a unit report it. */
function levelsText(indicator: Indicator): string {
  const routine = indicator.levels.map((l) => LEVEL[l]).join(', ');
  const planned = indicator.planLevels.map((l) => LEVEL[l]).join(', ');
  if (!planned) return routine;
  const when = `${planned} khi kế hoạch của đơn vị đặt mục tiêu`;
  return routine ? `${routine}; ${when}` : when;
}

/** A national default in words, with its phase, the levels it applies to and its source. */
function nationalTarget(indicator: Indicator, t: Indicator['targets'][number]): string {
  const levels = t.levels ? `; áp dụng cho cấp ${t.levels.map((l) => LEVEL[l]).join(', ')}` : '';
  const source = `; nguồn: ${t.source}`;
  return `${formatTarget(indicator, t.value, t.deadline)} (${t.phase}${levels}${source})`;
}

/** Every plan target for the indicator, with the status of its unit on that phase. */
function planTargets(model: Model, indicator: Indicator): IndicatorView['planTargets'] {
  return model.plans.flatMap((plan) => {
    const unit = plan.unit ? model.units.get(plan.unit) : undefined;
    if (!unit) return [];
    const progress = indicatorProgress(progressOf(model, unit.code), indicator.id);
    return plan.targets
      .filter((t) => t.indicator === indicator.id)
      .map((t) => {
        const status = planTargetEvaluation(progress, plan.id, t)?.status;
        return {
          unit: unit.name,
          href: unitPath(unit, model.units),
          target: formatTarget(indicator, t.value, t.deadline),
          appliesTo: t.appliesTo === 'communes' ? 'từng xã của tỉnh' : 'chính đơn vị',
          planNumber: plan.number,
          section: t.section,
          planHref: planPath(plan.id),
          ...(status && t.appliesTo === 'unit' ? { status } : {}),
        };
      });
  });
}

export interface IndicatorView {
  frame: PageFrame;
  id: string;
  name: string;
  nameEn: string;
  pillar: string;
  levels: string;
  share: ShareLinks;
  nationalTargets: string;
  /** Targets the plans set for this indicator, with where the unit stands now. */
  planTargets: {
    unit: string;
    href: string;
    target: string;
    appliesTo: string;
    planNumber: string;
    /** Where the plan sets it. */
    section: string;
    planHref: string;
    status?: Status;
  }[];
  answer: PageAnswer;
  /** Status counts of all communes, for indicators reported by communes. */
  communeCounts?: StatusCounts;
  map?: TileMapInput;
  distribution?: BarListInput;
  rows: {
    name: string;
    href: string;
    latest?: { text: string; period: string };
    /** Milestones of the communes: the share of the province's communes done. */
    communesDone?: string;
    status?: Status;
  }[];
}

const findIndicator = (model: Model, id: string): Indicator => {
  const indicator = model.indicators.find((i) => i.id === id);
  if (!indicator) throw new Error(`no indicator ${id} in the model`);
  return indicator;
};

function communeCounts(model: Model, indicator: Indicator): StatusCounts {
  const statuses: Status[] = [];
  for (const p of model.progress.values())
    if (p.unit.level === 'commune') {
      const progress = indicatorProgress(p, indicator.id);
      if (progress) statuses.push(progress.headline.status);
    }
  return countStatuses(statuses, (s) => s);
}

/** Provinces met out of those judged, and the provinces that missed, by name. */
function indicatorAnswer(model: Model, indicator: Indicator): PageAnswer {
  const cells = provinceProgress(model, indicator).filter((c) => c.progress);
  const counts = countStatuses(cells, (c) => c.progress!.headline.status);
  const { met, judged } = metShare(counts);
  const named = (statuses: readonly Status[]) =>
    cells
      .filter((c) => statuses.includes(c.progress!.headline.status))
      .map((c) => c.province.name.replace(/^(Tỉnh|Thành phố) /, ''));
  const missed = named(['missed']);
  const behind = named(['off-track', 'at-risk']);
  const list = (names: string[]) =>
    names.length <= 4 ? names.join(', ') : `${names.slice(0, 4).join(', ')}…`;
  const items = [
    ...(missed.length > 0
      ? [{ text: `Quá hạn, chưa đạt: ${missed.length} tỉnh (${list(missed)})`, alert: true }]
      : []),
    ...(behind.length > 0
      ? [{ text: `Chậm, có nguy cơ chậm: ${behind.length} tỉnh (${list(behind)})`, alert: true }]
      : []),
    { text: countsLine(counts), alert: false },
  ];
  return judged > 0
    ? {
        big: `${formatNumber(met)}/${formatNumber(judged)}`,
        label: 'tỉnh, thành phố đã đạt',
        items: items.map((i) => ({ ...i, href: '#tinh' })),
        allClear: '',
      }
    : {
        big: `${formatNumber(cells.filter((c) => c.progress!.basis !== 'none').length)}/${formatNumber(cells.length)}`,
        label: 'tỉnh, thành phố có số liệu (không đặt chỉ tiêu chung)',
        items: [],
        allClear: 'Chỉ tiêu này không có mục tiêu chung; xem số của từng tỉnh ở dưới.',
      };
}

function provinceRows(model: Model, indicator: Indicator): IndicatorView['rows'] {
  return provinceProgress(model, indicator).map(({ province, progress }) => {
    const latest = progress ? latestOf(progress) : undefined;
    // Shown beside the province's own done / not done; a roll-up is already the latest figure.
    const rolled =
      communeMilestone(indicator) && progress?.basis === 'own' ? progress.rollup.at(-1) : undefined;
    return {
      name: province.name,
      href: unitPath(province, model.units),
      ...(latest ? { latest: { text: latest.text, period: latest.period } } : {}),
      ...(rolled ? { communesDone: communesDone(rolled) } : {}),
      ...(progress ? { status: progress.headline.status } : {}),
    };
  });
}

export function indicatorView(model: Model, id: string): IndicatorView {
  const indicator = findIndicator(model, id);
  const page = indicatorPath(id);
  const map = statusMap(model, indicator);
  const chart = distribution(model, indicator);
  const embed = indicatorEmbedView(model, id);
  const text = { title: embed.frame.title, summary: embed.summary };
  const height = chart ? embedHeight({ chart, text }) : embedHeight({ map: !!map, text });
  return {
    frame: pageFrame(model.dataset, {
      title: indicator.name.vi,
      description: `${indicator.name.vi}: mục tiêu, thời hạn và tiến độ của từng tỉnh, thành phố.`,
      path: page,
      crumbs: [{ href: paths.indicators, label: 'Chỉ tiêu' }],
      card: true,
      cite: { publication: model.publication?.entry.id },
    }),
    id,
    name: indicator.name.vi,
    nameEn: indicator.name.en,
    pillar: pillarLabel[indicator.pillar].vi,
    levels: levelsText(indicator),
    share: {
      page,
      title: indicator.name.vi,
      embed: { path: embedPath(page), height },
    },
    nationalTargets:
      indicator.targets.length > 0
        ? indicator.targets.map((t) => nationalTarget(indicator, t)).join('; ')
        : 'không có: không kế hoạch nào ghi con số này là của Kế hoạch 02; mục tiêu do kế hoạch của từng đơn vị đặt, và đơn vị không có mục tiêu thì chỉ hiện số liệu, không có trạng thái.',
    planTargets: planTargets(model, indicator),
    answer: indicatorAnswer(model, indicator),
    ...(indicator.levels.includes('commune')
      ? { communeCounts: communeCounts(model, indicator) }
      : {}),
    ...(map ? { map } : {}),
    ...(chart ? { distribution: chart } : {}),
    rows: provinceRows(model, indicator),
  };
}

export interface IndicatorEmbedView {
  frame: EmbedFrame;
  /** What the chart shows in one line: provinces by status. */
  summary: string;
  chart?: { kind: 'bars'; input: BarListInput } | { kind: 'map'; input: TileMapInput };
}

/** Chart-only page for iframes: where the provinces stand on one indicator. */
export function indicatorEmbedView(model: Model, id: string): IndicatorEmbedView {
  const indicator = findIndicator(model, id);
  const bars = distribution(model, indicator);
  const map = bars ? undefined : statusMap(model, indicator);
  const cells = provinceProgress(model, indicator).filter((c) => c.progress);
  const counts = countStatuses(cells, (c) => c.progress!.headline.status);
  return {
    frame: embedFrame(model.dataset, indicator.name.vi, indicatorPath(id)),
    summary: `${formatNumber(cells.length)} tỉnh, thành phố: ${countsLine(counts)}.`,
    ...(bars
      ? { chart: { kind: 'bars', input: bars } }
      : map
        ? { chart: { kind: 'map', input: map } }
        : {}),
  };
}
