import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { behindCsvRows, overdueTaskRows, reportRows } from '../../src/lib/downloads/supervision.ts';
import { readCollection } from '../../src/lib/ingest/content-fs.ts';
import { loadInputs } from '../../src/lib/ingest/load-fs.ts';
import { buildModel } from '../../src/lib/model/build-model.ts';
import { provinceAndCommunes } from '../../src/lib/model/progress.ts';
import { isFlagged } from '../../src/lib/model/supervision.ts';
import { isOverdue } from '../../src/lib/model/tasks.ts';
import type { MonthReport } from '../../src/lib/model/timeliness.ts';
import { indicatorSchema } from '../../src/lib/schema/indicator.ts';
import { planSchema } from '../../src/lib/schema/plan.ts';
import { formatDate, formatPeriod } from '../../src/lib/util/format.ts';
import { formatDue } from '../../src/lib/views/describe.ts';
import { monthSection } from '../../src/lib/views/supervision-lists.ts';
import { reportLook } from '../../src/lib/views/status-style.ts';
import {
  provinceSupervisionView,
  supervisionMonthView,
  supervisionView,
} from '../../src/lib/views/supervision.ts';
import { sheetView } from '../../src/lib/views/sheet.ts';
import { generateSample } from '../../src/tools/sample/generate.ts';

// The supervision lists on the sample data (the test profile, the default seed): names and
// dates are checked against the raw export rows, not against the model that made the lists.
const content = <T>(dir: string, schema: Parameters<typeof readCollection>[1]) =>
  readCollection(dir, schema, '.').entries.map((e) => ({ id: e.id, ...(e.data as object) })) as T[];
const dir = mkdtempSync(join(tmpdir(), 'mb-supervision-'));
for (const [path, text] of generateSample(
  content('content/indicators', indicatorSchema),
  content('content/plans', planSchema),
  { profile: 'test', seed: 2025, publishedAt: '2026-11-21', siteUrl: 'https://example.org' },
)) {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), text);
}
cpSync('data/tasks/31.csv', join(dir, 'tasks/31.csv'));
const { inputs } = loadInputs({ dataDir: dir, contentDir: 'content' });
const model = buildModel(inputs!);

/** Unit → period → the earliest report date in the raw rows. */
const firstRaw = new Map<string, string>();
for (const o of inputs!.observations) {
  const key = `${o.unit} ${o.period}`;
  const prev = firstRaw.get(key);
  if (!prev || o.reportedAt < prev) firstRaw.set(key, o.reportedAt);
}

/** The first commune (by code) whose report of some month is in a state, with that month. */
function findCommune(test: (code: string, r: MonthReport) => boolean) {
  const communes = [...model.progress.values()]
    .filter((p) => p.unit.level === 'commune')
    .sort((a, b) => a.unit.code.localeCompare(b.unit.code));
  for (const p of communes) {
    const r = [...p.reports].reverse().find((r) => test(p.unit.code, r));
    if (r) return { unit: p.unit, report: r };
  }
  throw new Error('the sample has no such commune');
}

const sectionOf = (provinceCode: string, period: string) =>
  provinceSupervisionView(model, provinceCode).months.find((m) => m.period === period)!;

