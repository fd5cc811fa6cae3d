import type { TileMapInput } from '../charts/tile-map.ts';
import {
  behindCount,
  groupHeadline,
  HEADLINE_MEANS,
  metCount,
  metShare,
  sumCounts,
  unitHeadline,
} from '../model/counts.ts';
import { provinceAndCommunes } from '../model/progress.ts';
import { latestMonthTally } from '../model/supervision.ts';
import type { Model, StatusCounts } from '../model/types.ts';
import { formatDate, formatNumber, formatPeriod } from '../util/format.ts';
import { describeCommunes, describeHeadline } from './describe.ts';
import { pageFrame, type PageFrame } from './frame.ts';
import { paths, unitPath } from './paths.ts';
import { NO_DATA_BIN, SHARE_BINS, SHARE_BINS_NOTE, shareBin } from './status-style.ts';

export interface ProvinceRow {
  name: string;
  href: string;
  communes: number;
  missed: number;
  behind: number;
  met: number;
  /** Communes that never reported. */
  silent: number;
}

export interface HomeView {
  frame: PageFrame;
  provinces: number;
  communes: number;
  asOf: string;
  kpis: {
    metShare: number;
    met: number;
    judged: number;
    missed: number;
    unitsMissing: number;
    behind: number;
    reportedLastMonth: number;
    units: number;
    /** The latest month whose report was due, mm/yyyy. */
    lastMonth: string;
  };
  counts: StatusCounts;
  map: TileMapInput;
  /** What the map's classes mean, in words. */
  mapNote: string;
  /** The eight provinces with the most missed targets. */
  attention: ProvinceRow[];
  rows: ProvinceRow[];
}

function provinceRows(model: Model): { rows: ProvinceRow[]; map: TileMapInput } {
  const rows: ProvinceRow[] = [];
  const tiles: TileMapInput['tiles'] = {};
  for (const p of model.provinces) {
    const [province, ...communes] = provinceAndCommunes(model, p.code);
    const counts = sumCounts([province!, ...communes].map((x) => x.counts));
    const href = unitPath(p, model.units);
    rows.push({
      name: p.name,
      href,
      communes: communes.length,
      missed: counts.missed,
      behind: behindCount(counts),
      met: metCount(counts),
      silent: communes.filter((x) => !x.lastReport).length,
    });
    // The province's own headline figure: the one its page, card and embed show; its
    // communes' figure is said beside it, as on the province's page.
    const headline = describeHeadline(unitHeadline(province!));
    const beside = describeCommunes(groupHeadline(communes), communes.length);
    const bin = headline.share === undefined ? NO_DATA_BIN : shareBin(headline.share);
    tiles[p.code] = {
      fill: bin.color,
      ink: bin.ink,
      mark: headline.big,
      title: `${p.name}: ${headline.share === undefined ? headline.label : `${headline.big} ${headline.label}`} của chính tỉnh; ${beside}`,
      href,
    };
  }
  const map = {
    id: 'home-map',
    title: 'Tỷ lệ chỉ tiêu của chính tỉnh đã đạt',
    description: `Mỗi ô là một tỉnh, thành phố, đặt gần đúng vị trí địa lý; màu và con số là ${HEADLINE_MEANS}, tính cho chính tỉnh (kể cả chỉ tiêu tính từ số liệu các xã, không gồm chỉ tiêu riêng của từng xã), đúng con số trên trang và thẻ chia sẻ của tỉnh; con số của các xã nằm trong chú thích của mỗi ô và trên trang tỉnh.`,
    tiles,
    legend: {
      title: 'Tỷ lệ chỉ tiêu của chính tỉnh đã đạt',
      items: [...SHARE_BINS, NO_DATA_BIN].map((b) => ({
        color: b.color,
        ink: b.ink,
        mark: '',
        label: b.label,
      })),
    },
  };
  return { rows, map };
}

export function homeView(model: Model): HomeView {
  const c = model.totals.counts;
  const { met, judged, share } = metShare(c);
  const all = [...model.progress.values()];
  const tally = latestMonthTally(all);
  const communes = model.units.size - model.provinces.length;
  const { rows, map } = provinceRows(model);
  return {
    frame: pageFrame(model.dataset, {
      title: 'Tiến độ chuyển đổi số cả nước',
      description: `Tiến độ thực hiện Kế hoạch 02-KH/BCĐTW của ${model.provinces.length} tỉnh, thành phố và ${formatNumber(communes)} xã, phường, đặc khu; số liệu ngày ${formatDate(model.asOf)}.`,
      path: paths.home,
      card: true,
    }),
    provinces: model.provinces.length,
    communes,
    asOf: formatDate(model.asOf),
    kpis: {
      metShare: share,
      met,
      judged,
      missed: c.missed,
      unitsMissing: all.filter((v) => v.counts.missed > 0).length,
      behind: behindCount(c),
      reportedLastMonth: tally?.received ?? 0,
      units: tally?.units ?? 0,
      lastMonth: formatPeriod(tally?.period ?? model.asOf.slice(0, 7)),
    },
    counts: c,
    map,
    mapNote: SHARE_BINS_NOTE,
    attention: [...rows].sort((a, b) => b.missed - a.missed).slice(0, 8),
    rows,
  };
}
