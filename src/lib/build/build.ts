import type { CardJob } from '../cards/card-data.ts';
import { cardJobs } from '../cards/card-data.ts';
import type { CardStats, Drawing } from '../cards/render-cards-fs.ts';
import type { Diagnostic } from '../ingest/diagnostics/diagnostic.ts';
import { formatReport, summary } from '../ingest/diagnostics/report.ts';
import type { LoadResult } from '../ingest/load-fs.ts';
import { buildModel } from '../model/build-model.ts';
import type { Model } from '../model/types.ts';
import type { ParquetEncoder } from '../downloads/parquet-columns.ts';
import type { Deflater } from '../downloads/zip.ts';
import type { ManifestFile } from '../publish/manifest.ts';
import {
  assemble,
  sameFingerprint,
  type Fingerprint,
  type Past,
  type PublicationEntry,
} from '../publish/publication.ts';
import { recordFiles } from '../publish/record.ts';
import { writeDownloads, writeManifest, writeOutputs } from './outputs.ts';

export interface BuildConfig {
  dataDir: string;
  contentDir: string;
  /** The live publication (a symlink to the publication folder); replaced only when whole. */
  outDir: string;
  /** Publish the valid rows when some are rejected (they are then listed publicly). */
  publishValidRows: boolean;
  maxFileMb: number;
  /** Overrides the dataset's site URL (absolute links, cards). */
  siteUrl?: string | undefined;
  cores: number;
  /** What the inputs hash to; a run whose hashes equal the latest publication's publishes nothing. */
  fingerprint?: Fingerprint | undefined;
  /** Publish even when the inputs are unchanged. */
  force?: boolean | undefined;
  /** Whole publications kept on disk (the live one included). */
  keep?: number | undefined;
}

/** What a failed run leaves for the people who run it: what failed, which files, the report. */
export interface FailureReport {
  stage: 'validate' | 'pages' | 'outputs';
  message: string;
  files: string[];
  diagnostics: Diagnostic[];
  text: string;
}

/** Everything the build does to the world, handed in so the build itself is testable in memory. */
export interface BuildEffects {
  /** read → validate */
  load(config: BuildConfig): LoadResult;
  /** The publications so far, newest first. */
  entries(): PublicationEntry[];
  /** What the new publication is compared with: the latest snapshot, recent changes, the ledger. */
  past(entries: PublicationEntry[]): Promise<Past>;
  /** A new publication id and the time it is built. */
  newId(entries: PublicationEntry[]): { id: string; builtAt: string };
  /** An empty folder for the new publication, and one beside it for the files written before the
   * pages (Astro empties its output folder first); `merge` moves them in once the pages are built. */
  stage(id: string): { site: string; files: string };
  merge(files: string, site: string): void;
  /** Astro renders every page of the model into `dir`. */
  renderPages(model: Model, dir: string): Promise<void>;
  /** Starts drawing share cards into the cache, alongside the page build. */
  drawCards(jobs: readonly CardJob[], workers: number): Drawing;
  placeCards(jobs: readonly CardJob[], dir: string): void;
  writeFile(dir: string, path: string, content: string | Uint8Array): void;
  parquet: ParquetEncoder;
  deflater: Deflater;
  /** Places the files earlier publications keep for good (/cong-bo/<id>/…) in the new one. */
  carry(dir: string, entries: PublicationEntry[]): void;
  /** Every file of the staged publication with its size and SHA-256. */
  inventory(dir: string): ManifestFile[];
  /** Copies the publication's record (its files at /cong-bo/<id>/) into the history, unfinished. */
  record(dir: string, id: string): void;
  /**
   * Makes the staged publication live, atomically, then finishes its record; keeps the newest
   * `keep`. A kill between the two leaves a live publication whose record the next run rebuilds
   * from the publication's own files.
   */
  publish(id: string, keep: number): void;
  discard(id: string): void;
  /** Writes the failure report (the live site is untouched). */
  fail(report: FailureReport): void;
  log(message: string): void;
  error(message: string): void;
  /** Milliseconds, for timings. */
  now(): number;
  /** Collects garbage between stages, so that the next one starts from a lean heap. */
  release(): void;
}

export type BuildOutcome =
  | { ok: true; model: Model; cards: CardStats; downloads: number; id: string }
  | { ok: true; unchanged: true; id: string }
  | { ok: false; stage: 'validate' | 'pages' | 'outputs' };

