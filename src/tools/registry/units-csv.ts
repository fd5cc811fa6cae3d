import Papa from 'papaparse';
import type { Unit } from '../../lib/schema/unit.ts';
import { unitColumns } from '../../lib/schema/unit.ts';

/** A unit's cell for a column: lists joined with "|", absent values empty. */
function cellOf(unit: Unit, key: string): string {
  const value = unit[key as keyof Unit];
  return Array.isArray(value) ? value.join('|') : (value ?? '');
}

/**
 * Writes the unit registry (`units.csv`) with the Vietnamese headers of the format. The optional
 * columns (former districts, provinces, codes, other spellings) are written only when a unit has
 * them, so a sample registry stays as small as before.
 */
export function unitsToCsv(units: readonly Unit[]): string {
  const used = unitColumns.filter(
    (c) =>
      c.required ||
      c.key === 'parent' ||
      c.key === 'formerNames' ||
      units.some((u) => u[c.key as keyof Unit]),
  );
  return `${Papa.unparse({
    fields: used.map((c) => c.vi),
    data: units.map((u) => used.map((c) => cellOf(u, c.key))),
  })}\n`;
}
