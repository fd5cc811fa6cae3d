import type { CardJob } from '../cards/card-data.ts';
import type { CardStats, Drawing } from '../cards/render-cards-fs.ts';
import { packagePath } from '../downloads/datapackage.ts';
import { downloadFiles, keptFiles } from '../downloads/files.ts';
import { ZipWriter } from '../downloads/zip.ts';
import { feedFiles } from '../feeds/atom.ts';
import type { Model } from '../model/types.ts';
import { manifest, manifestPaths } from '../publish/manifest.ts';
import {
  DOWNLOADS_ROOT,
  indicatorCsvPath,
  paths,
  publicationZip,
  unitJsonPath,
} from '../views/paths.ts';
import { redirectFiles } from '../views/redirects.ts';
import type { BuildEffects } from './build.ts';

/**
 * The downloads, the zip archive of them and the files this publication keeps for good, written
 * before the pages so that the downloads page can give every size.
 */
export function writeDownloads(model: Model, staging: string, fx: BuildEffects): number {
  const pub = model.publication!;
  const zip = new ZipWriter(fx.deflater, model.asOf);
  const kept = new Map(keptFiles(pub.entry.id));
  // One per-unit format on the site, the CSV. The per-unit JSON, which repeats its figures with
  // targets and statuses (124 MB for the country), is in an archive of its own (14 MB): in the
  // publication's zip it would push that past 25 MiB, more than some hosts take in one file, and
  // be kept again with every publication.
  const unitJson = new Set([...model.progress.keys()].map(unitJsonPath));
  // The per-indicator CSVs repeat the per-unit rows (96 MB for the country at 16 months, growing
  // by 6 MB a month): they are in the publication's zip only.
  const zipOnly = new Set(model.indicators.map((i) => indicatorCsvPath(i.id)));
  const jsonZip = new ZipWriter(fx.deflater, model.asOf);
  let count = 0;
  for (const [path, content] of downloadFiles(model, fx.parquet, fx.deflater)) {
    count++;
    if (unitJson.has(path)) {
      jsonZip.add(packagePath(path), content);
      continue;
    }
    // The workbooks repeat the package's tables for Excel: on the site, not in the zip.
    if (path.startsWith(DOWNLOADS_ROOT) && !path.endsWith('.xlsx'))
      zip.add(packagePath(path), content);
    if (zipOnly.has(path)) {
      pub.sizes.set(
        path,
        typeof content === 'string' ? Buffer.byteLength(content) : content.length,
      );
      continue;
    }
    fx.writeFile(staging, path, content);
    pub.sizes.set(path, typeof content === 'string' ? Buffer.byteLength(content) : content.length);
    const keep = kept.get(path);
    if (keep) fx.writeFile(staging, keep, content);
  }
  const units = jsonZip.finish();
  fx.writeFile(staging, paths.unitJsonZip, units);
  pub.sizes.set(paths.unitJsonZip, units.length);
  // Once on the site, at its stable URL (the downloads page and every page link it there).
  const archive = zip.finish();
  fx.writeFile(staging, publicationZip(pub.entry.id), archive);
  pub.sizes.set(publicationZip(pub.entry.id), archive.length);
  fx.log(
    `Tệp tải về / downloads: ${count} CSV, JSON and Parquet files; zip ${(archive.length / 1048576).toFixed(1)} MB`,
  );
  return count;
}

/** Share cards (drawn meanwhile), the Atom feeds and the redirects from former URLs, once the pages are written. */
export async function writeOutputs(
  model: Model,
  staging: string,
  jobs: readonly CardJob[],
  drawing: Drawing,
  cores: number,
  fx: BuildEffects,
): Promise<{ cards: CardStats }> {
  if (cores > 1) drawing.addWorkers(1); // the page build's core is free now
  let feeds = 0;
  for (const [path, xml] of feedFiles(model)) {
    fx.writeFile(staging, path, xml);
    feeds++;
  }
  fx.log(`Nguồn tin Atom / Atom feeds: ${feeds}`);
  let redirects = 0;
  for (const [path, html] of redirectFiles(model)) {
    fx.writeFile(staging, path, html);
    redirects++;
  }
  fx.log(`Chuyển hướng từ địa chỉ cũ / redirects from former URLs: ${redirects}`);
  const cards = await drawing.done;
  fx.placeCards(jobs, staging);
  const perCard =
    cards.rendered > 0
      ? ` (${((cards.seconds * 1000) / cards.rendered).toFixed(1)} ms/card wall, ${cards.workers} workers, alongside the page build)`
      : '';
  fx.log(
    `Thẻ chia sẻ / share cards: ${cards.total}, drawn ${cards.rendered}, from cache ${cards.cached}, in ${cards.seconds.toFixed(1)} s${perCard}`,
  );
  return { cards };
}

/** The manifest, last: every other file is in place, with its size and SHA-256. */
export function writeManifest(model: Model, staging: string, fx: BuildEffects): void {
  const own = new Set(manifestPaths(model.publication!.entry.id));
  const files = fx.inventory(staging).filter((f) => !own.has(f.path));
  const text = manifest(model, files);
  for (const path of own) fx.writeFile(staging, path, text);
}