/** Validates and builds the model once; null (with the report written) when the build must stop. */
function validated(config: BuildConfig, fx: BuildEffects, since: () => string): Model | null {
  const result = fx.load(config);
  const { errors, warnings } = summary(result.diagnostics);
  if (errors > 0 || !result.inputs) {
    const report = formatReport(result.diagnostics);
    fx.error(report);
    if (!config.publishValidRows || !result.inputs) {
      const message =
        `Dừng: ${errors} lỗi trong dữ liệu; bản công bố cũ trong ${config.outDir}/ được giữ nguyên.` +
        `\nStopped: ${errors} errors in the data; the previous publication in ${config.outDir}/ is unchanged.`;
      fx.error(`\n${message}`);
      const files = [
        ...new Set(result.diagnostics.filter((d) => d.severity === 'error').map((d) => d.file)),
      ];
      fx.fail({
        stage: 'validate',
        message,
        files,
        diagnostics: result.diagnostics,
        text: `${message}\n${report}\n`,
      });
      return null;
    }
    fx.error(
      `\n--publish-valid-rows: ${errors} dòng lỗi bị loại và được liệt kê công khai / rejected rows are excluded and listed publicly.`,
    );
  }
  fx.log(
    `Đã kiểm tra / validated ${result.files} files, ${result.rows} rows in ${since()} s (${warnings} warnings)`,
  );
  const { inputs } = result;
  if (config.siteUrl) inputs.dataset = { ...inputs.dataset, siteUrl: config.siteUrl };
  return buildModel(inputs, result.diagnostics);
}

/** The model with this publication's history and changes; null when nothing changed. */
async function prepare(config: BuildConfig, fx: BuildEffects, since: () => string) {
  const entries = fx.entries();
  const fingerprint = config.fingerprint ?? { data: '', generator: '' };
  if (!config.force && sameFingerprint(entries[0]?.fingerprint, config.fingerprint)) {
    fx.log(
      `Không có gì mới / nothing new: the data and the generator are those of publication ${entries[0]!.id}; ${config.outDir}/ is unchanged.`,
    );
    return { unchanged: entries[0]!.id };
  }
  const model = validated(config, fx, since);
  if (!model) return null;
  const past = await fx.past(entries);
  const { id, builtAt } = fx.newId(entries);
  const { publication, snapshot } = assemble(model, past, { id, builtAt, fingerprint });
  model.publication = publication;
  const n = publication.entry.changes;
  fx.log(
    n
      ? `Lần công bố / publication ${id}: so với / since ${past.entries[0]!.id}: ${n.added} new reports, ${n.revised} revised, ${n.changed} altered, ${n.removed} removed, ${n.statuses} status changes, ${n.completed} tasks completed, ${n.overdue} newly overdue`
      : `Lần công bố đầu tiên / first publication ${id}`,
  );
  return { model, snapshot, entries };
}

/**
 * read → validate → model → changes since the previous publication → downloads, pages, cards,
 * feeds and manifest, into a new publication folder that goes live only when everything
 * succeeded: a failure at any stage leaves the live site untouched and writes a failure report.
 */
export async function build(config: BuildConfig, fx: BuildEffects): Promise<BuildOutcome> {
  const started = fx.now();
  const since = () => ((fx.now() - started) / 1000).toFixed(1);
  const prepared = await prepare(config, fx, since);
  if (!prepared) return { ok: false, stage: 'validate' };
  if ('unchanged' in prepared) return { ok: true, unchanged: true, id: prepared.unchanged! };
  const { model, snapshot, entries } = prepared;
  const id = model.publication!.entry.id;
  fx.release(); // what reading and validating left behind
  const { site: staging, files } = fx.stage(id);
  const jobs = cardJobs(model);
  // Workers draw cards on the other cores while this one writes the downloads, then Astro builds
  // the pages. (A worker on every core alongside Astro made the whole build slower.)
  const drawing = fx.drawCards(jobs, Math.max(1, config.cores - 1));
  drawing.done.catch(() => {}); // awaited in writeOutputs; this keeps an early failure handled
  const failed = (stage: 'pages' | 'outputs', what: string, e: unknown): BuildOutcome => {
    fx.discard(id);
    const message = `${what}; ${config.outDir}/ is unchanged`;
    fx.error(`\n${message}:\n${(e as Error).stack ?? e}`);
    fx.fail({
      stage,
      message,
      files: [],
      diagnostics: [],
      text: `${message}\n${(e as Error).stack ?? e}\n`,
    });
    return { ok: false, stage };
  };
  let outputs;
  let stage: 'pages' | 'outputs' = 'outputs';
  try {
    const downloads = writeDownloads(model, files, fx);
    fx.release();
    stage = 'pages';
    await fx.renderPages(model, staging);
    fx.release(); // Astro's working memory, before a second card worker starts
    stage = 'outputs';
    fx.merge(files, staging);
    outputs = {
      ...(await writeOutputs(model, staging, jobs, drawing, config.cores, fx)),
      downloads,
    };
    fx.carry(staging, entries);
    for (const [path, content] of recordFiles(model, snapshot))
      fx.writeFile(staging, path, content);
    writeManifest(model, staging, fx);
    fx.record(staging, id);
  } catch (e) {
    // A full disk is the run's to tell (nothing half-written left, no report that cannot be written).
    if ((e as NodeJS.ErrnoException).code === 'ENOSPC') throw e;
    const what =
      stage === 'pages'
        ? 'Lỗi khi tạo trang / pages failed'
        : 'Lỗi khi tạo thẻ chia sẻ, tệp tải về hoặc hồ sơ / cards, downloads or records failed';
    return failed(stage, what, e);
  }
  fx.publish(id, config.keep ?? 5);
  fx.log(`Đã công bố / published ${id} in ${config.outDir}/ in ${since()} s`);
  return { ok: true, model, ...outputs, id };
}