describe('supervision lists on the sample data', () => {
  it('name a commune that reported late, in the right month, with the date it reported', () => {
    const { unit, report } = findCommune((code, r) => {
      const first = firstRaw.get(`${code} ${r.period}`);
      return !!first && !!r.due && first > r.due;
    });
    const first = firstRaw.get(`${unit.code} ${report.period}`)!;
    expect(report.state).toBe('late');
    const late = sectionOf(unit.parent!, report.period).groups.find((g) => g.state === 'late')!;
    expect(late.look.vi).toBe('Trễ hạn');
    const entry = late.entries.find((e) => e.name === unit.name);
    expect(entry).toMatchObject({
      code: unit.code,
      reported: formatDate(first),
      due: formatDue(report.due),
    });
    expect(entry!.daysLate).toBeGreaterThan(0);
    // …and in no other group of that month.
    const groups = sectionOf(unit.parent!, report.period).groups;
    expect(groups.filter((g) => g.entries.some((e) => e.code === unit.code))).toHaveLength(1);
  });

  it('name a commune that sent nothing for a month whose report was due, in that month', () => {
    const { unit, report } = findCommune(
      (code, r) => r.due !== undefined && !firstRaw.has(`${code} ${r.period}`),
    );
    expect(report.due! <= model.asOf).toBe(true);
    const section = sectionOf(unit.parent!, report.period);
    expect(section.label).toBe(formatPeriod(report.period));
    const missing = section.groups.find((g) => g.state === 'missing')!;
    expect(missing.look.vi).toBe('Chưa gửi');
    expect(missing.entries.find((e) => e.code === unit.code)).toMatchObject({
      name: unit.name,
      due: formatDue(report.due),
    });
    expect(missing.entries.find((e) => e.code === unit.code)!.reported).toBeUndefined();
    // The month page of the country names it under its province too.
    const month = supervisionMonthView(model, report.period);
    const province = month.rows.find((r) => r.slug === model.units.get(unit.parent!)!.slug)!;
    expect(province.section!.groups.flatMap((g) => g.entries.map((e) => e.name))).toContain(
      unit.name,
    );
  });

  it('name a unit under no regime whose report for a month has not arrived: absence is not hidden', () => {
    const { unit, report } = findCommune(
      (code, r) => r.due === undefined && !firstRaw.has(`${code} ${r.period}`),
    );
    expect(report.state).toBe('not-received');
    expect(isFlagged(report.state)).toBe(true);
    const group = sectionOf(unit.parent!, report.period).groups.find(
      (g) => g.state === 'not-received',
    )!;
    expect(group.look.vi).toBe('Chưa nhận (không đặt hạn)');
    expect(group.entries.map((e) => e.code)).toContain(unit.code);
  });

  it('list every unit once per month, the latest month first: missing, late, no deadline, on time', () => {
    const view = provinceSupervisionView(model, '31');
    const units = provinceAndCommunes(model, '31').length;
    expect(view.months.map((m) => m.period)).toEqual(
      [...new Set(view.months.map((m) => m.period))].sort().reverse(),
    );
    for (const m of view.months) {
      expect(m.groups.reduce((a, g) => a + g.entries.length, 0)).toBe(units);
      const order = m.groups.map((g) => g.state);
      const known = ['missing', 'not-received', 'late', 'no-deadline', 'on-time'];
      expect(order).toEqual(known.filter((s) => order.includes(s)));
    }
  });

  it('keep a reporting state they do not know as a group of its own', () => {
    const p = model.progress.get('31')!;
    const report = (state: string): MonthReport =>
      ({ period: '2026-10', due: '', state }) as unknown as MonthReport;
    const section = monthSection(model, '2026-10', [
      { progress: p, report: report('on-request') },
      { progress: p, report: report('missing') },
    ]);
    expect(section.groups.map((g) => g.state)).toEqual(['missing', 'on-request']);
    expect([isFlagged('missing'), isFlagged('late'), isFlagged('on-request')]).toEqual([
      true,
      true,
      false,
    ]);
    expect(reportLook('no-deadline').vi).toBe('Đã nhận (không đặt hạn)');
    expect(section.groups[1]!.look.vi).toBe('Trạng thái khác (on-request)');
    // No deadline: the entry names none (the group's badge says so once).
    expect(section.groups[1]!.entries[0]!.due).toBeUndefined();
  });

  it('group the overdue tasks by lead agency (Hải Phòng’s Annex II)', () => {
    const overdue = model.tasks.filter((t) => isOverdue(t, model.asOf));
    expect(overdue.length).toBeGreaterThan(0);
    const view = provinceSupervisionView(model, '31');
    const listed = view.agencies.flatMap((g) => g.tasks.map((t) => `${g.agency}|${t.id}`));
    expect(listed.sort()).toEqual(overdue.map((t) => `${t.lead}|${t.id}`).sort());
    expect(supervisionView(model).agencies.map((g) => g.agency)).toEqual(
      [...new Set(overdue.map((t) => t.lead))].sort((a, b) => a.localeCompare(b, 'vi')),
    );
    expect(overdueTaskRows(model, provinceAndCommunes(model, '31'))).toHaveLength(overdue.length);
  });

  it('list targets missed, off track or at risk by unit, and nothing else', () => {
    const units = provinceAndCommunes(model, '22');
    const view = provinceSupervisionView(model, '22');
    const expected = units.flatMap((u) =>
      u.indicators
        .filter((i) => ['missed', 'off-track', 'at-risk'].includes(i.headline.status))
        .map((i) => `${u.unit.name}|${i.indicator.short.vi}|${i.headline.status}`),
    );
    expect(view.behind.map((b) => `${b.unit.name}|${b.indicator.name}|${b.status}`)).toEqual(
      expected,
    );
    expect(behindCsvRows(units)).toHaveLength(expected.length);
    const statusFilter = view.filters.behind.find((f) => f.attr === 'status')!;
    expect(statusFilter.options.reduce((a, o) => a + o.count, 0)).toBe(expected.length);
  });

  it('download as CSV rows every unit’s every month, with the days late', () => {
    const { unit, report } = findCommune((_, r) => r.state === 'late');
    const rows = reportRows(model, provinceAndCommunes(model, unit.parent!));
    const row = rows.find((r) => r.unit_code === unit.code && r.period === report.period)!;
    expect(row).toMatchObject({
      state: 'late',
      state_vi: 'Trễ hạn',
      first_report: report.firstReport,
    });
    expect(row.days_late).toBeGreaterThan(0);
    expect(rows).toHaveLength(
      provinceAndCommunes(model, unit.parent!).reduce((a, u) => a + u.reports.length, 0),
    );
  });

  it('make a sheet per unit with its overdue tasks, record, targets behind and revisions', () => {
    const sheet = sheetView(model, '31');
    expect(sheet.overdue.map((t) => t.id).sort()).toEqual(
      model.tasks
        .filter((t) => t.unit === '31' && isOverdue(t, model.asOf))
        .map((t) => t.id)
        .sort(),
    );
    expect(sheet.reports).toHaveLength(model.progress.get('31')!.reports.length);
    const revised = [...model.progress.values()].find((p) =>
      p.indicators.some((i) => i.revised.size > 0),
    )!;
    const revisions = sheetView(model, revised.unit.code).revisions;
    expect(revisions.length).toBeGreaterThan(0);
    expect(revisions[0]!.earlier.length).toBeGreaterThan(0);
  });
});
