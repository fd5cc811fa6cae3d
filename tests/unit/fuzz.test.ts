import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/lib/ingest/diagnostics/catalog.ts';
import type { Diagnostic } from '../../src/lib/ingest/diagnostics/diagnostic.ts';
import { limits } from '../../src/lib/ingest/limits.ts';
import { readObservations } from '../../src/lib/ingest/observations.ts';
import { readTableBytes } from '../../src/lib/ingest/read-table.ts';
import type { Table } from '../../src/lib/ingest/table.ts';
import { readTasks } from '../../src/lib/ingest/tasks.ts';
import { readUnits } from '../../src/lib/ingest/units.ts';
import { validate } from '../../src/lib/ingest/validate-fs.ts';
import { buildModel } from '../../src/lib/model/build-model.ts';
import { observationColumns, observationSchema } from '../../src/lib/schema/observation.ts';
import { taskColumns, taskSchema } from '../../src/lib/schema/task.ts';
import { unitColumns } from '../../src/lib/schema/unit.ts';
import { unitsToCsv } from '../../src/tools/registry/units-csv.ts';
import { seeded, type Random } from '../../src/tools/sample/random.ts';
import { visible } from '../../src/lib/util/text.ts';
import { dataset, indicators, units } from '../fixtures/model.ts';

// Property: whatever the bytes, the reader hands back a report, never a throw; no row goes
// missing without an error naming it; nothing invalid comes through. Fixed seed, a few seconds.
const rnd = seeded(20251201);
const asOf = '2026-11-21';
const ctx = {
  units: new Map(units.map((u) => [u.code, u])),
  indicators: new Map(indicators.map((i) => [i.id, i])),
  asOf,
};
const taskCtx = { units: ctx.units, plans: new Set(['quang-ninh-02-1-kh-bcd']), asOf };

const FORMATS = [observationColumns, taskColumns, unitColumns] as const;
const names = FORMATS.flat().flatMap((c) => [c.vi, ...c.aliases]);
/** Values each column may hold: the first makes a valid row with the others' first; then bad ones. */
const VALUES: Record<string, string[]> = {
  unit: ['22', '51', '90001', '23317', '99', '22\u200b', ' 22 ', '022'],
  code: ['22', '51', '90001', '23317', '9'],
  name: ['Tỉnh Quảng Ninh', '', '<b>X</b>'],
  indicator: ['online-services', ...indicators.map((i) => i.id), 'x', 'monthly-report-on-time'],
  period: ['09/2025', 'T7/2025', '2025-10', '10/2026', '06/2025', '12/2026', '2025-13', '1899-01'],
  value: ['5', '82,5', '1.139', '1,139', '64', '-3', '0,825', '120%', '82,5%', '1e999', 'NaN'],
  numerator: ['', '165', '210', '-1', '1,5'],
  denominator: ['', '200', '0', '1.000.000.000.000.000.000'],
  reportedAt: ['18/10/2025', '2025-11-02', '22/11/2026', '31/02/2025', '18/08/2025', ''],
  source: ['Hệ thống TTHC', '', '=1+1'],
  deadline: ['31/12/2025', 'thường xuyên', '2025-13-01', ''],
  completedAt: ['', '15/12/2025', '30/11/2026', 'hôm qua'],
  baseline: ['', 'x', 'có', 'maybe'],
  numberFormat: ['', 'vi', 'en', 'fr'],
  id: ['T-1', 'T-2', 'PL2-01', 'bad id'],
  plan: ['', 'quang-ninh-02-1-kh-bcd', 'khong-co'],
  pillar: ['data', 'platforms', 'security', 'du-lieu', ''],
  title: ['Làm sạch dữ liệu', '', '<script>x</script>'],
  lead: ['Sở KH&CN', '', '@cmd'],
  status: ['', 'done', 'đang thực hiện', 'x'],
  level: ['province', 'commune', 'tỉnh'],
  type: ['tinh', 'thanh-pho', 'xa', 'phuong', 'x'],
  parent: ['', '22', '51', '99'],
  slug: ['quang-ninh', 'xa-a', 'Xa A', 'x'],
  evidence: ['', 'https://x.vn/a', 'javascript:alert(1)'],
};
const TEXTS = ['Hệ thống TTHC', 'S', '=1+1', '<script>x</script>', 'a"b', '\u202e', 'sep=;', ''];
const NASTY = ['"', '""', '\u00a0', '\u200b', ',', ';', '\n', 'x'];

function cellFor(r: Random, key: string | undefined): string {
  const roll = r.next();
  if (roll < 0.02) return 'z'.repeat(r.int(limits.cellChars - 2, limits.cellChars + 2));
  if (roll < 0.06) return `"${r.pick(NASTY)}${r.pick(['\n', '\r\n', ',', ';'])}${r.pick(TEXTS)}"`;
  if (roll < 0.1) return r.pick(NASTY) + String.fromCharCode(r.int(0, 0xffff));
  const values = VALUES[key ?? ''] ?? TEXTS;
  return roll < 0.9 ? values[0]! : r.pick(values);
}

