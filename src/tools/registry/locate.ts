/**
 * Finds the five source tables in a folder by their names, so that a newer snapshot dropped in
 * beside the others (any `*.json` whose name carries a later yyyy-mm-dd) is picked up without a
 * change of code: the earliest dated snapshot is the 2025 base, the latest the current state.
 */
export interface SourceFiles {
  nso: string;
  base: string;
  current: string;
  map: string;
  codes: string;
}

export const dateIn = (name: string): string => /(\d{4}-\d{2}-\d{2})/.exec(name)?.[1] ?? '';

export function locateSources(
  names: readonly string[],
  given: Partial<SourceFiles> = {},
): { files: SourceFiles } | { missing: string[] } {
  const csv = names.filter((n) => /\.csv$/i.test(n));
  const snapshots = names
    .filter((n) => /\.json$/i.test(n) && dateIn(n))
    .sort((a, b) => dateIn(a).localeCompare(dateIn(b)));
  const guessed = {
    nso: csv.find((n) => /chuyen_?doi|conversion/i.test(n)),
    map: csv.find((n) => /63.*34/.test(n)),
    codes: csv.find((n) => /codes?\b|_codes?_/i.test(n) && !/63/.test(n)),
    base: snapshots[0],
    current: snapshots.length > 1 ? snapshots.at(-1) : undefined,
  };
  const found: Record<string, string | undefined> = { ...guessed };
  for (const [k, v] of Object.entries(given)) if (v) found[k] = v;
  const keys = ['nso', 'base', 'current', 'map', 'codes'] as const;
  const missing = keys.filter((k) => !found[k]);
  return missing.length > 0 ? { missing } : { files: found as unknown as SourceFiles };
}
