import type { Unit } from '../schema/unit.ts';

/** Stable, readable ASCII URLs. A commune's path nests under its province's. */
export function unitPath(unit: Unit, units: ReadonlyMap<string, Unit>): string {
  if (!unit.parent) return `/don-vi/${unit.slug}/`;
  const province = units.get(unit.parent);
  return `/don-vi/${province?.slug ?? unit.parent}/${unit.slug}/`;
}

export const indicatorPath = (id: string): string => `/chi-tieu/${id}/`;
export const planPath = (id: string): string => `/ke-hoach/${id}/`;