/** A header of one of the formats, as exports write it, sometimes broken. */
function randomHeader(r: Random): { header: string[]; keys: (string | undefined)[] } {
  const columns = r.pick(FORMATS).filter((c) => c.required || r.chance(0.6));
  const cells = columns.map((c) => ({ name: r.pick([c.vi, c.key, ...c.aliases]), key: c.key }));
  if (r.chance(0.08)) cells.splice(r.int(0, cells.length - 1), 1);
  if (r.chance(0.08)) cells.push({ name: r.pick(['Cột lạ', '', 'Giá trị', 'value']), key: '' });
  for (let i = cells.length - 1; i > 0; i--) {
    const j = r.int(0, i);
    [cells[i], cells[j]] = [cells[j]!, cells[i]!];
  }
  return { header: cells.map((c) => c.name), keys: cells.map((c) => c.key || undefined) };
}

/** A CSV file as an officer's spreadsheet or a broken system might write it. */
function randomCsv(r: Random): string {
  const delimiter = r.pick([',', ',', ';', '\t', '|']);
  const newline = r.pick(['\n', '\r\n', '\r']);
  const { header, keys } = randomHeader(r);
  const quote = (c: string) =>
    c.includes(delimiter) && !c.startsWith('"') && r.chance(0.8) ? `"${c}"` : c;
  const lines = [header.map(quote).join(delimiter)];
  if (r.chance(0.08)) lines.unshift(r.pick(['BÁO CÁO THÁNG 9', 'sep=;', '', ',,,']));
  for (let i = r.int(0, 15); i > 0; i--) {
    const n = Math.max(0, keys.length + r.pick([0, 0, 0, 0, 0, 0, -1, 1, -keys.length]));
    lines.push(Array.from({ length: n }, (_, j) => quote(cellFor(r, keys[j]))).join(delimiter));
  }
  let text = lines.join(newline) + (r.chance(0.5) ? newline : '');
  if (r.chance(0.08)) {
    const at = r.int(0, text.length);
    text = `${text.slice(0, at)}"${text.slice(at)}`; // a stray quote anywhere
  }
  return text;
}

function randomScalar(r: Random, key?: string): unknown {
  if (key && r.chance(0.7)) return cellFor(r, key);
  return r.pick([null, true, false, 0, -1, 82.5, 1e300, 2025, r.pick(TEXTS)]);
}

function randomJsonValue(r: Random, depth: number): unknown {
  const roll = r.next();
  if (depth <= 0 || roll < 0.5) return randomScalar(r);
  if (roll < 0.75) return Array.from({ length: r.int(0, 3) }, () => randomJsonValue(r, depth - 1));
  return Object.fromEntries(
    Array.from({ length: r.int(0, 3) }, () => [r.pick(names), randomJsonValue(r, depth - 1)]),
  );
}

/** A JSON file: mostly arrays of records, some nested deep, some of another shape. */
function randomJson(r: Random): string {
  const roll = r.next();
  if (roll < 0.04) {
    const n = r.int(1000, 50_000);
    return `${'['.repeat(n)}${']'.repeat(n)}`;
  }
  const { header, keys } = randomHeader(r);
  const records = Array.from({ length: r.int(0, 12) }, () => {
    if (r.chance(0.08)) return randomJsonValue(r, 2);
    const entries = header.map((name, j) => [
      name,
      r.chance(0.05) ? randomJsonValue(r, 3) : randomScalar(r, keys[j]),
    ]);
    return Object.fromEntries(entries.filter(() => r.chance(0.9)));
  });
  let text = JSON.stringify(
    roll < 0.2 ? { data: records } : roll < 0.24 ? (records[0] ?? null) : records,
  );
  if (r.chance(0.05)) {
    const n = r.int(1000, 30_000);
    text = text.replace(/:(null|true|false|-?\d[^,}\]]*)/, `:${'['.repeat(n)}1${']'.repeat(n)}`);
  }
  if (r.chance(0.04)) text = text.slice(0, r.int(0, text.length)); // cut short
  return text;
}

function randomBytes(r: Random): Uint8Array {
  const bytes = Uint8Array.from({ length: r.int(0, 300) }, () => r.int(0, 255));
  const prefix = r.pick([
    [],
    [],
    [0xef, 0xbb, 0xbf],
    [0xff, 0xfe],
    [0xfe, 0xff],
    [0x50, 0x4b, 3, 4],
  ]);
  return Uint8Array.from([...prefix, ...bytes]);
}

