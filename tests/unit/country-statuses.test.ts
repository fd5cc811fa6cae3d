import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cardJobs } from '../../src/lib/cards/card-data.ts';
import { readCollection } from '../../src/lib/ingest/content-fs.ts';
import { loadInputs } from '../../src/lib/ingest/load-fs.ts';
import { buildModel } from '../../src/lib/model/build-model.ts';
import { unitHeadline } from '../../src/lib/model/counts.ts';
import { judgedSeries } from '../../src/lib/model/progress.ts';
import { indicatorSchema } from '../../src/lib/schema/indicator.ts';
import { planSchema } from '../../src/lib/schema/plan.ts';
import { periodOf } from '../../src/lib/util/calendar.ts';
import { homeView } from '../../src/lib/views/home.ts';
import { unitPath } from '../../src/lib/views/paths.ts';
import { unitEmbedView, unitPageView } from '../../src/lib/views/unit.ts';
import { latestMonthTally } from '../../src/lib/model/supervision.ts';
import { COMMUNES_FORMED } from '../../src/lib/util/calendar.ts';
import { formatDate, formatNumber } from '../../src/lib/util/format.ts';
import { qualityView } from '../../src/lib/views/quality.ts';
import { headlineReason, phaseReason } from '../../src/lib/views/reason.ts';
import { supervisionView } from '../../src/lib/views/supervision.ts';
import { SEED_ARCHETYPES } from '../../src/tools/sample/archetypes.ts';
import { generateSample } from '../../src/tools/sample/generate.ts';

// The whole country profile (34 provinces, 3,321 communes, 07/2025–10/2026) through
// generate → validate → model, to check the status rules where every case occurs.
const entries = <T>(dir: string, schema: T) =>
  readCollection(dir, schema as never, '.').entries.map((e) => ({
    id: e.id,
    ...(e.data as object),
  }));
