/**
 * Text from data shown inside the site's own (left-to-right) text. A name holding a right-to-left
 * letter or an unclosed direction control (U+202E) would otherwise reorder what follows it on
 * the same line: "hạn 19/09/2026" read as "6202/90/91 nạh". Wrapped in FIRST STRONG ISOLATE …
 * POP DIRECTIONAL ISOLATE, the text keeps its own direction and closes every control it opened,
 * in titles, meta tags, feeds and pages alike. Other text is returned as it is (nearly all of it).
 */

// Right-to-left letters (Hebrew, Arabic, Syriac, Thaana, N'Ko…, their presentation forms) and
// every bidi control: embeddings, overrides, isolates and marks.
const NEEDS_ISOLATION =
  /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]|[\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;

export const FSI = '\u2068';
export const PDI = '\u2069';

/** The text isolated from its surroundings when its direction could leak; otherwise unchanged. */
export function isolate(text: string): string {
  if (!NEEDS_ISOLATION.test(text) || isolated(text)) return text;
  return `${FSI}${text}${PDI}`;
}

/** Already wrapped by `isolate` (reading back the project's own download): no second wrapping. */
const isolated = (text: string): boolean =>
  text.startsWith(FSI) && text.endsWith(PDI) && !text.slice(1, -1).includes(PDI);
