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

export function parseConversionTable(
  text: string,
  file: string,
): { units: Unit[]; diagnostics: Diagnostic[] } {
  const rows = Papa.parse<string[]>(text.normalize('NFC').replace(/^\ufeff/, ''), {
    skipEmptyLines: 'greedy',
  }).data;
  const diagnostics: Diagnostic[] = [];
  const provinces = new Map<string, Unit>();
  const communes = new Map<string, Unit & { row: number }>();
  rows.forEach((cells, i) => {
    const row = i + 1;
    const [provinceCell = '', rawNewName = '', newCode = '', oldName = ''] = cells.map((c) =>
      clean(c ?? ''),
    );
    let newName = rawNewName;
    if (!/^\d{5}$/.test(newCode)) return; // header rows and province title rows
    const province = withCode(provinceCell);
    if (!province) {
      diagnostics.push(
        makeDiagnostic(
          'VALUE_INVALID',
          { file, row, column: 'Tỉnh, thành phố' },
          {
            value: provinceCell,
            detail: 'thiếu mã tỉnh trong ngoặc',
            detailEn: 'missing "(code)"',
          },
        ),
      );
      return;
    }
    if (!provinces.has(province.code)) {
      const type: UnitType = province.name.startsWith('Thành phố') ? 'thanh-pho' : 'tinh';
      const full = /^(Tỉnh|Thành phố) /.test(province.name)
        ? province.name
        : `Tỉnh ${province.name}`;
      provinces.set(province.code, {
        code: province.code,
        name: full,
        level: 'province',
        type,
        formerNames: [],
        slug: slugify(full.replace(/^(Tỉnh|Thành phố) /, '')),
      });
    }
    let type = TYPE_BY_PREFIX.find(([prefix]) => newName.startsWith(prefix))?.[1];
    if (!type) {
      // The official table has a few names whose type lost its diacritics ("Xa Ea Kly"): the
      // code is authoritative, so the type is restored, and said so.
      const match = TYPE_BY_PREFIX.find(([prefix]) => fold(newName).startsWith(`${fold(prefix)} `));
      if (match) {
        const corrected = match[0] + newName.slice(match[0].length);
        if (!communes.has(newCode))
          diagnostics.push(
            makeDiagnostic(
              'NAME_CORRECTED',
              { file, row, column: 'Tên Xã mới' },
              { value: newName, corrected },
            ),
          );
        type = match[1];
        newName = corrected;
      }
    }
    if (!type) {
      diagnostics.push(
        makeDiagnostic(
          'VALUE_INVALID',
          { file, row, column: 'Tên Xã mới' },
          {
            value: newName,
            detail: 'tên phải bắt đầu bằng Xã, Phường hoặc Đặc khu',
            detailEn: 'name must start with Xã, Phường or Đặc khu',
          },
        ),
      );
      return;
    }
    let unit = communes.get(newCode);
    if (!unit) {
      unit = {
        code: newCode,
        name: newName,
        level: 'commune',
        type,
        parent: province.code,
        formerNames: [],
        slug: '',
        row,
      };
      communes.set(newCode, unit);
    } else if (unit.parent !== province.code) {
      diagnostics.push(
        makeDiagnostic(
          'VALUE_INVALID',
          { file, row, column: 'Mã Xã mới' },
          {
            value: newCode,
            detail: `mã đã thuộc tỉnh ${unit.parent} ở dòng ${unit.row}`,
            detailEn: `code already under province ${unit.parent} (row ${unit.row})`,
          },
        ),
      );
      return;
    }
    if (
      oldName &&
      fold(oldName) !== fold(newName) &&
      !unit.formerNames.some((n) => fold(n) === fold(oldName))
    )
      unit.formerNames.push(oldName);
  });
  // Slugs: the folded name, unique among the communes of a province (code appended on a clash).
  const taken = new Set<string>();
  const out: Unit[] = [...provinces.values()].sort((a, b) => a.code.localeCompare(b.code));
  for (const c of [...communes.values()].sort((a, b) => a.code.localeCompare(b.code))) {
    let slug = slugify(c.name);
    if (taken.has(`${c.parent}/${slug}`)) slug = `${slug}-${c.code}`;
    taken.add(`${c.parent}/${slug}`);
    const { row: _row, ...unit } = c;
    out.push({ ...unit, slug });
  }
  return { units: out, diagnostics };
}
