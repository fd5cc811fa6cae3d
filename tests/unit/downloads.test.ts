import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { observationRows, statusRows, toCsv, watchRows } from '../../src/lib/downloads/tables.ts';
import { buildModel } from '../../src/lib/model/build-model.ts';
import { observationRowSchema, statusRowSchema } from '../../src/lib/schema/download.ts';
import { dataset, indicators, units } from '../fixtures/model.ts';
import { text } from '../support/text.ts';

const obs = (
  unit: string,
  indicator: string,
  period: string,
  value: number,
  reportedAt: string,
  note?: string,
) => ({
  unit,
  indicator,
  period,
  value,
  reportedAt,
  source: '=HYPERLINK("http://x")',
  from: { file: 'exports/22/a.csv', row: 2 },
  ...(note ? { note } : {}),
});
const model = buildModel({
  dataset,
  units,
  indicators,
  plans: [],
  tasks: [],
  observations: [
    obs('22', 'online-services', '2025-07', 10, '2025-08-10'),
    obs('22', 'online-services', '2025-07', 12, '2025-09-10', '@SUM(A1)'),
    obs('22', 'archives-digitised', '2025-07', 5, '2025-08-10'),
  ],
});

describe('downloads', () => {
  it('status rows cover every unit × applicable indicator and match their JSON Schema', () => {
    const rows = statusRows(model);
    expect(rows).toHaveLength(
      [...model.progress.values()].reduce((a, v) => a + v.indicators.length, 0),
    );
    for (const r of rows) expect(statusRowSchema.safeParse(r).success).toBe(true);
    expect(
      rows.find((r) => r.unit_code === '22' && r.indicator_id === 'online-services'),
    ).toMatchObject({
      latest_value: 12,
      source_file: 'exports/22/a.csv',
      reported_at: '2025-09-10',
      basis: 'own',
    });
    expect(
      watchRows(rows).every(
        (r) =>
          ['missed', 'off-track', 'at-risk', 'no-data'].includes(r.status) && r.target !== null,
      ),
    ).toBe(true);
    expect(JSON.stringify(z.toJSONSchema(statusRowSchema))).toContain('"unit_code"');
  });
  it("a unit's observation rows keep revisions, marked as replaced", () => {
    const rows = observationRows(model.progress.get('22')!);
    expect(
      rows.filter((r) => r.indicator === 'online-services').map((r) => [r.value, r.current]),
    ).toEqual([
      [10, false],
      [12, true],
    ]);
    for (const r of rows) expect(observationRowSchema.safeParse(r).success).toBe(true);
  });
  it('CSV is safe in Excel: BOM, and formula-looking cells kept as text', () => {
    const csv = text(
      toCsv(observationRows(model.progress.get('22')!), ['unit', 'value', 'source', 'note']),
    );
    expect(csv.startsWith('\ufeffunit,value,source,note\r\n')).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(csv).toContain("'@SUM(A1)");
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
  });
  it('CSV written in chunks is the CSV of all rows at once, BOM and all', () => {
    const rows = Array.from({ length: 25_001 }, (_, i) => ({
      i,
      note: i % 7 === 0 ? `=A${i}` : i % 5 === 0 ? `dòng "${i}", có phẩy` : null,
    }));
    const once = Papa.unparse(
      { fields: ['i', 'note'], data: rows.map((r) => [r.i, r.note ?? '']) },
      { escapeFormulae: true, newline: '\r\n' },
    );
    expect(text(toCsv(rows.values(), ['i', 'note']))).toBe(`\ufeff${once}\r\n`);
    // No rows: the header alone, no blank row under it.
    expect(text(toCsv([], ['i', 'note']))).toBe('\ufeffi,note\r\n');
  });
});
