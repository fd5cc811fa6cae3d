import type { Status } from '../model/status.ts';

/** Label, colour and a symbol per status: colour is never the only carrier of meaning. */
export const statusStyle: Record<
  Status,
  { vi: string; en: string; color: string; symbol: string }
> = {
  'met-on-time': { vi: 'Đạt đúng hạn', en: 'Met on time', color: '#1a7f37', symbol: '✔' },
  'met-late': { vi: 'Đạt nhưng trễ hạn', en: 'Met late', color: '#3b6b1f', symbol: '✔' },
  // Placeholder neutral grey: the final palette of every status is chosen elsewhere (issue 15).
  'met-timing-unknown': {
    vi: 'Đạt, chưa rõ có đúng hạn',
    en: 'Met; whether on time is not known',
    color: '#5a6470',
    symbol: '✔?',
  },
  'on-track': { vi: 'Đúng tiến độ', en: 'On track', color: '#0969da', symbol: '↗' },
  'at-risk': { vi: 'Có nguy cơ chậm', en: 'At risk', color: '#875b00', symbol: '!' },
  'off-track': { vi: 'Chậm tiến độ', en: 'Off track', color: '#bc4c00', symbol: '↘' },
  missed: { vi: 'Quá hạn, chưa đạt', en: 'Missed', color: '#cf222e', symbol: '✖' },
  pending: { vi: 'Chưa đến hạn', en: 'Not yet due', color: '#57606a', symbol: '…' },
  'no-data': { vi: 'Chưa có số liệu', en: 'No data', color: '#6e7781', symbol: '?' },
  'no-target': { vi: 'Không đặt chỉ tiêu', en: 'No target', color: '#424a53', symbol: '·' },
};

/** Order for summaries: the worst first, as supervisors read them. */
export const statusOrder: Status[] = [
  'missed',
  'off-track',
  'at-risk',
  'no-data',
  'on-track',
  'pending',
  'met-late',
  'met-timing-unknown',
  'met-on-time',
  'no-target',
];

/** Colour bins for a share met, with a word for each so colour is never the only signal. */
export const SHARE_BINS: readonly { min: number; color: string; label: string }[] = [
  { min: 75, color: '#116329', label: 'từ 75% chỉ tiêu đạt' },
  { min: 50, color: '#3b6b1f', label: '50–75%' },
  { min: 25, color: '#bc4c00', label: '25–50%' },
  { min: 0, color: '#cf222e', label: 'dưới 25%' },
];
export const shareColor = (share: number): string => SHARE_BINS.find((b) => share >= b.min)!.color;
/** The map colour and legend word of a unit without data to judge. */
export const NO_DATA_BIN = {
  color: statusStyle['no-data'].color,
  label: 'chưa có số liệu',
} as const;
