import { toneKey } from '../../../lib/util/text.ts';
import { issue, type Issue, type NsoRow } from '../types.ts';

/**
 * One old code must name one old unit. When a code is used for two names, a row of the same
 * district that gives one of those names under another code settles it (line 426: Đặng Xá
 * under Cổ Bi's 00553, while line 424 gives Đặng Xá 00556): corrected, with a warning. What
 * the table cannot settle is a warning naming both rows. Returns line → corrected code.
 */
export function settleOldCodes(
  rows: readonly NsoRow[],
  file: string,
): { fixes: Map<number, string>; issues: Issue[] } {
  const issues: Issue[] = [];
  const fixes = new Map<number, string>();
  const byCode = Map.groupBy(
    rows.filter((r) => r.oldCode),
    (r) => r.oldCode,
  );
  // Codes under which a (district, name) appears.
  const codesOf = new Map<string, Set<string>>();
  for (const r of rows) {
    if (!r.oldCode) continue;
    const key = `${r.district?.code}/${toneKey(r.oldName)}`;
    let s = codesOf.get(key);
    if (!s) codesOf.set(key, (s = new Set()));
    s.add(r.oldCode);
  }
  for (const [code, group] of byCode) {
    const names = Map.groupBy(group, (r) => toneKey(r.oldName));
    if (names.size < 2) continue;
    const unresolved: NsoRow[] = [];
    for (const same of names.values()) {
      const first = same[0]!;
      const other = [
        ...(codesOf.get(`${first.district?.code}/${toneKey(first.oldName)}`) ?? []),
      ].filter((c) => c !== code);
      if (other.length !== 1) {
        unresolved.push(first);
        continue;
      }
      for (const r of same) {
        fixes.set(r.line, other[0]!);
        issues.push(
          issue(
            'warning',
            'OLD_CODE_CORRECTED',
            { file, line: r.line, column: 'Mã Xã cũ', unit: r.newCode },
            `Mã ${code} dùng cho ${names.size} tên khác nhau; "${r.oldName}" có mã ${other[0]} ở dòng khác cùng huyện: dùng ${other[0]}`,
            `Code ${code} is used for ${names.size} different names; "${r.oldName}" is ${other[0]} on another row of its district: using that`,
          ),
        );
      }
    }
    if (unresolved.length > 1)
      issues.push(
        issue(
          'warning',
          'OLD_CODE_CONFLICT',
          { file, line: unresolved[1]!.line, column: 'Mã Xã cũ', unit: unresolved[1]!.newCode },
          `Mã xã cũ ${code} được dùng cho ${unresolved.map((r) => `"${r.oldName}" (dòng ${r.line})`).join(' và ')}: bảng này không đủ để sửa; cần đối chiếu danh mục cũ`,
          `Old code ${code} is used for ${unresolved.map((r) => `"${r.oldName}" (line ${r.line})`).join(' and ')}: this table cannot settle it`,
        ),
      );
  }
  return { fixes, issues };
}
