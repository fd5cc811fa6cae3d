import { availableParallelism } from 'node:os';
import { renameSync } from 'node:fs';
import { join } from 'node:path';
import { build, type BuildConfig } from '../build/build.ts';
import { fileEffects } from '../build/effects-fs.ts';
import type { Model } from '../model/types.ts';
import { fingerprint } from './fingerprint-fs.ts';
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
    store.clearPartials();
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
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  try {
    const dir = await fetchSource(data, join(store.root, 'incoming'));
    console.log(`Nguồn / source: ${data.source} → ${dir}`);
    return dir;
  } catch (e) {
    if (!(e instanceof SourceError)) throw e;
    const message = `Không lấy được dữ liệu / cannot get the data: ${e.message}`;
    console.error(`${message}\n${store.out}/ is unchanged.`);
    store.reportFailure(stamp, {
      text: `${message}\n`,
      json: { stage: 'source', message, source: data.source },
    });
    return null;
  }
}

/**
 * One publishing run: lock, fetch, fingerprint, then build() with the file effects. Exit codes:
 * 0 published (or nothing new), 1 the data or the build failed (the live site unchanged, a
 * failure report written), 2 the source could not be fetched, 3 another run holds the lock.
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
  } finally {
    lock.release();
  }
}
