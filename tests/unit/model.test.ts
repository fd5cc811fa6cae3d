import { carryForward } from '../../src/lib/model/build-model.ts';
import { describe, expect, it } from 'vitest';
import { evaluate, project } from '../../src/lib/model/status.ts';
import { resolveTargets, indexPlans } from '../../src/lib/model/targets.ts';
import { rollUp } from '../../src/lib/model/rollup.ts';
import type { Observation } from '../../src/lib/schema/observation.ts';
import { monthlyReports, timelinessSeries } from '../../src/lib/model/timeliness.ts';
import { buildModel } from '../../src/lib/model/build-model.ts';
import type { Plan } from '../../src/lib/schema/plan.ts';
import { dataset, indicators, units } from '../fixtures/model.ts';

const goal = {
  value: 80,
  deadline: '2025-12-31',
  direction: 'increase',
  milestone: false,
} as const;
const series = (...values: (number | null)[]) =>
  values.flatMap((v, i) =>
    v === null
      ? []
      : [
          {
            period: `${2025 + Math.floor((6 + i) / 12)}-${String(((6 + i) % 12) + 1).padStart(2, '0')}`,
            value: v,
          },
        ],
  );

describe('evaluate', () => {
  it('no data', () => expect(evaluate([], goal, '2026-11-21').status).toBe('no-data'));
  it('met on time (value at the deadline month meets the target)', () => {
    expect(evaluate(series(50, 60, 70, 75, 79, 81, 82), goal, '2026-11-21')).toMatchObject({
      status: 'met-on-time',
      metAt: '2025-12',
      regressed: false,
    });
  });
  it('met then regressed', () => {
    expect(evaluate(series(50, 70, 85, 85, 85, 85, 70), goal, '2026-11-21')).toMatchObject({
      status: 'met-on-time',
      regressed: true,
    });
  });
  it('deadline passed, never met: missed', () => {
    expect(evaluate(series(50, 55, 60, 65, 70, 72, 75, 78), goal, '2026-11-21').status).toBe(
      'missed',
    );
  });
  it('met late', () => {
    expect(evaluate(series(50, 55, 60, 65, 70, 75, 78, 81), goal, '2026-11-21')).toMatchObject({
      status: 'met-late',
      metAt: '2026-02',
    });
  });
  it('before the deadline: on track, at risk, off track by the projected trend', () => {
    const asOf = '2025-10-25';
    expect(evaluate(series(50, 60, 70), goal, asOf).status).toBe('on-track');
    expect(evaluate(series(50, 55, 60), goal, asOf).status).toBe('at-risk'); // projects 75 of 80: 83 % of the gap
    expect(evaluate(series(50, 51, 52), goal, asOf).status).toBe('off-track');
    expect(evaluate(series(50), goal, asOf).status).toBe('at-risk');
  });
  it('milestones: done by date, done late, pending, missed', () => {
    const m = { value: 1, deadline: '2025-09-30', direction: 'increase', milestone: true } as const;
    expect(
      evaluate([{ period: '2025-10', value: 1, doneOn: '2025-09-15' }], m, '2026-11-21').status,
    ).toBe('met-on-time');
    expect(
      evaluate(
        [
          { period: '2025-10', value: 0 },
          { period: '2025-11', value: 1 },
        ],
        m,
        '2026-11-21',
      ).status,
    ).toBe('met-late');
    expect(evaluate([{ period: '2025-07', value: 0 }], m, '2025-08-25').status).toBe('pending');
    expect(evaluate([{ period: '2025-07', value: 0 }], m, '2026-11-21').status).toBe('missed');
  });
  it('projects a straight line', () => {
    expect(project(series(10, 20, 30), '2025-12')).toBeCloseTo(60);
  });
});

describe('resolveTargets', () => {
  const plans: Plan[] = [
    {
      id: 'nb',
      title: 'NB',
      number: '17-KH/ĐU',
      date: '2025-10-10',
      issuer: 'x',
      unit: '23317',
      targets: [
        {
          indicator: 'dossiers-fully-online',
          value: 60,
          deadline: '2025-12-31',
          appliesTo: 'unit',
        },
      ],
    },
    {
      id: 'qn',
      title: 'QN',
      number: '02.1',
      date: '2025-06-24',
      issuer: 'x',
      unit: '22',
      targets: [
        {
          indicator: 'dossiers-fully-online',
          value: 70,
          deadline: '2025-12-31',
          appliesTo: 'communes',
        },
      ],
    },
  ];
  const { byUnit } = indexPlans(plans);
  const ind = indicators[0]!;
  it('a unit plan overrides the national default', () => {
    expect(resolveTargets(units[2]!, ind, byUnit)).toMatchObject([
      { value: 60, origin: 'unit-plan', planNumber: '17-KH/ĐU' },
    ]);
  });
  it("a province plan sets its communes' targets", () => {
    expect(resolveTargets(units[3]!, ind, byUnit)).toMatchObject([
      { value: 70, origin: 'province-plan' },
    ]);
  });
  it('otherwise the national default', () => {
    expect(resolveTargets(units[0]!, ind, byUnit)).toMatchObject([
      { value: 80, origin: 'national' },
    ]);
  });
});

