/** Text helpers for Vietnamese: normalisation, diacritic folding, slugs. */

/** NFC-normalise and trim; collapses inner runs of white space. */
export function clean(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

const FOLDED_CHARS = new Map<string, string>();

/** One character folded the long way (marks stripped after NFD, đ→d, lower case), then remembered. */
function foldChar(c: string): string {
  let f = FOLDED_CHARS.get(c);
  if (f === undefined) {
    f = c
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[đĐ]/g, 'd')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ');
    FOLDED_CHARS.set(c, f);
  }
  return f;
}

/**
 * Lower-case ASCII form used for matching: strips tone and vowel marks and maps đ→d,
 * so "Đồng Phú", "dong phu" and "DONG  PHU" all fold to "dong phu". Character by character
 * with a memo (the search folds thousands of names on a phone as the index loads).
 */
export function fold(text: string): string {
  let out = '';
  for (const c of text) {
    const code = c.charCodeAt(0);
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) out += c;
    else if (code >= 65 && code <= 90) out += String.fromCharCode(code + 32);
    else if (code < 128) out += ' ';
    else out += foldChar(c);
  }
  return out.replace(/ {2,}/g, ' ').trim();
}

const APOSTROPHES = /['’‘ʼ`]/g;

/** Folded, with the apostrophes of Central Highlands names dropped: "Cư M'gar" → "cu mgar". */
export function foldJoined(text: string): string {
  return fold(text.replace(APOSTROPHES, ''));
}

/** ASCII kebab-case slug: "Xã Đồng Phú" → "xa-dong-phu", "Xã Cư M'gar" → "xa-cu-mgar". */
export function slugify(text: string): string {
  return foldJoined(text).replace(/ /g, '-');
}

const TONES = '\u0300\u0301\u0303\u0309\u0323'; // huyền, sắc, ngã, hỏi, nặng
const TONE = new RegExp(`[${TONES}]`, 'g');
const OLD_STYLE = new RegExp(`([oOuU])([aAeEyY])([${TONES}])(?![\\p{L}\\p{M}])`, 'gu');

/**
 * Writes the tone mark of open "oa", "oe", "uy" syllables in the position of Decision
 * 19/2025/QĐ-TTg and the statistics office ("Hoà" → "Hòa", "Thuỷ" → "Thủy"). Closed syllables
 * ("Hoàng") and "qu" + y ("Quý") are the same in both styles and stay as they are.
 */
export function newStyleTones(text: string): string {
  return text
    .normalize('NFD')
    .replace(OLD_STYLE, (whole, v1: string, v2: string, tone: string, at: number, all: string) => {
      const u = v1 === 'u' || v1 === 'U';
      const y = v2 === 'y' || v2 === 'Y';
      if (u ? !y || /[qQ]/.test(all[at - 1] ?? '') : y) return whole;
      return v1 + tone + v2;
    })
    .normalize('NFC');
}

/**
 * Compares names ignoring tone-mark placement, case, spacing, apostrophe style and Unicode
 * form, but not spelling: "Thanh Hoá" = "thanh  hóa", while "Phó" ≠ "Phố" and "Đồng" ≠ "Đông"
 * (which `fold` would equate).
 */
export function toneKey(text: string): string {
  return clean(text)
    .toLowerCase()
    .replace(APOSTROPHES, "'")
    .split(' ')
    .map((word) => splitTones(word).join(''))
    .join(' ');
}

/** A word without its tone marks, and its tone marks in a fixed order: "hoà" → ["hoa", "\u0300"]. */
export function splitTones(word: string): [string, string] {
  const d = word.normalize('NFD');
  return [d.replace(TONE, '').normalize('NFC'), (d.match(TONE) ?? []).sort().join('')];
}

/** Key for matching column headers: folded and without spaces ("Mã đơn vị" → "madonvi"). */
export function headerKey(text: string): string {
  return fold(text).replace(/ /g, '');
}

/** Shortens to at most `max` characters at a word boundary, ending with "…": "Tỷ lệ hồ sơ được…". */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut.slice(0, max - 1)).replace(/[\s,;:.–-]+$/, '')}…`;
}

// Characters a reader cannot see: controls, format characters (zero-width space, BOM, bidi
// marks, soft hyphen) and every space other than the plain one (no-break, narrow, ideographic).
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/gu;

const ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * Text as a message shows it: invisible characters escaped ("31\u200b"), so that a value that
 * looks right but is not can be seen for what it is, and cut at `max` characters.
 */
export function visible(text: string, max = 160): string {
  const cut = text.length > max ? `${text.slice(0, max)}… (${text.length} ký tự/characters)` : text;
  return cut.replace(INVISIBLE, (c) => {
    const named = ESCAPES[c];
    if (named) return named;
    const hex = c.codePointAt(0)!.toString(16);
    return hex.length > 4 ? `\\u{${hex}}` : `\\u${hex.padStart(4, '0')}`;
  });
}
