import { isolate } from '../util/bidi.ts';
import { makeDiagnostic, type Diagnostic, type Location } from './diagnostics/diagnostic.ts';
import { unitOf, type Table } from './table.ts';

// Control characters nobody can see (tab and line breaks aside, which a cell may hold). They
// usually come from copying out of another program, and break XML if published unescaped.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
// Characters that show nothing yet change the text: direction controls (an unclosed U+202E
// reverses whatever follows it), zero-width spaces and joiners, word joiners, the byte-order
// mark, the soft hyphen, and the blank "letters" that pass for a name (Hangul fillers).
const HIDDEN =
  /[\u00ad\u061c\u115f\u1160\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\u3164\ufeff\uffa0]/gu;
// Right-to-left letters: not hidden, but they reorder the digits and punctuation next to them.
const RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe]|[\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;
// The same written as JSON escapes ("\u0001", "\u202e"), which the raw text hides.
const ESCAPED =
  /\\u00[0189][0-9a-f]|\\u007f|\\u00ad|\\u061c|\\u115f|\\u1160|\\u180e|\\u20[0-6][0-9a-f]|\\u3164|\\ufeff|\\uffa0/i;

/** The hidden characters of a text as code points ("U+202E, U+200B"), or '' when it has none. */
export function hiddenCharacters(text: string): string {
  const found = new Set(text.match(HIDDEN) ?? []);
  return [...found]
    .map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`)
    .join(', ');
}

/** The warnings one text field earns: a control character, a hidden one (located at `at`). */
export function textWarnings(value: string, at: Location): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (CONTROL.test(value)) out.push(makeDiagnostic('CELL_CONTROL_CHARACTER', at, { value }));
  const hidden = hiddenCharacters(value);
  if (hidden) out.push(makeDiagnostic('TEXT_HIDDEN_CHARACTER', at, { value, chars: hidden }));
  return out;
}

/** Whether a text holds anything `protectCells` acts on (one scan of a whole file first). */
export function mayNeedProtection(text: string): boolean {
  HIDDEN.lastIndex = 0;
  return CONTROL.test(text) || HIDDEN.test(text) || RTL.test(text) || ESCAPED.test(text);
}

/**
 * A warning at every cell holding a control or hidden character. The text is kept as written (and
 * shown as a code such as "\u0001" in feeds and charts): the officer is told, nothing is guessed.
 * A cell with right-to-left letters or direction controls is isolated (`isolate`) so that it
 * cannot reorder the text around it on any page, title, feed or download. One scan of the file
 * first, so files without any (nearly all) cost nothing more.
 */
export function protectCells(text: string, table: Table, file: string): Diagnostic[] {
  if (!mayNeedProtection(text)) return [];
  const out: Diagnostic[] = [];
  const columns = Object.entries(table.index);
  for (const { row, values } of table.rows)
    for (const [key, i] of columns) {
      const value = values[i];
      if (typeof value !== 'string') continue;
      values[i] = isolate(value);
      if (!CONTROL.test(value) && hiddenCharacters(value) === '') continue;
      const unit = unitOf(values, table.index);
      const at = { file, row, column: table.headers[key] ?? key, ...(unit ? { unit } : {}) };
      out.push(...textWarnings(value, at));
    }
  return out;
}

/** Warnings for every string inside a parsed record (frontmatter, dataset.json), located by its path. */
export function recordWarnings(value: unknown, file: string, path = ''): Diagnostic[] {
  if (typeof value === 'string') return textWarnings(value, { file, column: path || undefined });
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, v]) =>
    recordWarnings(v, file, path ? `${path}.${key}` : key),
  );
}

/** Every string inside a parsed record isolated (`isolate`), in place; the record returned. */
export function protectRecord<T>(value: T): T {
  if (!value || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  for (const [key, v] of Object.entries(record))
    record[key] = typeof v === 'string' ? isolate(v) : protectRecord(v);
  return value;
}
