import { unitTypeLabel } from '../../../lib/schema/unit.ts';
import { newStyleTones, toneKey } from '../../../lib/util/text.ts';
import { stripTypeWord } from '../sources/type-words.ts';
import {
  issue,
  type Change,
  type Issue,
  type KnownChange,
  type NsoRow,
  type ProvinceCodeRow,
  type ProvinceMapRow,
  type RegistryUnit,
  type Snapshot,
  type SnapshotUnit,
} from '../types.ts';
import { typeChange } from './type-change.ts';
import { preferred, vote } from './vote.ts';

export interface ProvinceSources {
  nso: { file: string; rows: readonly NsoRow[] };
  base: Snapshot;
  current: Snapshot;
  map: { file: string; rows: readonly ProvinceMapRow[] };
  codes: { file: string; rows: readonly ProvinceCodeRow[] };
  changes: readonly KnownChange[];
}

/** The sources' view of one province code. */
interface Seen {
  code: string;
  nso: NsoRow['province'] | undefined;
  base: SnapshotUnit | undefined;
  current: SnapshotUnit | undefined;
  codes: ProvinceCodeRow | undefined;
  olds: ProvinceMapRow[];
}

/**
 * The 34 provinces: the same set in all five sources (error otherwise), the majority spelling,
 * the newest type, and their former provinces (the 63 before 1 July 2025) from the 63 → 34
 * table, which must agree with the old provinces the conversion table names (error otherwise).
 */
export function reconcileProvinces(s: ProvinceSources): {
  units: RegistryUnit[];
  changes: Change[];
  issues: Issue[];
} {
  const issues: Issue[] = [];
  const changes: Change[] = [];
  const units: RegistryUnit[] = [];
  for (const seen of gather(s)) {
    const missing = Object.entries({
      [s.nso.file]: seen.nso,
      [s.base.file]: seen.base,
      [s.current.file]: seen.current,
      [s.codes.file]: seen.codes,
      [s.map.file]: seen.olds[0],
    })
      .filter(([, v]) => !v)
      .map(([f]) => f);
    if (missing.length > 0)
      issues.push(
        issue(
          'error',
          'UNIT_MISSING',
          { file: missing.join(', '), unit: seen.code },
          `Tỉnh ${seen.code} thiếu trong ${missing.join(', ')}`,
          `Province ${seen.code} is missing from ${missing.join(', ')}`,
        ),
      );
    if (!seen.current || !seen.base) continue;
    const change = typeChange(
      seen.base,
      seen.current,
      s.changes,
      s.current.file,
      s.current.date,
      issues,
    );
    if (change) changes.push(change);
    units.push(province(seen, s, issues));
    checkOldProvinces(seen, s, issues);
  }
  return { units, changes, issues };
}

function gather(s: ProvinceSources): Seen[] {
  const provinces = (snap: Snapshot) =>
    new Map(snap.units.filter((u) => u.level === 'province').map((u) => [u.code, u]));
  const base = provinces(s.base);
  const current = provinces(s.current);
  const codes = new Map(s.codes.rows.map((r) => [r.code, r]));
  const olds = Map.groupBy(s.map.rows, (r) => r.newCode);
  const nso = new Map<string, NsoRow['province']>();
  for (const r of s.nso.rows) if (!nso.has(r.province.code)) nso.set(r.province.code, r.province);
  const all = new Set([
    ...base.keys(),
    ...current.keys(),
    ...codes.keys(),
    ...olds.keys(),
    ...nso.keys(),
  ]);
  return [...all].sort().map((code) => ({
    code,
    nso: nso.get(code),
    base: base.get(code),
    current: current.get(code),
    codes: codes.get(code),
    olds: olds.get(code) ?? [],
  }));
}

function province(seen: Seen, s: ProvinceSources, issues: Issue[]): RegistryUnit {
  const current = seen.current!;
  const spelled = vote(
    [
      { source: s.nso.file, text: seen.nso ? stripTypeWord(seen.nso.name) : '' },
      { source: s.base.file, text: seen.base!.name },
      { source: s.current.file, text: current.name },
      { source: s.codes.file, text: seen.codes ? stripTypeWord(seen.codes.name) : '' },
      { source: s.map.file, text: seen.olds[0] ? stripTypeWord(seen.olds[0].newName) : '' },
    ],
    seen.code,
  );
  issues.push(...spelled.issues);
  const label = unitTypeLabel[current.type].vi;
  const bare = newStyleTones(preferred(spelled.winner, s.base.file));
  const name = `${label} ${bare}`;
  const formerProvinces = seen.olds.map((o) => newStyleTones(o.oldName));
  const formerNames = [...formerProvinces, newStyleTones(seen.base!.fullName)].filter(
    (f, i, all) =>
      toneKey(f) !== toneKey(name) && all.findIndex((g) => toneKey(g) === toneKey(f)) === i,
  );
  return {
    code: seen.code,
    name,
    level: 'province',
    type: current.type,
    formerNames,
    ...(formerProvinces.length > 0
      ? { formerProvinces, formerCodes: seen.olds.map((o) => o.oldCode) }
      : {}),
    ...(spelled.others.length > 0
      ? { aliases: spelled.others.map((o) => `${label} ${newStyleTones(o)}`) }
      : {}),
    slug: '',
  };
}

/** The 63 → 34 table and the conversion table must name the same old provinces. */
function checkOldProvinces(seen: Seen, s: ProvinceSources, issues: Issue[]): void {
  const fromMap = new Set(seen.olds.map((o) => o.oldCode));
  const fromNso = new Set(
    s.nso.rows.filter((r) => r.province.code === seen.code).map((r) => r.oldProvince.code),
  );
  const same = fromMap.size === fromNso.size && [...fromMap].every((c) => fromNso.has(c));
  if (!same)
    issues.push(
      issue(
        'error',
        'PROVINCE_SET_MISMATCH',
        { file: `${s.map.file}, ${s.nso.file}`, unit: seen.code },
        `Tỉnh ${seen.code}: tỉnh cũ theo bảng 63→34 {${[...fromMap].join(', ')}} khác theo bảng NSO {${[...fromNso].join(', ')}}`,
        `Province ${seen.code}: old provinces per the 63→34 table {${[...fromMap].join(', ')}} differ from the NSO table's {${[...fromNso].join(', ')}}`,
      ),
    );
}
