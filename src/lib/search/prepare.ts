import { unitTypeLabel, unitTypes } from '../schema/unit.ts';
import { fold } from '../util/text.ts';
import { unitSlugPath } from '../views/paths.ts';
import { PROVINCE_ALIASES } from './aliases.ts';
import { defaultSlug, type EntryKind, type FormerIndex, type SearchIndex } from './entries.ts';
import { bareKey, forms, splitType, typeOf } from './query.ts';

/** A name an entry is also found by: an alias, a former name. `show` is said as "trước đây: …". */
export interface Alt {
  key: string;
  type: string;
  /** Tier of an exact match: 0 alias or former province, 2 former name, 2.2 partly merged. */
  tier: number;
  show?: string | undefined;
}

export interface Prepared {
  kind: EntryKind;
  name: string;
  url: string;
  /** Type label shown beside the name ("Xã", "Kế hoạch"). */
  type: string;
  /** The province a commune, plan or task belongs to, shown to tell twins apart. */
  province: string;
  code: string;
  /** Order among equals: province, commune, indicator or plan, task. */
  rank: number;
  /** Folded type word of the name ("xa"); "" for pages. */
  typeKey: string;
  /** Folded forms of the name without its type word (pages: the title). */
  keys: string[];
  alts: Alt[];
  /** What may follow the name to narrow it: its province (name, aliases, former provinces), its own former provinces and districts. */
  quals: string[];
  /** Province names that list this commune: its province's, and its former provinces'. */
  homes: string[];
  districts: { key: string; show: string }[];
  codes: { code: string; tier: number; show?: string }[];
  /** Texts whose marked words a query with marks must agree with. */
  texts: string[];
  /** Words of `texts`, [letters, tones], computed on the first query with marks. */
  vocabulary?: [string, string][];
}

export interface Hit {
  entry: Prepared;
  type: string;
  tier: number;
  show?: string | undefined;
}

export interface Engine {
  entries: Prepared[];
  /** Folded bare name → the entries with that name or alternative name. */
  exact: Map<string, Hit[]>;
  /** Folded place words that may follow a name → the place, as said ("yen bai" → "Yên Bái"). */
  places: Map<string, string>;
}

const RANK: Record<EntryKind, number> = { province: 0, commune: 1, indicator: 2, plan: 2, task: 3 };
const list = (s: string | undefined): string[] => (s ? s.split('|') : []);

function addKey(
  engine: Engine,
  entry: Prepared,
  key: string,
  type: string,
  tier: number,
  show?: string,
) {
  let hits = engine.exact.get(key);
  if (!hits) engine.exact.set(key, (hits = []));
  hits.push({ entry, type, tier, show });
}

/** Adds an alternative name to an entry, and to the exact index. */
export function addAlt(engine: Engine, entry: Prepared, name: string, tier: number, show?: string) {
  for (const f of forms(name)) {
    const typed = splitType(f);
    const alt = { key: typed?.rest ?? f, type: typed?.type ?? '', tier, show };
    entry.alts.push(alt);
    addKey(engine, entry, alt.key, alt.type, tier, show);
  }
  entry.texts.push(name);
}

function place(
  row: SearchIndex['places'][number],
  province: Prepared | undefined,
  provinceSlug: string,
): Prepared {
  const [code, name, typeIndex, , slug] = row;
  const type = unitTypes[typeIndex]!;
  const own = slug || defaultSlug(name, !province);
  const folded = forms(name);
  const parentKeys = province
    ? [...province.keys, ...province.alts.filter((a) => a.tier === 0).map((a) => a.key)]
    : [];
  return {
    kind: province ? 'commune' : 'province',
    name,
    url: province ? unitSlugPath(provinceSlug, own) : unitSlugPath(own),
    type: unitTypeLabel[type].vi,
    province: province?.name ?? '',
    code,
    rank: province ? 1 : 0,
    typeKey: typeOf(folded[0]!),
    keys: folded.map(bareKey),
    alts: [],
    quals: parentKeys,
    homes: province ? [...province.keys] : [],
    districts: [],
    codes: [],
    texts: province ? [name, province.name] : [name],
  };
}

function page(row: SearchIndex['pages'][number], provinces: readonly Prepared[]): Prepared {
  const [kind, title, url, p, code, words] = row;
  const label = { indicator: 'Chỉ tiêu', plan: 'Kế hoạch', task: 'Nhiệm vụ' }[kind];
  return {
    kind,
    name: title,
    url,
    type: label,
    province: provinces[p]?.name ?? '',
    code,
    rank: RANK[kind],
    typeKey: '',
    keys: forms(title),
    alts: list(words).flatMap((w) => forms(w).map((key) => ({ key, type: '', tier: 7 }))),
    quals: [],
    homes: [],
    districts: [],
    codes: [],
    texts: [title, ...list(words)],
  };
}

