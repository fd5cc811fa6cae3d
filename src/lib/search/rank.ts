import { levelOfType, qualifierKey, readQuery, type Query, type Reading } from './query.ts';
import type { Engine, Hit, Prepared } from './prepare.ts';
import { typoMatch } from './typo.ts';
import { fold, splitTones } from '../util/text.ts';
import { elsewhereNote, nameElsewhere, nothing, type Lookup } from './elsewhere.ts';

/**
 * Ranks search results the way people look for a place. Tiers, best first: a code; the exact
 * name (or a curated alias, or a former province's name: "binh duong" finds Thành phố Hồ Chí
 * Minh); a former name typed with its type word; the name with another type word; an exact
 * former name (whole merge, then partial);
 * a name or former name followed by its province or former district ("hop minh nghe an");
 * a name prefix or all words; a former name prefix; a former district; the communes of a
 * province named; then indicators and plans, then tasks; one typo per word only when nothing
 * matched as typed. Places come before pages, provinces before communes at equal tier, and
 * words typed with marks must agree with the marks of the name ("xã đồng phú" is not Xã Đông
 * Phú). When nothing matches, a name followed by a place falls back to the name alone, with a
 * note saying where it is (elsewhere.ts). Runs in the browser and in tests alike.
 */
export interface Result {
  entry: Prepared;
  tier: number;
  /** The former name (or code, or district) that matched, said as "trước đây: …". */
  via?: string;
}

export const TIER = {
  exact: 0,
  ownEarlierName: 0.7,
  typedFormer: 0.8,
  otherType: 1,
  qualified: 3,
  prefix: 4,
  words: 4.1,
  formerPrefix: 4.5,
  district: 5,
  inProvince: 6,
  page: 7,
  typo: 9,
} as const;

type Note = (entry: Prepared, tier: number, via?: string) => void;

const compatible = (typed: string, named: string) => !typed || !named || typed === named;

/**
 * Tier of an exact hit for a reading (and the former name to show), or undefined when its type
 * word rules it out. A former name typed with its own type word ("thị trấn sịa") is precise:
 * it comes right after the exact current names, the unit's own earlier name first ("xã đồng
 * phú": Phường Đồng Phú, then Xã An Bình, which absorbed another Xã Đồng Phú). The name with
 * another type word of the same level ("xã" for a phường) comes next.
 */
function hitTier(
  hit: Hit,
  key: string,
  reading: Reading,
): { tier: number; show?: string | undefined } | undefined {
  if (reading.type && hit.tier > 0 && hit.type === reading.type) {
    const own = hit.entry.keys.includes(key);
    return { tier: own ? TIER.ownEarlierName : TIER.typedFormer + (hit.tier - 2), show: hit.show };
  }
  if (compatible(reading.type, hit.type)) return hit;
  const sameLevel = levelOfType(reading.type) === levelOfType(hit.type);
  if (hit.tier !== 0 || hit.type !== hit.entry.typeKey || !sameLevel) return undefined;
  return { tier: TIER.otherType };
}

const qualifies = (entry: Prepared, tail: string) =>
  entry.quals.some((k) => k === tail || (tail.length >= 3 && k.startsWith(tail)));

/** Exact names, and names followed by a qualifier, from the exact index. */
function exactMatches(engine: Engine, reading: Reading, note: Note): void {
  for (const hit of engine.exact.get(reading.rest) ?? []) {
    const t = hitTier(hit, reading.rest, reading);
    if (t) note(hit.entry, t.tier, t.show);
  }
  const words = reading.rest.split(' ');
  for (let cut = 1; cut < words.length; cut++) {
    const tail = qualifierKey(words.slice(cut).join(' '));
    const head = words.slice(0, cut).join(' ');
    for (const hit of engine.exact.get(head) ?? []) {
      const t = hitTier(hit, head, reading);
      if (t && qualifies(hit.entry, tail)) note(hit.entry, TIER.qualified + t.tier / 20, t.show);
    }
  }
}

/** Exact hits of a whole name (current or former), its type word respected: the fallback's. */
const lookup =
  (engine: Engine): Lookup =>
  (key, reading) => {
    const { best, note } = collector();
    for (const hit of engine.exact.get(key) ?? []) {
      const t = hitTier(hit, key, reading);
      if (t) note(hit.entry, t.tier, t.show);
    }
    return [...best.values()];
  };

/** Every typed word starts a word of the key ("phu dong" in "xa phu dong"); `spaced` are " " + token. */
const allWords = (tokens: readonly string[], spaced: readonly string[], key: string) =>
  tokens.every((t, i) => key.startsWith(t) || key.includes(spaced[i]!));

/** Prefixes, words in any order, former districts, a province's communes: one pass over the entries. */
function scan(entries: readonly Prepared[], reading: Reading, note: Note): void {
  const { rest, type } = reading;
  const tokens = rest.split(' ');
  const spaced = tokens.map((t) => ` ${t}`);
  const words = (key: string) => allWords(tokens, spaced, key);
  for (const e of entries) {
    if (e.rank > 1) {
      if (!type) scanPage(e, rest, words, note);
      continue;
    }
    if (compatible(type, e.typeKey))
      for (const k of e.keys)
        if (k.startsWith(rest)) note(e, TIER.prefix);
        else if (words(k)) note(e, TIER.words);
    for (const a of e.alts)
      if (compatible(type, a.type) && (a.key.startsWith(rest) || words(a.key)))
        note(e, a.show && a.tier > 0 ? TIER.formerPrefix : TIER.words, a.show);
    if (type) continue;
    for (const d of e.districts) if (d.key === rest) note(e, TIER.district, d.show);
    if (e.homes.some((h) => h === rest || (rest.length >= 4 && h.startsWith(rest))))
      note(e, TIER.inProvince);
  }
}

