import { statuses, type Status } from '../model/status.ts';
import { formatNumber } from '../util/format.ts';

/** A status id this palette styles: every status of the model. */
export type PaletteStatus = Status;

export interface StatusLook {
  vi: string;
  en: string;
  /** Fill: badge background, bar, tile. */
  color: string;
  /** Text drawn on the fill (contrast at least 4.5:1). */
  ink: string;
  /** Told apart without colour: unique per status. */
  symbol: string;
}

const DARK = '#1f2328';
const WHITE = '#ffffff';

/**
 * Label, colour and symbol per status. The colours are Paul Tol's "muted" scheme, chosen to stay
 * apart under protanopia, deuteranopia and tritanopia (tests/unit/palette.test.ts simulates them);
 * the symbol carries the meaning too: ✔ met, with ◷ when late and ? when the timing is unknown.
 */
export const statusStyle: Record<PaletteStatus, StatusLook> = {
  'met-on-time': {
    vi: 'Đạt đúng hạn',
    en: 'Met on time',
    color: '#117733',
    ink: WHITE,
    symbol: '✔',
  },
  'met-late': {
    vi: 'Đạt nhưng trễ hạn',
    en: 'Met late',
    color: '#44aa99',
    ink: DARK,
    symbol: '✔◷',
  },
  'met-timing-unknown': {
    vi: 'Đạt, chưa rõ có đúng hạn',
    en: 'Met, timing unknown',
    color: '#88ccee',
    ink: DARK,
    symbol: '✔?',
  },
  'no-longer-met': {
    vi: 'Đã đạt, nay dưới mục tiêu',
    en: 'Met, now below target',
    color: '#aa4499',
    ink: WHITE,
    symbol: '✔↓',
  },
  'on-track': { vi: 'Đúng tiến độ', en: 'On track', color: '#332288', ink: WHITE, symbol: '↗' },
  'at-risk': { vi: 'Có nguy cơ chậm', en: 'At risk', color: '#ddcc77', ink: DARK, symbol: '!' },
  'off-track': { vi: 'Chậm tiến độ', en: 'Off track', color: '#ee7733', ink: DARK, symbol: '↘' },
  missed: { vi: 'Quá hạn, chưa đạt', en: 'Missed', color: '#882255', ink: WHITE, symbol: '✖' },
  pending: { vi: 'Chưa đến hạn', en: 'Not yet due', color: '#c9d1d9', ink: DARK, symbol: '…' },
  'no-data': { vi: 'Chưa có số liệu', en: 'No data', color: '#6e7781', ink: WHITE, symbol: '?' },
  'no-target': {
    vi: 'Không đặt chỉ tiêu',
    en: 'No target',
    color: '#f6f8fa',
    ink: DARK,
    symbol: '–',
  },
};

const known = new Set<string>(statuses);
const isStatus = (s: PaletteStatus): s is Status => known.has(s);

/** Every styled status, the worst first, as supervisors read them. */
export const paletteOrder: readonly PaletteStatus[] = [
  'missed',
  'off-track',
  'at-risk',
  'no-data',
  'no-longer-met',
  'on-track',
  'pending',
  'met-timing-unknown',
  'met-late',
  'met-on-time',
  'no-target',
];

/** Order for summaries of the model's statuses: the worst first. */
export const statusOrder: Status[] = paletteOrder.filter(isStatus);

/** "3 ✖ Quá hạn, chưa đạt · 12 ✔ Đạt đúng hạn": counts by status, the worst first, zeros left out. */
export const countsLine = (counts: Readonly<Record<Status, number>>): string =>
  statusOrder
    .filter((s) => counts[s] > 0)
    .map((s) => `${formatNumber(counts[s])} ${statusStyle[s].symbol} ${statusStyle[s].vi}`)
    .join(' · ');

/** Legend entries of the statuses a chart shows, in summary order. */
export const statusLegend = (shown: ReadonlySet<Status>) =>
  statusOrder
    .filter((s) => shown.has(s))
    .map((s) => ({
      color: statusStyle[s].color,
      ink: statusStyle[s].ink,
      mark: statusStyle[s].symbol,
      label: statusStyle[s].vi,
    }));

/** Label, colour and symbol of a month's reporting state; an unknown state gets a neutral look. */
export const reportStyle: Readonly<Record<string, StatusLook>> = {
  'on-time': { vi: 'Đúng hạn', en: 'On time', color: '#117733', ink: WHITE, symbol: '✔' },
  late: { vi: 'Trễ hạn', en: 'Late', color: '#ddcc77', ink: DARK, symbol: '◷' },
  missing: { vi: 'Chưa gửi', en: 'Not received', color: '#882255', ink: WHITE, symbol: '✖' },
  // Months not judged (no regime, or one without a day): received or not, nothing more.
  'no-deadline': {
    vi: 'Đã nhận (không đặt hạn)',
    en: 'Received (no deadline)',
    color: '#eaeef2',
    ink: DARK,
    symbol: '●',
  },
  'not-received': {
    vi: 'Chưa nhận (không đặt hạn)',
    en: 'Not received (no deadline)',
    color: '#d98c9c',
    ink: DARK,
    symbol: '○',
  },
};
/** The look of a month's reporting state. */
export const reportLook = (state: string): StatusLook => {
  return (
    reportStyle[state] ?? {
      vi: `Trạng thái khác (${state})`,
      en: `Other (${state})`,
      color: '#c9d1d9',
      ink: DARK,
      symbol: '–',
    }
  );
};
/**
 * Classes of the share of targets met (home map, rankings): ten points wide, so a province at
 * 62 % and one at 78 % no longer look alike, and only 90 % and above reads as nearly done.
 * Orange to purple (ColorBrewer PuOr), safe for colour-blind readers. `min` is compared with the
 * share rounded to a whole per cent, as the tiles print it.
 */
export const SHARE_BINS: readonly { min: number; color: string; ink: string; label: string }[] = [
  { min: 90, color: '#542788', ink: WHITE, label: '≥ 90%' },
  { min: 80, color: '#998ec3', ink: DARK, label: '80–89%' },
  { min: 70, color: '#f7f7f7', ink: DARK, label: '70–79%' },
  { min: 60, color: '#f1a340', ink: DARK, label: '60–69%' },
  { min: 0, color: '#b35806', ink: WHITE, label: '< 60%' },
];
/** What the classes mean, in words, under the legend. */
export const SHARE_BINS_NOTE =
  'Tỷ lệ chỉ tiêu của chính tỉnh đã đạt (chỉ tiêu có mục tiêu do văn bản ràng buộc tỉnh đặt; số mới nhất đạt mục tiêu), từng bậc 10 điểm. Dưới 70% (màu cam): cứ 10 chỉ tiêu thì hơn 3 chưa đạt. Danh sách "Cần chú ý" đếm chỉ tiêu quá hạn của tỉnh và mọi xã của tỉnh.';
export const shareBin = (share: number) => SHARE_BINS.find((b) => Math.round(share) >= b.min)!;
export const shareColor = (share: number): string => shareBin(share).color;
/** The map colour and legend word of a unit without data to judge. */
export const NO_DATA_BIN = {
  min: -1,
  color: statusStyle['no-data'].color,
  ink: statusStyle['no-data'].ink,
  label: 'chưa có số liệu',
} as const;
