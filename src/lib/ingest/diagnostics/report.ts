import type { Diagnostic } from './diagnostic.ts';

const at = (i: Diagnostic) =>
  [i.file, i.row, i.column ? `[${i.column}]` : undefined].filter((x) => x !== undefined).join(':');

/**
 * Console report grouped by file, errors first, one block per problem:
 *   data/exports/22/2025-09.csv:14:[Giá trị] LỖI PERCENT_RANGE Tỷ lệ phải từ 0 đến 100 (got 120)
 *     / A percentage must be between 0 and 100 (got 120)
 *     → Cách sửa: …  / Fix: …
 * Long runs of the same code in one file are cut after `perCode` lines, with a count.
 */
export function formatReport(
  diagnostics: readonly Diagnostic[],
  options: { perCode?: number; prefix?: string } = {},
): string {
  const perCode = options.perCode ?? 20;
  const prefix = options.prefix ?? '';
  const byFile = Map.groupBy(diagnostics, (d) => d.file);
  const lines: string[] = [];
  for (const [file, list] of [...byFile].sort(([a], [b]) => a.localeCompare(b))) {
    const errors = list.filter((i) => i.severity === 'error').length;
    lines.push(
      `\n${prefix}${file} — ${errors} lỗi/errors, ${list.length - errors} cảnh báo/warnings`,
    );
    const shown = new Map<string, number>();
    const sorted = [...list].sort((a, b) =>
      a.severity === b.severity ? (a.row ?? 0) - (b.row ?? 0) : a.severity === 'error' ? -1 : 1,
    );
    for (const i of sorted) {
      const n = (shown.get(i.code) ?? 0) + 1;
      shown.set(i.code, n);
      if (n > perCode) continue;
      lines.push(
        `  ${prefix}${at(i)} ${i.severity === 'error' ? 'LỖI/ERROR' : 'CẢNH BÁO/WARNING'} ${i.code} ${i.message}`,
      );
      lines.push(`      / ${i.messageEn}`);
      lines.push(`      → Cách sửa: ${i.hint} / Fix: ${i.hintEn}`);
    }
    for (const [code, n] of shown)
      if (n > perCode)
        lines.push(`  … và ${n - perCode} dòng ${code} khác / and ${n - perCode} more ${code}`);
  }
  return lines.join('\n');
}

export function summary(diagnostics: readonly Diagnostic[]): { errors: number; warnings: number } {
  const errors = diagnostics.filter((i) => i.severity === 'error').length;
  return { errors, warnings: diagnostics.length - errors };
}
