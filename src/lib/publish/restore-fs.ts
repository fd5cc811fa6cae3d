import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { paths, publicationFile, zipName } from '../views/paths.ts';
import {
  ChainError,
  ownFiles,
  sha256,
  walkChain,
  type ChainLink,
  type SiteReader,
} from './chain.ts';
import { recordedIds, verifyHistory, type History } from './history-fs.ts';
import { dirReader, redactUrl, urlReader } from './readers-fs.ts';
import type { PublicationStore } from './store-fs.ts';

/**
 * Copies one publication's record from a site into history/<id>.partial/, each file checked
 * against the publication's manifest (its archive may be gone: only the last few are kept).
 */
async function fetchRecord(store: PublicationStore, reader: SiteReader, link: ChainLink) {
  const { id } = link.manifest;
  const dir = `${store.history(id)}.partial`;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const own = await reader.read(publicationFile(id, 'manifest.json'));
  if (!own || sha256(own) !== link.sha256)
    throw new ChainError(
      id,
      `${reader.label}${publicationFile(id, 'manifest.json')}`,
      'khác bản kê của chuỗi / differs from the manifest of the chain',
    );
  writeFileSync(join(dir, 'manifest.json'), own);
  for (const f of ownFiles(link.manifest)) {
    const name = basename(f.path);
    const bytes = await reader.read(f.path);
    if (!bytes && name === zipName(id)) continue;
    if (!bytes) throw new ChainError(id, `${reader.label}${f.path}`, 'thiếu / missing');
    if (sha256(bytes) !== f.sha256)
      throw new ChainError(
        id,
        `${reader.label}${f.path}`,
        'khác bản kê của nó / differs from its manifest',
      );
    writeFileSync(join(dir, name), bytes);
  }
}

/**
 * Brings the history up to a site's latest publication: walks the site's chain back until it
 * meets a recorded publication (whose manifest must be the same), copying each publication met
 * before from the site. Returns the ids restored; false when the site has no publication. Throws
 * a ChainError when the site and the history disagree or a file is damaged.
 */
export async function restoreFrom(
  store: PublicationStore,
  reader: SiteReader,
): Promise<string[] | false> {
  const top = await reader.read(paths.manifest);
  if (!top) return false;
  const recorded = recordedIds(store);
  const restored: string[] = [];
  let met = recorded.length === 0;
  try {
    for await (const link of walkChain(reader, top, `${reader.label}${paths.manifest}`)) {
      const { id } = link.manifest;
      if (!recorded.includes(id)) {
        await fetchRecord(store, reader, link);
        restored.push(id);
        continue;
      }
      const local = sha256(readFileSync(join(store.history(id), 'manifest.json')));
      if (local !== link.sha256)
        throw new ChainError(
          id,
          `history/${id}/manifest.json`,
          `khác bản kê trên / differs from the manifest on ${reader.label}`,
        );
      // The site shows an earlier publication of this history (a rollback, a web cache not yet
      // refreshed): nothing to restore. Newer ones branching off it would be another history.
      if (id !== recorded[0] && restored.length > 0)
        throw new ChainError(
          recorded[0]!,
          `history/${recorded[0]}/`,
          `lịch sử rẽ nhánh khỏi / the history and ${reader.label} branch off after ${id}`,
        );
      met = true;
      break;
    }
    if (!met)
      throw new ChainError(
        recorded[0]!,
        `history/${recorded[0]}/`,
        `chuỗi trên ${reader.label} không chứa lịch sử này / the chain on the site does not contain this history`,
      );
  } catch (e) {
    for (const id of restored)
      rmSync(`${store.history(id)}.partial`, { recursive: true, force: true });
    throw e;
  }
  for (const id of restored.reverse())
    renameSync(`${store.history(id)}.partial`, store.history(id));
  return restored;
}

export type Synced = { ok: true; history: History } | { ok: false; message: string };

/**
 * Before a run reads its history: finishes what a killed run left (a live publication whose
 * record was not committed is recorded from its own files, a never-live one removed), brings the
 * history up to the live site at `siteUrl` (a missing or stale history is restored from it), and
 * checks the whole chain. Without any history, it publishes a first publication only when nothing
 * earlier is known: not when publications are on disk, and, with a site address set, only when
 * that site could be asked and has none, or with `first`.
 */
export async function syncHistory(
  store: PublicationStore,
  options: { siteUrl?: string | undefined; first: boolean; log: (m: string) => void },
): Promise<Synced> {
  store.tidy();
  const live = store.live();
  if (live && !live.endsWith('-legacy'))
    report(options, 'dist', await restoreFrom(store, dirReader(store.out)));
  let unknown: string | undefined;
  if (options.siteUrl) {
    const site = redactUrl(options.siteUrl);
    try {
      const restored = await restoreFrom(store, urlReader(options.siteUrl));
      report(options, site, restored);
      if (restored === false)
        unknown = `${site} chưa có lần công bố nào / has no publication (no ${paths.manifest})`;
    } catch (e) {
      if (e instanceof ChainError) throw e;
      unknown = `không hỏi được / cannot ask ${site}: ${redactUrl((e as Error).message)}`;
      options.log(`Cảnh báo / warning: ${unknown}`);
    }
  }
  const history = await verifyHistory(store);
  if (history.entries.length > 0) return { ok: true, history };
  const onDisk = store.kept().filter((id) => !id.endsWith('-legacy'));
  if (onDisk.length > 0)
    return {
      ok: false,
      message: `Không có lịch sử nhưng có các lần công bố trong ${store.root}/ (${onDisk.join(', ')}) / no history, but publications are on disk: restore ${store.history()} (or point ${store.out} at the live publication) before publishing`,
    };
  if (unknown && !options.first)
    return {
      ok: false,
      message: `Không có lịch sử công bố / no publication history, and ${unknown}. Nếu đây là lần công bố đầu tiên, chạy lại với --first / if this is the first publication, run again with --first`,
    };
  return { ok: true, history };
}

function report(options: { log: (m: string) => void }, from: string, restored: string[] | false) {
  if (restored && restored.length > 0)
    options.log(`Lịch sử khôi phục từ / history restored from ${from}: ${restored.join(', ')}`);
}