/** Indicators and plans after places, tasks last: exact title, title prefix, all words. */
function scanPage(e: Prepared, rest: string, words: (key: string) => boolean, note: Note): void {
  const base = TIER.page + (e.rank - 2);
  for (const k of e.keys)
    if (k === rest) note(e, base);
    else if (k.startsWith(rest)) note(e, base + 0.2);
    else if (words(k)) note(e, base + 0.4);
  if (e.alts.some((a) => words(a.key))) note(e, base + 0.4);
}

/** One typo per word, against names, aliases and former names. */
function typos(entries: readonly Prepared[], reading: Reading, note: Note): void {
  const tokens = reading.rest.split(' ');
  for (const e of entries) {
    if (!compatible(reading.type, e.typeKey) && e.rank <= 1) continue;
    if (e.keys.some((k) => typoMatch(tokens, k))) note(e, TIER.typo + e.rank / 10);
    else {
      const alt = e.alts.find((a) => typoMatch(tokens, a.key));
      if (alt) note(e, TIER.typo + 0.5, alt.show);
    }
  }
}

function codes(entries: readonly Prepared[], digits: string, note: Note): void {
  for (const e of entries) {
    if (e.code === digits) note(e, TIER.exact);
    else if (e.rank === 1 && e.code.startsWith(digits)) note(e, TIER.prefix);
    for (const c of e.codes) if (c.code === digits) note(e, c.tier, c.show);
  }
}

/**
 * A typed word agrees with a word of the name when every mark typed is there: "đong" agrees
 * with "đông" (the circumflex was left out, not contradicted), "dong" with anything, but
 * "đông" not with "đồng" once a tone is typed, nor "đồng" with "đông".
 */
function lettersAgree(typed: string, named: string): boolean {
  if (named.length < typed.length) return false;
  for (let i = 0; i < typed.length; i++) {
    const t = typed[i]!;
    if (t !== named[i] && (t.charCodeAt(0) >= 128 || fold(named[i]!) !== t)) return false;
  }
  return true;
}

/** Words typed with marks must each appear, marks and all, among the entry's words. */
function marksAgree(entry: Prepared, marked: Query['marked']): boolean {
  if (marked.length === 0) return true;
  entry.vocabulary ??= entry.texts
    .flatMap((t) =>
      t
        .normalize('NFC')
        .toLowerCase()
        .split(/[^\p{L}\p{M}\d']+/u),
    )
    .filter(Boolean)
    .map(splitTones);
  const words = entry.vocabulary;
  return marked.every(([b, t]) =>
    words.some(([wb, wt]) => lettersAgree(b, wb) && (t === '' || t === wt)),
  );
}

const collator = new Intl.Collator('vi');

/**
 * Sorts results: places found by name before pages (a place name outranks task text even
 * when its marks disagree), then marks agreeing first, then tier, kind, name and province.
 */
function ranked(found: Iterable<Result>, marked: Query['marked'], limit: number): Result[] {
  const scored = [...found].map((r) => ({
    r,
    page: r.tier >= TIER.page && r.tier < TIER.typo ? 1 : 0,
    miss: marksAgree(r.entry, marked) ? 0 : 1,
  }));
  scored.sort(
    (a, b) =>
      a.page - b.page ||
      a.miss - b.miss ||
      a.r.tier - b.r.tier ||
      a.r.entry.rank - b.r.entry.rank ||
      collator.compare(a.r.entry.name, b.r.entry.name) ||
      collator.compare(a.r.entry.province, b.r.entry.province),
  );
  return scored.slice(0, limit).map((s) => s.r);
}

/** Keeps the best tier of each entry. */
function collector(): { best: Map<Prepared, Result>; note: Note } {
  const best = new Map<Prepared, Result>();
  const note: Note = (entry, tier, via) => {
    const had = best.get(entry);
    if (!had || tier < had.tier) best.set(entry, { entry, tier, ...(via ? { via } : {}) });
  };
  return { best, note };
}

/** What a query finds: the results, and a message when they are not what was asked for. */
export interface Answer {
  results: Result[];
  /** "Không có Hợp Minh ở Yên Bái; có Xã Hợp Minh, Nghệ An", or that nothing was found. */
  note?: { vi: string; en: string };
}

export function answer(engine: Engine, text: string, limit = 20): Answer {
  const query = readQuery(text);
  const { best, note } = collector();
  if (query.digits) codes(engine.entries, query.digits, note);
  else
    for (const reading of query.readings) {
      exactMatches(engine, reading, note);
      scan(engine.entries, reading, note);
    }
  if (best.size === 0) for (const reading of query.readings) typos(engine.entries, reading, note);
  if (best.size > 0) return { results: ranked(best.values(), query.marked, limit) };
  const elsewhere = nameElsewhere(engine, text, query.readings, lookup(engine));
  if (elsewhere) {
    // Marks typed on the place that did not match must not demote the name.
    const marked = query.marked.filter(([letters]) => elsewhere.head.includes(fold(letters)));
    const results = ranked(elsewhere.found, marked, limit);
    return { results, note: elsewhereNote(elsewhere, results) };
  }
  const asked = query.readings.length > 0 || query.digits !== '';
  return asked ? { results: [], note: nothing(text) } : { results: [] };
}

export function search(engine: Engine, text: string, limit = 20): Result[] {
  return answer(engine, text, limit).results;
}
