import { toneKey } from '../../../lib/util/text.ts';
import { stripTypeWord } from '../sources/type-words.ts';
import { issue, type Issue, type NsoRow, type ProvinceMapRow, type Where } from '../types.ts';

/**
 * The conversion table's "Tỉnh cũ" (old province) of each row, checked and corrected:
 * (a) when a district's other rows name another province, the district's majority wins
 * (Phường 4 of Tân An says Tiền Giang, its 12 neighbours Long An); (b) when the name and the
 * code point at different old provinces, the name wins (Cồn Cỏ: "Quảng Trị (44)", 44 being
 * Quảng Bình); (c) the old province must have gone into the row's new province (63 → 34).
 * Every correction is a warning; what cannot be settled is an error.
 */
export function correctOldProvinces(
  rows: readonly NsoRow[],
  map: readonly ProvinceMapRow[],
  file: string,
): { rows: NsoRow[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const byCode = new Map(map.map((r) => [r.oldCode, r]));
  const byName = new Map(map.map((r) => [toneKey(stripTypeWord(r.oldName)), r]));
  const majority = districtMajority(rows);
  const out = rows.map((r) => {
    const where: Where = {
      file,
      line: r.line,
      ...(r.record !== r.line ? { record: r.record } : {}),
      column: 'Tỉnh cũ',
      unit: r.newCode,
    };
    const fromDistrict = r.district ? majority.get(r.district.code) : undefined;
    let code = r.oldProvince.code;
    let name = r.oldProvince.name;
    if (fromDistrict && fromDistrict !== code) {
      const right = byCode.get(fromDistrict);
      issues.push(
        issue(
          'warning',
          'OLD_PROVINCE_CORRECTED',
          where,
          `Tỉnh cũ "${name} (${code})" khác các dòng khác của ${r.district!.name} (${r.district!.code}): dùng ${right?.oldName ?? fromDistrict} (${fromDistrict})`,
          `Old province "${name} (${code})" contradicts the other rows of ${r.district!.name} (${r.district!.code}): using ${right?.oldName ?? fromDistrict} (${fromDistrict})`,
        ),
      );
      code = fromDistrict;
      name = right?.oldName ?? name;
    }
    const settled = settle(code, name, byCode, byName, where, issues);
    const mapped = settled && byCode.get(settled.code)?.newCode;
    if (mapped && mapped !== r.province.code)
      issues.push(
        issue(
          'error',
          'PREDECESSOR_PROVINCE_MISMATCH',
          where,
          `Xã cũ thuộc ${settled.name}, tỉnh này nhập vào tỉnh ${mapped}, không phải ${r.province.code}`,
          `Old unit in ${settled.name}, which went into province ${mapped}, not ${r.province.code}`,
        ),
      );
    return { ...r, oldProvince: settled ?? r.oldProvince };
  });
  return { rows: out, issues };
}

/** The old province a district's rows name most often, for districts whose rows disagree. */
function districtMajority(rows: readonly NsoRow[]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const r of rows) {
    if (!r.district) continue;
    let m = counts.get(r.district.code);
    if (!m) counts.set(r.district.code, (m = new Map()));
    m.set(r.oldProvince.code, (m.get(r.oldProvince.code) ?? 0) + 1);
  }
  const out = new Map<string, string>();
  for (const [district, m] of counts) {
    if (m.size < 2) continue;
    const ranked = [...m].sort((a, b) => b[1] - a[1]);
    if (ranked[0]![1] > ranked[1]![1]) out.set(district, ranked[0]![0]);
  }
  return out;
}

/** Name and code agree, or the name wins (warning); neither known → error. */
function settle(
  code: string,
  name: string,
  byCode: ReadonlyMap<string, ProvinceMapRow>,
  byName: ReadonlyMap<string, ProvinceMapRow>,
  where: Where,
  issues: Issue[],
): { code: string; name: string } | null {
  const coded = byCode.get(code);
  const named = byName.get(toneKey(stripTypeWord(name)));
  if (coded && (!named || named === coded)) return { code, name: coded.oldName };
  if (named) {
    issues.push(
      issue(
        'warning',
        'OLD_PROVINCE_CORRECTED',
        where,
        `Tỉnh cũ "${name} (${code})": mã ${code} là ${coded?.oldName ?? 'không có'}; theo tên: ${named.oldName} (${named.oldCode})`,
        `Old province "${name} (${code})": code ${code} is ${coded?.oldName ?? 'unknown'}; going by the name: ${named.oldName} (${named.oldCode})`,
      ),
    );
    return { code: named.oldCode, name: named.oldName };
  }
  issues.push(
    issue(
      'error',
      'OLD_PROVINCE_UNKNOWN',
      where,
      `Tỉnh cũ "${name} (${code})" không có trong bảng 63 tỉnh`,
      `Old province "${name} (${code})" is not among the 63`,
    ),
  );
  return null;
}
