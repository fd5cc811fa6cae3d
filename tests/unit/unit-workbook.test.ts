import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { deflater } from '../support/deflater.ts';
import { downloadFiles } from '../../src/lib/downloads/files.ts';
import { HEADLINE_RULE, SHEETS } from '../../src/lib/downloads/unit-workbook.ts';
import { xlsx } from '../../src/lib/downloads/xlsx.ts';
import { readCollection } from '../../src/lib/ingest/content-fs.ts';
import { loadInputs } from '../../src/lib/ingest/load-fs.ts';
import { validate } from '../../src/lib/ingest/validate-fs.ts';
import { buildModel } from '../../src/lib/model/build-model.ts';
import { groupHeadline, unitHeadline } from '../../src/lib/model/counts.ts';
import type { Model } from '../../src/lib/model/types.ts';
import { indicatorSchema } from '../../src/lib/schema/indicator.ts';
import { planSchema } from '../../src/lib/schema/plan.ts';
import { generateSample } from '../../src/tools/sample/generate.ts';
import {
  indicatorCsvPath,
  paths,
  unitCsvPath,
  unitWorkbookPath,
} from '../../src/lib/views/paths.ts';
import { readXlsx, type ReadCell } from '../support/xlsx.ts';
import { text } from '../support/text.ts';

// A reader with a unit's workbook and nothing else recomputes the headline its page shows.

/** The statuses the workbook's rule names as met, read from the rule's own words. */
const metStatuses = (rule: string) =>
  new Set(rule.match(/trạng thái ([a-z, -]+), chia/)![1]!.split(', '));

/** A table sheet as objects keyed by the CSV column in brackets ("Trạng thái [status]"). */
function records(rows: ReadCell[][]): Record<string, ReadCell>[] {
  const at = rows.findIndex((r) => r.some((c) => typeof c === 'string' && /\[\w+\]$/.test(c)));
  const keys = rows[at]!.map((c) => String(c).match(/\[(\w+)\]$/)![1]!);
  return rows.slice(at + 1).map((r) => Object.fromEntries(keys.map((k, i) => [k, r[i] ?? null])));
}

/** The overview sheet as label → value. */
const overview = (rows: ReadCell[][]) =>
  new Map(rows.map((r) => [String(r[0]), r[1] ?? null] as const));

/** The headline recomputed from the "Chỉ tiêu" sheet with the rule the overview states. */
function recompute(book: Map<string, ReadCell[][]>) {
  const rule = String(overview(book.get(SHEETS.overview)!).get('Cách tính lại'));
  const met = metStatuses(rule);
  const rows = records(book.get(SHEETS.indicators)!);
  const counted = rows.filter((r) => r.counted === true);
  const metCount = counted.filter((r) => met.has(String(r.status))).length;
  const evidence = rows.some((r) => r.basis === 'own' || r.basis === 'rollup');
  return {
    met: metCount,
    judged: counted.length,
    ...(evidence && counted.length > 0 ? { share: (100 * metCount) / counted.length } : {}),
  };
}

function checkModel(model: Model) {
  const files = new Map(downloadFiles(model, () => new Uint8Array(), deflater));
  let units = 0;
  for (const progress of model.progress.values()) {
    const code = progress.unit.code;
    const book = readXlsx(files.get(unitWorkbookPath(code)) as Uint8Array);
    const facts = overview(book.get(SHEETS.overview)!);
    const figure = recompute(book);
    // The model's headline, and the figures the overview states, are the recomputed ones.
    expect(figure, code).toEqual(unitHeadline(progress));
    expect(facts.get('Số chỉ tiêu đạt'), code).toBe(figure.met);
    expect(facts.get('Số chỉ tiêu có mục tiêu'), code).toBe(figure.judged);
    expect(facts.get('Tỷ lệ chỉ tiêu đã đạt (%)'), code).toBe(figure.share ?? 'chưa có số liệu');
    expect(facts.get('Đơn vị')).toBe(progress.unit.name);
    expect(facts.get('Ngày số liệu')).toEqual({ date: model.asOf });
    // Each counted indicator's status is that of its current target, with its document.
    const targets = records(book.get(SHEETS.targets)!);
    for (const r of records(book.get(SHEETS.indicators)!).filter((r) => r.counted)) {
      const current = targets.filter((t) => t.indicator_id === r.indicator_id && t.current);
      expect(current.length, `${code} ${r.indicator_id}`).toBe(1);
      expect(current[0]!.status).toBe(r.status);
      expect(current[0]!.plan).toBeTruthy();
      expect(current[0]!.deadline).toEqual({ date: expect.stringMatching(/^\d{4}-\d\d-\d\d$/) });
      expect(r.reason).toBeTruthy();
    }
    // The reports are the CSV's, value for value, with typed numbers and dates.
    const csv = Papa.parse<Record<string, string>>(
      text(files.get(unitCsvPath(code)) as Uint8Array),
      { header: true, skipEmptyLines: true },
    ).data;
    const reports = records(book.get(SHEETS.reports)!);
    expect(reports.map((r) => [r.indicator, r.period, r.value, r.reportedAt])).toEqual(
      csv.map((r) => [r.indicator, r.period, Number(r.value), { date: r.reportedAt }]),
    );
    expect(reports.every((r) => typeof r.indicator_name === 'string')).toBe(true);
    units++;
  }
  return { units, files };
}

