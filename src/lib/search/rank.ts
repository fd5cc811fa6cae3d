import type { EntryKind, SearchIndex } from './entries.ts';

/**
 * Ranks search results the way people look for a place: exact name (with or without its
 * type word, "dong phu" or "xa dong phu") above a name prefix, above a former name, above a
 * fuzzy match (one typo per word); units above other pages. A query that names a province
 * lists the province first, then its communes. Runs in the browser and in tests alike.
 */
export interface Prepared {
  kind: EntryKind;
  name: string;
  url: string;
  type: string;
  province: string;
  code: string;
  /** Folded forms to match: bare name (no type word), full name. */
  keys: string[];
  former: string[];
  provinceKey: string;
  formerNames: string[];
  /** Lower-case name with its marks, with and without the type word: "Đồng Phú" beats "Đông Phú" when typed with marks. */
  marked: string[];
}

export interface Result {
  entry: Prepared;
  score: number;
  /** The former name that matched, to say "formerly …". */
  via?: string;
}

export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const TYPE_WORDS = /^(tinh|thanh pho|xa|phuong|dac khu|thi tran) /;
const MARKED_TYPE_WORDS = /^(tỉnh|thành phố|xã|phường|đặc khu|thị trấn) /;
const lower = (text: string) => text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
const bare = (folded: string) => folded.replace(TYPE_WORDS, '');

export function prepare(index: SearchIndex): Prepared[] {
  return index.entries.map(([kind, name, url, type, p, former, code]) => {
    const full = fold(name);
    const formerNames = former ? former.split('|') : [];
    return {
      kind,
      name,
      url,
      type,
      code,
      formerNames,
      province: p >= 0 ? (index.provinces[p] ?? '') : '',
      provinceKey: p >= 0 ? bare(fold(index.provinces[p] ?? '')) : '',
      keys: [...new Set([bare(full), full])],
      marked: [lower(name), lower(name).replace(MARKED_TYPE_WORDS, '')],
      former: formerNames.map(fold),
    };
  });
}

/** True when b is within one edit (insert, delete, substitute, swap) of a. */
function nearly(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i === a.length && i === b.length) return true;
  const rest = (x: string, y: string) => x === y;
  return (
    rest(a.slice(i + 1), b.slice(i + 1)) || // substitute
    rest(a.slice(i + 1), b.slice(i)) || // delete from a
    rest(a.slice(i), b.slice(i + 1)) || // insert into a
    (a[i] === b[i + 1] && a[i + 1] === b[i] && rest(a.slice(i + 2), b.slice(i + 2))) // swap
  );
}

/** A typo is forgiven in words of 3+ letters whose first letter is right ("ngok bya" → Ngọk Bay). */
function typo(q: string, w: string): boolean {
  return (
    q.length >= 3 &&
    q[0] === w[0] &&
    (nearly(q, w) || nearly(q, w.slice(0, q.length)) || nearly(q, w.slice(0, q.length + 1)))
  );
}

function wordsMatch(query: string[], key: string, fuzzy: boolean): boolean {
  const words = key.split(' ');
  return query.every((q) => words.some((w) => w.startsWith(q) || (fuzzy && typo(q, w))));
}

/** Scores below this come from typo matching only (25, plus at most 6 for the kind of page). */
const FUZZY = 35;

const KIND_BONUS: Record<EntryKind, number> = {
  province: 6,
  commune: 5,
  indicator: 0,
  plan: 0,
  task: -1,
};

function score(
  entry: Prepared,
  q: string,
  tokens: string[],
  typed: string,
): { score: number; via?: string } {
  let best = 0;
  let via: string | undefined;
  const take = (s: number, formerName?: string) => {
    if (s > best) {
      best = s;
      via = formerName;
    }
  };
  if (entry.code === q) take(100);
  for (const key of entry.keys) {
    if (key === q) take(100);
    else if (key.startsWith(q)) take(80);
    else if (wordsMatch(tokens, key, false)) take(60);
    else if (wordsMatch(tokens, key, true)) take(25);
  }
  entry.former.forEach((f, i) => {
    const name = entry.formerNames[i];
    const b = bare(f);
    if (b === q || f === q) take(70, name);
    else if (b.startsWith(q) || f.startsWith(q)) take(50, name);
    else if (wordsMatch(tokens, f, false)) take(40, name);
  });
  // "quang ngai" also lists the communes of Quảng Ngãi, after the province itself.
  if (
    entry.kind === 'commune' &&
    entry.provinceKey &&
    (entry.provinceKey === q || (q.length >= 4 && entry.provinceKey.startsWith(q)))
  )
    take(30);
  if (best > 0 && entry.marked.includes(typed)) best += 2;
  return best > 0
    ? { score: best + KIND_BONUS[entry.kind], ...(via ? { via } : {}) }
    : { score: 0 };
}

export function search(entries: readonly Prepared[], query: string, limit = 20): Result[] {
  const q = fold(query);
  if (q.length === 0) return [];
  const tokens = q.split(' ');
  const typed = lower(query);
  const results: Result[] = [];
  for (const entry of entries) {
    const s = score(entry, q, tokens, typed);
    if (s.score > 0) results.push({ entry, score: s.score, ...(s.via ? { via: s.via } : {}) });
  }
  results.sort(
    (a, b) =>
      b.score - a.score ||
      a.entry.name.localeCompare(b.entry.name, 'vi') ||
      a.entry.province.localeCompare(b.entry.province, 'vi'),
  );
  // Typo matches only help when nothing matched as typed.
  const strong = results.filter((r) => r.score >= FUZZY);
  return (strong.length > 0 ? strong : results).slice(0, limit);
}
