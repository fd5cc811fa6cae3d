import { barList } from '../charts/bar-list.ts';
import { tileMap } from '../charts/tile-map.ts';
import { formatNumber } from '../util/format.ts';
import type { Cell, Model } from '../model/model.ts';
import type { Indicator } from '../schema/indicator.ts';
import { formatValue, latestOf } from './describe.ts';
import { unitPath } from './paths.ts';
import { statusStyle } from './status-style.ts';

/** Each province's cell for an indicator (undefined where it does not apply). */
export const provinceCells = (
  model: Model,
  indicator: Indicator,
): { code: string; name: string; cell: Cell | undefined }[] =>
  model.provinces.map((p) => ({
    code: p.code,
    name: p.name,
    cell: model.views.get(p.code)!.cells.find((c) => c.indicator.id === indicator.id),
  }));

/** Tile map of the provinces coloured by the indicator's current status. */
export function statusMap(model: Model, indicator: Indicator): string {
  const tiles = new Map(
    provinceCells(model, indicator).flatMap(({ code, name, cell }) => {
      if (!cell) return [];
      const s = statusStyle[cell.headline.status];
      const latest = latestOf(cell);
      return [
        [
          code,
          {
            fill: s.color,
            mark: s.symbol,
            title: `${name}: ${s.vi}${latest ? `, ${latest.text} (kỳ ${latest.period})` : ''}`,
            href: unitPath(model.units.get(code)!, model.units),
          },
        ] as const,
      ];
    }),
  );
  return tiles.size > 0
    ? tileMap(
        'ind-map',
        `${indicator.short.vi}: trạng thái theo tỉnh`,
        'Mỗi ô là một tỉnh, thành phố; màu và ký hiệu cho biết trạng thái của giai đoạn hiện hành.',
        tiles,
      )
    : '';
}

/** The provinces' latest values, highest first, coloured by status, with the national target line. */
export function distribution(model: Model, indicator: Indicator): string {
  const valued = provinceCells(model, indicator)
    .flatMap(({ code, name, cell }) => {
      const series = cell?.basis === 'own' ? cell.own : cell?.basis === 'rollup' ? cell.rollup : [];
      const last = series[series.length - 1];
      return last && cell ? [{ code, name, cell, value: last.value }] : [];
    })
    .sort((a, b) => b.value - a.value);
  if (valued.length < 2) return '';
  const milestone = indicator.kind === 'milestone';
  const target = indicator.targets.at(-1);
  const max = Math.max(
    ...valued.map((v) => v.value),
    target?.value ?? 0,
    indicator.kind === 'percent' || milestone ? 100 : 1,
  );
  return barList({
    id: 'dist',
    title: `${indicator.short.vi}: số mới nhất của các tỉnh`,
    description: `Từ cao xuống thấp; ${valued.length} tỉnh có số liệu.`,
    max,
    bars: valued.map((v) => ({
      label: v.name.replace(/^(Tỉnh|Thành phố) /, ''),
      value: v.value,
      text: milestone ? `${formatNumber(v.value)}% số xã` : formatValue(indicator, v.value),
      color: statusStyle[v.cell.headline.status].color,
      href: unitPath(model.units.get(v.code)!, model.units),
    })),
    ...(target && !milestone
      ? {
          reference: {
            value: target.value,
            label: `Mục tiêu chung ${formatValue(indicator, target.value)}`,
          },
        }
      : {}),
  });
}
