import { bareName, type Engine } from './prepare.ts';
import { qualifierKey, type Reading } from './query.ts';
import type { Result } from './rank.ts';

/**
 * When a name followed by a place finds nothing ("hợp minh yên bái"), the name alone may
 * still be found elsewhere: the search falls back to it and says so ("Không có Hợp Minh ở
 * Yên Bái; có Xã Hợp Minh, Nghệ An") rather than showing an empty list. A query that finds
 * nothing at all says that too.
 */
export interface Elsewhere {
  found: Result[];
  /** The folded words of the name, to keep only the marks typed on them. */
  head: string[];
  /** The name, without its type word ("Hợp Minh"), and the place it was not found in. */
  name: string;
  place: string;
}

/** Exact hits of a name for a reading (its type word respected), as results. */
export type Lookup = (key: string, reading: Reading) => Result[];

/** The place a typed tail names ("yen bai" → "Yên Bái"), or the words as typed. */
function placeOf(engine: Engine, key: string, typed: string): string {
  const named = engine.places.get(key);
  if (named) return named;
  if (key.length >= 3) for (const [k, name] of engine.places) if (k.startsWith(key)) return name;
  return `“${typed}”`;
}

/** The words typed last, as typed ("Yên Bái"), when they can be told apart from the rest. */
function typedTail(text: string, words: number, folded: string): string {
  const typed = text.trim().split(/[\s,;]+/);
  return typed.length >= words ? typed.slice(-words).join(' ') : folded;
}

function describe(r: Result): string {
  const where = r.entry.province ? `${r.entry.name}, ${bareName(r.entry.province)}` : r.entry.name;
  return r.via ? `${where} (trước đây ${r.via})` : where;
}

/** The note for a name found elsewhere, naming the first two results as ranked. */
export function elsewhereNote({ name, place, found }: Elsewhere, ranked: readonly Result[]) {
  const listed = ranked.slice(0, 2).map(describe).join('; ');
  const others = found.length - Math.min(2, ranked.length);
  const more = others > 0 ? ` và ${others} nơi khác` : '';
  const moreEn = others > 0 ? ` and ${others} more` : '';
  return {
    vi: `Không có ${name} ở ${place}; có ${listed}${more}`,
    en: `No ${name} in ${place}; found ${listed}${moreEn}`,
  };
}

/**
 * The longest leading part of the query that is a name, the rest taken as a place that did
 * not match: its exact hits (current or former names), and the note saying where they are.
 */
export function nameElsewhere(
  engine: Engine,
  text: string,
  readings: readonly Reading[],
  lookup: Lookup,
): Elsewhere | undefined {
  for (const reading of readings) {
    const words = reading.rest.split(' ');
    for (let cut = words.length - 1; cut >= 1; cut--) {
      const head = words.slice(0, cut);
      const found = lookup(head.join(' '), reading);
      if (found.length === 0) continue;
      const tail = words.slice(cut).join(' ');
      const place = placeOf(engine, qualifierKey(tail), typedTail(text, words.length - cut, tail));
      const first = found[0]!;
      return { found, head, name: bareName(first.via ?? first.entry.name), place };
    }
  }
  return undefined;
}

/** The note of a query that finds nothing. */
export const nothing = (text: string) => ({
  vi: `Không tìm thấy “${text.trim()}”. Thử bớt chữ, gõ không dấu, hoặc gõ mã đơn vị.`,
  en: `Nothing found for “${text.trim()}”. Try fewer words, no diacritics, or a unit code.`,
});
