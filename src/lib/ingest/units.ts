import { unitSchema, type Unit } from '../schema/unit.ts';
import { append } from '../util/append.ts';
import { limits } from './limits.ts';
import { looksSuspicious } from './numbers.ts';
import { makeDiagnostic, type Diagnostic, type Location } from './diagnostics/diagnostic.ts';
import { zodDiagnostics } from './diagnostics/zod.ts';
import { cellsOf, text, type Cell, type Table } from './table.ts';

const list = (cell: Cell | undefined): string[] =>
  text(cell)
    .split('|')
    .map((s) => s.trim())
    .filter(Boolean);

const OPTIONAL_LISTS = [
  'partialFormerNames',
  'formerDistricts',
  'formerProvinces',
  'formerCodes',
  'aliases',
  'formerSlugs',
] as const;

/** One registry row as a unit candidate: lists split on "|"; empty optional lists left out. */
function candidate(cells: Record<string, Cell>) {
  const parent = text(cells.parent);
  const optional: Record<string, string[]> = {};
  for (const key of OPTIONAL_LISTS) {
    const values = list(cells[key]);
    if (values.length > 0) optional[key] = values;
  }
  return {
    code: text(cells.code),
    name: text(cells.name),
    level: text(cells.level),
    type: text(cells.type),
    parent: parent === '' ? undefined : parent,
    formerNames: list(cells.formerNames),
    ...optional,
    slug: text(cells.slug),
  };
}

/** Parents must be provinces, and slugs unique among siblings (they are URL segments). */
function checkTree(
  units: readonly Unit[],
  rowOf: ReadonlyMap<string, number>,
  column: (key: string) => Location,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const byCode = new Map(units.map((u) => [u.code, u]));
  const slugs = new Set<string>();
  for (const u of units) {
    const row = rowOf.get(u.code);
    if (u.parent && byCode.get(u.parent)?.level !== 'province')
      diagnostics.push(
        makeDiagnostic(
          'REFERENCE_UNKNOWN',
          { ...column('parent'), row },
          { value: u.parent, target: 'tỉnh', targetEn: 'province' },
        ),
      );
    const slugKey = `${u.parent ?? ''}/${u.slug}`;
    if (slugs.has(slugKey))
      diagnostics.push(
        makeDiagnostic(
          'VALUE_INVALID',
          { ...column('slug'), row },
          {
            value: u.slug,
            detail: 'đường dẫn trùng với đơn vị khác cùng cấp',
            detailEn: 'slug is used by a sibling unit',
          },
        ),
      );
    slugs.add(slugKey);
  }
  return diagnostics;
}

/**
 * A warning for a name (or former name) longer than any real one (likely pasted by mistake), or
 * that looks like a spreadsheet formula or markup.
 */
function nameWarnings(unit: Unit, at: Location, formerAt: Location): Diagnostic[] {
  const named = [
    { name: unit.name, at },
    ...unit.formerNames.map((name) => ({ name, at: { ...formerAt, row: at.row } })),
  ];
  const suspicious = named
    .filter(({ name }) => looksSuspicious(name))
    .map(({ at: where }) => makeDiagnostic('TEXT_SUSPICIOUS', { ...where, unit: unit.code }));
  return named
    .filter(({ name }) => [...name].length > limits.nameChars)
    .map(({ name, at: where }) =>
      makeDiagnostic(
        'NAME_TOO_LONG',
        { ...where, unit: unit.code },
        { value: name, length: [...name].length, limit: limits.nameChars },
      ),
    )
    .concat(suspicious);
}

/** Reads the unit registry; checks codes are unique, parents exist, and slugs are unique among siblings. */
export function readUnits(
  table: Table,
  file: string,
): { units: Unit[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [...table.diagnostics];
  const units: Unit[] = [];
  const rowOf = new Map<string, number>();
  const column = (key: string): Location => ({ file, column: table.headers[key] ?? key });
  for (const { row, values } of table.rows) {
    const parsed = unitSchema.safeParse(candidate(cellsOf(table, values)));
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
          { ...column('code'), row },
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
    append(
      diagnostics,
      nameWarnings(parsed.data, { ...column('name'), row }, column('formerNames')),
    );
  }
  append(diagnostics, checkTree(units, rowOf, column));
  return { units, diagnostics };
}
