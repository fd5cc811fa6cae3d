/** Formatting for the page: Vietnamese separators and dd/mm/yyyy dates. */

const integer = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

/** 1139 → "1.139"; 82.5 → "82,5". */
export function formatNumber(value: number): string {
  return Number.isInteger(value) ? integer.format(value) : decimal.format(value);
}

export function formatPercent(value: number): string {
  return `${decimal.format(value)}%`;
}

/** ISO date "2025-06-30" → "30/06/2025". */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** Period "2025-07" → "07/2025". */
export function formatPeriod(period: string): string {
  const [y, m] = period.split('-');
  return `${m}/${y}`;
}