describe('each unit workbook recomputes its headline (golden input)', () => {
  const result = validate({ dataDir: 'tests/golden/input', contentDir: 'content' });
  const model = buildModel(result.inputs!, result.diagnostics);
  it('every unit, from its workbook alone', () => {
    const { units } = checkModel(model);
    expect(units).toBe(model.progress.size);
  });
  it("ty-le-chung.csv: every unit's headline, recomputable from its own columns", () => {
    const files = new Map(downloadFiles(model, () => new Uint8Array(), deflater));
    const rows = Papa.parse<Record<string, string>>(
      text(files.get(paths.headlineCsv) as Uint8Array),
      { header: true, skipEmptyLines: true },
    ).data;
    expect(rows).toHaveLength(model.progress.size);
    const num = (v: string | undefined) => (v ? Number(v) : undefined);
    for (const r of rows) {
      const progress = model.progress.get(r.unit_code!)!;
      const h = unitHeadline(progress);
      expect([Number(r.met), Number(r.judged), num(r.share)], r.unit_code).toEqual([
        h.met,
        h.judged,
        h.share,
      ]);
      if (h.share !== undefined) expect(Number(r.share)).toBeCloseTo((100 * h.met) / h.judged);
      if (progress.communes.length > 0) {
        const g = groupHeadline(progress.communes.map((c) => model.progress.get(c.code)!));
        expect([num(r.communes_met), num(r.communes_judged), num(r.communes_share)]).toEqual([
          g.met,
          g.judged,
          g.share,
        ]);
      } else expect(r.communes_judged).toBe('');
    }
  });
});

describe('each unit workbook recomputes its headline (sample, test profile)', () => {
  const entries = <T>(dir: string, schema: T) =>
    readCollection(dir, schema as never, '.').entries.map((e) => ({
      id: e.id,
      ...(e.data as object),
    }));
  const dir = mkdtempSync(join(tmpdir(), 'mb-workbook-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  it(
    'every unit, marked as sample on every sheet; no empty indicator file',
    { timeout: 180_000 },
    () => {
      const indicators = entries('content/indicators', indicatorSchema) as never;
      const plans = entries('content/plans', planSchema) as never;
      for (const [path, content] of generateSample(indicators, plans, {
        profile: 'test',
        seed: 2025,
        publishedAt: '2026-11-21',
        siteUrl: 'https://example.org',
      })) {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), content);
      }
      const loaded = loadInputs({ dataDir: dir, contentDir: 'content' });
      const model = buildModel(loaded.inputs!, loaded.diagnostics);
      expect(model.dataset.sample).toBe(true);
      const { units, files } = checkModel(model);
      expect(units).toBe(model.progress.size);
      const some = readXlsx(
        files.get(unitWorkbookPath([...model.progress.keys()][0]!)) as Uint8Array,
      );
      for (const rows of some.values()) expect(String(rows[0]![0])).toMatch(/^DỮ LIỆU MẪU/);
      // The on-time reporting indicator is computed from report dates: no file of its own.
      const derived = model.indicators.filter((i) => i.derived);
      expect(derived.length).toBeGreaterThan(0);
      for (const i of derived) expect(files.has(indicatorCsvPath(i.id))).toBe(false);
      // Every indicator file there is holds reports, never a header alone.
      for (const i of model.indicators) {
        const csv = files.get(indicatorCsvPath(i.id));
        if (csv)
          expect(
            text(csv as Uint8Array)
              .split('\r\n')
              .filter(Boolean).length,
          ).toBeGreaterThan(1);
      }
    },
  );
});

describe('xlsx cells', () => {
  it('numbers, dates, booleans and Vietnamese text come back typed; markup stays text', () => {
    const book = readXlsx(
      xlsx(
        [
          {
            name: 'Tổng quan',
            rows: [
              ['Tên', 'Số', 'Ngày', 'Đúng'],
              ['Xã Hợp Minh <b>&"', 21.4285, { date: '2026-10-10' }, true],
              ['=HYPERLINK("x")', 0, null, false],
            ],
            headerRow: 0,
          },
        ],
        deflater,
        '2026-11-21',
      ),
    );
    expect(book.get('Tổng quan')).toEqual([
      ['Tên', 'Số', 'Ngày', 'Đúng'],
      ['Xã Hợp Minh <b>&"', 21.4285, { date: '2026-10-10' }, true],
      ['=HYPERLINK("x")', 0, null, false],
    ]);
    expect(HEADLINE_RULE).toMatch(/met-on-time/);
  });
});