const TYPE_WORD = /^(Tỉnh|Thành phố|Xã|Phường|Đặc khu|Thị trấn|Thị xã|Huyện|Quận) /;
/** A name as said without its type word: "Tỉnh Yên Bái" → "Yên Bái". */
export const bareName = (name: string): string => name.replace(TYPE_WORD, '');

/**
 * The abbreviations people write for a province, from its name: its words' initials ("Quảng
 * Ninh" → "qn", "Hồ Chí Minh" → "hcm"), and with "tp" in front for a city ("tphcm", "tphue").
 */
export function initials(name: string): string[] {
  const words = bareKey(fold(name)).split(' ');
  const short = words.length > 1 ? words.map((w) => w[0]).join('') : '';
  const city = typeOf(fold(name)) === 'thanh pho' ? `tp${short || words[0]}` : '';
  return [short, city].filter(Boolean);
}

/** A province's names, abbreviations and former provinces, as words that may follow a commune's name. */
function addProvince(engine: Engine, entry: Prepared, aliases: string[], former: string[]) {
  for (const key of entry.keys) engine.places.set(key, bareName(entry.name));
  for (const alias of aliases) addAlt(engine, entry, alias, 0);
  for (const f of former) addAlt(engine, entry, f, 0, f);
  for (const a of PROVINCE_ALIASES[entry.code] ?? []) {
    const [alias, show] = typeof a === 'string' ? [a, undefined] : a;
    addAlt(engine, entry, alias, 0, show);
  }
  for (const alt of entry.alts) engine.places.set(alt.key, bareName(alt.show ?? entry.name));
  for (const short of initials(entry.name)) addAlt(engine, entry, short, 0.3);
  for (const f of former) for (const short of initials(f)) addAlt(engine, entry, short, 0.4, f);
}

/** The entries of the first index: places by their current names, curated aliases, pages. */
export function prepare(index: SearchIndex): Engine {
  const engine: Engine = { entries: [], exact: new Map(), places: new Map() };
  const provinces: Prepared[] = [];
  const slugs: string[] = [];
  for (const row of index.places) {
    const [, name, , p, slug, aliases, former] = row;
    const entry = place(row, provinces[p], slugs[p] ?? '');
    if (p < 0) {
      provinces.push(entry);
      slugs.push(slug || defaultSlug(name, true));
    }
    for (const key of entry.keys) addKey(engine, entry, key, entry.typeKey, 0);
    const names = list(aliases).filter((alias) => {
      if (!/^\d+$/.test(alias)) return true;
      entry.codes.push({ code: alias, tier: 0.2 });
      return false;
    });
    if (p < 0) addProvince(engine, entry, names, list(former));
    else for (const alias of names) addAlt(engine, entry, alias, 0);
    engine.entries.push(entry);
  }
  for (const row of index.pages) engine.entries.push(page(row, provinces));
  return engine;
}

/**
 * Adds the second index: former names (whole, then partly merged), former districts and
 * provinces (which also narrow "name + province" queries), codes of the merged units.
 */
export function addFormer(engine: Engine, former: FormerIndex): void {
  const districts = former.districts.map((d) => ({ key: bareKey(fold(d)), show: `thuộc ${d}` }));
  const olds = former.oldProvinces.map((o) => forms(o).map(bareKey));
  // A province's name comes before a district's of the same words (Thành phố Yên Bái).
  const place = (key: string, name: string) =>
    engine.places.get(key) ?? engine.places.set(key, name);
  former.oldProvinces.forEach((o, i) => olds[i]!.forEach((key) => place(key, bareName(o))));
  former.districts.forEach((d, i) => place(districts[i]!.key, d));
  former.places.forEach(([names, d, o, codes], i) => {
    const entry = engine.entries[i];
    if (!entry || entry.rank > 1) return;
    for (const f of list(names)) {
      const partial = f.startsWith('~');
      const name = partial ? f.slice(1) : f;
      addAlt(engine, entry, name, partial ? 2.2 : 2, name);
    }
    for (const k of d ? d.split(',') : []) {
      const district = districts[Number(k)]!;
      entry.districts.push(district);
      entry.quals.push(district.key);
      entry.texts.push(former.districts[Number(k)]!);
    }
    for (const k of o ? o.split(',') : []) {
      for (const key of olds[Number(k)]!) (entry.quals.push(key), entry.homes.push(key));
      entry.texts.push(former.oldProvinces[Number(k)]!);
    }
    for (const code of list(codes)) entry.codes.push({ code, tier: 0.5, show: `mã ${code}` });
    delete entry.vocabulary;
  });
}
