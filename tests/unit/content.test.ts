import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCollection } from '../../src/lib/ingest/content-fs.ts';
import { readTableFile } from '../../src/lib/ingest/load-fs.ts';
import { readTasks } from '../../src/lib/ingest/tasks.ts';
import { indicatorSchema } from '../../src/lib/schema/indicator.ts';
import { planSchema } from '../../src/lib/schema/plan.ts';
import { taskColumns } from '../../src/lib/schema/task.ts';
import { sampleUnits } from '../../src/tools/sample/units.ts';
import { seeded } from '../../src/tools/sample/random.ts';

const indicators = readCollection('content/indicators', indicatorSchema, '.');
const plans = readCollection('content/plans', planSchema, '.');

describe('indicator catalog', () => {
  it('is valid and covers every measure of the brief, each pillar', () => {
    expect(indicators.diagnostics).toEqual([]);
    const ids = indicators.entries.map((e) => e.id);
    for (const id of [
      'full-process-services-25',
      'online-services',
      'dossiers-per-service',
      'tthc-groups-82',
      'tthc-data-replaced',
      'tthc-borderless',
      'business-tthc-online',
      'dossiers-fully-online',
      'e-results',
      'data-reuse-rate',
      'e-work-records',
      'archives-digitised',
      'databases-in-use',
      'party-member-db',
      'core-systems',
      'service-centre-equipped',
      'milestone-agency-codes',
      'milestone-tthc-list',
      'milestone-architecture-v4',
      'milestone-data-network',
      'milestone-skills-review',
      'digital-teams',
      'digital-team-members',
      'staff-trained',
      'budget-share-digital',
      'systems-security-level',
      'incident-response-plan',
      'monthly-report-on-time',
    ])
      expect(ids).toContain(id);
    // Plan 02 defaults only where a seed attributes the figure to Plan 02 (BRIEF's table); a
    // figure several plans repeat without attribution is each plan's own, never national.
    const defaults = Object.fromEntries(
      indicators.entries
        .filter((e) => e.data.targets.length > 0)
        .map((e) => [e.id, e.data.targets.map((t) => [t.value, t.deadline])]),
    );
    expect(defaults).toEqual({
      'full-process-services-25': [
        [25, '2025-06-30'],
        [25, '2025-12-31'],
      ],
      'online-services': [
        [982, '2025-06-30'],
        [982, '2025-12-31'],
      ],
      'dossiers-per-service': [
        [10, '2025-06-30'],
        [1000, '2025-12-31'],
      ],
      'tthc-groups-82': [[82, '2025-12-31']],
      'tthc-data-replaced': [[1139, '2025-12-31']],
      'e-results': [[100, '2025-12-31']],
      'milestone-agency-codes': [[1, '2025-06-30']],
      'milestone-tthc-list': [[1, '2025-06-30']],
      'tthc-borderless': [[100, '2025-06-30']],
      'services-on-national-portal': [[100, '2025-06-30']],
      'district-results-digitised': [[100, '2025-06-30']],
      'service-centre-equipped': [[1, '2025-06-30']],
      'core-systems': [[1, '2025-06-30']],
    });
    for (const e of indicators.entries)
      for (const t of e.data.targets) expect(t.source, e.id).toMatch(/Kế hoạch 02-KH\/BCĐTW/);
    expect(indicators.entries.every((e) => e.body.trim().length > 80)).toBe(true);
  });
});

