import Papa from 'papaparse';
import type { Unit, UnitType } from '../../lib/schema/unit.ts';
import { makeDiagnostic, type Diagnostic } from '../../lib/ingest/diagnostics/diagnostic.ts';
import { clean, fold, slugify } from '../../lib/util/text.ts';

/**
 * Reads the statistics office's new↔old conversion table of commune-level units (two header
 * rows; province title rows in capitals between blocks; one row per old→new pair) into the
 * unit registry: 34 provinces and their communes with official codes, types, parents and the
 * names of the former units merged into each.
 */
const TYPE_BY_PREFIX: [string, UnitType][] = [
  ['Xã ', 'xa'],
  ['Phường ', 'phuong'],
  ['Đặc khu ', 'dac-khu'],
];

function withCode(text: string): { name: string; code: string } | null {
  const match = /^(.*?)\s*\((\d{2,5})\)\s*$/.exec(clean(text));
  return match ? { name: match[1]!, code: match[2]! } : null;
}

type Commune = Unit & { row: number };

interface Parsing {
  file: string;
  diagnostics: Diagnostic[];
  provinces: Map<string, Unit>;
  communes: Map<string, Commune>;
}

/** The province of a row, from "Tỉnh Quảng Ninh (22)"; registered on first sight. */
function provinceOf(cell: string, row: number, p: Parsing): Unit | undefined {
  const province = withCode(cell);
  if (!province) {
    p.diagnostics.push(
      makeDiagnostic(
        'VALUE_INVALID',
        { file: p.file, row, column: 'Tỉnh, thành phố' },
        { value: cell, detail: 'thiếu mã tỉnh trong ngoặc', detailEn: 'missing "(code)"' },
      ),
    );
    return undefined;
  }
  const known = p.provinces.get(province.code);
  if (known) return known;
  const full = /^(Tỉnh|Thành phố) /.test(province.name) ? province.name : `Tỉnh ${province.name}`;
  const unit: Unit = {
    code: province.code,
    name: full,
    level: 'province',
    type: province.name.startsWith('Thành phố') ? 'thanh-pho' : 'tinh',
    formerNames: [],
    slug: slugify(full.replace(/^(Tỉnh|Thành phố) /, '')),
  };
  p.provinces.set(province.code, unit);
  return unit;
}

/**
 * The type of a commune from its name's first word. The official table has a few names whose
 * type lost its diacritics ("Xa Ea Kly"): the code is authoritative, so the type is restored,
 * and said so.
 */
function communeType(
  name: string,
  code: string,
  row: number,
  p: Parsing,
): { type: UnitType; name: string } | undefined {
  const exact = TYPE_BY_PREFIX.find(([prefix]) => name.startsWith(prefix));
  if (exact) return { type: exact[1], name };
  const match = TYPE_BY_PREFIX.find(([prefix]) => fold(name).startsWith(`${fold(prefix)} `));
  const where = { file: p.file, row, column: 'Tên Xã mới' };
  if (!match) {
    p.diagnostics.push(
      makeDiagnostic('VALUE_INVALID', where, {
        value: name,
        detail: 'tên phải bắt đầu bằng Xã, Phường hoặc Đặc khu',
        detailEn: 'name must start with Xã, Phường or Đặc khu',
      }),
    );
    return undefined;
  }
  const corrected = match[0] + name.slice(match[0].length);
  if (!p.communes.has(code))
    p.diagnostics.push(makeDiagnostic('NAME_CORRECTED', where, { value: name, corrected }));
  return { type: match[1], name: corrected };
}

/** One old→new row: the new commune (registered on first sight) gains the old unit's name. */
function readRow(cells: string[], row: number, p: Parsing): void {
  const [provinceCell = '', rawName = '', code = '', oldName = ''] = cells.map((c) =>
    clean(c ?? ''),
  );
  if (!/^\d{5}$/.test(code)) return; // header rows and province title rows
  const province = provinceOf(provinceCell, row, p);
  const typed = province && communeType(rawName, code, row, p);
  if (!province || !typed) return;
  let unit = p.communes.get(code);
  if (!unit) {
    unit = {
      code,
      ...typed,
      level: 'commune',
      parent: province.code,
      formerNames: [],
      slug: '',
      row,
    };
    p.communes.set(code, unit);
  } else if (unit.parent !== province.code) {
    p.diagnostics.push(
      makeDiagnostic(
        'VALUE_INVALID',
        { file: p.file, row, column: 'Mã Xã mới' },
        {
          value: code,
          detail: `mã đã thuộc tỉnh ${unit.parent} ở dòng ${unit.row}`,
          detailEn: `code already under province ${unit.parent} (row ${unit.row})`,
        },
      ),
    );
    return;
  }
  const folded = fold(oldName);
  if (oldName && folded !== fold(typed.name) && !unit.formerNames.some((n) => fold(n) === folded))
    unit.formerNames.push(oldName);
}

export function parseConversionTable(
  text: string,
  file: string,
): { units: Unit[]; diagnostics: Diagnostic[] } {
  const rows = Papa.parse<string[]>(text.normalize('NFC').replace(/^\ufeff/, ''), {
    skipEmptyLines: 'greedy',
  }).data;
  const p: Parsing = { file, diagnostics: [], provinces: new Map(), communes: new Map() };
  rows.forEach((cells, i) => readRow(cells, i + 1, p));
  // Slugs: the folded name, unique among the communes of a province (code appended on a clash).
  const taken = new Set<string>();
  const out: Unit[] = [...p.provinces.values()].sort((a, b) => a.code.localeCompare(b.code));
  for (const c of [...p.communes.values()].sort((a, b) => a.code.localeCompare(b.code))) {
    let slug = slugify(c.name);
    if (taken.has(`${c.parent}/${slug}`)) slug = `${slug}-${c.code}`;
    taken.add(`${c.parent}/${slug}`);
    const { row: _row, ...unit } = c;
    out.push({ ...unit, slug });
  }
  return { units: out, diagnostics: p.diagnostics };
}
