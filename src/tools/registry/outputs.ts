import Papa from 'papaparse';
import type { Issue, Predecessor } from './types.ts';

/** data/registry/predecessors.csv: one row per old unit → new unit, as the conversion table has it. */
export function predecessorsToCsv(rows: readonly Predecessor[]): string {
  return `${Papa.unparse({
    fields: ['Mã mới', 'Mã cũ', 'Tên cũ', 'Huyện cũ', 'Tỉnh cũ', 'Hình thức', 'Dòng nguồn'],
    data: rows.map((p) => [
      p.newCode,
      p.oldCode,
      p.oldName,
      p.oldDistrict,
      p.oldProvince,
      p.kind,
      String(p.line),
    ]),
  })}\n`;
}

/** One line per issue, for the console and the README: "warning CODE file:line [unit] message". */
export function formatIssue(i: Issue, english = false): string {
  const record = i.record && i.record !== i.line ? ` (record ${i.record})` : '';
  const at = `${i.file}${i.line ? `:${i.line}${record}` : ''}`;
  return `${i.severity} ${i.code} ${at}${i.unit ? ` [${i.unit}]` : ''} ${english ? i.messageEn : i.message}`;
}

/** Issue counts by severity and code: "warning NAME_SPELLING × 1". */
export function issueCounts(issues: readonly Issue[]): string[] {
  const counts = Map.groupBy(issues, (i) => `${i.severity} ${i.code}`);
  return [...counts].map(([k, v]) => `${k} × ${v.length}`).sort();
}
