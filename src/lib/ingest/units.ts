import { unitSchema, type Unit } from '../schema/unit.ts';
import { makeDiagnostic, type Diagnostic } from './diagnostics/diagnostic.ts';
import { zodDiagnostics } from './diagnostics/zod.ts';
import { cellsOf, text, type Table } from './table.ts';

/** Reads the unit registry; checks codes are unique, parents exist, and slugs are unique among siblings. */
export function readUnits(
  table: Table,
  file: string,
): { units: Unit[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [...table.diagnostics];
  const units: Unit[] = [];
  const rowOf = new Map<string, number>();
  for (const { row, values } of table.rows) {
    const cells = cellsOf(table, values);
    const parent = text(cells.parent);
    const candidate = {
      code: text(cells.code),
      name: text(cells.name),
      level: text(cells.level),
      type: text(cells.type),
      parent: parent === '' ? undefined : parent,
      formerNames: text(cells.formerNames)
        .split('|')
        .map((s) => s.trim())
        .filter(Boolean),
      slug: text(cells.slug),
    };
    const parsed = unitSchema.safeParse(candidate);
    if (!parsed.success) {
      diagnostics.push(
        ...zodDiagnostics(parsed.error, { file, row }, (k) => table.headers[k] ?? k),
      );
      continue;
    }
    const previous = rowOf.get(parsed.data.code);
    if (previous !== undefined) {
      diagnostics.push(
        makeDiagnostic(
          'VALUE_INVALID',
          { file, row, column: table.headers.code ?? 'code' },
          {
            value: parsed.data.code,
            detail: `mã đã dùng ở dòng ${previous}`,
            detailEn: `code already used on row ${previous}`,
          },
        ),
      );
      continue;
    }
    rowOf.set(parsed.data.code, row);
    units.push(parsed.data);
  }
  const byCode = new Map(units.map((u) => [u.code, u]));
  const slugs = new Set<string>();
  for (const u of units) {
    const row = rowOf.get(u.code);
    if (u.parent && byCode.get(u.parent)?.level !== 'province')
      diagnostics.push(
        makeDiagnostic(
          'REFERENCE_UNKNOWN',
          { file, row, column: table.headers.parent ?? 'parent' },
          { value: u.parent, target: 'tỉnh', targetEn: 'province' },
        ),
      );
    const slugKey = `${u.parent ?? ''}/${u.slug}`;
    if (slugs.has(slugKey))
      diagnostics.push(
        makeDiagnostic(
          'VALUE_INVALID',
          { file, row, column: table.headers.slug ?? 'slug' },
          {
            value: u.slug,
            detail: 'đường dẫn trùng với đơn vị khác cùng cấp',
            detailEn: 'slug is used by a sibling unit',
          },
        ),
      );
    slugs.add(slugKey);
  }
  return { units, diagnostics };
}
