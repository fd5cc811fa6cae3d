import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { basename, join } from 'node:path';
import { keptFiles } from '../downloads/files.ts';
import { observationFromParquet } from '../downloads/parquet-columns.ts';
import type { Model } from '../model/types.ts';
import { publicationFile, zipName } from '../views/paths.ts';
import type { Changes, Snapshot, TaskState } from './changes.ts';
import { hashFile } from './hash-fs.ts';
import type { ManifestFile } from './manifest.ts';
import { fromParquet } from './parquet-fs.ts';
import { changeFromRow } from './record.ts';
import { RECENT, type LedgerEntry, type Past, type PublicationEntry } from './publication.ts';
import { placeFile, type PublicationStore } from './store-fs.ts';

/** The files of a publication kept for good in history/<id>/ and on the site at /cong-bo/<id>/. */
const keptNames = (id: string) => [
  'manifest.json',
  ...keptFiles(id).map(([, kept]) => basename(kept)),
  zipName(id),
];

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

/** The publications recorded so far, newest first. */
export function readEntries(store: PublicationStore): PublicationEntry[] {
  const dir = store.history();
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((id) => !id.endsWith('.partial') && existsSync(join(dir, id, 'entry.json')))
    .sort()
    .reverse()
    .map((id) => readJson<PublicationEntry>(join(dir, id, 'entry.json')));
}

async function readSnapshot(dir: string): Promise<Snapshot | undefined> {
  const observations = join(dir, 'quan-sat.parquet');
  const statuses = join(dir, 'trang-thai.parquet');
  if (!existsSync(observations) || !existsSync(statuses)) return undefined;
  return {
    observations: (await fromParquet(readFileSync(observations))).map(observationFromParquet),
    statuses: (await fromParquet(readFileSync(statuses))) as unknown as Snapshot['statuses'],
    tasks: existsSync(join(dir, 'tasks.json'))
      ? readJson<TaskState[]>(join(dir, 'tasks.json'))
      : [],
  };
}

/** A publication's changes, from its thay-doi.json and thay-doi.parquet; null for a first one. */
async function readChanges(dir: string, entry: PublicationEntry): Promise<Changes | null> {
  const json = join(dir, 'thay-doi.json');
  const parquet = join(dir, 'thay-doi.parquet');
  if (!entry.changes || !existsSync(json) || !existsSync(parquet)) return null;
  const file = readJson<Omit<Changes, 'reports'>>(json);
  const reports = (await fromParquet(readFileSync(parquet))).map(changeFromRow);
  return { reports, statuses: file.statuses, tasks: file.tasks, moved: file.moved };
}

/** What the new publication compares with: the latest snapshot, the recent changes, the ledger. */
export async function readPast(
  store: PublicationStore,
  entries: PublicationEntry[],
): Promise<Past> {
  const latest = entries[0];
  if (!latest) return { entries, recent: [], ledger: [] };
  const dir = store.history(latest.id);
  const recent = await Promise.all(
    entries.slice(0, RECENT - 1).map(async (entry) => ({
      entry,
      changes: await readChanges(store.history(entry.id), entry),
    })),
  );
  const ledgerPath = join(dir, 'ledger.json');
  const snapshot = await readSnapshot(dir);
  return {
    entries,
    ...(snapshot ? { snapshot } : {}),
    recent,
    ledger: existsSync(ledgerPath) ? readJson<LedgerEntry[]>(ledgerPath) : [],
  };
}

/**
 * Keeps the record of a publication in history/<id>.partial/: its kept files (hard links to the
 * published ones), its tasks' states, the ledger of values no longer in the data, and its entry
 * last. `commit` gives it its final name once the publication is live.
 */
export function recordPublication(
  store: PublicationStore,
  site: string,
  model: Model,
  snapshot: Snapshot,
): void {
  const { entry, ledger } = model.publication!;
  const dir = `${store.history(entry.id)}.partial`;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const name of keptNames(entry.id)) {
    const published = join(site, publicationFile(entry.id, name));
    if (existsSync(published)) placeFile(published, join(dir, name));
  }
  writeFileSync(join(dir, 'tasks.json'), JSON.stringify(snapshot.tasks));
  writeFileSync(join(dir, 'ledger.json'), JSON.stringify(ledger));
  writeFileSync(join(dir, 'entry.json'), `${JSON.stringify(entry, null, 1)}\n`);
}

export function commitRecord(store: PublicationStore, id: string): void {
  const dir = store.history(id);
  if (existsSync(`${dir}.partial`)) renameSync(`${dir}.partial`, dir);
}

/** Places the kept files of every earlier publication at their stable URLs in the new one. */
export function carryKept(
  store: PublicationStore,
  site: string,
  entries: PublicationEntry[],
): void {
  for (const e of entries)
    for (const name of keptNames(e.id)) {
      const kept = join(store.history(e.id), name);
      if (existsSync(kept)) placeFile(kept, join(site, publicationFile(e.id, name)));
    }
}

/** Zip archives are large: only the newest `keep` stay; the entry then says the zip is gone. */
export function pruneArchives(store: PublicationStore, keep: number): void {
  for (const e of readEntries(store).slice(Math.max(1, keep))) {
    const zip = join(store.history(e.id), zipName(e.id));
    if (!existsSync(zip)) continue;
    rmSync(zip);
    writeFileSync(
      join(store.history(e.id), 'entry.json'),
      `${JSON.stringify({ ...e, zip: false }, null, 1)}\n`,
    );
  }
}

/** Every file below `dir` with its size and SHA-256, as site paths ("/tai-ve/…"). */
export function inventory(dir: string): ManifestFile[] {
  const out: ManifestFile[] = [];
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const path = join(e.parentPath, e.name);
    out.push({ path: `/${path.slice(dir.length).replace(/^\/+/, '')}`, ...hashFile(path) });
  }
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
