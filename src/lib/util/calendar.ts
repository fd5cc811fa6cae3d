/** Reads report periods (months) and calendar dates in the forms exports use. */

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function validDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || y < 1900 || y > 2999) return false;
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

/** "18/09/2025", "18-9-2025", "18.09.2025", "2025-09-18" → "2025-09-18"; null when not a real date. */
export function parseDate(raw: string): string | null {
  const text = raw.trim();
  let y: number, m: number, d: number;
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:T.*)?$/.exec(text);
  if (match) {
    [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else {
    match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
    if (!match) return null;
    [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  }
  return validDate(y, m, d) ? `${y}-${pad(m)}-${pad(d)}` : null;
}

/** "2025-07", "07/2025", "7/2025", "T7/2025", "Tháng 7/2025", "7-2025" → "2025-07"; null otherwise. */
export function parsePeriod(raw: string): string | null {
  const text = raw.trim().toLowerCase().normalize('NFC');
  let y: number, m: number;
  let match = /^(\d{4})[-/](\d{1,2})$/.exec(text);
  if (match) {
    [y, m] = [Number(match[1]), Number(match[2])];
  } else {
    match = /^(?:t|tháng\s*)?(\d{1,2})[/-](\d{4})$/.exec(text);
    if (!match) return null;
    [m, y] = [Number(match[1]), Number(match[2])];
  }
  return m >= 1 && m <= 12 && y >= 1900 && y <= 2999 ? `${y}-${pad(m)}` : null;
}

/** First day of a period: "2025-07" → "2025-07-01". */
export const periodStart = (period: string): string => `${period}-01`;

/** Last day of a period: "2025-02" → "2025-02-28". */
export function periodEnd(period: string): string {
  const [y, m] = period.split('-').map(Number) as [number, number];
  return `${period}-${pad(new Date(Date.UTC(y, m, 0)).getUTCDate())}`;
}

/** The month after a period: "2025-12" → "2026-01". */
export function nextPeriod(period: string): string {
  const [y, m] = period.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${pad(m + 1)}`;
}

/** Period containing a date: "2025-09-18" → "2025-09". */
export const periodOf = (isoDate: string): string => isoDate.slice(0, 7);

/** A date `days` later (or earlier, when negative): "2025-08-19", 3 → "2025-08-22". */
export function addDays(isoDate: string, days: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Whole periods from `from` to `to`, inclusive. */
export function periodsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let p = from; p <= to; p = nextPeriod(p)) out.push(p);
  return out;
}

/** Two-tier local government, and reporting under Plan 02, start with this month. */
export const FIRST_PERIOD = '2025-07';

/**
 * The day two-tier local government began: every commune, ward and special zone was formed on
 * it (provinces carry on under their name). A deadline before it predates the commune.
 */
export const COMMUNES_FORMED = '2025-07-01';

/** Whole days from one ISO date to another: daysBetween("2025-08-20", "2025-08-25") → 5. */
export const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
