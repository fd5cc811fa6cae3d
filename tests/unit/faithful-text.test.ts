import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deflater } from '../support/deflater.ts';
import { cardTree, TITLE_CHARS } from '../../src/lib/cards/render-card.ts';
import { downloadFiles } from '../../src/lib/downloads/files.ts';
import { hiddenCharacters } from '../../src/lib/ingest/control-chars.ts';
import { readCollection } from '../../src/lib/ingest/content-fs.ts';
import { loadInputs } from '../../src/lib/ingest/load-fs.ts';
import { readObservations } from '../../src/lib/ingest/observations.ts';
import { readTableBytes } from '../../src/lib/ingest/read-table.ts';
import { readUnits } from '../../src/lib/ingest/units.ts';
import { buildModel } from '../../src/lib/model/build-model.ts';
import type { ReportChange } from '../../src/lib/publish/changes.ts';
import { diffReports } from '../../src/lib/publish/changes.ts';
import { changeFromRow, changeRow } from '../../src/lib/publish/record.ts';
import { datasetSchema } from '../../src/lib/schema/dataset.ts';
import { observationColumns, type Observation } from '../../src/lib/schema/observation.ts';
import { planSchema } from '../../src/lib/schema/plan.ts';
import { unitColumns } from '../../src/lib/schema/unit.ts';
import { FSI, isolate, PDI } from '../../src/lib/util/bidi.ts';
import { unitChangeLines, indexChanges } from '../../src/lib/views/change-lines.ts';
import { unitCsvPath } from '../../src/lib/views/paths.ts';
import { dataset, indicators, units } from '../fixtures/model.ts';

const RLO = '\u202e';
const REGISTRY_HEADER = 'Mã đơn vị,Tên đơn vị,Cấp,Loại,Đường dẫn';
const province = (code: string, name: string) => `${code},${name},province,tinh,s${code}`;
const bytes = (text: string) => new TextEncoder().encode(text);

describe('direction controls and hidden characters', () => {
  it('isolate wraps only text that could reorder its surroundings, and only once', () => {
    expect(isolate('Xã Hợp Minh')).toBe('Xã Hợp Minh');
    const hostile = `Xã ${RLO}Hợp Minh`;
    expect(isolate(hostile)).toBe(`${FSI}${hostile}${PDI}`);
    expect(isolate(isolate(hostile))).toBe(isolate(hostile));
    expect(isolate('عربي')).toBe(`${FSI}عربي${PDI}`);
    // A text that closes its own isolate early is wrapped again: its override would leak.
    expect(isolate(`${FSI}a${PDI}${RLO}b${PDI}`)).toBe(`${FSI}${FSI}a${PDI}${RLO}b${PDI}${PDI}`);
  });

  it('are a located warning in the registry (unit names) and the cell is isolated', () => {
    const text = `${REGISTRY_HEADER}\n${province('01', `Tỉnh ${RLO}Một`)}\n${province('02', 'Tỉnh\u200bHai')}\n`;
    const read = readUnits(readTableBytes(bytes(text), 'units.csv', unitColumns), 'units.csv');
    const hidden = read.diagnostics.filter((d) => d.code === 'TEXT_HIDDEN_CHARACTER');
    expect(hidden.map((d) => [d.file, d.row, d.column])).toEqual([
      ['units.csv', 2, 'Tên đơn vị'],
      ['units.csv', 3, 'Tên đơn vị'],
    ]);
    expect(hidden[0]!.messageEn).toContain('U+202E');
    expect(hidden[1]!.messageEn).toContain('U+200B');
    expect(read.units[0]!.name).toBe(`${FSI}Tỉnh ${RLO}Một${PDI}`);
    // A zero-width space cannot reorder anything: warned, kept as written.
    expect(read.units[1]!.name).toBe('Tỉnh\u200bHai');
  });

  it('are found in plan frontmatter, dataset.json and file names, each located', () => {
    const root = mkdtempSync(join(tmpdir(), 'mb-hidden-'));
    const plans = join(root, 'content', 'plans');
    mkdirSync(plans, { recursive: true });
    mkdirSync(join(root, 'content', 'indicators'));
    const real = readFileSync('content/plans/dong-phu-10-kh-du.md', 'utf8');
    writeFileSync(join(plans, 'p.md'), real.replace('title: "Kế hoạch', `title: "${RLO}Kế hoạch`));
    const read = readCollection(plans, planSchema, root);
    const found = read.diagnostics.filter((d) => d.code === 'TEXT_HIDDEN_CHARACTER');
    expect(found.map((d) => [d.file, d.column])).toEqual([['content/plans/p.md', 'title']]);
    expect(read.entries[0]!.data.title).toMatch(new RegExp(`^${FSI}${RLO}Kế hoạch.*${PDI}$`));
    const data = join(root, 'data');
    mkdirSync(join(data, 'exports', '22'), { recursive: true });
    writeFileSync(
      join(data, 'dataset.json'),
      JSON.stringify({ ...dataset, publisher: `Sở ${RLO}KH` }),
    );
    writeFileSync(join(data, 'exports', '22', `b\u200bao-cao.csv`), 'x\n');
    const all = loadInputs({ dataDir: data, contentDir: join(root, 'content') }).diagnostics;
    const where = all
      .filter((d) => d.code === 'TEXT_HIDDEN_CHARACTER')
      .map((d) => [d.file, d.column]);
    expect(where).toContainEqual(['dataset.json', 'publisher']);
    expect(where).toContainEqual(['exports/22/b\u200bao-cao.csv', 'tên tệp / file name']);
  });

  it('hiddenCharacters names each hidden character once', () => {
    expect(hiddenCharacters(`a${RLO}b${RLO}\u2066c\ufeff`)).toBe('U+202E, U+2066, U+FEFF');
    expect(hiddenCharacters('Xã Đồng Phú')).toBe('');
  });
});

