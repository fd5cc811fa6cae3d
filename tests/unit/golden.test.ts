import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { deflater } from '../support/deflater.ts';
import { cardJobs } from '../../src/lib/cards/card-data.ts';
import { text } from '../support/text.ts';
import { readXlsx } from '../support/xlsx.ts';
import { downloadFiles } from '../../src/lib/downloads/files.ts';
import { validate } from '../../src/lib/ingest/validate-fs.ts';
import { buildModel } from '../../src/lib/model/build-model.ts';
import { buildSearchIndex } from '../../src/lib/search/entries.ts';
import { catalogView } from '../../src/lib/views/catalog.ts';
import { notFoundView, searchPageView } from '../../src/lib/views/content.ts';
import { downloadsView } from '../../src/lib/views/downloads.ts';
import { changesView, publicationsView } from '../../src/lib/views/changes.ts';
import { unitRecordView } from '../../src/lib/views/unit-record.ts';
import { assemble } from '../../src/lib/publish/publication.ts';
import { homeView } from '../../src/lib/views/home.ts';
import { indicatorEmbedView, indicatorView } from '../../src/lib/views/indicator.ts';
import {
  paths,
  sheetPath,
  supervisionMonthPath,
  supervisionPath,
  unitPath,
  unitWorkbookPath,
} from '../../src/lib/views/paths.ts';
import { planView, plansView } from '../../src/lib/views/plans.ts';
import { provinceQualityView, qualityView } from '../../src/lib/views/quality.ts';
import { sheetView } from '../../src/lib/views/sheet.ts';
import {
  provinceSupervisionView,
  supervisionMonths,
  supervisionMonthView,
  supervisionView,
} from '../../src/lib/views/supervision.ts';
import { tasksView } from '../../src/lib/views/tasks.ts';
import { unitEmbedView, unitPageView } from '../../src/lib/views/unit.ts';
import { unitsIndexView } from '../../src/lib/views/units-index.ts';

// Golden views: a small hand-made dataset (tests/golden/input) goes through read → validate →
// model → views, and what every page would show is compared, as JSON, with the committed files
// in tests/golden/views/. A change in any figure shows up there as a readable diff; when the
// change is intended, `npx vitest run tests/unit/golden.test.ts --update` rewrites them.
const result = validate({ dataDir: 'tests/golden/input', contentDir: 'content' });
const model = buildModel(result.inputs!, result.diagnostics);
// A first publication: no history to compare with (the e2e publish test covers the changes).
model.publication = assemble(
  model,
  { entries: [], recent: [], ledger: [] },
  {
    id: '20261121-000000',
    builtAt: '2026-11-21T00:00:00Z',
    fingerprint: { data: '', generator: '' },
  },
).publication;

/** Every page's view by its path. */
function views(): Map<string, unknown> {
  const out = new Map<string, unknown>([
    [paths.home, homeView(model)],
    [paths.units, unitsIndexView(model)],
    [paths.indicators, catalogView(model)],
    [paths.plans, plansView(model)],
    [paths.tasks, tasksView(model)],
    [paths.quality, qualityView(model)],
    [paths.downloads, downloadsView(model)],
    [paths.search, searchPageView(model)],
    [paths.supervision, supervisionView(model)],
    [paths.notFound, notFoundView(model)],
    [paths.changes, changesView(model)],
    [paths.publications, publicationsView(model)],
  ]);
  for (const period of supervisionMonths(model))
    out.set(supervisionMonthPath(period), supervisionMonthView(model, period));
  for (const { unit } of model.progress.values()) {
    const page = unitPath(unit, model.units);
    out.set(page, unitPageView(model, unit.code));
    out.set(`${page}thay-doi`, unitRecordView(model, unit.code));
    out.set(`/embed${page}`, unitEmbedView(model, unit.code));
    out.set(sheetPath(unit, model.units), sheetView(model, unit.code));
  }
  for (const p of model.provinces) {
    out.set(`${paths.quality}${p.slug}/`, provinceQualityView(model, p.code));
    out.set(supervisionPath(p), provinceSupervisionView(model, p.code));
  }
  for (const i of model.indicators) {
    out.set(`/chi-tieu/${i.id}/`, indicatorView(model, i.id));
    out.set(`/embed/chi-tieu/${i.id}/`, indicatorEmbedView(model, i.id));
  }
  for (const p of model.plans) out.set(`/ke-hoach/${p.id}/`, planView(model, p.id));
  return out;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 1)}\n`;

/**
 * The targets that apply to each seed unit (and to a commune of Quảng Ninh, whose plan sets
 * targets for every commune), as the model resolves them from content/: value, deadline, level,
 * the plan that sets it, its section and lead agency. Read against the seed plans when it changes.
 */
function seedTargets(): string {
  const rows: string[][] = [];
  for (const code of ['22', '90001', '31', '23317', '25363', '17605']) {
    const { unit, indicators } = model.progress.get(code)!;
    for (const p of indicators)
      for (const t of p.targets)
        rows.push([
          code,
          unit.level,
          p.indicator.id,
          String(t.value),
          t.deadline,
          t.phase,
          t.origin,
          t.planNumber,
          t.section ?? '',
          t.lead ?? '',
        ]);
  }
  const header = ['unit', 'level', 'indicator', 'value', 'deadline', 'phase', 'origin', 'plan'];
  return `${Papa.unparse([[...header, 'section', 'lead'], ...rows], { newline: '\n' })}\n`;
}
const fileOf = (page: string) =>
  `../golden/views/${
    page
      .replace(/^\/|\/$/g, '')
      .replace(/\//g, '__')
      .replace('.html', '') || 'index'
  }.json`;

describe('golden views of the fixture dataset', () => {
  it('validates without a problem', () => {
    expect(result.diagnostics).toEqual([]);
  });

  for (const [page, view] of views())
    it(page, async () => {
      await expect(json(view)).toMatchFileSnapshot(fileOf(page));
    });

  it('share cards, downloads and the search index', async () => {
    await expect(json(cardJobs(model))).toMatchFileSnapshot('../golden/views/_cards.json');
    const files = new Map(downloadFiles(model, () => new Uint8Array(), deflater));
    const csv = (path: string) => text(files.get(path) as Uint8Array);
    await expect(csv(paths.statusCsv)).toMatchFileSnapshot('../golden/views/_trang-thai.csv');
    await expect(csv(paths.reportsCsv)).toMatchFileSnapshot(
      '../golden/views/_giam-sat__bao-cao.csv',
    );
    // A unit's workbook, sheet by sheet: headline and how counted, each indicator's status and
    // why, targets with document (plan) and section, reports and tasks; dates as {date}.
    const book = readXlsx(files.get(unitWorkbookPath('22')) as Uint8Array);
    await expect(json(Object.fromEntries(book))).toMatchFileSnapshot(
      '../golden/views/_tai-ve__don-vi__22.xlsx.json',
    );
    await expect(csv(paths.overdueTasksCsv)).toMatchFileSnapshot(
      '../golden/views/_giam-sat__nhiem-vu-qua-han.csv',
    );
    await expect(json(buildSearchIndex(model))).toMatchFileSnapshot(
      '../golden/views/_search-index.json',
    );
  });

  it("the seed plans' targets as each seed unit gets them", async () => {
    await expect(seedTargets()).toMatchFileSnapshot('../golden/views/_seed-targets.csv');
  });
});
