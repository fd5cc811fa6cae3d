import type { CardJob } from '../cards/card-data.ts';
import { cardJobs } from '../cards/card-data.ts';
import type { CardStats, Drawing } from '../cards/render-cards-fs.ts';
import { downloadFiles } from '../downloads/files.ts';
import { formatReport, summary } from '../ingest/diagnostics/report.ts';
import type { LoadResult } from '../ingest/load-fs.ts';
import { buildModel } from '../model/build-model.ts';
import type { Model } from '../model/types.ts';

export interface BuildConfig {
  dataDir: string;
  contentDir: string;
  /** The live publication; the build goes to a staging folder and replaces it only when whole. */
  outDir: string;
  /** Publish the valid rows when some are rejected (they are then listed publicly). */
  publishValidRows: boolean;
  maxFileMb: number;
  /** Overrides the dataset's site URL (absolute links, cards). */
  siteUrl?: string | undefined;
  cores: number;
}

/** Everything the build does to the world, handed in so the build itself is testable in memory. */
export interface BuildEffects {
  /** read → validate */
  load(config: BuildConfig): LoadResult;
  /** An empty staging folder next to the live one. */
  stage(outDir: string): string;
  /** Astro renders every page of the model into `dir`. */
  renderPages(model: Model, dir: string): Promise<void>;
  /** Starts drawing share cards into the cache, alongside the page build. */
  drawCards(jobs: readonly CardJob[], workers: number): Drawing;
  placeCards(jobs: readonly CardJob[], dir: string): void;
  writeFile(dir: string, path: string, content: string): void;
  /** Replaces the live publication with the staged one. */
  publish(staging: string, outDir: string): void;
  discard(staging: string): void;
  log(message: string): void;
  error(message: string): void;
  /** Milliseconds, for timings. */
  now(): number;
  /** Collects garbage between stages, so that the next one starts from a lean heap. */
  release(): void;
}

export type BuildOutcome =
  | { ok: true; model: Model; cards: CardStats; downloads: number }
  | { ok: false; stage: 'validate' | 'pages' | 'outputs' };

/** Validates and builds the model once; null (with the report printed) when the build must stop. */
function validated(config: BuildConfig, fx: BuildEffects, since: () => string): Model | null {
  const result = fx.load(config);
  const { errors, warnings } = summary(result.diagnostics);
  if (errors > 0 || !result.inputs) {
    fx.error(formatReport(result.diagnostics));
    if (!config.publishValidRows || !result.inputs) {
      fx.error(
        `\nDừng: ${errors} lỗi trong dữ liệu; bản công bố cũ trong ${config.outDir}/ được giữ nguyên.` +
          `\nStopped: ${errors} errors in the data; the previous publication in ${config.outDir}/ is unchanged.`,
      );
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

/** Downloads and share cards, once the pages are written: the cards were drawn meanwhile. */
async function writeOutputs(
  model: Model,
  staging: string,
  jobs: readonly CardJob[],
  drawing: Drawing,
  cores: number,
  fx: BuildEffects,
): Promise<{ cards: CardStats; downloads: number }> {
  if (cores > 1) drawing.addWorkers(1); // the page build's core is free now
  let downloads = 0;
  for (const [path, content] of downloadFiles(model)) {
    fx.writeFile(staging, path, content);
    downloads++;
  }
  fx.log(`Tệp tải về / downloads: ${downloads} CSV and JSON Schema files`);
  const cards = await drawing.done;
  fx.placeCards(jobs, staging);
  const perCard =
    cards.rendered > 0
      ? ` (${((cards.seconds * 1000) / cards.rendered).toFixed(1)} ms/card wall, ${cards.workers} workers, alongside the page build)`
      : '';
  fx.log(
    `Thẻ chia sẻ / share cards: ${cards.total}, drawn ${cards.rendered}, from cache ${cards.cached}, in ${cards.seconds.toFixed(1)} s${perCard}`,
  );
  return { cards, downloads };
}

/**
 * read → validate → model → pages, cards, downloads, into a staging folder that replaces the
 * live publication only when everything succeeded: a failure at any stage leaves it untouched.
 */
export async function build(config: BuildConfig, fx: BuildEffects): Promise<BuildOutcome> {
  const started = fx.now();
  const since = () => ((fx.now() - started) / 1000).toFixed(1);
  const model = validated(config, fx, since);
  if (!model) return { ok: false, stage: 'validate' };
  fx.release(); // what reading and validating left behind
  const staging = fx.stage(config.outDir);
  const jobs = cardJobs(model);
  // Astro builds the pages on one core while workers draw cards on the others. (A worker on
  // every core alongside Astro made the whole build slower.)
  const drawing = fx.drawCards(jobs, Math.max(1, config.cores - 1));
  drawing.done.catch(() => {}); // awaited in writeOutputs; this keeps an early failure handled
  const failed = (stage: 'pages' | 'outputs', what: string, e: unknown): BuildOutcome => {
    fx.discard(staging);
    fx.error(`\n${what}; ${config.outDir}/ is unchanged:\n${(e as Error).stack ?? e}`);
    return { ok: false, stage };
  };
  try {
    await fx.renderPages(model, staging);
    fx.release(); // Astro's working memory, before a second card worker starts
  } catch (e) {
    return failed('pages', 'Lỗi khi tạo trang / build failed', e);
  }
  let outputs;
  try {
    outputs = await writeOutputs(model, staging, jobs, drawing, config.cores, fx);
  } catch (e) {
    return failed(
      'outputs',
      'Lỗi khi tạo thẻ chia sẻ hoặc tệp tải về / cards or downloads failed',
      e,
    );
  }
  fx.publish(staging, config.outDir);
  fx.log(`Đã tạo trang / site built in ${config.outDir}/ in ${since()} s`);
  return { ok: true, model, ...outputs };
}
