import type {
  Change,
  Issue,
  KnownChange,
  NsoRow,
  Predecessor,
  ProvinceCodeRow,
  ProvinceMapRow,
  RegistryUnit,
  Snapshot,
} from '../types.ts';
import { KNOWN_CHANGES } from './changes.ts';
import { reconcileCommune } from './communes.ts';
import { settleOldCodes } from './old-codes.ts';
import { correctOldProvinces } from './old-provinces.ts';
import { pairCommunes } from './pairing.ts';
import { reconcileProvinces } from './provinces.ts';
import { assignSlugs } from './slugs.ts';

export interface Sources {
  nso: { file: string; rows: NsoRow[] };
  /** The snapshot of the reorganisation (2025-07-01). */
  base: Snapshot;
  /** The newest snapshot: its types and unit set win. */
  current: Snapshot;
  map: { file: string; rows: ProvinceMapRow[] };
  codes: { file: string; rows: ProvinceCodeRow[] };
}

export interface Registry {
  /** Provinces by code, then communes by province and code. */
  units: RegistryUnit[];
  predecessors: Predecessor[];
  /** Units whose type changed after the reorganisation. */
  changes: Change[];
  issues: Issue[];
}

/**
 * Reconciles the statistics office's conversion table, the 2025 and the newest registry
 * snapshots and the two province tables into one registry (rules: data/registry/README.md).
 */
export function reconcile(src: Sources, known: readonly KnownChange[] = KNOWN_CHANGES): Registry {
  const corrected = correctOldProvinces(src.nso.rows, src.map.rows, src.nso.file);
  const codes = settleOldCodes(corrected.rows, src.nso.file);
  const issues = [...corrected.issues, ...codes.issues];
  const provinces = reconcileProvinces({
    nso: { file: src.nso.file, rows: corrected.rows },
    base: src.base,
    current: src.current,
    map: src.map,
    codes: src.codes,
    changes: known,
  });
  issues.push(...provinces.issues);
  const paired = pairCommunes(
    Map.groupBy(corrected.rows, (r) => r.newCode),
    src.base,
    src.current,
    src.nso.file,
  );
  issues.push(...paired.issues);
  const ctx = {
    nsoFile: src.nso.file,
    base: src.base,
    current: src.current,
    changes: known,
    codeFixes: codes.fixes,
    issues,
  };
  const communes: RegistryUnit[] = [];
  const predecessors: Predecessor[] = [];
  const changes = [...provinces.changes];
  for (const [code, sighting] of [...paired.units].sort((a, b) => a[0].localeCompare(b[0]))) {
    const done = reconcileCommune(code, sighting, ctx);
    if (!done) continue;
    communes.push(done.unit);
    for (const p of done.predecessors) predecessors.push(p);
    if (done.change) changes.push(done.change);
  }
  const known34 = new Set(provinces.units.map((p) => p.code));
  for (const c of communes.filter((c) => !known34.has(c.parent!)))
    issues.push({
      severity: 'error',
      code: 'UNIT_MISSING',
      file: src.nso.file,
      unit: c.code,
      message: `Tỉnh ${c.parent} của xã ${c.code} không có`,
      messageEn: `Province ${c.parent} of ${c.code} is missing`,
    });
  communes.sort((a, b) => a.parent!.localeCompare(b.parent!) || a.code.localeCompare(b.code));
  const units = [...provinces.units, ...communes];
  issues.push(...assignSlugs(units));
  return { units, predecessors, changes, issues };
}
