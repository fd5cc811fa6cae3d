/** Text helpers for Vietnamese: normalisation, diacritic folding, slugs. */

/** NFC-normalise and trim; collapses inner runs of white space. */
export function clean(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/**
 * Lower-case ASCII form used for matching: strips tone and vowel marks and maps đ→d,
 * so "Đồng Phú", "dong phu" and "DONG  PHU" all fold to "dong phu".
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** ASCII kebab-case slug: "Xã Đồng Phú" → "xa-dong-phu". */
export function slugify(text: string): string {
  return fold(text).replace(/ /g, '-');
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
