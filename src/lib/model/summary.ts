import type { Status } from './status.ts';

/** Share of judged targets met: every status counts except "no target". */
export function metShare(counts: Record<Status, number>): {
  met: number;
  judged: number;
  share: number;
} {
  const judged = Object.entries(counts).reduce((a, [s, n]) => (s === 'no-target' ? a : a + n), 0);
  const met = counts['met-on-time'] + counts['met-late'];
  return { met, judged, share: judged > 0 ? (100 * met) / judged : 0 };
}

/** Median of numbers (the mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Colour bins for a share met, with a word for each so colour is never the only signal. */
export const SHARE_BINS: readonly { min: number; color: string; label: string }[] = [
  { min: 75, color: '#116329', label: 'từ 75% chỉ tiêu đạt' },
  { min: 50, color: '#3b6b1f', label: '50–75%' },
  { min: 25, color: '#bc4c00', label: '25–50%' },
  { min: 0, color: '#cf222e', label: 'dưới 25%' },
];
export const shareColor = (share: number): string => SHARE_BINS.find((b) => share >= b.min)!.color;
