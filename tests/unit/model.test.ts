import { carryForward } from '../../src/lib/model/build-model.ts';
import { describe, expect, it } from 'vitest';
import { evaluate, project } from '../../src/lib/model/status.ts';
import { resolveTargets, indexPlans } from '../../src/lib/model/targets.ts';
import { rollUp } from '../../src/lib/model/rollup.ts';
import type { Observation } from '../../src/lib/schema/observation.ts';
import {
  dueDate,
  hasDeadlines,
  NO_REGIME,
  monthlyReports,
  resolveRegime,
  timelinessSeries,
  type Regime,
} from '../../src/lib/model/timeliness.ts';
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
    // One meaning of "met": the latest value meets the target. Met at the deadline and now
    // below is its own status, never counted as met.
    expect(evaluate(series(50, 70, 85, 85, 85, 85, 70), goal, '2026-11-21')).toMatchObject({
      status: 'no-longer-met',
      regressed: true,
    });
  });
  it('a deadline before the unit existed is never "late": met, timing not known', () => {
    const urgent = { ...goal, deadline: '2025-06-30', since: '2025-07-01' };
    expect(evaluate(series(50, 70, 85), urgent, '2026-11-21')).toMatchObject({
      status: 'met-timing-unknown',
      beforeUnit: true,
    });
    const done = { ...urgent, value: 1, milestone: true };
    const doneLate = [{ period: '2025-09', value: 1, doneOn: '2025-09-12' }];
    expect(evaluate(doneLate, done, '2026-11-21').status).toBe('met-timing-unknown');
    expect(evaluate(series(50, 60), urgent, '2026-11-21').status).toBe('missed');
    // The same deadline for a unit that existed then: met late.
    expect(evaluate(doneLate, { ...done, since: undefined }, '2026-11-21').status).toBe('met-late');
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
          { period: '2025-09', value: 0 },
          { period: '2025-11', value: 1 },
        ],
        m,
        '2026-11-21',
      ).status,
    ).toBe('met-late');
    // First evidence after the deadline: done, but whether on time is not known.
    expect(
      evaluate(
        [
          { period: '2025-10', value: 0 },
          { period: '2025-11', value: 1 },
        ],
        m,
        '2026-11-21',
      ).status,
    ).toBe('met-timing-unknown');
    expect(evaluate([{ period: '2025-07', value: 0 }], m, '2025-08-25').status).toBe('pending');
    expect(evaluate([{ period: '2025-07', value: 0 }], m, '2026-11-21').status).toBe('missed');
  });
  it('a deadline before the first evidence: met, timing unknown; never "met late" without evidence', () => {
    const floor = {
      value: 10,
      deadline: '2025-06-30',
      direction: 'increase',
      milestone: false,
    } as const;
    // Quảng Ninh's case: 60,1 dossiers per service in the first month reported, against 10 by 30/06.
    expect(evaluate(series(60.1, 62), floor, '2026-11-21')).toMatchObject({
      status: 'met-timing-unknown',
      metAt: '2025-07',
    });
    expect(evaluate(series(4, 6), floor, '2026-11-21').status).toBe('missed');
    // A baseline row as of 06/2025 is evidence at the deadline.
    const baseline = [{ period: '2025-06', value: 12 }, ...series(14)];
    expect(evaluate(baseline, floor, '2026-11-21').status).toBe('met-on-time');
    const short = [{ period: '2025-06', value: 8 }, ...series(14)];
    expect(evaluate(short, floor, '2026-11-21').status).toBe('met-late');
  });
  it('a gap at the deadline: late only when a point on or after the deadline falls short', () => {
    // 11/2025 = 70, no December report, 01/2026 = 85: not known whether 80 was reached by 31/12.
    const gap = series(null, null, null, null, 70, null, 85);
    expect(evaluate(gap, goal, '2026-11-21').status).toBe('met-timing-unknown');
    // December reported short: late.
    expect(evaluate(series(null, null, null, null, 70, 75, 85), goal, '2026-11-21').status).toBe(
      'met-late',
    );
  });
  it('milestones: a completion date decides; else the report of the month containing the deadline', () => {
    const codes = {
      value: 1,
      deadline: '2025-06-25',
      direction: 'increase',
      milestone: true,
    } as const;
    expect(evaluate([{ period: '2025-07', value: 1 }], codes, '2026-11-21').status).toBe(
      'met-timing-unknown',
    );
    expect(evaluate([{ period: '2025-06', value: 1 }], codes, '2026-11-21').status).toBe(
      'met-on-time',
    );
    expect(
      evaluate([{ period: '2025-06', value: 1, doneOn: '2025-06-26' }], codes, '2026-11-21'),
    ).toMatchObject({ status: 'met-late', metAt: '2025-06-26' });
    expect(
      evaluate([{ period: '2025-07', value: 1, doneOn: '2025-06-20' }], codes, '2026-11-21'),
    ).toMatchObject({ status: 'met-on-time', metAt: '2025-06-20' });
    // A later report's completion date also settles it.
    expect(
      evaluate(
        [
          { period: '2025-08', value: 1 },
          { period: '2025-09', value: 1, doneOn: '2025-08-03' },
        ],
        codes,
        '2026-11-21',
      ).status,
    ).toBe('met-late');
    expect(evaluate([{ period: '2025-05', value: 1 }], codes, '2026-11-21').status).toBe(
      'met-on-time',
    );
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
      reporting: [],
      ambiguities: [],
      targets: [
        {
          indicator: 'dossiers-fully-online',
          value: 60,
          deadline: '2025-12-31',
          appliesTo: 'unit',
          section: 'II.2',
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
      reporting: [],
      ambiguities: [],
      targets: [
        {
          indicator: 'dossiers-fully-online',
          value: 70,
          deadline: '2025-12-31',
          appliesTo: 'communes',
          section: 'II.1.b',
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
  const before20: Regime = { kind: 'monthly', before: 20, origin: 'publisher' };
  it('marks each due month on time, late or missing: "before the 20th" means the 20th is late', () => {
    const reports = monthlyReports(
      new Map([
        ['2025-07', '2025-08-19'],
        ['2025-08', '2025-09-20'],
      ]),
      '2025-07',
      '2025-10-25',
      before20,
    );
    expect(reports.map((r) => [r.period, r.due, r.state])).toEqual([
      ['2025-07', '2025-08-19', 'on-time'],
      ['2025-08', '2025-09-19', 'late'],
      ['2025-09', '2025-10-19', 'missing'],
    ]);
    expect(timelinessSeries(reports).map((r) => r.value)).toEqual([100, 50, 33.3]);
  });
  const plan = (date: string, reporting: Plan['reporting']): Plan => ({
    id: 'p',
    title: 'P',
    number: '1-KH',
    date,
    issuer: 'x',
    unit: '23317',
    targets: [],
    reporting,
    ambiguities: [],
  });
  const regimeOf = (p: Plan) => resolveRegime(units[2]!, indexPlans([p]).byUnit);
  it("each unit by its own plan's regime: monthly before the 24th", () => {
    const regime = regimeOf(
      plan('2025-10-10', [{ kind: 'monthly', before: 24, appliesTo: 'unit', section: 'V.9' }]),
    );
    expect(regime).toMatchObject({ kind: 'monthly', before: 24, origin: 'unit-plan' });
    const reports = monthlyReports(
      new Map([['2025-09', '2025-10-23']]),
      '2025-09',
      '2025-11-30',
      regime,
    );
    expect(reports.map((r) => [r.due, r.state])).toEqual([
      ['2025-10-23', 'on-time'],
      ['2025-11-23', 'missing'],
    ]);
  });
  it('quarterly: a month is due at the first quarterly or year-end deadline after it, once the plan exists', () => {
    const regime: Regime = regimeOf(
      plan('2025-09-18', [
        { kind: 'quarterly', before: 15, yearEnd: '11-25', appliesTo: 'unit', section: 'IV.3' },
      ]),
    );
    expect(dueDate('2025-07', regime)).toBe('2025-11-24'); // Q3's 14/09 precedes the plan
    expect(dueDate('2025-10', regime)).toBe('2025-11-24');
    expect(dueDate('2025-11', regime)).toBe('2025-12-14');
    expect(dueDate('2025-12', regime)).toBe('2026-03-14');
    expect(dueDate('2026-09', regime)).toBe('2026-11-24');
    const reports = monthlyReports(new Map(), '2025-07', '2026-01-10', regime);
    expect(reports.map((r) => r.period)).toEqual([
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
    ]);
  });
  it('periodic or on request: months listed as received or not, nothing judged', () => {
    const regime = regimeOf(
      plan('2025-08-26', [{ kind: 'on-request', appliesTo: 'unit', section: 'III' }]),
    );
    const reports = monthlyReports(
      new Map([['2025-08', '2025-10-02']]),
      '2025-07',
      '2025-09-15',
      regime,
    );
    expect(reports).toEqual([
      { period: '2025-07', state: 'not-received' },
      { period: '2025-08', state: 'no-deadline', firstReport: '2025-10-02' },
    ]);
    expect(timelinessSeries(reports)).toEqual([]);
  });
  it('weekly and monthly with no day stated: no deadline, nothing judged', () => {
    const regime = regimeOf(
      plan('2025-07-11', [{ kind: 'weekly-monthly', appliesTo: 'unit', section: 'V.1' }]),
    );
    expect(hasDeadlines(regime)).toBe(false);
    const reports = monthlyReports(new Map(), '2025-07', '2025-09-15', regime);
    expect(reports.map((r) => r.state)).toEqual(['not-received', 'not-received']);
  });
  it("a plan's regime applies from the plan's date: earlier months are not judged", () => {
    const regime = regimeOf(
      plan('2025-10-10', [{ kind: 'monthly', before: 24, appliesTo: 'unit', section: 'V.9' }]),
    );
    const reports = monthlyReports(new Map(), '2025-07', '2025-11-30', regime);
    expect(reports.map((r) => [r.period, r.state, r.due])).toEqual([
      ['2025-07', 'not-received', undefined],
      ['2025-08', 'not-received', undefined],
      ['2025-09', 'missing', '2025-10-23'],
      ['2025-10', 'missing', '2025-11-23'],
    ]);
  });
  it('no regime from any binding document: not judged, unless the publisher declares one', () => {
    expect(resolveRegime(units[1]!, new Map())).toEqual(NO_REGIME);
    const declared = {
      kind: 'monthly' as const,
      before: 15,
      levels: ['commune' as const],
      document: '15/CT-UBND',
      date: '2025-08-01',
      section: 'Điều 2',
    };
    expect(resolveRegime(units[3]!, new Map(), declared)).toMatchObject({
      before: 15,
      origin: 'publisher',
      plan: { number: '15/CT-UBND', date: '2025-08-01' },
    });
    expect(resolveRegime(units[0]!, new Map(), declared)).toEqual(NO_REGIME); // a province
  });
  it("a province plan sets its communes' regime; other units have none", () => {
    const qn: Plan = {
      ...plan('2025-06-24', [
        { kind: 'monthly', before: 25, appliesTo: 'unit', section: 'IV.3' },
        { kind: 'monthly', before: 20, appliesTo: 'communes', section: 'IV.3' },
      ]),
      unit: '22',
    };
    const byUnit = indexPlans([qn]).byUnit;
    expect(resolveRegime(units[0]!, byUnit)).toMatchObject({ before: 25, origin: 'unit-plan' });
    expect(resolveRegime(units[3]!, byUnit)).toMatchObject({ before: 20, origin: 'province-plan' });
    expect(resolveRegime(units[1]!, byUnit)).toMatchObject({ kind: 'none', origin: 'none' });
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
  // The publisher declares monthly reports before the 20th for every unit.
  const reporting = {
    kind: 'monthly' as const,
    before: 20,
    levels: ['province' as const, 'commune' as const],
    document: '1/CT',
    date: '2025-07-01',
    section: '1',
  };
  const model = buildModel({
    dataset: { ...dataset, reporting },
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
      due: '2025-08-19',
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
