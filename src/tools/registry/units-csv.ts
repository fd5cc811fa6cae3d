import Papa from 'papaparse';
import type { Unit } from '../../lib/schema/unit.ts';
import { unitColumns } from '../../lib/schema/unit.ts';

/** Writes the unit registry as `data/units.csv`, with the Vietnamese headers of the format. */
export function unitsToCsv(units: readonly Unit[]): string {
  return `${Papa.unparse({
    fields: unitColumns.map((c) => c.vi),
    data: units.map((u) => [
      u.code,
      u.name,
      u.level,
      u.type,
      u.parent ?? '',
      u.formerNames.join('|'),
      u.slug,
    ]),
  })}\n`;
}
