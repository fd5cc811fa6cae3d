import { progressOf } from '../model/progress.ts';
import type { Model } from '../model/types.ts';
import { pageFrame, type PageFrame } from './frame.ts';
import { paths, unitPath } from './paths.ts';

export interface UnitsIndexView {
  frame: PageFrame;
  provinces: {
    code: string;
    name: string;
    shortName: string;
    anchor: string;
    href: string;
    communes: { name: string; href: string; formerNames: string[] }[];
  }[];
}

/** Every unit, A–Z within its province: the no-JavaScript way to find a commune. */
export function unitsIndexView(model: Model): UnitsIndexView {
  return {
    frame: pageFrame(model.dataset, {
      title: 'Tỉnh, thành phố và xã, phường',
      description: 'Danh sách tất cả đơn vị hành chính theo tỉnh, kèm tên cũ trước sắp xếp.',
      path: paths.units,
    }),
    provinces: model.provinces.map((p) => ({
      code: p.code,
      name: p.name,
      shortName: p.name.replace(/^(Tỉnh|Thành phố) /, ''),
      anchor: p.slug,
      href: unitPath(p, model.units),
      communes: progressOf(model, p.code).communes.map((c) => ({
        name: c.name,
        href: unitPath(c, model.units),
        formerNames: c.formerNames,
      })),
    })),
  };
}
