import type { RegistryUnit } from './types.ts';
import type { Registry } from './reconcile/reconcile.ts';
import { formatIssue, issueCounts } from './outputs.ts';
import type { SourceFiles } from './locate.ts';

/** What the README says about each source file, beside what the import measured. */
export interface SourceMeta {
  role: keyof SourceFiles;
  file: string;
  bytes: number;
  sha256: string;
}

const ORIGIN: Record<keyof SourceFiles, string> = {
  nso: 'Bảng chuyển đổi ĐVHC mới ↔ cũ của Tổng cục Thống kê / the statistics office’s new ↔ old conversion table, via github.com/sunshine-tech/VietnamProvinces',
  base: 'github.com/thanglequoc/vietnamese-provinces-database, tag v3.0.2 (state of 1 July 2025, Quyết định 19/2025/QĐ-TTg), MIT',
  current: 'github.com/thanglequoc/vietnamese-provinces-database, later commit (newest state), MIT',
  map: '63 → 34 provinces, derived from github.com/dvhcvn/20250701, MIT',
  codes:
    '34 province codes as listed by the statistics office (CTK-CSCL letter 915), via github.com/dvhcvn/20250701, MIT',
};

/** Changes reported in public sources but absent from ours: listed until a snapshot has them. */
const REPORTED: { code: string; type: RegistryUnit['type']; text: string }[] = [
  {
    code: '22',
    type: 'thanh-pho',
    text: 'Quảng Ninh → Thành phố Quảng Ninh (Nghị quyết 36/2026/QH16, reported effective 01/09/2026)',
  },
  {
    code: '24',
    type: 'thanh-pho',
    text: 'Bắc Ninh → Thành phố Bắc Ninh (Nghị quyết 39/2026/QH16, reported effective 20/09/2026), with the commune-level changes of Nghị quyết 388/NQ-UBTVQH16',
  },
];

const RULES = `1. Every source is read by column names, not positions; cells are NFC-normalised, white space and line breaks inside cells collapsed (counted below). Province title rows of the conversion table are skipped; any other row without a 5-digit new code is an error.
2. The unit set must be identical in the conversion table and both snapshots, and the 34 provinces in all five files; a unit missing from one source is an error (nothing is dropped or invented). A unit found under two codes (same province, same spelling) is one unit: the conversion table's code wins, the other is kept in \`Tên, mã khác\` (aliases) for search.
3. Parents must agree everywhere (error otherwise).
4. Names: the spelling most sources share wins, compared without regard to tone-mark placement ("Hòa" = "Hoà"), case or spacing, but with regard to letters ("Phó" ≠ "Phố"); the losing spelling is kept as an alias; a tie is an error. Names are written in one style, the tone placement of Quyết định 19/2025/QĐ-TTg and the statistics office ("Hòa", "Thủy").
5. Types (Tỉnh/Thành phố, Xã/Phường/Đặc khu): the newest snapshot wins; a change since 1 July 2025 is dated from the curated list in \`src/tools/registry/reconcile/changes.ts\`, or by the snapshot's date with a warning. The unit's previous name (e.g. "Xã Đồng Phú") becomes a former name.
6. Former units come from the conversion table only. A row's old province is corrected by the majority of its district's rows, then by its name when name and code disagree (warnings); every old province must have gone into the row's new province per the 63 → 34 table, and each new province's set of old provinces must equal that table's (errors otherwise). An old code used for two names is corrected from another row of the same district when possible (warning), else reported.
7. \`Tên cũ\` lists the former units whose name differs from the current full name (the district for a special zone made from a whole district), \`Tên cũ nhập một phần\` those only partly merged, \`Huyện cũ\`, \`Tỉnh cũ\`, \`Mã cũ\` their districts, provinces and codes. Provinces list their former provinces of the 63.
8. Slugs: provinces by bare name, communes by full name with the type word (unchanged scheme), apostrophes dropped, unique among siblings (the later code gets its code appended).`;