describe('seed plans', () => {
  const byUnit = new Map(plans.entries.map((e) => [e.data.unit ?? 'national', e.data]));
  const target = (unit: string, indicator: string) =>
    byUnit
      .get(unit)
      ?.targets.filter((t) => t.indicator === indicator)
      .map((t) => t.value);
  it('are all there with their unit-specific targets', () => {
    expect(plans.diagnostics).toEqual([]);
    expect([...byUnit.keys()].sort()).toEqual(['17605', '22', '23317', '25363', '31', 'national']);
    expect(target('22', 'online-services')).toContain(982);
    expect(target('22', 'dossiers-per-service')).toEqual([10, 100]);
    expect(target('23317', 'dossiers-fully-online')).toEqual([60]);
    expect(target('25363', 'online-services')).toEqual([386]);
    expect(target('25363', 'dossiers-per-service')).toEqual([200]);
    expect(target('31', 'dossiers-per-service')).toEqual([10, 1000]);
    expect(target('17605', 'e-work-records')).toEqual([100]);
    expect(target('23317', 'online-info-services')).toEqual([14]);
    expect(target('31', 'milestone-tthc-restructure')).toEqual([1]);
    expect(target('22', 'tthc-system-defects-fixed')).toEqual([100]);
  });
  it('credit every target to its section of the document and set their reporting regime', () => {
    for (const { data } of plans.entries.filter((e) => e.data.unit)) {
      expect(data.targets.every((t) => t.section && t.phase)).toBe(true);
      expect(data.reporting.length).toBeGreaterThan(0);
      expect(data.ambiguities.length).toBeGreaterThan(0);
    }
    expect(byUnit.get('22')?.reporting.map((r) => [r.appliesTo, r.kind, r.before])).toEqual([
      ['unit', 'monthly', 25],
      ['communes', 'monthly', 20],
    ]);
    expect(byUnit.get('31')?.reporting.map((r) => r.kind)).toEqual(['on-request']);
    expect(byUnit.get('23317')?.reporting.map((r) => r.before)).toEqual([24]);
    expect(byUnit.get('25363')?.reporting[0]).toMatchObject({
      kind: 'quarterly',
      yearEnd: '11-25',
    });
    expect(byUnit.get('17605')?.reporting.map((r) => r.kind)).toEqual(['weekly-monthly']);
  });
  it('have their tasks, each with the section of the document, naming an existing plan', () => {
    const units = new Map(sampleUnits('test', seeded(1)).map((u) => [u.code, u]));
    const ids = new Set(plans.entries.map((e) => e.id));
    const count = new Map<string, number>();
    for (const file of readdirSync('data/tasks').filter((f) => f.endsWith('.csv'))) {
      const { tasks, diagnostics } = readTasks(
        readTableFile('data', `tasks/${file}`, taskColumns),
        `tasks/${file}`,
        { units, plans: ids, asOf: '2026-11-21' },
      );
      expect(diagnostics).toEqual([]);
      for (const t of tasks) {
        expect(ids.has(t.plan!)).toBe(true);
        expect(t.section).toBeTruthy();
        count.set(t.plan!, (count.get(t.plan!) ?? 0) + 1);
      }
    }
    expect(Object.fromEntries(count)).toEqual({
      'quang-ninh-02-1-kh-bcd': 45,
      'hai-phong-01-kh-bcd': 40,
      'ngok-bay-17-kh-du': 32,
      'dong-phu-10-kh-du': 22,
      'hop-minh-05-kh-ubnd': 30,
    });
  });
  it("Hải Phòng's Annex II tasks are in its task file", () => {
    const units = new Map(sampleUnits('test', seeded(1)).map((u) => [u.code, u]));
    const { tasks, diagnostics } = readTasks(
      readTableFile('data', 'tasks/31.csv', taskColumns),
      'tasks/31.csv',
      { units, plans: new Set(['hai-phong-01-kh-bcd']), asOf: '2026-11-21' },
    );
    expect(diagnostics).toEqual([]);
    expect(tasks).toHaveLength(16);
    expect(
      tasks.every((t) => t.unit === '31' && t.plan === 'hai-phong-01-kh-bcd' && t.lead.length > 0),
    ).toBe(true);
    expect(tasks.filter((t) => t.deadline === null).length).toBeGreaterThan(0);
    expect(tasks.find((t) => t.id === 'PL2-07')?.deadline).toBe('2025-12-20');
  });
});

describe('README', () => {
  it('documents the data formats exactly as the schemas define them (run npm run docs)', async () => {
    const { readFileSync } = await import('node:fs');
    const { withFormats } = await import('../../src/tools/docs/format-docs.ts');
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).toBe(withFormats(readme));
  });
});
