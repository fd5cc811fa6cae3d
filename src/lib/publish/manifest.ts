import type { Model } from '../model/types.ts';
import { jsonDownload } from '../downloads/sample.ts';
import { absoluteUrl } from '../views/base-path.ts';
import { paths, publicationFile, publicationPath } from '../views/paths.ts';

/** One published file: its path on the site, size in bytes and SHA-256 (hex). */
export interface ManifestFile {
  path: string;
  bytes: number;
  sha256: string;
}

/** The manifest lists every file but its own two copies. */
export const manifestPaths = (id: string): string[] => [
  paths.manifest,
  publicationFile(id, 'manifest.json'),
];

/**
 * manifest.json: what a publication is (id, dates, previous one and the SHA-256 of its manifest,
 * which chains every publication to the first, what it was built from), its
 * counts (units, rows, statuses, changes), and every published file with its size and SHA-256,
 * so that anyone can check a copy. Published at /tai-ve/manifest.json and, for good, beside the
 * publication's changes page.
 */
export function manifest(model: Model, files: readonly ManifestFile[]): string {
  const pub = model.publication!;
  const { entry } = pub;
  return jsonDownload(
    {
      id: entry.id,
      builtAt: entry.builtAt,
      publishedAt: entry.publishedAt,
      previous: entry.previous ?? null,
      previousManifest: entry.previousManifest ?? null,
      url: absoluteUrl(publicationPath(entry.id), model.dataset.siteUrl),
      title: model.dataset.title,
      publisher: model.dataset.publisher,
      fingerprint: entry.fingerprint,
      counts: entry.counts,
      changes: entry.changes,
      files: files.length,
      bytes: files.reduce((n, f) => n + f.bytes, 0),
      published: files,
    },
    model.dataset,
  );
}