// Plain checks rather than expect(): they run a million times.
function check(ok: boolean, what: string): void {
  if (!ok) throw new Error(what);
}

/** Every diagnostic is one of ours, located in this file, with a bounded message. */
function checkDiagnostics(diagnostics: readonly Diagnostic[], file: string): void {
  for (const d of diagnostics) {
    check(d.code in catalog && d.file === file, `unknown code or file: ${d.code} ${d.file}`);
    check(d.row === undefined || (Number.isInteger(d.row) && d.row >= 1), `row ${d.row}`);
    check(d.message.length < 1200, `message of ${d.message.length} characters`);
  }
}

function checkTable(table: Table, file: string): void {
  checkDiagnostics(table.diagnostics, file);
  for (const { values } of table.rows)
    for (const v of values) {
      check(v === null || ['string', 'number', 'boolean'].includes(typeof v), 'not a scalar');
      check(typeof v !== 'string' || v.length <= limits.cellChars, 'cell over the limit');
    }
}

/** What the fuzz reached: valid rows too, and most of the catalogue. */
const stats = { observations: 0, tasks: 0, codes: new Set<string>() };

function exercise(bytes: Uint8Array, file: string): void {
  const table = readTableBytes(bytes, file, observationColumns);
  checkTable(table, file);
  const read = readObservations(table, file, ctx);
  checkDiagnostics(read.diagnostics, file);
  for (const o of read.observations)
    check(observationSchema.safeParse(o).success, `invalid observation ${JSON.stringify(o)}`);
  // Nothing lost: every row read is an observation or has an error naming it.
  const rejected = new Set(
    read.diagnostics.filter((d) => d.severity === 'error').map((d) => d.row),
  );
  const kept = new Set(read.observations.map((o) => o.from.row));
  for (const { row } of table.rows)
    check(kept.has(row) || rejected.has(row), `row ${row} neither read nor rejected`);
  stats.observations += read.observations.length;
  for (const d of [...table.diagnostics, ...read.diagnostics]) stats.codes.add(d.code);

  const tasks = readTasks(readTableBytes(bytes, file, taskColumns), file, taskCtx);
  checkDiagnostics(tasks.diagnostics, file);
  for (const t of tasks.tasks) check(taskSchema.safeParse(t).success, 'invalid task');
  stats.tasks += tasks.tasks.length;
  const registry = readUnits(readTableBytes(bytes, file, unitColumns), file);
  checkDiagnostics(registry.diagnostics, file);
  const model = { dataset, units, indicators, plans: [], observations: read.observations };
  buildModel({ ...model, tasks: tasks.tasks }, [...read.diagnostics, ...tasks.diagnostics]);
}

function fuzz(kind: string, count: number, make: (r: Random) => Uint8Array, file: string): void {
  for (let i = 0; i < count; i++) {
    const bytes = make(rnd);
    try {
      exercise(bytes, file);
    } catch (e) {
      const input = visible(new TextDecoder().decode(bytes), 400);
      throw new Error(`${kind} #${i} (${bytes.length} bytes: ${input}): ${(e as Error).message}`);
    }
  }
}

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('fuzz: the reader reports, never throws (fixed seed)', { timeout: 60_000 }, () => {
  it('random bytes', () => fuzz('bytes', 400, randomBytes, 'exports/22/f.csv'));
  it('random CSV', () => fuzz('csv', 1500, (r) => utf8(randomCsv(r)), 'exports/22/f.csv'));
  it('random JSON', () => fuzz('json', 800, (r) => utf8(randomJson(r)), 'exports/22/f.json'));
  it('reached valid rows and most of the catalogue, so the properties above are not vacuous', () => {
    expect(stats.observations).toBeGreaterThan(100);
    expect(stats.tasks).toBeGreaterThan(100);
    expect(stats.codes.size).toBeGreaterThan(30);
  });
  it('a whole data folder of random exports, validated and built into a model', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mb-fuzz-'));
    mkdirSync(join(dir, 'exports/22'), { recursive: true });
    mkdirSync(join(dir, 'tasks'));
    writeFileSync(join(dir, 'dataset.json'), JSON.stringify(dataset));
    writeFileSync(join(dir, 'units.csv'), unitsToCsv(units));
    for (let i = 0; i < 40; i++) {
      const [name, text] = rnd.chance(0.5)
        ? [`exports/22/f${i}.csv`, randomCsv(rnd)]
        : [`exports/22/f${i}.json`, randomJson(rnd)];
      writeFileSync(join(dir, name), text);
    }
    writeFileSync(join(dir, 'tasks/22.csv'), randomCsv(rnd));
    const result = validate({ dataDir: dir, contentDir: 'content' });
    expect(result.diagnostics.length).toBeGreaterThan(0);
    expect(result.inputs).not.toBeNull();
    buildModel(result.inputs!, result.diagnostics);
  });
});