const indicators = entries('content/indicators', indicatorSchema) as never;
const plans = entries('content/plans', planSchema) as never;
const dir = mkdtempSync(join(tmpdir(), 'mb-country-'));
for (const [path, content] of generateSample(indicators, plans, {
  profile: 'country',
  seed: 2025,
  publishedAt: '2026-11-21',
  siteUrl: 'https://example.org',
})) {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), content);
}
const loaded = loadInputs({ dataDir: dir, contentDir: 'content' });
const model = buildModel(loaded.inputs!, loaded.diagnostics);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('statuses on the country profile', { timeout: 180_000 }, () => {
  it('validates without an error', () => {
    expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('never says "met late" for a deadline before the first evidence', () => {
    const wrong: string[] = [];
    const counts = { late: 0, unknown: 0 };
    for (const unit of model.progress.values())
      for (const p of unit.indicators)
        p.targets.forEach((target, i) => {
          const status = p.evaluations[i]!.status;
          if (status === 'met-timing-unknown') counts.unknown++;
          if (status !== 'met-late') return;
          counts.late++;
          const points = judgedSeries(p);
          // Evidence at the deadline: a value from the month containing it (or earlier), or a
          // completion date.
          const evidence =
            points.some((x) => x.period <= periodOf(target.deadline)) ||
            points.some((x) => x.doneOn !== undefined);
          if (!evidence) wrong.push(`${unit.unit.code} ${p.indicator.id} ${target.deadline}`);
        });
    expect(wrong).toEqual([]);
    // Both cases occur, so the check above bites.
    expect(counts.late).toBeGreaterThan(100);
    expect(counts.unknown).toBeGreaterThan(100);
  });

  it('shows one headline figure per unit on its page, the home map, its card and its embed', () => {
    const tiles = homeView(model).map.tiles;
    const cards = new Map(cardJobs(model).map((j) => [j.page, j.data.big]));
    for (const province of model.provinces) {
      const page = unitPageView(model, province.code).answer.big;
      expect(tiles[province.code]?.mark).toBe(page);
      expect(cards.get(unitPath(province, model.units))).toBe(page);
      expect(unitEmbedView(model, province.code).summary.startsWith(`${page} `)).toBe(true);
    }
  });

  it('the seed units report (never silent); a unit that never reported has no figure, not 0 %', () => {
    for (const code of Object.keys(SEED_ARCHETYPES)) {
      const unit = model.progress.get(code)!;
      expect(
        unit.reports.some((r) => r.firstReport),
        code,
      ).toBe(true);
      expect(unitHeadline(unit).share, code).toBeDefined();
    }
    const silent = [...model.progress.values()].filter((u) => !u.lastReport);
    expect(silent.length).toBeGreaterThan(0);
    expect(silent.every((u) => u.unit.code.startsWith('9'))).toBe(true); // synthetic only
    expect(silent.every((u) => unitHeadline(u).share === undefined)).toBe(true);
  });

  it("judges each seed unit by its own reporting regime, from its plan's date", () => {
    // Hải Phòng and Hợp Minh: periodic reports with no day stated: listed, never judged.
    for (const code of ['31', '17605'])
      expect(model.progress.get(code)!.reports.every((r) => r.due === undefined)).toBe(true);
    // Ngọk Bay's "before the 24th" binds from its plan of 10/10/2025: 09/2025 is the first month.
    const nb = model.progress.get('23317')!.reports;
    expect(nb.find((r) => r.due)).toMatchObject({ period: '2025-09', due: '2025-10-23' });
    expect(nb.filter((r) => r.period < '2025-09').every((r) => r.due === undefined)).toBe(true);
    expect(model.progress.get('22')!.reports[0]?.due).toBe('2025-08-24');
    expect(model.progress.get('25363')!.reports.at(-1)?.due).toBe('2026-09-14');
    const commune = model.progress.get('22')!.communes[0]!;
    expect(model.progress.get(commune.code)!.regime).toMatchObject({
      origin: 'province-plan',
      before: 20,
    });
  });
});

// Claims: every target, deadline and regime on every unit has a source document that binds
// that unit; every status says why; no "late" before the unit existed; a count shown on two
// pages is the same on both.
describe('claims on the country profile', { timeout: 180_000 }, () => {
  const planOf = new Map(model.plans.map((p) => [p.id, p]));
  const catalog = new Map(model.indicators.map((i) => [i.id, i]));

  it('every target binds its unit through a document and a section (0 exceptions)', () => {
    const unbound: string[] = [];
    let targets = 0;
    for (const { unit, indicators } of model.progress.values())
      for (const p of indicators)
        for (const t of p.targets) {
          targets++;
          const plan = planOf.get(t.planId);
          const where = `${unit.code} ${p.indicator.id} ${t.deadline} (${t.planNumber})`;
          const sets = (appliesTo: string) =>
            plan?.targets.some(
              (x) =>
                x.indicator === p.indicator.id &&
                x.deadline === t.deadline &&
                x.appliesTo === appliesTo &&
                x.section === t.section,
            );
          const rolled = unit.level === 'province' && p.basis === 'rollup';
          const ok =
            t.section.length > 0 &&
            (t.origin === 'unit-plan'
              ? plan?.unit === unit.code && sets(rolled ? 'communes' : 'unit')
              : t.origin === 'province-plan'
                ? plan?.unit === unit.parent && sets('communes')
                : plan?.unit === undefined &&
                  t.planNumber === '02-KH/BCĐTW' &&
                  catalog
                    .get(p.indicator.id)!
                    .targets.some((x) => x.deadline === t.deadline && x.source === t.section));
          if (!ok) unbound.push(where);
        }
    expect(unbound).toEqual([]);
    expect(targets).toBeGreaterThan(10_000);
  });

  it('no figure a seed keeps to one unit is applied to another', () => {
    // BRIEF: the skills review, on-time reporting ≥ 100%, security level, 12 databases, 80%
    // fully online, archives, work records… are each plan's own: never Plan 02's.
    const own = [
      'milestone-skills-review',
      'monthly-report-on-time',
      'systems-security-level',
      'databases-in-use',
      'dossiers-fully-online',
      'archives-digitised',
      'e-work-records',
      'business-tthc-online',
      'party-member-db',
      'incident-response-plan',
      'milestone-infra-review',
      'tthc-system-defects-fixed',
      'milestone-tthc-restructure',
      'online-info-services',
    ];
    const national = [...model.progress.values()].flatMap((u) =>
      u.indicators
        .filter((p) => own.includes(p.indicator.id))
        .flatMap((p) => p.targets.filter((t) => t.origin === 'national')),
    );
    expect(national).toEqual([]);
    const skills = [...model.progress.values()].filter((u) =>
      u.indicators.some((p) => p.indicator.id === 'milestone-skills-review' && p.targets.length),
    );
    expect(skills.map((u) => u.unit.code)).toEqual(['22']);
  });

  it('every reporting deadline comes from a regime a binding document states, from its date', () => {
    const wrong: string[] = [];
    let judged = 0;
    for (const { unit, regime, reports, indicators } of model.progress.values()) {
      const plan = regime.plan?.id ? planOf.get(regime.plan.id) : undefined;
      const binds =
        regime.origin === 'none'
          ? regime.plan === undefined
          : regime.origin === 'unit-plan'
            ? plan?.unit === unit.code
            : regime.origin === 'province-plan'
              ? plan?.unit === unit.parent && unit.level === 'commune'
              : model.dataset.reporting !== undefined;
      if (!binds) wrong.push(`${unit.code} regime ${regime.origin}`);
      for (const r of reports.filter((x) => x.due !== undefined)) {
        judged++;
        if (!regime.plan || r.due! < regime.plan.date) wrong.push(`${unit.code} ${r.period}`);
      }
      const timeliness = indicators.some((p) => p.indicator.derived === 'reporting-timeliness');
      if (timeliness && !reports.some((r) => r.due)) wrong.push(`${unit.code} timeliness`);
    }
    expect(wrong).toEqual([]);
    expect(judged).toBeGreaterThan(100); // Quảng Ninh and the seed communes are judged
  });

  it('every status says why: the target and its document, the deadline and the evidence', () => {
    const silent: string[] = [];
    for (const { unit, indicators } of model.progress.values())
      for (const p of indicators) {
        const why = headlineReason(p);
        const target = p.headline.target;
        const ok = target
          ? why.includes(target.planNumber) &&
            why.includes(target.section) &&
            why.includes(formatDate(target.deadline))
          : why.length > 0;
        if (!ok) silent.push(`${unit.code} ${p.indicator.id}`);
        p.targets.forEach((_, i) => {
          if (!phaseReason(p, i).includes(p.targets[i]!.planNumber))
            silent.push(`${unit.code} ${p.indicator.id} ${i}`);
        });
      }
    expect(silent).toEqual([]);
  });

  it('no "late" and no "on time" for a deadline before the unit existed', () => {
    const wrong: string[] = [];
    let before = 0;
    for (const { unit, indicators } of model.progress.values()) {
      if (unit.level !== 'commune') continue;
      for (const p of indicators)
        p.targets.forEach((t, i) => {
          if (t.deadline >= COMMUNES_FORMED) return;
          before++;
          const s = p.evaluations[i]!.status;
          if (s === 'met-late' || s === 'met-on-time') wrong.push(`${unit.code} ${p.indicator.id}`);
        });
    }
    expect(wrong).toEqual([]);
    expect(before).toBeGreaterThan(1000);
  });

  it('the same counts on every page that shows them', () => {
    const home = homeView(model).kpis;
    const supervision = supervisionView(model);
    const tally = latestMonthTally([...model.progress.values()])!;
    expect(supervision.month!.period).toBe(tally.period);
    expect([home.reportedLastMonth, home.units]).toEqual([tally.received, tally.units]);
    expect(supervision.answer.items[0]!.text).toContain(
      `${formatNumber(tally.received)}/${formatNumber(tally.units)} đơn vị đã gửi`,
    );
    const quality = qualityView(model).rows;
    supervision.month!.rows.forEach((row, i) => {
      expect(quality[i]!.units, row.name).toBe(row.total);
      const count = (state: string) => row.counts.find((c) => c.state === state)?.count ?? 0;
      expect([quality[i]!.missing, quality[i]!.late, quality[i]!.notReceived]).toEqual([
        count('missing'),
        count('late'),
        count('not-received'),
      ]);
    });
  });
});
