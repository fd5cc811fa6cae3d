import { createHash } from 'node:crypto';
import { paths, publicationFile } from '../views/paths.ts';
import type { ManifestFile } from './manifest.ts';
import { keptNames } from './record.ts';

/**
 * The chain of publications: each manifest records the SHA-256 of the previous publication's
 * manifest, which every publication keeps at /cong-bo/<id>/manifest.json. Whoever holds the
 * latest manifest can check every earlier one, back to the first, and each of them the files
 * it lists. The same walk checks a live site, a copy, a zip and the local history.
 */

/** Where a site's files are read from: a folder, a web site, a zip, the history folder. */
export interface SiteReader {
  /** For messages: the folder, address or file. */
  label: string;
  /** A file's bytes by its site path ("/tai-ve/manifest.json"); null when there is none. */
  read(path: string): Promise<Uint8Array | null>;
  /** A file's size and SHA-256; null when there is none. */
  hash(path: string): Promise<{ bytes: number; sha256: string } | null>;
}

/** What the chain needs of a manifest (the rest is for people). */
export interface ChainManifest {
  id: string;
  previous: string | null;
  previousManifest: string | null;
  published: ManifestFile[];
}

/** A broken link or file, with the publication and the file it is about. */
export class ChainError extends Error {
  readonly publication: string;
  readonly file: string;
  constructor(publication: string, file: string, problem: string) {
    super(`${file} (lần công bố / publication ${publication}): ${problem}`);
    this.publication = publication;
    this.file = file;
  }
}

export const sha256 = (bytes: Uint8Array): string =>
  createHash('sha256').update(bytes).digest('hex');

export function parseManifest(bytes: Uint8Array, publication: string, file: string) {
  let m: Partial<ChainManifest>;
  try {
    m = JSON.parse(new TextDecoder().decode(bytes)) as Partial<ChainManifest>;
  } catch (e) {
    throw new ChainError(
      publication,
      file,
      `không đọc được / not valid JSON: ${(e as Error).message}`,
    );
  }
  if (typeof m.id !== 'string' || !Array.isArray(m.published))
    throw new ChainError(publication, file, 'không phải bản kê / not a manifest (no id or files)');
  if (!('previousManifest' in m))
    throw new ChainError(
      m.id,
      file,
      'bản kê của phiên bản cũ, chưa nối chuỗi / written by a version before the chain: its record cannot be checked; start a new record by moving the live site and its publications folder aside',
    );
  return {
    id: m.id,
    previous: m.previous ?? null,
    previousManifest: m.previousManifest ?? null,
    published: m.published,
  } satisfies ChainManifest;
}

/** One link of the chain: a manifest, its bytes' SHA-256 and where it was read. */
export interface ChainLink {
  manifest: ChainManifest;
  sha256: string;
  file: string;
}

/**
 * Walks from a manifest back to the first publication, newest first, checking each earlier
 * manifest against the SHA-256 the next one recorded. Stop early by leaving the loop.
 */
export async function* walkChain(
  reader: SiteReader,
  top: Uint8Array,
  file: string = paths.manifest,
): AsyncGenerator<ChainLink> {
  let bytes = top;
  let where = file;
  let manifest = parseManifest(bytes, '?', where);
  for (;;) {
    yield { manifest, sha256: sha256(bytes), file: where };
    const { id, previous, previousManifest } = manifest;
    if (!previous) return;
    if (!previousManifest)
      throw new ChainError(
        id,
        where,
        `không ghi mã băm của bản kê trước / records no SHA-256 of the manifest of ${previous}`,
      );
    where = publicationFile(previous, 'manifest.json');
    const prev = await reader.read(where);
    if (!prev) throw new ChainError(previous, where, 'thiếu / missing');
    const actual = sha256(prev);
    if (actual !== previousManifest)
      throw new ChainError(
        previous,
        where,
        `SHA-256 ${actual} ≠ ${previousManifest} ghi trong / recorded in the manifest of ${id}`,
      );
    bytes = prev;
    manifest = parseManifest(bytes, previous, where);
    if (manifest.id !== previous)
      throw new ChainError(previous, where, `là bản kê của / is the manifest of ${manifest.id}`);
  }
}

/** A publication's files kept for good at /cong-bo/<id>/, as its manifest lists them. */
export function ownFiles(m: ChainManifest): ManifestFile[] {
  const kept = new Set(keptNames(m.id).map((name) => publicationFile(m.id, name)));
  return m.published.filter((f) => kept.has(f.path));
}

export interface FileCheck {
  checked: number;
  mismatched: string[];
  missing: string[];
}

/** Checks files against their size and SHA-256, a few at a time (a web site answers faster so). */
export async function checkFiles(
  reader: SiteReader,
  files: readonly ManifestFile[],
  mayBeGone: (path: string) => boolean = () => false,
): Promise<FileCheck & { gone: string[] }> {
  const out = {
    checked: 0,
    mismatched: [] as string[],
    missing: [] as string[],
    gone: [] as string[],
  };
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < files.length; i = next++) {
      const f = files[i]!;
      const actual = await reader.hash(f.path);
      if (!actual) (mayBeGone(f.path) ? out.gone : out.missing).push(f.path);
      else {
        out.checked++;
        if (actual.sha256 !== f.sha256 || actual.bytes !== f.bytes) out.mismatched.push(f.path);
      }
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  for (const list of [out.mismatched, out.missing, out.gone]) list.sort();
  return out;
}
