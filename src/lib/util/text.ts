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
