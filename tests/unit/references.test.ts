import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/lib/ingest/csv.ts';
import { checkIndicatorSources, checkPlans } from '../../src/lib/ingest/references.ts';
import { readTasks } from '../../src/lib/ingest/tasks.ts';
import type { PlanData } from '../../src/lib/schema/plan.ts';
import { taskColumns } from '../../src/lib/schema/task.ts';
import { indicators, units } from '../fixtures/model.ts';

// Every reference the site turns into a link must resolve, or the page links to a 404.
const F = 'tasks/22.csv';
const HEAD =
  'Mã đơn vị,Mã nhiệm vụ,Kế hoạch,Lĩnh vực,Nội dung nhiệm vụ,Chủ trì,Thời hạn,Trạng thái,Ngày hoàn thành';
const ctx = {
  units: new Map(units.map((u) => [u.code, u])),
  plans: new Set(['quang-ninh-02-1-kh-bcd']),
  asOf: '2026-11-21',
};
function tasksOf(line: string) {
  const r = readTasks(readCsv(`${HEAD}\n${line}\n`, F, taskColumns), F, ctx);
  return { where: r.diagnostics.map((d) => [d.code, d.file, d.row, d.column]), tasks: r.tasks, r };
}

describe('task references', () => {
  it('accepts a task whose unit, plan and pillar exist', () => {
    const r = tasksOf(
      '22,T-1,quang-ninh-02-1-kh-bcd,data,Làm sạch dữ liệu,Sở KH&CN,31/12/2025,done,15/12/2025',
    );
    expect(r.where).toEqual([]);
    expect(r.tasks).toHaveLength(1);
  });
  it.each([
    [
      'a plan that does not exist',
      '22,T-1,khong-co,data,X,Y,31/12/2025,,',
      ['REFERENCE_UNKNOWN', F, 2, 'Kế hoạch'],
    ],
    [
      'a unit that does not exist',
      '99,T-1,,data,X,Y,31/12/2025,,',
      ['UNIT_UNKNOWN', F, 2, 'Mã đơn vị'],
    ],
    [
      'a pillar that does not exist',
      '22,T-1,,du-lieu,X,Y,31/12/2025,,',
      ['REFERENCE_UNKNOWN', F, 2, 'Lĩnh vực'],
    ],
    ['a blank pillar', '22,T-1,,,X,Y,31/12/2025,,', ['VALUE_REQUIRED', F, 2, 'Lĩnh vực']],
    [
      'a completion after the publication date',
      '22,T-1,,data,X,Y,31/12/2025,done,30/11/2026',
      ['DATE_AFTER_PUBLICATION', F, 2, 'Ngày hoàn thành'],
    ],
  ])('%s', (_, line, want) => {
    const r = tasksOf(line);
    expect(r.where).toEqual([want]);
    expect(r.tasks).toEqual([]);
  });
  it('names the plan and the pillars in the message', () => {
    expect(tasksOf('22,T-1,khong-co,data,X,Y,31/12/2025,,').r.diagnostics[0]!.messageEn).toBe(
      '"khong-co" in "Kế hoạch" does not refer to a known plan',
    );
    expect(tasksOf('22,T-1,,du-lieu,X,Y,31/12/2025,,').r.diagnostics[0]!.messageEn).toContain(
      'known pillar (platforms, data, infrastructure',
    );
  });
});

describe('plan and indicator references', () => {
  const plan = (data: Partial<PlanData>) => ({
    id: 'p',
    file: 'content/plans/p.md',
    body: '',
    data: {
      title: 'T',
      number: 'N',
      date: '2025-07-01',
      issuer: 'I',
      targets: [],
      reporting: [],
      ambiguities: [],
      ...data,
    },
  });
  it('a plan names a unit and indicators that exist, at a level they apply to', () => {
    const target = { value: 1, deadline: '2025-12-31', appliesTo: 'unit' as const, section: 'I' };
    const diagnostics = checkPlans(
      [
        plan({ unit: '99' }),
        plan({ unit: '22', targets: [{ ...target, indicator: 'khong-co' }] }),
        plan({ unit: '22', targets: [{ ...target, indicator: 'core-systems' }] }),
      ],
      new Map(units.map((u) => [u.code, u])),
      new Map(indicators.map((i) => [i.id, i])),
    );
    expect(diagnostics.map((d) => [d.code, d.file, d.column])).toEqual([
      ['UNIT_UNKNOWN', 'content/plans/p.md', 'unit'],
      ['INDICATOR_UNKNOWN', 'content/plans/p.md', 'targets.0.indicator'],
      ['INDICATOR_LEVEL', 'content/plans/p.md', 'targets.0.indicator'],
    ]);
  });
  it("an indicator's default target names a plan that exists (its pages link there)", () => {
    const entries = indicators.map((i) => ({
      id: i.id,
      data: i,
      body: '',
      file: `content/indicators/${i.id}.md`,
    }));
    expect(checkIndicatorSources(entries, new Set(['plan-02-kh-bcdtw']))).toEqual([]);
    expect(
      checkIndicatorSources(entries.slice(0, 1), new Set()).map((d) => [d.code, d.file, d.column]),
    ).toEqual([['REFERENCE_UNKNOWN', 'content/indicators/dossiers-fully-online.md', 'source']]);
  });
});
