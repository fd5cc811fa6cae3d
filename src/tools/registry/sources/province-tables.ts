import { clean, fold } from '../../../lib/util/text.ts';
import { readRecords } from '../csv.ts';
import { issue, type Issue, type ProvinceCodeRow, type ProvinceMapRow } from '../types.ts';

/** The two small province tables: 63 → 34 and the statistics office's list of 34 codes. */
function table(text: string, file: string, wanted: Record<string, readonly string[]>) {
  const read = readRecords(text, file);
  const issues = [...read.issues];
  const header = (read.records[0]?.cells ?? []).map(fold);
  const col: Record<string, number> = {};
  for (const [key, names] of Object.entries(wanted)) {
    col[key] = header.findIndex((h) => names.includes(h));
    if (col[key] < 0)
      issues.push(
        issue(
          'error',
          'SOURCE_STRUCTURE',
          { file, line: 1 },
          `Thiếu cột "${names[0]}"`,
          `Missing column "${names[0]}"`,
        ),
      );
  }
  const rows = read.records.slice(1).map((r) => ({
    line: r.line,
    get: (key: string) => clean(r.cells[col[key]!] ?? ''),
  }));
  return { rows: issues.length > 0 ? [] : rows, issues };
}

export function parseProvinceMap(
  text: string,
  file: string,
): { rows: ProvinceMapRow[]; issues: Issue[] } {
  const t = table(text, file, {
    oldCode: ['old code'],
    oldName: ['old name'],
    newCode: ['new code'],
    newName: ['new name'],
  });
  const rows: ProvinceMapRow[] = [];
  const seen = new Set<string>();
  for (const r of t.rows) {
    const row = {
      line: r.line,
      oldCode: r.get('oldCode'),
      oldName: r.get('oldName'),
      newCode: r.get('newCode'),
      newName: r.get('newName'),
    };
    const where = { file, line: r.line };
    if (!/^\d{2}$/.test(row.oldCode) || !/^\d{2}$/.test(row.newCode))
      t.issues.push(
        issue(
          'error',
          'ROW_UNREADABLE',
          where,
          `Mã tỉnh phải có 2 chữ số: ${row.oldCode} → ${row.newCode}`,
          `Province codes must have 2 digits: ${row.oldCode} → ${row.newCode}`,
        ),
      );
    else if (seen.has(row.oldCode))
      t.issues.push(
        issue(
          'error',
          'DUPLICATE_CODE',
          where,
          `Tỉnh cũ ${row.oldCode} xuất hiện hai lần`,
          `Old province ${row.oldCode} listed twice`,
        ),
      );
    else rows.push(row);
    seen.add(row.oldCode);
  }
  return { rows, issues: t.issues };
}

export function parseProvinceCodes(
  text: string,
  file: string,
): { rows: ProvinceCodeRow[]; issues: Issue[] } {
  const t = table(text, file, { code: ['ma so', 'ma'], name: ['ten 34 tinh sau sap nhap', 'ten'] });
  const rows: ProvinceCodeRow[] = [];
  for (const r of t.rows) {
    let code = r.get('code');
    const where = { file, line: r.line, column: 'Mã số' };
    if (/^\d$/.test(code)) {
      // Excel drops the leading zero of "01": restoring it is safe in a list of 2-digit codes, and said.
      t.issues.push(
        issue(
          'warning',
          'CODE_ZERO_RESTORED',
          where,
          `Mã "${code}" → "0${code}" (Excel đã bỏ số 0 ở đầu)`,
          `Code "${code}" → "0${code}" (leading zero lost in Excel)`,
        ),
      );
      code = `0${code}`;
    }
    if (!/^\d{2}$/.test(code))
      t.issues.push(
        issue(
          'error',
          'ROW_UNREADABLE',
          where,
          `Mã tỉnh "${code}" không hợp lệ`,
          `Invalid province code "${code}"`,
        ),
      );
    else rows.push({ line: r.line, code, name: r.get('name') });
  }
  return { rows, issues: t.issues };
}
