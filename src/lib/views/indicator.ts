import type { BarListInput } from '../charts/bar-list.ts';
import type { TileMapInput } from '../charts/tile-map.ts';
import { countStatuses } from '../model/counts.ts';
import { indicatorProgress, latestPoint, progressOf } from '../model/progress.ts';
import type { Status } from '../model/status.ts';
import type { IndicatorProgress, Model, StatusCounts } from '../model/types.ts';
import { pillarLabel } from '../schema/common.ts';
import type { Indicator } from '../schema/indicator.ts';
import type { Unit } from '../schema/unit.ts';
import { formatNumber } from '../util/format.ts';
import { formatTarget, formatValue, latestOf } from './describe.ts';
import { embedFrame, pageFrame, type EmbedFrame, type PageFrame } from './frame.ts';
import { embedPath, indicatorPath, paths, unitPath, indicatorCsvPath } from './paths.ts';
import { statusStyle } from './status-style.ts';
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

/** Tile map of the provinces coloured by the indicator's current status. */
function statusMap(model: Model, indicator: Indicator): TileMapInput | undefined {
  const tiles: TileMapInput['tiles'] = {};
  for (const { province, progress } of provinceProgress(model, indicator)) {
    if (!progress) continue;
    const s = statusStyle[progress.headline.status];
    const latest = latestOf(progress);
    tiles[province.code] = {
      fill: s.color,
      mark: s.symbol,
      title: `${province.name}: ${s.vi}${latest ? `, ${latest.text} (kỳ ${latest.period})` : ''}`,
      href: unitPath(province, model.units),
    };
  }
  if (Object.keys(tiles).length === 0) return undefined;
  return {
    id: 'ind-map',
    title: `${indicator.short.vi}: trạng thái theo tỉnh`,
    description:
      'Mỗi ô là một tỉnh, thành phố; màu và ký hiệu cho biết trạng thái của giai đoạn hiện hành.',
    tiles,
  };
}

/** The provinces' latest values, highest first, coloured by status, with the national target line. */
function distribution(model: Model, indicator: Indicator): BarListInput | undefined {
  const valued = provinceProgress(model, indicator)
    .flatMap(({ province, progress }) => {
      const last = progress && progress.basis !== 'derived' ? latestPoint(progress) : undefined;
      return last && progress ? [{ province, progress, value: last.value }] : [];
    })
    .sort((a, b) => b.value - a.value);
  if (valued.length < 2) return undefined;
  const milestone = indicator.kind === 'milestone';
  const target = indicator.targets.at(-1);
  const scaleTo = indicator.kind === 'percent' || milestone ? 100 : 1;
  return {
    id: 'dist',
    title: `${indicator.short.vi}: số mới nhất của các tỉnh`,
    description: `Từ cao xuống thấp; ${valued.length} tỉnh có số liệu.`,
    max: Math.max(...valued.map((v) => v.value), target?.value ?? 0, scaleTo),
    bars: valued.map((v) => ({
      label: v.province.name.replace(/^(Tỉnh|Thành phố) /, ''),
      value: v.value,
      text: milestone ? `${formatNumber(v.value)}% số xã` : formatValue(indicator, v.value),
      color: statusStyle[v.progress.headline.status].color,
      href: unitPath(v.province, model.units),
    })),
    ...(target && !milestone
      ? {
          reference: {
            value: target.value,
            label: `Mục tiêu chung ${formatValue(indicator, target.value)}`,
          },
        }
      : {}),
  };
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
  /** Status counts of all communes, for indicators reported by communes. */
  communeCounts?: StatusCounts;
  map?: TileMapInput;
  distribution?: BarListInput;
  rows: {
    name: string;
    href: string;
    latest?: { text: string; period: string };
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

export function indicatorView(model: Model, id: string): IndicatorView {
  const indicator = findIndicator(model, id);
  const page = indicatorPath(id);
  const map = statusMap(model, indicator);
  const chart = distribution(model, indicator);
  return {
    frame: pageFrame(model.dataset, {
      title: indicator.name.vi,
      description: `${indicator.name.vi}: mục tiêu, thời hạn và tiến độ của từng tỉnh, thành phố.`,
      path: page,
      crumbs: [{ href: paths.indicators, label: 'Chỉ tiêu' }],
      card: true,
    }),
    id,
    name: indicator.name.vi,
    nameEn: indicator.name.en,
    pillar: pillarLabel[indicator.pillar].vi,
    levels: indicator.levels.map((l) => (l === 'province' ? 'tỉnh' : 'xã')).join(', '),
    share: {
      page,
      title: indicator.name.vi,
      embed: embedPath(page),
      csv: indicatorCsvPath(indicator.id),
    },
    nationalTargets:
      indicator.targets.length > 0
        ? indicator.targets
            .map((t) => `${formatTarget(indicator, t.value, t.deadline)} (${t.phase})`)
            .join('; ')
        : 'không có; mục tiêu do kế hoạch của từng đơn vị đặt.',
    ...(indicator.levels.includes('commune')
      ? { communeCounts: communeCounts(model, indicator) }
      : {}),
    ...(map ? { map } : {}),
    ...(chart ? { distribution: chart } : {}),
    rows: provinceProgress(model, indicator).map(({ province, progress }) => {
      const latest = progress ? latestOf(progress) : undefined;
      return {
        name: province.name,
        href: unitPath(province, model.units),
        ...(latest ? { latest: { text: latest.text, period: latest.period } } : {}),
        ...(progress ? { status: progress.headline.status } : {}),
      };
    }),
  };
}

export interface IndicatorEmbedView {
  frame: EmbedFrame;
  chart?: { kind: 'bars'; input: BarListInput } | { kind: 'map'; input: TileMapInput };
}

/** Chart-only page for iframes: where the provinces stand on one indicator. */
export function indicatorEmbedView(model: Model, id: string): IndicatorEmbedView {
  const indicator = findIndicator(model, id);
  const bars = distribution(model, indicator);
  const map = bars ? undefined : statusMap(model, indicator);
  return {
    frame: embedFrame(model.dataset, indicator.name.vi, indicatorPath(id)),
    ...(bars
      ? { chart: { kind: 'bars', input: bars } }
      : map
        ? { chart: { kind: 'map', input: map } }
        : {}),
  };
}