describe('rollUp', () => {
  const p = (
    period: string,
    value: number,
    numerator?: number,
    denominator?: number,
  ): Observation => ({
    unit: '90001',
    indicator: 'dossiers-fully-online',
    period,
    value,
    reportedAt: '',
    source: '',
    from: { file: '', row: 0 },
    ...(numerator !== undefined && denominator !== undefined ? { numerator, denominator } : {}),
  });
  it('sums, weights by denominators, and counts the share meeting', () => {
    const a = [p('2025-07', 50, 50, 100)];
    const b = [p('2025-07', 100, 300, 300)];
    expect(rollUp('sum', [a, b], () => true)[0]).toEqual({
      period: '2025-07',
      value: 150,
      reporting: 2,
      of: 2,
    });
    expect(rollUp('weighted-mean', [a, b], () => true)[0]?.value).toBe(87.5);
    expect(rollUp('share-meeting', [a, b, []], (_, v) => v >= 100)[0]).toEqual({
      period: '2025-07',
      value: 33.3,
      reporting: 2,
      of: 3,
    });
  });
});

describe('reporting timeliness', () => {
  it('marks each due month on time, late or missing', () => {
    const reports = monthlyReports(
      new Map([
        ['2025-07', '2025-08-20'],
        ['2025-08', '2025-09-21'],
      ]),
      '2025-07',
      '2025-10-25',
    );
    expect(reports.map((r) => r.state)).toEqual(['on-time', 'late', 'missing']);
    expect(timelinessSeries(reports).map((r) => r.value)).toEqual([100, 50, 33.3]);
  });
});

describe('buildModel', () => {
  const obs = (
    unit: string,
    indicator: string,
    period: string,
    value: number,
    reportedAt: string,
    extra = {},
  ) => ({
    unit,
    indicator,
    period,
    value,
    reportedAt,
    source: 'S',
    from: { file: 'f.csv', row: 2 },
    ...extra,
  });
  const model = buildModel({
    dataset,
    units,
    indicators,
    plans: [],
    tasks: [],
    observations: [
      obs('90001', 'core-systems', '2025-07', 1, '2025-08-10'),
      obs('90002', 'core-systems', '2025-07', 0, '2025-08-10'),
      obs('90001', 'dossiers-fully-online', '2025-07', 50, '2025-08-10', {
        numerator: 50,
        denominator: 100,
      }),
      obs('90002', 'dossiers-fully-online', '2025-07', 100, '2025-08-10', {
        numerator: 300,
        denominator: 300,
      }),
      obs('22', 'dossiers-fully-online', '2025-07', 60, '2025-08-25'),
      obs('22', 'dossiers-fully-online', '2025-07', 62, '2025-09-05'),
    ],
  });
  const qn = model.progress.get('22')!;
  it('rolls commune milestones up into the province as a share of communes', () => {
    const cell = qn.indicators.find((c) => c.indicator.id === 'core-systems')!;
    expect(cell.basis).toBe('rollup');
    expect(cell.rollup).toEqual([{ period: '2025-07', value: 50, reporting: 1 + 1, of: 2 }]);
    expect(cell.targets[0]?.value).toBe(100);
  });
  it('keeps revisions and flags a province figure that differs from its communes', () => {
    const cell = qn.indicators.find((c) => c.indicator.id === 'dossiers-fully-online')!;
    expect(cell.own[0]).toMatchObject({ value: 62 });
    expect(cell.revised.get(cell.own[0]!.period)).toMatchObject([{ value: 60 }]);
    expect(cell.rollup[0]?.value).toBe(87.5);
    expect(cell.rollupDiffers).toBe(true);
  });
  it('judges reporting from first report dates', () => {
    expect(qn.reports[0]).toMatchObject({
      period: '2025-07',
      state: 'late',
      firstReport: '2025-08-25',
    });
    expect(model.progress.get('23317')!.reports.every((r) => r.state === 'missing')).toBe(true);
  });
});

describe('milestones rolled up to a province', () => {
  it('stay done in later months a commune skipped', () => {
    const a = [
      { period: '2025-07', value: 0 },
      { period: '2025-08', value: 1 },
    ];
    const b = [{ period: '2025-09', value: 0 }];
    expect(carryForward([a, b])).toEqual([
      [
        { period: '2025-07', value: 0 },
        { period: '2025-08', value: 1 },
        { period: '2025-09', value: 1 },
      ],
      [{ period: '2025-09', value: 0 }],
    ]);
  });
});
