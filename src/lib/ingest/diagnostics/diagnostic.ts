import { visible } from '../../util/text.ts';
import { catalog, type DiagnosticCode, type Severity } from './catalog.ts';

/** Where a problem is: file path relative to the data folder, 1-based row (header = row 1), column name. */
export interface Location {
  file: string;
  row?: number | undefined;
  column?: string | undefined;
  /** The unit the row is about, when its code could be read: groups diagnostics per unit. */
  unit?: string | undefined;
}

export interface Diagnostic extends Location {
  code: DiagnosticCode;
  severity: Severity;
  message: string;
  messageEn: string;
  hint: string;
  hintEn: string;
}

export type Params = Record<string, string | number>;

function fill(template: string, params: Params): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in params ? String(params[key]) : whole,
  );
}

/**
 * A diagnostic from the catalogue. Texts from the file (values, column names) are shown with
 * invisible characters escaped and cut short: a message names the problem, it does not carry
 * a megabyte cell to the page.
 */
export function makeDiagnostic(
  code: DiagnosticCode,
  where: Location,
  params: Params = {},
): Diagnostic {
  const def = catalog[code];
  const column = where.column === undefined ? undefined : visible(where.column, 80);
  const all: Params = { column: column ?? '' };
  for (const [key, value] of Object.entries(params))
    all[key] = typeof value === 'string' ? visible(value) : value;
  return {
    ...where,
    ...(column === undefined ? {} : { column }),
    code,
    severity: def.severity,
    message: fill(def.vi, all),
    messageEn: fill(def.en, all),
    hint: fill(def.hintVi, all),
    hintEn: fill(def.hintEn, all),
  };
}

export const hasErrors = (diagnostics: readonly Diagnostic[]): boolean =>
  diagnostics.some((i) => i.severity === 'error');
