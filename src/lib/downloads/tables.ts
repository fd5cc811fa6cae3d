import Papa from 'papaparse';
import { latestPoint, provinceAndCommunes } from '../model/progress.ts';
import type { Model, UnitProgress } from '../model/types.ts';
import type { HeadlineRow, ObservationRow, StatusRow } from '../schema/download.ts';
import { groupHeadline, unitHeadline, type Headline } from '../model/counts.ts';
import type { Observation } from '../schema/observation.ts';
import { headlineReason } from '../views/reason.ts';
import { statusStyle } from '../views/status-style.ts';

/** Status of every unit on every indicator that applies to it. */
export function statusRows(model: Model): StatusRow[] {
  const rows: StatusRow[] = [];
  for (const p of model.provinces) {
    for (const view of provinceAndCommunes(model, p.code)) {
      for (const cell of view.indicators) {
        const last = latestPoint(cell);
        const own = cell.basis === 'own' ? cell.own.at(-1) : undefined;
        const target = cell.headline.target;
        rows.push({
          unit_code: view.unit.code,
          unit_name: view.unit.name,
          province: view.province?.name ?? '',
          indicator_id: cell.indicator.id,
          indicator: cell.indicator.short.vi,
          latest_value: last?.value ?? null,
          latest_period: last?.period ?? null,
          basis: cell.basis,
          target: target?.value ?? null,
          deadline: target?.deadline ?? null,
          target_plan: target?.planNumber ?? null,
          target_section: target?.section ?? null,
          status: cell.headline.status,
          status_vi: statusStyle[cell.headline.status].vi,
          reason: headlineReason(cell),
          source_file: own?.from.file ?? null,
          source_row: own?.from.row ?? null,
          reported_at: own?.reportedAt ?? null,
        });
      }
    }
  }
  return rows;
}

const headlineCells = (h: Headline) => ({
  met: h.met,
  judged: h.judged,
  share: h.share ?? null,
});

/** Every unit's one headline figure (unitHeadline), and for a province its communes' too. */
export function headlineRows(model: Model): HeadlineRow[] {
  const rows: HeadlineRow[] = [];
  for (const p of model.provinces) {
    for (const view of provinceAndCommunes(model, p.code)) {
      const communes = view.communes.map((c) => model.progress.get(c.code)!).filter(Boolean);
      const group = view.communes.length > 0 ? headlineCells(groupHeadline(communes)) : undefined;
      rows.push({
        unit_code: view.unit.code,
        unit_name: view.unit.name,
        level: view.unit.level,
        province: view.province?.name ?? '',
        ...headlineCells(unitHeadline(view)),
        communes_met: group?.met ?? null,
        communes_judged: group?.judged ?? null,
        communes_share: group?.share ?? null,
      });
    }
  }
  return rows;
}

/**
 * The indicators some unit reports: a derived one (computed from report dates) has no reports
 * of its own, so no download of its own (never a header-only file).
 */
export function reportedIndicators(model: Model): Set<string> {
  const ids = new Set<string>();
  for (const progress of model.progress.values())
    for (const p of progress.indicators) if (p.own.length > 0) ids.add(p.indicator.id);
  return ids;
}

/** Statuses a supervisor takes to a meeting. */
const WATCH = new Set(['missed', 'off-track', 'at-risk', 'no-data']);
export const watchRows = (rows: readonly StatusRow[]): StatusRow[] =>
  rows.filter((r) => WATCH.has(r.status) && r.target !== null);

/** One report as a download row, with its own source and provenance. */
export function observationRow(o: Observation, current: boolean): ObservationRow {
  return {
    unit: o.unit,
    indicator: o.indicator,
    period: o.period,
    value: o.value,
    reportedAt: o.reportedAt,
    source: o.source,
    ...(o.doneOn ? { doneOn: o.doneOn } : {}),
    ...(o.numerator !== undefined ? { numerator: o.numerator } : {}),
    ...(o.denominator !== undefined ? { denominator: o.denominator } : {}),
    ...(o.note ? { note: o.note } : {}),
    ...(o.baseline ? { baseline: true as const } : {}),
    numberFormat: 'en',
    source_file: o.from.file,
    source_row: o.from.row,
    current,
  };
}

/** Every report of a unit, revisions included (oldest first, then the one that counts). */
export function observationRows(progress: UnitProgress): ObservationRow[] {
  const rows: ObservationRow[] = [];
  for (const p of progress.indicators)
    for (const o of p.own) {
      for (const r of p.revised.get(o.period) ?? []) rows.push(observationRow(r, false));
      rows.push(observationRow(o, true));
    }
  return rows;
}

const CSV_OPTIONS = { escapeFormulae: true, newline: '\r\n' } as const;
const CSV_CHUNK = 10_000;

/**
 * CSV that opens safely in Excel: UTF-8 with BOM (so Vietnamese shows right), and any cell that
 * starts like a formula (=, +, -, @, tab, CR) prefixed with a quote so it stays text. Rows are
 * read once and encoded in chunks: a table of millions never exists as row arrays, nor as the
 * unflattened strings Papa builds (ten times its size); `lead` is a first column with the same
 * value on every row.
 */
export function toCsv<T extends object>(
  rows: Iterable<T>,
  columns: readonly (keyof T & string)[],
  lead?: { name: string; value: string },
): Uint8Array {
  const utf8 = new TextEncoder();
  const fields = lead ? [lead.name, ...columns] : [...columns];
  const parts = [utf8.encode(`\ufeff${Papa.unparse([fields], CSV_OPTIONS)}\r\n`)];
  let data: unknown[][] = [];
  const flush = () => {
    if (data.length > 0) parts.push(utf8.encode(`${Papa.unparse(data, CSV_OPTIONS)}\r\n`));
    data = [];
  };
  for (const r of rows) {
    const cells: unknown[] = lead ? [lead.value] : [];
    for (const c of columns) cells.push(r[c] ?? '');
    data.push(cells);
    if (data.length === CSV_CHUNK) flush();
  }
  flush();
  return concatBytes(parts);
}

function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
