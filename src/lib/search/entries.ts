import { progressOf } from '../model/progress.ts';
import type { Model } from '../model/types.ts';
import { unitTypes, type Unit } from '../schema/unit.ts';
import { slugify } from '../util/text.ts';
import { indicatorPath, planPath, taskPath } from '../views/paths.ts';

/**
 * The static search index, compact because a phone on a slow network downloads it on the
 * first keystroke: one array per unit, lists joined with "|", shared tables for the former
 * districts and provinces, and slugs only where they differ from the name's (URLs are built
 * in the browser by views/paths.ts).
 */
export type EntryKind = 'province' | 'commune' | 'indicator' | 'plan' | 'task';

/**
 * A province or commune: [code, name, type (index into `unitTypes`), province (index into
 * `places`; -1 for a province), slug ("" when it is `defaultSlug`), other spellings and codes
 * ("|"), and for a province its former provinces ("|")]. Trailing empty fields are left out.
 */
export type PlaceRow = [string, string, number, number, ...string[]];

/** An indicator, plan or task: [kind, title, URL, province index or -1, code, other words ("|")]. */
export type PageRow = ['indicator' | 'plan' | 'task', string, string, number, string, string];

/** What the first keystroke loads: every place by its current name, and the pages. */
export interface SearchIndex {
  version: 2;
  places: PlaceRow[];
  pages: PageRow[];
}

/**
 * Loaded right after: for each place (same order), [former names ("|"; a name only partly
 * merged starts with "~"), former districts and provinces (indexes into the tables, ","),
 * codes of the merged units ("|")]. Trailing empty fields are left out.
 */
export interface FormerIndex {
  version: 2;
  districts: string[];
  oldProvinces: string[];
  places: string[][];
}

const TYPE_WORD = /^(Tỉnh|Thành phố|Xã|Phường|Đặc khu) /;

/** The slug a unit gets from its name (province: without the type word); the index omits it when equal. */
export const defaultSlug = (name: string, province: boolean): string =>
  slugify(province ? name.replace(TYPE_WORD, '') : name);

/** Position of each distinct string in a shared table, added on first sight. */
function table(): { list: string[]; refs: (items: readonly string[] | undefined) => string } {
  const list: string[] = [];
  const at = new Map<string, number>();
  const ref = (s: string) => {
    let i = at.get(s);
    if (i === undefined) at.set(s, (i = list.push(s) - 1));
    return i;
  };
  return { list, refs: (items) => (items ?? []).map(ref).join(',') };
}

function trim<T extends unknown[]>(row: T, keep: number): T {
  while (row.length > keep && row.at(-1) === '') row.pop();
  return row;
}

const placeRow = (u: Unit, province: number): PlaceRow =>
  trim<PlaceRow>(
    [
      u.code,
      u.name,
      unitTypes.indexOf(u.type),
      province,
      u.slug === defaultSlug(u.name, u.level === 'province') ? '' : u.slug,
      (u.aliases ?? []).join('|'),
      u.level === 'province' ? u.formerNames.join('|') : '',
    ],
    4,
  );

function formerRow(u: Unit, districts: ReturnType<typeof table>, olds: ReturnType<typeof table>) {
  if (u.level === 'province') return [];
  const partial = new Set(u.partialFormerNames);
  return trim(
    [
      u.formerNames.map((f) => (partial.has(f) ? `~${f}` : f)).join('|'),
      districts.refs(u.formerDistricts),
      olds.refs(u.formerProvinces),
      (u.formerCodes ?? []).filter((c) => c !== u.code && c.length === 5).join('|'),
    ],
    0,
  );
}

/** The places in index order: provinces, then each province's communes. */
function placesOf(model: Model): [Unit, number][] {
  const provinceIndex = new Map(model.provinces.map((p, i) => [p.code, i]));
  const out: [Unit, number][] = model.provinces.map((p) => [p, -1]);
  for (const p of model.provinces)
    for (const c of progressOf(model, p.code).communes) out.push([c, provinceIndex.get(p.code)!]);
  return out;
}

/** Indicators, plans and tasks, with the province a plan or task belongs to. */
function pagesOf(model: Model, provinceIndex: ReadonlyMap<string, number>): PageRow[] {
  const provinceOf = (code: string | undefined) => {
    const unit = code ? model.units.get(code) : undefined;
    return unit ? (provinceIndex.get(unit.parent ?? unit.code) ?? -1) : -1;
  };
  return [
    ...model.indicators.map((i): PageRow => [
      'indicator',
      i.name.vi,
      indicatorPath(i.id),
      -1,
      i.id,
      `${i.short.vi}|${i.name.en}`,
    ]),
    ...model.plans.map((p): PageRow => [
      'plan',
      p.title,
      planPath(p.id),
      provinceOf(p.unit),
      p.number,
      '',
    ]),
    ...model.tasks.map((t): PageRow => [
      'task',
      t.title,
      taskPath(t, model.units),
      provinceOf(t.unit),
      t.id,
      t.lead,
    ]),
  ];
}

/** Builds the static search index from the model: places, then indicators, plans, tasks; and the former names. */
export function buildSearchIndex(model: Model): { index: SearchIndex; former: FormerIndex } {
  const places = placesOf(model);
  const pages = pagesOf(model, new Map(model.provinces.map((p, i) => [p.code, i])));
  const districts = table();
  const olds = table();
  const rows = places.map(([u]) => formerRow(u, districts, olds));
  return {
    index: { version: 2, places: places.map(([u, p]) => placeRow(u, p)), pages },
    former: { version: 2, districts: districts.list, oldProvinces: olds.list, places: rows },
  };
}
