import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { observationFromParquet } from '../downloads/parquet-columns.ts';
import { publicationFile, zipName } from '../views/paths.ts';
import type { Changes, Snapshot, TaskState } from './changes.ts';
import { ChainError, checkFiles, ownFiles, walkChain } from './chain.ts';
import { faultPoint } from './fault-fs.ts';
import { hashFile } from './hash-fs.ts';
import type { ManifestFile } from './manifest.ts';
import { fromParquet } from './parquet-fs.ts';
import { historyReader } from './readers-fs.ts';
import { changeFromRow, keptNames } from './record.ts';
import { RECENT, type LedgerEntry, type Past, type PublicationEntry } from './publication.ts';
import { placeFile, type PublicationStore } from './store-fs.ts';

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

/** Ids of the publications recorded, newest first. */
export function recordedIds(store: PublicationStore): string[] {
  const dir = store.history();
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((id) => /^\d{8}-\d{6}(-\d+)?$/.test(id))
    .sort()
    .reverse();
}

/** The history as checked: the publications, newest first, and the SHA-256 of the latest manifest. */
export interface History {
  entries: PublicationEntry[];
  latestManifest?: string | undefined;
}

/**
 * Checks the whole history before anything reads it: the latest manifest's chain back to the
 * first publication, and every kept file against its own publication's manifest. Throws a
 * ChainError naming the publication and the file; nothing damaged is read, carried or certified
 * again by a later manifest.
 */
export async function verifyHistory(store: PublicationStore): Promise<History> {
  const ids = recordedIds(store);
  if (ids.length === 0) return { entries: [] };
  const reader = historyReader(store.history());
  const top = await reader.read(publicationFile(ids[0]!, 'manifest.json'));
  if (!top) throw new ChainError(ids[0]!, `history/${ids[0]}/manifest.json`, 'thiếu / missing');
  let latestManifest: string | undefined;
  let i = 0;
  for await (const link of walkChain(reader, top, `history/${ids[0]}/manifest.json`)) {
    const { manifest } = link;
    latestManifest ??= link.sha256;
    if (manifest.id !== ids[i])
      throw new ChainError(
        manifest.id,
        `history/${ids[i] ?? manifest.id}/`,
        `lịch sử không khớp chuỗi / the history does not follow the chain (expected ${ids[i] ?? 'nothing'})`,
      );
    await checkKept(store, manifest.id, ownFiles(manifest));
    i++;
  }
  if (i < ids.length)
    throw new ChainError(
      ids[i]!,
      `history/${ids[i]}/`,
      'ngoài chuỗi / not in the chain of manifests',
    );
  return { entries: readEntries(store, ids), latestManifest };
}

/** A recorded publication's files against its manifest: all there (its zip may be pruned), none changed. */
async function checkKept(store: PublicationStore, id: string, listed: ManifestFile[]) {
  const zip = publicationFile(id, zipName(id));
  const check = await checkFiles(historyReader(store.history()), listed, (p) => p === zip);
  const local = (path: string) => `history/${id}/${basename(path)}`;
  const bad = check.mismatched[0] ?? check.missing[0];
  if (bad)
    throw new ChainError(
      id,
      local(bad),
      check.mismatched.length
        ? 'nội dung khác bản kê của nó / differs from its own manifest (size or SHA-256)'
        : 'thiếu / missing',
    );
  const names = new Set(listed.map((f) => basename(f.path)));
  for (const name of readdirSync(store.history(id)))
    if (name !== 'manifest.json' && !names.has(name))
      throw new ChainError(
        id,
        `history/${id}/${name}`,
        'không có trong bản kê / not in its manifest',
      );
}

/** The recorded publications' entries, newest first; `zip` says whether its archive is still kept. */
function readEntries(store: PublicationStore, ids: string[]): PublicationEntry[] {
  return ids.map((id) => ({
    ...readJson<PublicationEntry>(join(store.history(id), 'entry.json')),
    zip: existsSync(join(store.history(id), zipName(id))),
  }));
}

async function readSnapshot(dir: string): Promise<Snapshot | undefined> {
  const observations = join(dir, 'quan-sat.parquet');
  const statuses = join(dir, 'trang-thai.parquet');
  if (!existsSync(observations) || !existsSync(statuses)) return undefined;
  return {
    observations: (await fromParquet(readFileSync(observations))).map(observationFromParquet),
    statuses: (await fromParquet(readFileSync(statuses))) as unknown as Snapshot['statuses'],
    tasks: readJson<{ tasks: TaskState[] }>(join(dir, 'tasks.json')).tasks,
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
export async function readPast(store: PublicationStore, history: History): Promise<Past> {
  const { entries, latestManifest } = history;
  const latest = entries[0];
  if (!latest) return { entries, recent: [], ledger: [] };
  const dir = store.history(latest.id);
  const recent = await Promise.all(
    entries.slice(0, RECENT - 1).map(async (entry) => ({
      entry,
      changes: await readChanges(store.history(entry.id), entry),
    })),
  );
  const snapshot = await readSnapshot(dir);
  return {
    entries,
    ...(snapshot ? { snapshot } : {}),
    ...(latestManifest ? { previousManifest: latestManifest } : {}),
    recent,
    ledger: readJson<{ ledger: LedgerEntry[] }>(join(dir, 'ledger.json')).ledger,
  };
}

/**
 * Keeps the record of a publication in history/<id>.partial/: copies of the files it keeps for
 * good at /cong-bo/<id>/ (manifest, data, changes, archive, entry, tasks, ledger). `commit` gives
 * it its final name once the publication is live.
 */
export function recordPublication(store: PublicationStore, site: string, id: string): void {
  const dir = `${store.history(id)}.partial`;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const name of keptNames(id)) {
    const published = join(site, publicationFile(id, name));
    if (existsSync(published)) placeFile(published, join(dir, name));
    faultPoint(`record: ${name} copied`);
  }
}

export function commitRecord(store: PublicationStore, id: string): void {
  const dir = store.history(id);
  if (existsSync(`${dir}.partial`)) renameSync(`${dir}.partial`, dir);
  faultPoint('record: committed');
}

/**
 * Places the kept files of every earlier publication at their stable URLs in the new one, all
 * but its zip archive: the site carries the live publication's only (20 MB each; the size
 * budget). An earlier archive stays in the history (the newest few) and its manifest lists it
 * with its size and SHA-256, so a copy obtained elsewhere can be checked.
 */
export function carryKept(
  store: PublicationStore,
  site: string,
  entries: PublicationEntry[],
): void {
  for (const e of entries)
    for (const name of keptNames(e.id)) {
      if (name === zipName(e.id)) continue;
      const kept = join(store.history(e.id), name);
      if (existsSync(kept)) placeFile(kept, join(site, publicationFile(e.id, name)));
    }
}

/** Zip archives are large: only the newest `keep` stay in history (the manifests still list them). */
export function pruneArchives(store: PublicationStore, keep: number): void {
  for (const id of recordedIds(store).slice(Math.max(1, keep))) {
    rmSync(join(store.history(id), zipName(id)), { force: true });
    faultPoint(`prune: archive of ${id}`);
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