function counts(units: readonly RegistryUnit[]): string {
  const provinces = units.filter((u) => u.level === 'province');
  const communes = units.filter((u) => u.level === 'commune');
  const by = (list: readonly RegistryUnit[], type: string) =>
    list.filter((u) => u.type === type).length;
  return [
    `- ${provinces.length} province-level units: ${by(provinces, 'thanh-pho')} thành phố, ${by(provinces, 'tinh')} tỉnh; ${provinces.filter((p) => p.formerNames.length > 0).length} with former provinces.`,
    `- ${communes.length} commune-level units: ${by(communes, 'phuong')} phường, ${by(communes, 'xa')} xã, ${by(communes, 'dac-khu')} đặc khu; ${communes.filter((c) => c.formerNames.length > 0).length} with former names (${communes.reduce((n, c) => n + c.formerNames.length, 0)} in all).`,
  ].join('\n');
}

function sources(meta: readonly SourceMeta[]): string {
  const rows = meta.map(
    (m) =>
      `| ${m.role} | \`${m.file}\` | ${m.bytes.toLocaleString('en')} | \`${m.sha256.slice(0, 16)}…\` | ${ORIGIN[m.role]} |`,
  );
  return [
    '| role | file | bytes | sha256 | origin, licence |',
    '| --- | --- | ---: | --- | --- |',
    ...rows,
  ].join('\n');
}

function changes(registry: Registry): string {
  if (registry.changes.length === 0) return 'None.';
  const rows = registry.changes.map(
    (c) =>
      `| ${c.code} | ${c.from} | ${c.to} | ${c.since} | ${c.basis || '(not dated by a known text)'} |`,
  );
  return [
    '| code | before | now | since | basis |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

function notIncluded(units: readonly RegistryUnit[]): string {
  const byCode = new Map(units.map((u) => [u.code, u]));
  const open = REPORTED.filter((r) => byCode.get(r.code)?.type !== r.type);
  if (open.length === 0) return '';
  return `\n### Reported later changes, not included\n\nPublic issue threads and newer releases of the snapshot report these; they are not verified against an official text here and are **not** in this registry. Put a newer snapshot in the sources folder and run \`npm run import-registry\` again to include them.\n\n${open.map((r) => `- ${r.text}`).join('\n')}\n`;
}

function known(registry: Registry): string {
  const listed = registry.issues
    .filter((i) => i.severity !== 'info')
    .map((i) => `- ${formatIssue(i, true)}`);
  const infos = issueCounts(registry.issues.filter((i) => i.severity === 'info')).map(
    (c) => `- ${c}`,
  );
  const check = registry.issues.some((i) => i.code === 'NAME_SPELLING')
    ? '\n\nA spelling settled by majority (NAME_SPELLING) should still be checked by a person against the resolution that named the unit (00745 Phố Bảng: Nghị quyết 1684/NQ-UBTVQH15 on Tuyên Quang). The effective date of Nghị quyết 237/NQ-UBTVQH16 is assumed to be that of the city of Đồng Nai.'
    : '';
  return `${listed.join('\n') || '- none'}${check}\n\nNormalisations and notes (counts):\n\n${infos.join('\n') || '- none'}`;
}

/** data/registry/README.md: what the registry is, where it comes from, and how it was made. */
export function registryReadme(
  registry: Registry,
  meta: readonly SourceMeta[],
  asOf: string,
): string {
  return `# Official registry of administrative units (as of ${asOf})

Generated by \`npm run import-registry\` from the public tables listed below; do not edit by hand.
It is the registry the search tests run on, and what \`npm run sample -- --registry official\` uses.
A deployment copies \`units.csv\` to \`data/units.csv\` (or imports its own).

| file | what |
| --- | --- |
| \`units.csv\` | every unit, in the format of \`data/units.csv\` (see the README's data formats), with former names, districts, provinces, codes and other spellings |
| \`predecessors.csv\` | one row per former unit → new unit: old code, name, district and province, kind of merge (whole, partial…), line in the conversion table |

## State

${counts(registry.units)}

### Changes after 1 July 2025, included

${changes(registry)}
${notIncluded(registry.units)}
## Sources

${sources(meta)}

## Reconciliation rules

${RULES}

## Known errors in the sources

Found and handled by the import (warnings name the file, line and unit):

${known(registry)}

## Licence

Names and codes of administrative units are public facts. The snapshot and province tables are
MIT-licensed (see the origins above); the conversion table is the statistics office's publication.
The code that reads and reconciles them is the project's (MIT).
`;
}
