import {
  constants,
  copyFileSync,
  linkSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { faultPoint } from './fault-fs.ts';

/**
 * The publications on disk, beside the live folder `out` (default `dist`):
 *
 *   dist                      symlink → dist.publications/<id>: the live site, switched atomically
 *   dist.publications/<id>/   each whole publication (web root); the last N are kept
 *   dist.publications/<id>.partial/   a publication being built (removed if the build stops)
 *   dist.publications/history/<id>/   its record, kept for good: entry, changes, manifest, data
 *   dist.publications/failures/<stamp>/   reports of failed runs (the last few); failures/latest.txt
 *   dist.publications/lock    the process publishing now (lock.takeover: one stale-lock takeover)
 *
 * A reader of `dist` always gets a whole publication: the new one is complete before the symlink
 * is replaced, and replacing a symlink by rename() is atomic.
 */
export class PublicationStore {
  readonly out: string;
  readonly root: string;
  /** The folder of the last failure report written by this run. */
  lastFailure: string | undefined;

  constructor(out: string) {
    this.out = out.replace(/\/+$/, '');
    this.root = `${this.out}.publications`;
  }

  site(id: string): string {
    return join(this.root, id);
  }
  partial(id: string): string {
    return join(this.root, `${id}.partial`);
  }
  history(id?: string): string {
    return id ? join(this.root, 'history', id) : join(this.root, 'history');
  }
  get failures(): string {
    return join(this.root, 'failures');
  }

  /** The id the live symlink points to, if it is one of ours. */
  live(): string | undefined {
    if (!isSymlink(this.out)) return undefined;
    return basename(readlinkSync(this.out));
  }

  /** Ids of the whole publications kept, oldest first. */
  kept(): string[] {
    if (!existsSync(this.root)) return [];
    return readdirSync(this.root, { withFileTypes: true })
      .filter((e) => e.isDirectory() && /^\d{8}-\d{6}/.test(e.name) && !e.name.endsWith('.partial'))
      .map((e) => e.name)
      .sort();
  }

  /** Removes everything a stopped or failed run left: never-live publications, then the half-written. */
  tidy(): void {
    this.clearOrphans();
    this.clearPartials();
  }

  /** Removes what a stopped run left half-written: publications and records being built. */
  clearPartials(): void {
    for (const dir of [this.root, this.history()])
      if (existsSync(dir))
        for (const e of readdirSync(dir))
          if (e.endsWith('.partial')) rmSync(join(dir, e), { recursive: true, force: true });
  }

  /** Empty folders for a new publication and its early files; leftovers of a stopped build go first. */
  begin(id: string): { site: string; files: string } {
    mkdirSync(this.root, { recursive: true });
    this.clearPartials();
    const site = this.partial(id);
    const files = join(this.root, `${id}.files.partial`);
    mkdirSync(site, { recursive: true });
    mkdirSync(files, { recursive: true });
    return { site, files };
  }

  /**
   * Makes the publication live: its folder gets its final name, then a new symlink replaces the
   * live one in a single rename. A plain `out` folder from an older version is moved aside first
   * (the only switch that is not atomic), into the publications as "00000000-000000-legacy".
   */
  switchTo(id: string): void {
    renameSync(this.partial(id), this.site(id));
    faultPoint('switch: publication renamed');
    if (existsSync(this.out) && !isSymlink(this.out))
      renameSync(this.out, join(this.root, '00000000-000000-legacy'));
    const link = `${this.out}.switch-${process.pid}`;
    rmSync(link, { force: true });
    symlinkSync(join(basename(this.root), id), link);
    faultPoint('switch: new link written');
    renameSync(link, this.out);
    faultPoint('switch: live link replaced');
  }

  /**
   * What a killed switch leaves: a new link never renamed (dist.switch-<pid>), and a whole
   * publication that never went live: not live, not recorded, its record still unfinished
   * (history/<id>.partial, written before every switch). Removed by the next run, before it
   * clears the unfinished records.
   */
  clearOrphans(): string[] {
    const dir = dirname(this.out);
    const prefix = `${basename(this.out)}.switch-`;
    for (const e of existsSync(dir) ? readdirSync(dir) : [])
      if (e.startsWith(prefix)) rmSync(join(dir, e), { force: true });
    const live = this.live();
    const orphans = this.kept().filter(
      (id) =>
        id !== live && existsSync(`${this.history(id)}.partial`) && !existsSync(this.history(id)),
    );
    for (const id of orphans) rmSync(this.site(id), { recursive: true, force: true });
    return orphans;
  }

  /** Removes all but the newest `keep` publications; never the live one. */
  prune(keep: number): string[] {
    const live = this.live();
    const old = this.kept().slice(0, Math.max(0, this.kept().length - Math.max(1, keep)));
    const removed = old.filter((id) => id !== live);
    for (const id of removed) rmSync(this.site(id), { recursive: true, force: true });
    return removed;
  }

  discard(id: string): void {
    rmSync(this.partial(id), { recursive: true, force: true });
    rmSync(join(this.root, `${id}.files.partial`), { recursive: true, force: true });
  }

  /**
   * Takes the publishing lock, or says who holds it. The lock file is created exclusively,
   * whole (see createExclusive), so two runs never both create it. A lock left by a process that no longer runs
   * (killed with SIGKILL, machine restarted) is taken over under a second exclusive file,
   * lock.takeover: whoever holds that rereads the lock, and removes it only if it is still the
   * dead one, so two runs starting at once over a stale lock cannot both end up holding it.
   */
  lock(): { ok: true; release: () => void } | { ok: false; holder: number } {
    mkdirSync(this.root, { recursive: true });
    const path = join(this.root, 'lock');
    const mine = `${process.pid} ${randomBytes(8).toString('hex')}`;
    for (let attempt = 0; attempt < 20; attempt++) {
      if (createExclusive(path, mine))
        return {
          ok: true,
          release: () => {
            if (readText(path) === mine) rmSync(path, { force: true });
          },
        };
      const seen = readText(path);
      if (seen === undefined) continue; // released meanwhile: try again
      const holder = Number(seen.split(' ')[0]);
      if (holder && holder !== process.pid && isRunning(holder)) return { ok: false, holder };
      this.takeOver(path, seen);
    }
    return { ok: false, holder: Number(readText(path)?.split(' ')[0] ?? 0) };
  }

  /** Removes the stale lock `seen`, if it is still that one, holding lock.takeover meanwhile. */
  private takeOver(path: string, seen: string): void {
    const guard = `${path}.takeover`;
    if (!createExclusive(guard, String(process.pid))) {
      // Another run is taking over; a guard left by a run killed in these few instructions goes
      // after ten seconds.
      const age = Date.now() - (statOrUndefined(guard)?.mtimeMs ?? Date.now());
      if (age > 10_000) rmSync(guard, { force: true });
      return;
    }
    try {
      if (readText(path) === seen) rmSync(path, { force: true });
    } finally {
      rmSync(guard, { force: true });
    }
  }

  /**
   * Writes a failure report; the newest is also at failures/latest.txt and latest.json. Only the
   * last FAILURES_KEPT reports stay, and only the newest ones keep the data that failed (see
   * pruneFailures), so that failed runs cannot fill the disk.
   */
  reportFailure(stamp: string, report: { text: string; json: unknown }): string {
    const dir = join(this.failures, stamp);
    mkdirSync(dir, { recursive: true });
    const json = `${JSON.stringify(report.json, null, 1)}\n`;
    writeFileSync(join(dir, 'report.txt'), report.text);
    writeFileSync(join(dir, 'report.json'), json);
    writeFileSync(join(this.failures, 'latest.txt'), report.text);
    writeFileSync(join(this.failures, 'latest.json'), json);
    this.lastFailure = dir;
    this.pruneFailures();
    return dir;
  }

  /** Keeps the newest FAILURES_KEPT reports, and the data of the newest FAILURE_DATA_KEPT. */
  pruneFailures(): void {
    if (!existsSync(this.failures)) return;
    const reports = readdirSync(this.failures)
      .filter((e) => /^\d{8}-\d{6}/.test(e))
      .sort()
      .reverse();
    for (const [i, e] of reports.entries()) {
      if (i >= FAILURES_KEPT) rmSync(join(this.failures, e), { recursive: true, force: true });
      else if (i >= FAILURE_DATA_KEPT)
        rmSync(join(this.failures, e, 'source'), { recursive: true, force: true });
    }
  }
}

/** Failure reports kept, and how many of the newest keep a copy of the data that failed. */
export const FAILURES_KEPT = 20;
export const FAILURE_DATA_KEPT = 2;

/**
 * Creates `path` holding `content` if no file of that name exists; false if one does. The file
 * is written under a name of its own first, then linked to `path` (link() fails if it exists):
 * nobody ever reads it half-written (an empty lock would look stale and be taken over).
 */
function createExclusive(path: string, content: string): boolean {
  const own = `${path}.${process.pid}-${randomBytes(4).toString('hex')}`;
  writeFileSync(own, content);
  try {
    linkSync(own, path);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  } finally {
    rmSync(own, { force: true });
  }
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

function statOrUndefined(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

const isSymlink = (path: string): boolean => {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
};

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Places a kept file in a publication or in history: a copy of its own (a copy-on-write clone
 * where the file system has them), never a hard link, so that damage to one copy (a live file
 * edited in place, a truncated history file) cannot reach the others.
 */
export function placeFile(from: string, to: string): void {
  mkdirSync(dirname(to), { recursive: true });
  rmSync(to, { force: true });
  copyFileSync(from, to, constants.COPYFILE_FICLONE);
}

/** Moves every file of `from` into `to`: whole folders when `to` has none of that name. */
export function mergeInto(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const e of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, e.name);
    const target = join(to, e.name);
    if (e.isDirectory() && existsSync(target)) mergeInto(source, target);
    else renameSync(source, target);
  }
  rmSync(from, { recursive: true, force: true });
}
