import { fold, foldJoined, splitTones } from '../util/text.ts';

/**
 * Query understanding: a type word typed before a name ("xã", "phường", "tp", "tỉnh"…) is a
 * qualifier, never a word to match; the marks a visitor typed are kept to filter on; an
 * apostrophe may be typed or not ("ea h'leo", "cu mgar").
 */
const TYPE_WORDS: readonly [string, string][] = [
  ['thanh pho', 'thanh pho'],
  ['tp', 'thanh pho'],
  ['tinh', 'tinh'],
  ['dac khu', 'dac khu'],
  ['thi tran', 'thi tran'],
  ['thi xa', 'thi xa'],
  ['tx', 'thi xa'],
  ['xa', 'xa'],
  ['phuong', 'phuong'],
  ['huyen', 'huyen'],
  ['quan', 'quan'],
];

/** Type words of the commune level (xã, phường, đặc khu and the former thị trấn) and of the province level. */
const LEVEL: Record<string, 'province' | 'commune' | 'district'> = {
  tinh: 'province',
  'thanh pho': 'province',
  xa: 'commune',
  phuong: 'commune',
  'dac khu': 'commune',
  'thi tran': 'commune',
  'thi xa': 'district',
  huyen: 'district',
  quan: 'district',
};
export const levelOfType = (type: string): string => LEVEL[type] ?? '';

/** "xa dong phu" → { type: "xa", rest: "dong phu" }; null without a leading type word. */
const PREFIXES = TYPE_WORDS.map(([word, type]) => [`${word} `, type] as const);
export function splitType(folded: string): { type: string; rest: string } | null {
  for (const [prefix, type] of PREFIXES)
    if (folded.startsWith(prefix)) return { type, rest: folded.slice(prefix.length) };
  return null;
}

/** The folded type word a full name starts with ("Thị trấn Sịa" → "thi tran"), or "". */
export const typeOf = (folded: string): string => splitType(folded)?.type ?? '';

/** The name without its type word, folded: "Xã Đồng Phú" → "dong phu". */
export const bareKey = (folded: string): string => splitType(folded)?.rest ?? folded;

/** The folded forms a name is found by: with the apostrophes of "Ea H'Leo" as a space, and dropped. */
export const forms = (text: string): string[] => {
  const a = fold(text);
  if (!/['’‘ʼ`]/.test(text)) return [a];
  const b = foldJoined(text);
  return a === b ? [a] : [a, b];
};

export interface Reading {
  /** The type word typed in front, folded ("xa"), or "". */
  type: string;
  /** What is left to match: "dong phu dong nai". */
  rest: string;
}

export interface Query {
  readings: Reading[];
  digits: string;
  /** Words typed with marks, as [letters, tones], to filter on. */
  marked: [string, string][];
}

export function readQuery(text: string): Query {
  const variants = forms(text);
  const readings: Reading[] = [];
  for (const v of variants) {
    readings.push({ type: '', rest: v });
    const typed = splitType(v);
    if (typed) readings.push(typed);
  }
  const words = text
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{M}\d']+/u);
  return {
    readings: readings.filter((r) => r.rest !== ''),
    digits: /^\d+$/.test(variants[0] ?? '') ? variants[0]! : '',
    marked: words.filter((w) => /[^\x00-\x7f]/.test(w)).map(splitTones),
  };
}

/** A qualifier typed after a name ("tỉnh Nghệ An", "tp Đà Lạt") loses its type word too. */
export const qualifierKey = (tail: string): string => splitType(tail)?.rest ?? tail;
