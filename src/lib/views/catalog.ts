import type { Model } from '../model/types.ts';
import { pillarLabel, pillars } from '../schema/common.ts';
import { formatTarget } from './describe.ts';
import { pageFrame, type PageFrame } from './frame.ts';
import { indicatorPath, paths } from './paths.ts';

export interface CatalogView {
  frame: PageFrame;
  pillars: {
    name: string;
    nameEn: string;
    indicators: { name: string; nameEn: string; href: string; targets: string }[];
  }[];
}

/** The indicator catalog by pillar, with the national targets of each. */
export function catalogView(model: Model): CatalogView {
  return {
    frame: pageFrame(model.dataset, {
      title: 'Danh mục chỉ tiêu',
      description:
        'Các chỉ tiêu định lượng của Kế hoạch 02-KH/BCĐTW và kế hoạch của các địa phương, với mục tiêu và thời hạn.',
      path: paths.indicators,
    }),
    pillars: pillars.flatMap((pillar) => {
      const list = model.indicators.filter((i) => i.pillar === pillar);
      if (list.length === 0) return [];
      return [
        {
          name: pillarLabel[pillar].vi,
          nameEn: pillarLabel[pillar].en,
          indicators: list.map((i) => ({
            name: i.name.vi,
            nameEn: i.name.en,
            href: indicatorPath(i.id),
            targets:
              i.targets.length > 0
                ? i.targets
                    .map(
                      (t) =>
                        `${formatTarget(i, t.value, t.deadline)}${t.levels ? ` (cấp ${t.levels.map((l) => (l === 'province' ? 'tỉnh' : 'xã')).join(', ')})` : ''}`,
                    )
                    .join('; ')
                : 'Mục tiêu do kế hoạch của từng đơn vị đặt',
          })),
        },
      ];
    }),
  };
}
