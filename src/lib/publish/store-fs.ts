import {
  closeSync,
  cpSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * The publications on disk, beside the live folder `out` (default `dist`):
 *
 *   dist                      symlink → dist.publications/<id>: the live site, switched atomically
 *   dist.publications/<id>/   each whole publication (web root); the last N are kept
 *   dist.publications/<id>.partial/   a publication being built (removed if the build stops)
 *   dist.publications/history/<id>/   its record, kept for good: entry, changes, manifest, data
 *   dist.publications/failures/<stamp>/   reports of failed runs; failures/latest.txt
 *   dist.publications/lock    the process publishing now
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
    if (existsSync(this.out) && !isSymlink(this.out))
      renameSync(this.out, join(this.root, '00000000-000000-legacy'));
    const link = `${this.out}.switch-${process.pid}`;
    rmSync(link, { force: true });
    symlinkSync(join(basename(this.root), id), link);
    renameSync(link, this.out);
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
   * Takes the publishing lock, or says who holds it. A lock left by a process that no longer runs
   * (killed with SIGKILL, machine restarted) is taken over.
   */
  lock(): { ok: true; release: () => void } | { ok: false; holder: number } {
    mkdirSync(this.root, { recursive: true });
    const path = join(this.root, 'lock');
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const fd = openSync(path, 'wx');
        writeSync(fd, String(process.pid));
        closeSync(fd);
        return { ok: true, release: () => rmSync(path, { force: true }) };
      } catch {
        const holder = Number(readFileSync(path, 'utf8'));
        if (holder && holder !== process.pid && isRunning(holder)) return { ok: false, holder };
        rmSync(path, { force: true });
      }
    }
    return { ok: false, holder: 0 };
  }

  /** Writes a failure report; the newest is also at failures/latest.txt and latest.json. */
  reportFailure(stamp: string, report: { text: string; json: unknown }): string {
    const dir = join(this.failures, stamp);
    mkdirSync(dir, { recursive: true });
    const json = `${JSON.stringify(report.json, null, 1)}\n`;
    writeFileSync(join(dir, 'report.txt'), report.text);
    writeFileSync(join(dir, 'report.json'), json);
    writeFileSync(join(this.failures, 'latest.txt'), report.text);
    writeFileSync(join(this.failures, 'latest.json'), json);
    this.lastFailure = dir;
    return dir;
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

/** Places a kept file in a publication: a hard link (no space, no time), else a copy. */
export function placeFile(from: string, to: string): void {
  mkdirSync(dirname(to), { recursive: true });
  rmSync(to, { force: true });
  try {
    linkSync(from, to);
  } catch {
    cpSync(from, to);
  }
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
