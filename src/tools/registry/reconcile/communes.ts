import { unitTypeLabel } from '../../../lib/schema/unit.ts';
import { newStyleTones, slugify, toneKey } from '../../../lib/util/text.ts';
import { stripTypeWord } from '../sources/type-words.ts';
import {
  issue,
  type Change,
  type Issue,
  type KnownChange,
  type Predecessor,
  type RegistryUnit,
  type Snapshot,
} from '../types.ts';
import type { Sighting } from './pairing.ts';
import { typeChange } from './type-change.ts';
import { preferred, vote } from './vote.ts';

export interface CommuneContext {
  nsoFile: string;
  base: Snapshot;
  current: Snapshot;
  changes: readonly KnownChange[];
  /** Old codes corrected by `settleOldCodes`, by NSO line. */
  codeFixes: ReadonlyMap<number, string>;
  issues: Issue[];
}

const unique = (items: readonly string[], key: (s: string) => string = (s) => s): string[] => {
  const seen = new Set<string>();
  return items.filter((s) => !seen.has(key(s)) && !!seen.add(key(s)));
};

/**
 * One commune: its parent (which all three sources must agree on), the majority spelling, the
 * newest type, and its former units from the conversion table, with the unit's own previous
 * name when its type changed later (Phường Đồng Phú was Xã Đồng Phú until 30/04/2026).
 */
export function reconcileCommune(
  code: string,
  s: Sighting,
  ctx: CommuneContext,
): { unit: RegistryUnit; predecessors: Predecessor[]; change: Change | null } | null {
  if (!consistent(code, s, ctx)) return null;
  const spelled = vote(
    [
      { source: ctx.nsoFile, text: stripTypeWord(s.nso[0]!.newName) },
      { source: ctx.base.file, text: s.base.name },
      { source: ctx.current.file, text: s.current.name },
    ],
    code,
    { source: ctx.nsoFile, line: s.nso[0]!.line },
  );
  ctx.issues.push(...spelled.issues);
  const label = unitTypeLabel[s.current.type].vi;
  const bare = newStyleTones(preferred(spelled.winner, ctx.base.file));
  const name = `${label} ${bare}`;
  const { changes, current, issues } = ctx;
  const change = typeChange(s.base, s.current, changes, current.file, current.date, issues);
  const predecessors = s.nso.map((r): Predecessor => ({
    newCode: code,
    oldCode: ctx.codeFixes.get(r.line) ?? r.oldCode,
    oldName: newStyleTones(r.oldName),
    oldDistrict: r.district ? newStyleTones(r.district.name) : '',
    oldProvince: newStyleTones(r.oldProvince.name),
    kind: r.kind,
    line: r.line,
  }));
  const previous = change ? `${unitTypeLabel[s.base.type].vi} ${bare}` : '';
  const former = formerNames(s, name, bare, previous);
  const districts = predecessors.map((p) => p.oldDistrict).filter(Boolean);
  const unit: RegistryUnit = {
    code,
    name,
    level: 'commune',
    type: s.current.type,
    parent: s.nso[0]!.province.code,
    formerNames: former.all,
    ...optional('partialFormerNames', former.partial),
    // Its page had the previous name's slug ("xa-dong-phu") until the change: that URL redirects.
    ...optional('formerSlugs', previous ? [slugify(previous)] : []),
    ...optional('formerDistricts', unique(districts, toneKey)),
    ...optional(
      'formerProvinces',
      unique(
        predecessors.map((p) => p.oldProvince),
        toneKey,
      ),
    ),
    ...optional('formerCodes', unique(predecessors.map((p) => p.oldCode).filter(Boolean))),
    ...optional('aliases', [
      ...spelled.others.map((o) => `${label} ${newStyleTones(o)}`),
      ...s.aliases,
    ]),
    slug: '',
  };
  return { unit, predecessors, change };
}

/** The three sources must agree on the parent (error otherwise) and should on the 2025 type. */
function consistent(code: string, s: Sighting, ctx: CommuneContext): boolean {
  const first = s.nso[0]!;
  if (first.newType !== s.base.type)
    ctx.issues.push(
      issue(
        'warning',
        'TYPE_MISMATCH',
        { file: ctx.nsoFile, line: first.line, unit: code },
        `Xã ${code}: loại ${first.newType} (bảng NSO) khác ${s.base.type} (bản 2025)`,
        `${code}: type ${first.newType} (NSO table) differs from ${s.base.type} (2025 snapshot)`,
      ),
    );
  const parents = new Set([first.province.code, s.base.parent, s.current.parent]);
  if (parents.size === 1) return true;
  ctx.issues.push(
    issue(
      'error',
      'PARENT_MISMATCH',
      { file: `${ctx.nsoFile}, ${ctx.base.file}, ${ctx.current.file}`, unit: code },
      `Xã ${code} thuộc các tỉnh khác nhau: ${[...parents].join(', ')}`,
      `Commune ${code} is under different provinces: ${[...parents].join(', ')}`,
    ),
  );
  return false;
}

const optional = <K extends string>(key: K, list: string[]) =>
  (list.length > 0 ? { [key]: list } : {}) as Partial<Record<K, string[]>>;

/**
 * Names of the former units whose spelling differs from the current full name (so "Thị trấn
 * Ba Chẽ" is a former name of "Xã Ba Chẽ", "Xã Ba Chẽ" is not); the district for a special zone
 * made from a whole district; the unit's own previous name last. A name that came whole from
 * one row and partly from another counts as whole.
 */
function formerNames(s: Sighting, name: string, bare: string, previous: string) {
  const partial = new Map<string, { name: string; partial: boolean }>();
  const add = (text: string, isPartial: boolean) => {
    const key = toneKey(text);
    const had = partial.get(key);
    if (had) had.partial &&= isPartial;
    else partial.set(key, { name: newStyleTones(text), partial: isPartial });
  };
  for (const r of s.nso) {
    const former =
      r.kind === 'district' ? (r.district?.name ?? '') : r.kind === 'not-a-unit' ? '' : r.oldName;
    const same =
      toneKey(former) === toneKey(name) ||
      (!r.oldType && r.kind !== 'district' && toneKey(former) === toneKey(bare));
    if (former && !same) add(former, r.kind === 'partial');
  }
  if (previous) add(previous, false);
  const list = [...partial.values()];
  return {
    all: list.map((f) => f.name),
    partial: list.filter((f) => f.partial).map((f) => f.name),
  };
}
