/**
 * Reads numbers written the Vietnamese way ("1.139", "82,5") or the international way
 * ("1139", "82.5"). A lone comma followed by exactly three digits ("1,139") is ambiguous
 * unless the file declares its number format; it is then an error, never a guess.
 */
export type NumberFormat = 'vi' | 'en';

export type NumberResult =
  | { ok: true; value: number; percentSign: boolean }
  | { ok: false; code: 'NUMBER_INVALID' }
  | { ok: false; code: 'NUMBER_AMBIGUOUS'; a: number; b: number };

/** True when "1", "139" etc. could be thousands groups: first group 1–3 digits, no leading zero, then groups of 3. */
function isGrouping(parts: string[]): boolean {
  const [head, ...rest] = parts;
  if (!head || rest.length === 0) return false;
  if (!/^[1-9]\d{0,2}$/.test(head)) return false;
  return rest.every((g) => /^\d{3}$/.test(g));
}

function toNumber(intPart: string, fracPart: string | undefined): number {
  return Number(fracPart === undefined ? intPart : `${intPart}.${fracPart}`);
}

const PLAIN = /^\d{1,15}$/;
/** "82,5", "82.5", "82,5%": a single mark not followed by exactly three digits is always a decimal mark. */
const SIMPLE_DECIMAL = /^(\d{1,15})[.,](\d{1,2}|\d{4,15})(%?)$/;

export function parseNumber(raw: string, format?: NumberFormat): NumberResult {
  if (PLAIN.test(raw)) return { ok: true, value: Number(raw), percentSign: false };
  const simple = SIMPLE_DECIMAL.exec(raw);
  if (simple)
    return { ok: true, value: Number(`${simple[1]}.${simple[2]}`), percentSign: simple[3] === '%' };
  let text = raw.replace(/[\s\u00a0\u202f]/g, '');
  let percentSign = false;
  if (text.endsWith('%')) {
    percentSign = true;
    text = text.slice(0, -1);
  }
  let sign = 1;
  if (text.startsWith('-') || text.startsWith('+')) {
    sign = text.startsWith('-') ? -1 : 1;
    text = text.slice(1);
  }
  if (!/^[\d.,]+$/.test(text) || !/\d/.test(text)) return { ok: false, code: 'NUMBER_INVALID' };
  const ok = (v: number): NumberResult =>
    Number.isFinite(v)
      ? { ok: true, value: sign * v, percentSign }
      : { ok: false, code: 'NUMBER_INVALID' };

  const dots = text.split('.').length - 1;
  const commas = text.split(',').length - 1;

  if (dots === 0 && commas === 0) return ok(Number(text));

  if (dots > 0 && commas > 0) {
    // The separator that comes last is the decimal mark; the other one groups thousands.
    const decimalMark = text.lastIndexOf(',') > text.lastIndexOf('.') ? ',' : '.';
    const groupMark = decimalMark === ',' ? '.' : ',';
    const [intRaw, frac, ...extra] = text.split(decimalMark);
    if (extra.length > 0 || intRaw === undefined || frac === undefined || frac === '')
      return { ok: false, code: 'NUMBER_INVALID' };
    if (!isGrouping(intRaw.split(groupMark))) return { ok: false, code: 'NUMBER_INVALID' };
    return ok(toNumber(intRaw.split(groupMark).join(''), frac));
  }

  const mark = dots > 0 ? '.' : ',';
  const parts = text.split(mark);
  if (parts.some((p) => p === '')) return { ok: false, code: 'NUMBER_INVALID' };
  if (parts.length > 2) {
    return isGrouping(parts) ? ok(Number(parts.join(''))) : { ok: false, code: 'NUMBER_INVALID' };
  }
  const [intPart = '', frac = ''] = parts;
  const grouping = isGrouping(parts);
  const asDecimal = toNumber(intPart, frac);
  const asGrouped = Number(intPart + frac);
  if (!grouping) return ok(asDecimal);
  if (format === 'vi') return ok(mark === '.' ? asGrouped : asDecimal);
  if (format === 'en') return ok(mark === ',' ? asGrouped : asDecimal);
  // Undeclared: a dot before three digits is the Vietnamese thousands separator ("1.139");
  // a comma before three digits could be either convention.
  if (mark === '.') return ok(asGrouped);
  return { ok: false, code: 'NUMBER_AMBIGUOUS', a: sign * asGrouped, b: sign * asDecimal };
}

/** Guards against formulas and markup in free text (CSV injection, HTML). */
export function looksSuspicious(text: string): boolean {
  return /^[=+\-@\t\r]/.test(text) || /<[a-z!/][^>]*>/i.test(text);
}
