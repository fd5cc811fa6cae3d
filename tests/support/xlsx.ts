import { strFromU8, unzipSync } from 'fflate';

// A reader of .xlsx as a spreadsheet program reads it, kept apart from the writer: sheet names
// from the workbook and its relationships, cell types from `t`, dates from the cell's style
// (a number format that shows a date), inline and shared strings. Enough to check that a
// workbook holds what it should and that numbers and dates are typed, not text.

export type ReadCell = string | number | boolean | { date: string } | null;

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

const attr = (tag: string, name: string) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];

/** Built-in date formats (14–22) and custom ones with d, m and y. */
function dateStyles(styles: string | undefined): Set<number> {
  const out = new Set<number>();
  const custom = new Map<string, string>();
  for (const m of styles?.matchAll(/<numFmt\b[^>]*>/g) ?? [])
    custom.set(attr(m[0], 'numFmtId')!, attr(m[0], 'formatCode') ?? '');
  const xfs = styles?.match(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/)?.[1] ?? '';
  [...xfs.matchAll(/<xf\b[^>]*>/g)].forEach((m, i) => {
    const id = attr(m[0], 'numFmtId') ?? '0';
    const code = custom.get(id);
    if ((+id >= 14 && +id <= 22) || (code && /d/i.test(code) && /y/i.test(code))) out.add(i);
  });
  return out;
}

const column = (ref: string) =>
  [...ref.replace(/\d+$/, '')].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;

const isoOf = (serial: number) =>
  new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10);

function readSheet(xml: string, shared: string[], dates: Set<number>): ReadCell[][] {
  const rows: ReadCell[][] = [];
  for (const r of xml.matchAll(/<row\b[^>]*r="(\d+)"[^>]*>([\s\S]*?)<\/row>/g)) {
    const row: ReadCell[] = [];
    for (const c of r[2]!.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const tag = c[1]!;
      const body = c[2] ?? '';
      const v = body.match(/<v>([\s\S]*?)<\/v>/)?.[1];
      const text = [...body.matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>/g)].map((m) => m[1]).join('');
      const t = attr(tag, 't');
      const s = Number(attr(tag, 's') ?? 0);
      let cell: ReadCell = null;
      if (t === 'inlineStr' || t === 'str') cell = unescape(text);
      else if (t === 's') cell = shared[Number(v)] ?? null;
      else if (t === 'b') cell = v === '1';
      else if (v !== undefined) cell = dates.has(s) ? { date: isoOf(Number(v)) } : Number(v);
      row[column(attr(tag, 'r')!)] = cell;
    }
    rows[Number(r[1]) - 1] = Array.from(row, (x) => x ?? null);
  }
  return Array.from(rows, (x) => x ?? []);
}

/** Every sheet of a workbook by name, as rows of typed cells. */
export function readXlsx(bytes: Uint8Array): Map<string, ReadCell[][]> {
  const files = unzipSync(bytes);
  const read = (path: string) => (files[path] ? strFromU8(files[path]) : undefined);
  const shared = [...(read('xl/sharedStrings.xml') ?? '').matchAll(/<si>([\s\S]*?)<\/si>/g)].map(
    (m) => unescape([...m[1]!.matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join('')),
  );
  const dates = dateStyles(read('xl/styles.xml'));
  const rels = new Map(
    [...(read('xl/_rels/workbook.xml.rels') ?? '').matchAll(/<Relationship\b[^>]*>/g)].map((m) => [
      attr(m[0], 'Id')!,
      attr(m[0], 'Target')!,
    ]),
  );
  const out = new Map<string, ReadCell[][]>();
  for (const m of read('xl/workbook.xml')!.matchAll(/<sheet\b[^>]*>/g)) {
    const target = rels.get(attr(m[0], 'r:id')!)!.replace(/^\/?(xl\/)?/, 'xl/');
    out.set(unescape(attr(m[0], 'name')!), readSheet(read(target)!, shared, dates));
  }
  return out;
}
