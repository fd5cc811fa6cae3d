import { availableParallelism } from 'node:os';
import { renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build, type BuildConfig } from '../build/build.ts';
import { fileEffects } from '../build/effects-fs.ts';
import type { Model } from '../model/types.ts';
import { ChainError } from './chain.ts';
import type { History } from './history-fs.ts';
import { fingerprint } from './fingerprint-fs.ts';
import { redactUrl } from './readers-fs.ts';
import { syncHistory } from './restore-fs.ts';
import { fetchSource, SourceError, type SourceOptions } from './source-fs.ts';
import { PublicationStore } from './store-fs.ts';

export interface RunOptions {
  outDir: string;
  cardCache: string;
  renderPages: (model: Model, dir: string) => Promise<void>;
  publishValidRows: boolean;
  maxFileMb: number;
  siteUrl?: string | undefined;
  force: boolean;
  keep: number;
  /** Publish even without any history when the live site cannot tell (a first publication). */
  first?: boolean | undefined;
  /** The data folder to publish, or a source to fetch it from first. */
  data: { dir: string } | SourceOptions;
}

/**
 * Stops cleanly on Ctrl-C, SIGTERM or SIGHUP, and when the process that started this one (npm)
 * goes away: the publication being built is removed, the lock released, and the live site, which
 * only a finished build switches, stays as it was. Exiting ends Astro and the card workers too:
 * they run in this process.
 */
function stopOnSignals(store: PublicationStore, release: () => void): void {
  const stop = (signal: NodeJS.Signals, code: number) => {
    console.error(
      `\nĐã dừng (${signal}); trang đang công bố không đổi / stopped (${signal}); the live site in ${store.out}/ is unchanged.`,
    );
    store.tidy();
    release();
    process.exit(code);
  };
  process.once('SIGINT', () => stop('SIGINT', 130));
  process.once('SIGTERM', () => stop('SIGTERM', 143));
  process.once('SIGHUP', () => stop('SIGHUP', 129));
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) stop('SIGHUP', 129);
  }, 500).unref();
}

/** Fetches the data when it comes from a source; null (with a failure report) when that fails. */
async function dataFolder(
  store: PublicationStore,
  data: RunOptions['data'],
): Promise<string | null> {
  if ('dir' in data) return data.dir;
  const stamp = stampNow();
  try {
    const dir = await fetchSource(data, join(store.root, 'incoming'));
    console.log(`Nguồn / source: ${redactUrl(data.source)} → ${dir}`);
    return dir;
  } catch (e) {
    if (!(e instanceof SourceError)) throw e;
    rmSync(join(store.root, 'incoming'), { recursive: true, force: true });
    const message = redactUrl(`Không lấy được dữ liệu / cannot get the data: ${e.message}`);
    console.error(`${message}\n${store.out}/ is unchanged.`);
    store.reportFailure(stamp, {
      text: `${message}\n`,
      json: { stage: 'source', message, source: redactUrl(data.source) },
    });
    return null;
  }
}

/** The history, checked and brought up to the live site; null (with a report) when refused. */
async function checkedHistory(
  store: PublicationStore,
  options: RunOptions,
): Promise<History | null> {
  let message: string;
  try {
    const synced = await syncHistory(store, {
      siteUrl: options.siteUrl,
      first: options.first ?? false,
      log: (m) => console.log(m),
    });
    if (synced.ok) return synced.history;
    message = synced.message;
  } catch (e) {
    if (!(e instanceof ChainError)) throw e;
    message = `Lịch sử công bố bị hỏng, dừng / the publication history is damaged, stopped: ${e.message}`;
  }
  message = redactUrl(message);
  console.error(`${message}\n${store.out}/ is unchanged.`);
  store.reportFailure(stampNow(), { text: `${message}\n`, json: { stage: 'history', message } });
  return null;
}

const stampNow = () => new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);

/** A full disk: a clear message, and nothing half-written left behind. */
function diskFull(store: PublicationStore, e: unknown): number {
  store.tidy();
  rmSync(join(store.root, 'incoming'), { recursive: true, force: true });
  console.error(
    `Hết chỗ trên đĩa / the disk is full (${(e as Error).message}); nothing half-written is left and ${store.out}/ is unchanged: free some space and run again.`,
  );
  return 1;
}

/**
 * One publishing run: lock, history, fetch, fingerprint, then build() with the file effects.
 * Exit codes: 0 published (or nothing new), 1 the data or the build failed, or the disk is full
 * (the live site unchanged, a failure report written), 2 the source could not be fetched (in
 * time, within its size), 3 another run holds the lock, 4 the history is damaged or unknown.
 */
export async function runPublication(options: RunOptions): Promise<number> {
  const store = new PublicationStore(options.outDir);
  const lock = store.lock();
  if (!lock.ok) {
    console.error(
      `Một lần công bố khác đang chạy / another publishing run is in progress (pid ${lock.holder})`,
    );
    return 3;
  }
  stopOnSignals(store, lock.release);
  try {
    return await publishLocked(store, options);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOSPC') return diskFull(store, e);
    throw e;
  } finally {
    lock.release();
  }
}

/** The run once the lock is held: history first, then the data, then the build. */
async function publishLocked(store: PublicationStore, options: RunOptions): Promise<number> {
  const history = await checkedHistory(store, options);
  if (!history) return 4;
  const dataDir = await dataFolder(store, options.data);
  if (!dataDir) return 2;
  const config: BuildConfig = {
    dataDir,
    contentDir: 'content',
    outDir: options.outDir,
    publishValidRows: options.publishValidRows,
    maxFileMb: options.maxFileMb,
    siteUrl: options.siteUrl,
    cores: availableParallelism(),
    fingerprint: fingerprint(dataDir, {
      siteUrl: options.siteUrl ?? null,
      valid: options.publishValidRows,
    }),
    force: options.force,
    keep: options.keep,
  };
  const fx = fileEffects({
    store,
    history,
    cardCache: options.cardCache,
    renderPages: options.renderPages,
  });
  const outcome = await build(config, fx);
  if (!outcome.ok && !('dir' in options.data) && store.lastFailure) {
    // Nothing supplied is lost: the data that failed is kept beside its report.
    const kept = join(store.lastFailure, 'source');
    renameSync(join(store.root, 'incoming'), kept);
    console.error(`Dữ liệu đã nhận / the data received: ${kept}`);
  }
  return outcome.ok ? 0 : 1;
}
