import type { UnitType } from '../../../lib/schema/unit.ts';
import { clean } from '../../../lib/util/text.ts';
import { issue, type Issue, type SnapshotUnit } from '../types.ts';

/**
 * Reads a registry snapshot in the format of thanglequoc/vietnamese-provinces-database: a JSON
 * array of provinces, each with its commune-level units in `Wards`. The type comes from
 * `AdministrativeUnitShortName` and the bare name from `Name`; `FullName` is checked against
 * them (the 2026 file has one in lower case).
 */
const TYPES: Record<'province' | 'commune', Record<string, UnitType>> = {
  province: { Tỉnh: 'tinh', 'Thành phố': 'thanh-pho' },
  commune: { Xã: 'xa', Phường: 'phuong', 'Đặc khu': 'dac-khu' },
};

type Json = Record<string, unknown>;

interface Reading {
  file: string;
  issues: Issue[];
  units: SnapshotUnit[];
}

function field(o: Json, key: string, path: string, p: Reading): string {
  const v = o[key];
  if (typeof v === 'string') return clean(v);
  p.issues.push(
    issue(
      'error',
      'SOURCE_STRUCTURE',
      { file: p.file, column: `${path}.${key}` },
      `Thiếu trường ${key}`,
      `Missing field ${key}`,
    ),
  );
  return '';
}

function take(o: Json, path: string, level: 'province' | 'commune', p: Reading, parent?: string) {
  const code = field(o, 'Code', path, p);
  const name = field(o, 'Name', path, p);
  const fullName = field(o, 'FullName', path, p);
  const short = field(o, 'AdministrativeUnitShortName', path, p);
  const where = { file: p.file, column: path, unit: code };
  const fail = (vi: string, en: string): void => {
    p.issues.push(issue('error', 'SOURCE_STRUCTURE', where, vi, en));
  };
  if (!(level === 'province' ? /^\d{2}$/ : /^\d{5}$/).test(code))
    fail(`Mã "${code}" sai định dạng`, `Malformed code "${code}"`);
  const type = TYPES[level][short];
  if (!type) return fail(`Loại đơn vị "${short}" chưa biết`, `Unknown unit type "${short}"`);
  const expected = `${short} ${name}`;
  if (fullName.toLowerCase() !== expected.toLowerCase())
    fail(
      `FullName "${fullName}" khác "${expected}"`,
      `FullName "${fullName}" differs from "${expected}"`,
    );
  else if (fullName !== expected)
    p.issues.push(
      issue(
        'warning',
        'FULLNAME_CASE',
        where,
        `FullName "${fullName}" khác "${expected}" ở chữ hoa/thường: dùng "${expected}"`,
        `FullName "${fullName}" differs from "${expected}" in case: using "${expected}"`,
      ),
    );
  if (level === 'commune' && field(o, 'ProvinceCode', path, p) !== parent)
    fail(
      `ProvinceCode khác tỉnh chứa nó (${parent})`,
      `ProvinceCode differs from the enclosing province (${parent})`,
    );
  p.units.push({ code, level, type, name, fullName: expected, ...(parent ? { parent } : {}) });
}

function checkDuplicates(p: Reading): void {
  const seen = new Set<string>();
  for (const u of p.units) {
    const key = `${u.level}:${u.code}`;
    if (seen.has(key))
      p.issues.push(
        issue(
          'error',
          'DUPLICATE_CODE',
          { file: p.file, unit: u.code },
          `Mã ${u.code} xuất hiện hai lần`,
          `Code ${u.code} appears twice`,
        ),
      );
    seen.add(key);
  }
}

export function parseSnapshot(
  text: string,
  file: string,
): { units: SnapshotUnit[]; issues: Issue[] } {
  const p: Reading = { file, issues: [], units: [] };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (e) {
    const m = (e as Error).message;
    return {
      units: [],
      issues: [
        issue(
          'error',
          'SOURCE_STRUCTURE',
          { file },
          `JSON không hợp lệ: ${m}`,
          `Invalid JSON: ${m}`,
        ),
      ],
    };
  }
  if (!Array.isArray(data))
    return {
      units: [],
      issues: [
        issue(
          'error',
          'SOURCE_STRUCTURE',
          { file },
          'Cần một mảng các tỉnh',
          'Expected an array of provinces',
        ),
      ],
    };
  data.forEach((province: Json, i: number) => {
    const path = `[${i}]`;
    take(province, path, 'province', p);
    const wards = province.Wards;
    if (!Array.isArray(wards)) {
      p.issues.push(
        issue(
          'error',
          'SOURCE_STRUCTURE',
          { file, column: `${path}.Wards` },
          'Thiếu danh sách Wards',
          'Missing Wards array',
        ),
      );
      return;
    }
    wards.forEach((w: Json, j: number) =>
      take(w, `${path}.Wards[${j}]`, 'commune', p, String(province.Code)),
    );
  });
  checkDuplicates(p);
  return { units: p.units, issues: p.issues };
}