describe('dataset.json', () => {
  const parse = (siteUrl: string) => datasetSchema.safeParse({ ...dataset, siteUrl });
  it('siteUrl is validated like any field: http(s) only, no credentials, no query', () => {
    expect(parse('javascript:alert(1)//').success).toBe(false);
    expect(parse('https://user:secret@x.vn/').success).toBe(false);
    expect(parse('https://x.vn/?a=1').success).toBe(false);
    expect(parse('https://tinh.example.vn/so-lieu/').success).toBe(true);
    expect(parse('http://localhost:4321').success).toBe(true);
  });
  it('a bad siteUrl is one located validation error, not a failed build', () => {
    const root = mkdtempSync(join(tmpdir(), 'mb-url-'));
    mkdirSync(join(root, 'content', 'indicators'), { recursive: true });
    mkdirSync(join(root, 'content', 'plans'));
    writeFileSync(
      join(root, 'dataset.json'),
      JSON.stringify({ ...dataset, siteUrl: 'javascript:alert(1)//' }),
    );
    const result = loadInputs({ dataDir: root, contentDir: join(root, 'content') });
    expect(result.inputs).toBeNull();
    const errors = result.diagnostics.filter((d) => d.file === 'dataset.json');
    expect(errors.map((d) => [d.code, d.column])).toEqual([['RECORD_INVALID', 'siteUrl']]);
  });
});

describe('names longer than any real one', () => {
  it('are a warning at the name, and a card shortens them with an ellipsis', () => {
    const long = `Tỉnh ${'Rất Dài '.repeat(20).trim()}`;
    const text = `${REGISTRY_HEADER}\n${province('01', long)}\n`;
    const table = readTableBytes(bytes(text), 'units.csv', unitColumns);
    const read = readUnits(table, 'units.csv');
    expect(read.diagnostics.map((d) => [d.code, d.row, d.column])).toEqual([
      ['NAME_TOO_LONG', 2, 'Tên đơn vị'],
    ]);
    const card = JSON.stringify(
      cardTree({
        title: long,
        subtitle: 'x',
        big: '1%',
        bigLabel: 'y',
        segments: [],
        date: 'd',
        site: 's',
        sample: false,
      }),
    );
    expect(card).not.toContain(long);
    const shown = long.slice(0, TITLE_CHARS).replace(/ \S*$/, '');
    expect(card).toContain(`${shown}…`);
  });
});

const obs = (over: Partial<Observation>): Observation => ({
  unit: '22',
  indicator: 'online-services',
  period: '2025-07',
  value: 37,
  reportedAt: '2025-08-10',
  source: 'Báo cáo UBND',
  from: { file: 'exports/22/a.csv', row: 2 },
  ...over,
});

