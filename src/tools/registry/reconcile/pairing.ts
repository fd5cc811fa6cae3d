import { toneKey } from '../../../lib/util/text.ts';
import { stripTypeWord } from '../sources/type-words.ts';
import { issue, type Issue, type NsoRow, type Snapshot, type SnapshotUnit } from '../types.ts';

/** One commune as seen by the three unit sources, under the code the registry keeps. */
export interface Sighting {
  nso: NsoRow[];
  base: SnapshotUnit;
  current: SnapshotUnit;
  /** Codes the same unit has in another source (Ba Chẽ: 06978 in the snapshots, 06970 in the NSO table). */
  aliases: string[];
}

type Source = 'nso' | 'base' | 'current';
interface Orphan {
  code: string;
  in: Source[];
  parent: string;
  key: string;
}

/**
 * The unit set must be the same in the conversion table and both snapshots. A unit found under
 * one code in some sources and another code in the others (same province, same spelling) is
 * one unit: the NSO code wins and the other becomes an alias (warning). A unit that cannot be
 * paired is an error: the registry never silently drops or invents a unit.
 */
export function pairCommunes(
  nso: ReadonlyMap<string, NsoRow[]>,
  base: Snapshot,
  current: Snapshot,
  nsoFile: string,
): { units: Map<string, Sighting>; issues: Issue[] } {
  const communes = (s: Snapshot) =>
    new Map(s.units.filter((u) => u.level === 'commune').map((u) => [u.code, u]));
  const b = communes(base);
  const c = communes(current);
  const units = new Map<string, Sighting>();
  const orphans: Orphan[] = [];
  for (const code of new Set([...nso.keys(), ...b.keys(), ...c.keys()])) {
    const n = nso.get(code);
    const bu = b.get(code);
    const cu = c.get(code);
    if (n && bu && cu) units.set(code, { nso: n, base: bu, current: cu, aliases: [] });
    else {
      const any = bu ?? cu;
      const name = n ? stripTypeWord(n[0]!.newName) : any!.name;
      const parent = n ? n[0]!.province.code : any!.parent!;
      const present = (['nso', 'base', 'current'] as const).filter(
        (k) => ({ nso: n, base: bu, current: cu })[k],
      );
      orphans.push({ code, in: present, parent, key: `${parent}/${toneKey(name)}` });
    }
  }
  const files: Record<Source, string> = { nso: nsoFile, base: base.file, current: current.file };
  const issues = pairOrphans(orphans, files, (keep, alias) => {
    const from = (k: Source) => (keep.in.includes(k) ? keep.code : alias.code);
    units.set(keep.code, {
      nso: nso.get(from('nso'))!,
      base: b.get(from('base'))!,
      current: c.get(from('current'))!,
      aliases: [alias.code],
    });
  });
  return { units, issues };
}

function pairOrphans(
  orphans: Orphan[],
  files: Record<Source, string>,
  pair: (keep: Orphan, alias: Orphan) => void,
): Issue[] {
  const issues: Issue[] = [];
  const used = new Set<string>();
  const names = (o: Orphan) => o.in.map((k) => files[k]).join(', ');
  for (const o of orphans) {
    if (used.has(o.code)) continue;
    used.add(o.code);
    const partner = orphans.find(
      (p) =>
        !used.has(p.code) &&
        p.key === o.key &&
        p.in.length + o.in.length === 3 &&
        p.in.every((k) => !o.in.includes(k)),
    );
    if (!partner) {
      const missing = (['nso', 'base', 'current'] as const)
        .filter((k) => !o.in.includes(k))
        .map((k) => files[k]);
      issues.push(
        issue(
          'error',
          'UNIT_MISSING',
          { file: missing.join(', '), unit: o.code },
          `Đơn vị ${o.code} (tỉnh ${o.parent}) chỉ có trong ${names(o)}`,
          `Unit ${o.code} (province ${o.parent}) only appears in ${names(o)}`,
        ),
      );
      continue;
    }
    used.add(partner.code);
    const [keep, alias] = o.in.includes('nso') ? [o, partner] : [partner, o];
    pair(keep, alias);
    issues.push(
      issue(
        'warning',
        'CODE_ALIAS',
        { file: names(alias), unit: keep.code },
        `Cùng một đơn vị (tỉnh ${keep.parent}) có mã ${keep.code} trong ${names(keep)} nhưng ${alias.code} trong ${names(alias)}: dùng mã ${keep.code} của bảng NSO, giữ ${alias.code} làm mã khác`,
        `One unit (province ${keep.parent}) is ${keep.code} in ${names(keep)} but ${alias.code} in ${names(alias)}: using the NSO code ${keep.code}, keeping ${alias.code} as an alias`,
      ),
    );
  }
  return issues;
}
