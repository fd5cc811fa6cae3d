import Papa from 'papaparse';

/** A Table Schema field, as datapackage.json describes it. */
export interface Field {
  name: string;
  type: 'string' | 'number' | 'integer' | 'date' | 'yearmonth' | 'boolean';
  constraints?: {
    required?: boolean;
    pattern?: string;
    minimum?: number;
    maximum?: number;
    enum?: (string | number | boolean)[];
  };
}
export interface Schema {
  fields: Field[];
  primaryKey?: string[];
  missingValues?: string[];
}

const isDate = (s: string) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return d.getUTCMonth() === +m[2]! - 1 && d.getUTCDate() === +m[3]!;
};
const TYPES: Record<Field['type'], (s: string) => boolean> = {
  string: () => true,
  number: (s) => /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(s),
  integer: (s) => /^-?\d+$/.test(s),
  date: isDate,
  yearmonth: (s) => /^\d{4}-(0[1-9]|1[0-2])$/.test(s),
  boolean: (s) => s === 'true' || s === 'false',
};

function checkCell(f: Field, v: string, pattern: RegExp | null): string | undefined {
  const c = f.constraints ?? {};
  if (!TYPES[f.type](v)) return `"${v}" is not a ${f.type}`;
  if (pattern && !pattern.test(v)) return `"${v}" does not match ${c.pattern}`;
  if (c.enum && !c.enum.map(String).includes(v)) return `"${v}" not in ${c.enum.join('|')}`;
  if (c.minimum !== undefined && Number(v) < c.minimum) return `${v} < ${c.minimum}`;
  if (c.maximum !== undefined && Number(v) > c.maximum) return `${v} > ${c.maximum}`;
  return undefined;
}

/**
 * Checks a CSV against a Frictionless Table Schema: header names and order, types (string,
 * number, integer, date, yearmonth, boolean), required, pattern (anchored, as the spec says),
 * enum, minimum, maximum, and primary-key uniqueness. (The JavaScript Frictionless libraries are
 * unmaintained and do not anchor patterns; see notes/publish/RESEARCH.md.)
 */
export function checkCsv(text: string, schema: Schema): string[] {
  const errors: string[] = [];
  const missing = new Set(schema.missingValues ?? ['']);
  const { data } = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
  const header = data[0] ?? [];
  const names = schema.fields.map((f) => f.name);
  if (header.join(',') !== names.join(','))
    errors.push(`header: ${header.join(',')} ≠ ${names.join(',')}`);
  const patterns = schema.fields.map((f) =>
    f.constraints?.pattern ? new RegExp(`^(?:${f.constraints.pattern})$`, 'u') : null,
  );
  const pk = (schema.primaryKey ?? []).map((k) => names.indexOf(k));
  const seen = new Map<string, number>();
  for (let r = 1; r < data.length; r++) {
    const row = data[r]!;
    if (row.length !== names.length) errors.push(`row ${r + 1}: ${row.length} cells`);
    schema.fields.forEach((f, i) => {
      const v = row[i] ?? '';
      if (missing.has(v)) {
        if (f.constraints?.required) errors.push(`row ${r + 1}, ${f.name}: required`);
        return;
      }
      const problem = checkCell(f, v, patterns[i]!);
      if (problem) errors.push(`row ${r + 1}, ${f.name}: ${problem}`);
    });
    if (pk.length) {
      const key = pk.map((i) => row[i]).join('\u0001');
      if (seen.has(key)) errors.push(`row ${r + 1}: primary key repeats row ${seen.get(key)}`);
      else seen.set(key, r + 1);
    }
  }
  return errors;
}

/** The descriptor itself: the Data Package fields every resource needs. */
export function checkDescriptor(pkg: {
  name?: string;
  resources?: { name?: string; path?: string; schema?: unknown }[];
}): string[] {
  const errors: string[] = [];
  if (!pkg.name || !/^[a-z0-9._-]+$/.test(pkg.name)) errors.push(`package name ${pkg.name}`);
  if (!pkg.resources?.length) errors.push('no resources');
  const names = new Set<string>();
  for (const r of pkg.resources ?? []) {
    if (!r.name || !/^[a-z0-9._-]+$/.test(r.name)) errors.push(`resource name ${r.name}`);
    if (names.has(r.name!)) errors.push(`resource name repeated: ${r.name}`);
    names.add(r.name!);
    if (!r.path || r.path.startsWith('/') || r.path.includes('..')) errors.push(`path ${r.path}`);
    if (!r.schema) errors.push(`resource ${r.name} has no schema`);
  }
  return errors;
}