describe('change lines say what changed', () => {
  const model = buildModel({
    dataset,
    units,
    indicators,
    plans: [],
    tasks: [],
    observations: [obs({})],
  });
  const lines = (changes: ReportChange[]) =>
    unitChangeLines(
      model,
      indexChanges({ reports: changes, statuses: [], tasks: [], moved: 0 }),
      '22',
    ).map((l) => l.text);
  it('a note changed in place: not "37 → 37"', () => {
    const { changes } = diffReports(
      [obs({})],
      [obs({ note: 'Điều chỉnh số liệu sau rà soát', from: { file: 'exports/22/b.csv', row: 5 } })],
    );
    expect(changes.map((c) => [c.kind, c.fields])).toEqual([['changed', ['note']]]);
    const [line] = lines(changes);
    expect(line).toMatch(/đổi ghi chú, giá trị giữ nguyên 37 \(/);
    expect(line).not.toMatch(/37 \([^)]*\) → 37/);
    // The fields survive the publication's change table (the feeds of later builds read it).
    expect(changeFromRow(changeRow(changes[0]!)).fields).toEqual(['note']);
  });
  it('a later report with the same value says so; a new value shows both', () => {
    const later = (over: Partial<Observation>) => [
      obs({}),
      obs({ reportedAt: '2025-09-10', ...over }),
    ];
    const again = diffReports([obs({})], later({ source: 'Khác' }));
    expect(lines(again.changes)[0]).toMatch(/đổi nguồn, giá trị giữ nguyên 37/);
    const revised = diffReports([obs({})], later({ value: 40 }));
    expect(lines(revised.changes)[0]).toMatch(/37 \(.*\) → 40 \(/);
  });
});

describe("the project's own downloads read back as an export", () => {
  const hostile: Observation[] = [
    obs({ source: '+cmd|calc', note: '-Phòng Văn hóa' }),
    obs({ period: '2025-08', reportedAt: '2025-09-10', source: '=1+1', note: '@SUM(A1)' }),
    obs({ indicator: 'archives-digitised', value: 12.5, source: 'Sở\ttab', note: "'quoted" }),
  ];
  it('every report comes back unchanged: Excel-safety apostrophes stripped, nothing else', () => {
    const model = buildModel({
      dataset,
      units,
      indicators,
      plans: [],
      tasks: [],
      observations: hostile,
    });
    const files = new Map(downloadFiles(model, () => new Uint8Array(), deflater));
    const csv = files.get(unitCsvPath('22')) as Uint8Array;
    expect(new TextDecoder().decode(csv)).toContain("'+cmd|calc");
    const file = 'exports/22/don-vi-22.csv';
    const table = readTableBytes(csv, file, observationColumns);
    const back = readObservations(table, file, {
      units: new Map(units.map((u) => [u.code, u])),
      indicators: new Map(indicators.map((i) => [i.id, i])),
      asOf: dataset.publishedAt,
    });
    expect(back.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const key = (o: Observation) =>
      [o.unit, o.indicator, o.period, o.value, o.reportedAt, o.source, o.note ?? ''].join('|');
    expect(back.observations.map(key).sort()).toEqual(hostile.map(key).sort());
  });
});

describe('text that looks like a formula or markup', () => {
  it('is a located warning in unit names and file names too, not only in export cells', () => {
    const text = `${REGISTRY_HEADER}\n${province('01', '=HYPERLINK("x")')}\n`;
    const read = readUnits(readTableBytes(bytes(text), 'units.csv', unitColumns), 'units.csv');
    expect(read.diagnostics.map((d) => [d.code, d.row, d.column])).toEqual([
      ['TEXT_SUSPICIOUS', 2, 'Tên đơn vị'],
    ]);
    const root = mkdtempSync(join(tmpdir(), 'mb-suspicious-'));
    mkdirSync(join(root, 'content', 'indicators'), { recursive: true });
    mkdirSync(join(root, 'content', 'plans'));
    mkdirSync(join(root, 'data', 'exports', '22'), { recursive: true });
    writeFileSync(join(root, 'data', 'dataset.json'), JSON.stringify(dataset));
    writeFileSync(join(root, 'data', 'exports', '22', '=cmd.csv'), 'x\n');
    const all = loadInputs({ dataDir: join(root, 'data'), contentDir: join(root, 'content') });
    expect(all.diagnostics.filter((d) => d.code === 'TEXT_SUSPICIOUS').map((d) => d.file)).toEqual([
      'exports/22/=cmd.csv',
    ]);
  });
});
