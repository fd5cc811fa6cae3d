import { fold } from '../../../lib/util/text.ts';

/**
 * Splits "<type word> <name>" where the type word may have lost its case or its marks
 * ("phường Vĩnh Hải", "Thị Trấn Yên Minh", "Xa Ea Kly", "Thi trấn Ngan Dừa"); returns the
 * canonical type word and how it was recognised.
 */
export function splitTypeWord<T extends string>(
  text: string,
  types: readonly (readonly [string, T])[],
): { word: string; type: T; rest: string; how: 'exact' | 'case' | 'marks' } | null {
  for (const [word, type] of types)
    if (text.startsWith(`${word} `))
      return { word, type, rest: text.slice(word.length + 1), how: 'exact' };
  const lower = text.toLowerCase();
  for (const [word, type] of types)
    if (lower.startsWith(`${word.toLowerCase()} `))
      return { word, type, rest: text.slice(word.length + 1), how: 'case' };
  const words = text.split(' ');
  for (const [word, type] of types) {
    const n = word.split(' ').length;
    if (words.length > n && fold(words.slice(0, n).join(' ')) === fold(word))
      return { word, type, rest: words.slice(n).join(' '), how: 'marks' };
  }
  return null;
}

export const NEW_COMMUNE_TYPES = [
  ['Xã', 'xa'],
  ['Phường', 'phuong'],
  ['Đặc khu', 'dac-khu'],
] as const;

export const OLD_COMMUNE_TYPES = [
  ['Xã', 'xa'],
  ['Phường', 'phuong'],
  ['Thị trấn', 'thi-tran'],
] as const;

export const DISTRICT_TYPES = [
  ['Quận', 'quan'],
  ['Huyện', 'huyen'],
  ['Thị xã', 'thi-xa'],
  ['Thành phố', 'thanh-pho'],
] as const;

/** The name without its leading type word: "Xã Đồng Phú" → "Đồng Phú". */
export const stripTypeWord = (full: string): string =>
  full.replace(/^(Tỉnh|Thành phố|Xã|Phường|Đặc khu|Thị trấn|Quận|Huyện|Thị xã) /, '');
