// Validates every input, builds the site into a fresh folder, and only then swaps it into
// place: a failed validation or build leaves the last good publication in dist/ untouched.
// Usage: npm run build -- [--publish-valid-rows]
import { existsSync, renameSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { build } from 'astro';
import { validate } from '../src/lib/ingest/validate-fs.ts';
import { formatReport, summary } from '../src/lib/ingest/diagnostics/report.ts';
import { LOAD_RESULT } from '../src/astro/handoff.ts';
import { buildModel } from '../src/lib/model/model.ts';
import { cardJobs } from '../src/lib/cards/card-data.ts';
import { placeCards, startDrawing } from '../src/lib/cards/render-cards-fs.ts';
import { writeDownloads } from '../src/lib/downloads/write-fs.ts';

const { values } = parseArgs({
  options: { 'publish-valid-rows': { type: 'boolean', default: false } },
});
const dataDir = process.env.MINHBACH_DATA ?? 'data';
const outDir = process.env.MINHBACH_OUT ?? 'dist';
const started = performance.now();
const seconds = () => ((performance.now() - started) / 1000).toFixed(1);

const maxFileMb = Number(process.env.MINHBACH_MAX_FILE_MB ?? 50);
const result = validate({ dataDir, contentDir: 'content', maxFileMb });
const { errors, warnings } = summary(result.diagnostics);
if (errors > 0 || !result.inputs) {
  console.error(formatReport(result.diagnostics));
  if (!values['publish-valid-rows'] || !result.inputs) {
    console.error(
      `\nDừng: ${errors} lỗi trong dữ liệu; bản công bố cũ trong ${outDir}/ được giữ nguyên.`,
    );
    console.error(
      `Stopped: ${errors} errors in the data; the previous publication in ${outDir}/ is unchanged.`,
    );
    process.exit(1);
  }
  console.error(
    `\n--publish-valid-rows: ${errors} dòng lỗi bị loại và được liệt kê công khai / rejected rows are excluded and listed publicly.`,
  );
  process.env.MINHBACH_PUBLISH_VALID_ROWS = '1';
}
console.log(
  `Đã kiểm tra / validated ${result.files} files, ${result.rows} rows in ${seconds()} s (${warnings} warnings)`,
);

(globalThis as Record<symbol, unknown>)[LOAD_RESULT] = result;
const staging = `${outDir}.staging`;
rmSync(staging, { recursive: true, force: true });
process.env.MINHBACH_OUT = staging;
const model = buildModel(result.inputs, result.diagnostics);
const jobs = cardJobs(model);
const cardCache = process.env.MINHBACH_CARD_CACHE ?? '.cache/cards';
// Astro builds the pages on one core while workers draw cards on the others; once the pages and
// downloads are written, one more worker takes that core. (A worker on every core alongside
// Astro made the whole build slower.)
const cores = availableParallelism();
const drawing = startDrawing(jobs, cardCache, Math.max(1, cores - 1));
drawing.done.catch(() => {}); // awaited below; this only keeps an early failure from going unhandled
try {
  await build({ root: '.', outDir: staging, logLevel: 'warn' });
} catch (e) {
  rmSync(staging, { recursive: true, force: true });
  console.error(
    `\nLỗi khi tạo trang / build failed; ${outDir}/ is unchanged:\n${(e as Error).stack ?? e}`,
  );
  process.exit(1);
}
try {
  const downloads = writeDownloads(model, staging);
  console.log(`Tệp tải về / downloads: ${downloads.files} CSV and JSON Schema files`);
  if (cores > 1) drawing.addWorkers(1);
  const stats = await drawing.done;
  placeCards(jobs, staging, cardCache);
  const perCard =
    stats.rendered > 0
      ? ` (${((stats.seconds * 1000) / stats.rendered).toFixed(1)} ms/card wall, ${stats.workers} workers, alongside the page build)`
      : '';
  console.log(
    `Thẻ chia sẻ / share cards: ${stats.total}, drawn ${stats.rendered}, from cache ${stats.cached}, in ${stats.seconds.toFixed(1)} s${perCard}`,
  );
} catch (e) {
  rmSync(staging, { recursive: true, force: true });
  console.error(
    `\nLỗi khi tạo thẻ chia sẻ hoặc tệp tải về / cards or downloads failed; ${outDir}/ is unchanged:\n${(e as Error).stack ?? e}`,
  );
  process.exit(1);
}
const previous = `${outDir}.previous`;
rmSync(previous, { recursive: true, force: true });
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(staging, outDir);
rmSync(previous, { recursive: true, force: true });
console.log(`Đã tạo trang / site built in ${outDir}/ in ${seconds()} s`);
