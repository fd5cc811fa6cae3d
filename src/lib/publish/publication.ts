import { statusRows } from '../downloads/tables.ts';
import type { Model, StatusCounts } from '../model/types.ts';
import type { Observation } from '../schema/observation.ts';
import {
  countChanges,
  diffSnapshots,
  taskStates,
  type ChangeCounts,
  type Changes,
  type Snapshot,
  type Source,
} from './changes.ts';

/** What the next runs know of a publication: kept for good in history/<id>/entry.json. */
export interface PublicationEntry {
  id: string;
  /** When it was built (ISO date and time, UTC). */
  builtAt: string;
  /** The dataset's publication date: statuses are judged as of this day. */
  publishedAt: string;
  sample: boolean;
  previous?: string;
  /** SHA-256 of the previous publication's manifest.json: the link of the chain. */
  previousManifest?: string;
  fingerprint: Fingerprint;
  counts: {
    units: number;
    provinces: number;
    communes: number;
    observations: number;
    tasks: number;
    statuses: StatusCounts;
  };
  /** Null for the first publication: nothing to compare with. */
  changes: ChangeCounts | null;
  /** The whole-publication zip is still kept (only the last few are). */
  zip: boolean;
}

/** Hashes of what a publication is made from: a run with the same two publishes nothing new. */
export interface Fingerprint {
  data: string;
  generator: string;
}

/** A published value that is no longer in the data (altered in place or withdrawn): kept for good. */
export interface LedgerEntry {
  unit: string;
  indicator: string;
  period: string;
  value: number;
  reportedAt: string;
  source: Source;
  /** The last publication that showed it. */
  lastIn: string;
  /** The publication from which on it is gone. */
  goneIn: string;
  kind: 'changed' | 'removed';
}

/** Everything about the publication being built that pages, feeds and downloads show. */
export interface Publication {
  entry: PublicationEntry;
  changes: Changes | null;
  /** Every publication so far, newest first, this one first. */
  history: PublicationEntry[];
  /** The latest publications with their changes, newest first, this one first (for feeds). */
  recent: { entry: PublicationEntry; changes: Changes | null }[];
  ledger: LedgerEntry[];
  /** Sizes in bytes of the downloads, by site path (known before the pages are rendered). */
  sizes: Map<string, number>;
}

/** The earlier publications the build compares with. */
export interface Past {
  entries: PublicationEntry[];
  /** The latest one's snapshot, when it is kept. */
  snapshot?: Snapshot;
  /** SHA-256 of the latest one's manifest, as checked. */
  previousManifest?: string;
  recent: { entry: PublicationEntry; changes: Changes | null }[];
  ledger: LedgerEntry[];
}

/** How many publications the feeds and the publications page show in detail. */
export const RECENT = 20;

/** Every report the publication shows, revisions included, in the order of the source files. */
export function publishedObservations(model: Model): Observation[] {
  const out: Observation[] = [];
  for (const progress of model.progress.values())
    for (const p of progress.indicators)
      for (const o of p.own) {
        for (const r of p.revised.get(o.period) ?? []) out.push(r);
        out.push(o);
      }
  // The loader's order (file, then row) compresses best: long runs of one file name.
  return out.sort((a, b) =>
    a.from.file === b.from.file ? a.from.row - b.from.row : a.from.file < b.from.file ? -1 : 1,
  );
}

export function takeSnapshot(model: Model): Snapshot {
  return {
    observations: publishedObservations(model),
    statuses: statusRows(model),
    tasks: taskStates(model.tasks, model.asOf),
  };
}

function entryOf(model: Model, id: string, builtAt: string, fingerprint: Fingerprint) {
  const communes = model.provinces.reduce(
    (n, p) => n + (model.progress.get(p.code)?.communes.length ?? 0),
    0,
  );
  return {
    id,
    builtAt,
    publishedAt: model.asOf,
    sample: model.dataset.sample,
    fingerprint,
    counts: {
      units: model.progress.size,
      provinces: model.provinces.length,
      communes,
      observations: model.totals.observations,
      tasks: model.tasks.length,
      statuses: model.totals.counts,
    },
  };
}

/** Values the previous publication showed that this one no longer has, added to the ledger. */
function extendLedger(past: Past, changes: Changes | null, id: string): LedgerEntry[] {
  const ledger = [...past.ledger];
  const lastIn = past.entries[0]?.id;
  if (!changes || !lastIn) return ledger;
  for (const r of changes.reports)
    if ((r.kind === 'changed' || r.kind === 'removed') && r.before)
      ledger.push({
        unit: r.unit,
        indicator: r.indicator,
        period: r.period,
        ...r.before,
        lastIn,
        goneIn: id,
        kind: r.kind,
      });
  return ledger;
}

/** The new publication: its entry, its changes since the previous one, and its snapshot. */
export function assemble(
  model: Model,
  past: Past,
  options: { id: string; builtAt: string; fingerprint: Fingerprint },
): { publication: Publication; snapshot: Snapshot } {
  const snapshot = takeSnapshot(model);
  const changes = past.snapshot ? diffSnapshots(past.snapshot, snapshot) : null;
  const previous = past.entries[0]?.id;
  const entry: PublicationEntry = {
    ...entryOf(model, options.id, options.builtAt, options.fingerprint),
    ...(previous ? { previous } : {}),
    ...(previous && past.previousManifest ? { previousManifest: past.previousManifest } : {}),
    changes: changes ? countChanges(changes) : null,
    zip: true,
  };
  const publication: Publication = {
    entry,
    changes,
    history: [entry, ...past.entries],
    recent: [{ entry, changes }, ...past.recent].slice(0, RECENT),
    ledger: extendLedger(past, changes, options.id),
    sizes: new Map(),
  };
  return { publication, snapshot };
}

export const sameFingerprint = (a: Fingerprint | undefined, b: Fingerprint | undefined) =>
  !!a && !!b && a.data === b.data && a.generator === b.generator;
