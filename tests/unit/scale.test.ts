import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatReport, summary } from '../../src/lib/ingest/diagnostics/report.ts';
import { validate } from '../../src/lib/ingest/validate-fs.ts';
import { buildModel } from '../../src/lib/model/build-model.ts';
import { diagnosticsByUnit } from '../../src/lib/model/quality.ts';
import type { Task } from '../../src/lib/schema/task.ts';
import { unitsToCsv } from '../../src/tools/registry/units-csv.ts';
import { dataset, indicators, units } from '../fixtures/model.ts';

// Grouping must stay linear: a list copied on every append took minutes on a file of 40,000
// rejected rows. At this size a quadratic step blows the test's time limit (vitest's 5 s).
const N = 40_000;

describe(`${N.toLocaleString('en')} rows`, () => {
  it('a file of rejected rows is read, reported and grouped by unit', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mb-scale-'));
    mkdirSync(join(dir, 'exports', '22'), { recursive: true });
    writeFileSync(join(dir, 'units.csv'), unitsToCsv(units));
    writeFileSync(join(dir, 'dataset.json'), JSON.stringify(dataset));
    const lines = ['unit,indicator,period,value,reportedAt,source'];
    for (let i = 0; i < N; i++)
      lines.push(`${80000 + (i % 500)},online-services,09/2025,5,18/10/2025,S`);
    writeFileSync(join(dir, 'exports', '22', 'bad.csv'), lines.join('\n'));
    const result = validate({ dataDir: dir, contentDir: 'content' });
    const rejected = result.diagnostics.filter((d) => d.file === 'exports/22/bad.csv');
    expect(summary(rejected).errors).toBe(N);
    expect(formatReport(rejected)).toContain(`và ${N - 20} dòng UNIT_UNKNOWN khác`);
    expect(diagnosticsByUnit(rejected).size).toBe(500);
  });

  it('a unit with that many tasks is modelled', () => {
    const task = (i: number): Task => ({
      unit: '22',
      id: `T-${i}`,
      pillar: 'data',
      title: 'Nhiệm vụ',
      lead: 'UBND',
      coordinating: [],
      expectedResult: '',
      deadline: '2025-12-31',
      status: 'in-progress',
      from: { file: 'tasks/t.csv', row: i + 2 },
    });
    const tasks = Array.from({ length: N }, (_, i) => task(i));
    const model = buildModel({ dataset, units, indicators, plans: [], observations: [], tasks });
    expect(model.progress.get('22')!.tasks).toHaveLength(N);
  });
});
