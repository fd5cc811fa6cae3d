import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { crc32, deflateRawSync } from 'node:zlib';
import { placeCards, startDrawing } from '../cards/render-cards-fs.ts';
import { validate } from '../ingest/validate-fs.ts';
import type { Model } from '../model/types.ts';
import {
  carryKept,
  commitRecord,
  inventory,
  pruneArchives,
  readPast,
  recordPublication,
  type History,
} from '../publish/history-fs.ts';
import { toParquet } from '../publish/parquet-fs.ts';
import { mergeInto, PublicationStore } from '../publish/store-fs.ts';
import type { BuildEffects } from './build.ts';

/**
 * A full garbage collection. V8 grows the heap lazily after a million rows are read and lets go
 * of it just as lazily; collecting between stages lowers the build's peak memory by a third.
 */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

/** "20261125-173320" from the clock (UTC); a suffix when that second is taken. */
function newId(taken: ReadonlySet<string>, now = new Date()): { id: string; builtAt: string } {
  const builtAt = `${now.toISOString().slice(0, 19)}Z`;
  const base = builtAt.replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return { id, builtAt };
}

/**
 * The build's effects on the file system; the page renderer (Astro) is handed in, and the
 * history as checked before the build (see restore-fs.ts).
 */
export function fileEffects(options: {
  store: PublicationStore;
  history: History;
  cardCache: string;
  renderPages: (model: Model, dir: string) => Promise<void>;
}): BuildEffects {
  const { store } = options;
  return {
    load: (config) =>
      validate({
        dataDir: config.dataDir,
        contentDir: config.contentDir,
        maxFileMb: config.maxFileMb,
      }),
    entries: () => options.history.entries,
    past: () => readPast(store, options.history),
    newId: (entries) => newId(new Set([...entries.map((e) => e.id), ...store.kept()])),
    stage: (id) => store.begin(id),
    merge: mergeInto,
    renderPages: options.renderPages,
    drawCards: (jobs, workers) => startDrawing(jobs, options.cardCache, workers),
    placeCards: (jobs, dir) => placeCards(jobs, dir, options.cardCache),
    writeFile: (dir, path, content) => {
      const target = join(dir, path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, content);
    },
    parquet: toParquet,
    deflater: {
      deflateRaw: (data) => deflateRawSync(data, { level: 6 }),
      crc32: (data) => crc32(data),
    },
    carry: (dir, entries) => carryKept(store, dir, entries),
    inventory,
    record: (dir, id) => recordPublication(store, dir, id),
    publish: (id, keep) => {
      store.switchTo(id);
      commitRecord(store, id);
      store.prune(keep);
      pruneArchives(store, keep);
    },
    discard: (id) => store.discard(id),
    fail: (report) => {
      const stamp = newId(new Set()).id;
      const dir = store.reportFailure(stamp, {
        text: report.text,
        json: { when: new Date().toISOString(), ...report },
      });
      console.error(`Báo cáo lỗi / failure report: ${dir}/report.txt`);
    },
    log: (message) => console.log(message),
    error: (message) => console.error(message),
    now: () => performance.now(),
    release: collectGarbage,
  };
}
