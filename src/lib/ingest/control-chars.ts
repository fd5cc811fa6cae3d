import { makeDiagnostic, type Diagnostic } from './diagnostics/diagnostic.ts';
import { unitOf, type Table } from './table.ts';

// Control characters nobody can see (tab and line breaks aside, which a cell may hold). They
// usually come from copying out of another program, and break XML if published unescaped.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
// The same written as JSON escapes ("\u0001"), which the raw text hides.
const ESCAPED = /\\u00[0189][0-9a-f]|\\u007f/i;

/**
 * A warning at every cell holding a control character. The text is kept as written (and shown
 * as a code such as "\u0001" in feeds and charts): the officer is told, nothing is guessed. One
 * scan of the file first, so files without any (nearly all) cost nothing more.
 */
export function controlCharWarnings(text: string, table: Table, file: string): Diagnostic[] {
  if (!CONTROL.test(text) && !ESCAPED.test(text)) return [];
  const out: Diagnostic[] = [];
  const columns = Object.entries(table.index);
  for (const { row, values } of table.rows)
    for (const [key, i] of columns) {
      const value = values[i];
      if (typeof value !== 'string' || !CONTROL.test(value)) continue;
      const unit = unitOf(values, table.index);
      const at = { file, row, column: table.headers[key] ?? key, ...(unit ? { unit } : {}) };
      out.push(makeDiagnostic('CELL_CONTROL_CHARACTER', at, { value }));
    }
  return out;
}
