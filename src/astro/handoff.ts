import { loadInputs, type LoadResult } from '../lib/ingest/load-fs.ts';
import { hasErrors } from '../lib/ingest/diagnostics/diagnostic.ts';
import { formatReport } from '../lib/ingest/diagnostics/report.ts';
import { buildModel, type Model } from '../lib/model/model.ts';

/** scripts/build.ts validates before Astro starts and hands the result over here, so inputs are read once. */
export const LOAD_RESULT = Symbol.for('minhbach.load-result');

// Astro renders every page in one process; the model is built once and shared by all of them.
let model: Model | undefined;

/** The validated model for this build. Throws with the full report if inputs are invalid. */
export function getModel(): Model {
  if (model) return model;
  const handed = (globalThis as Record<symbol, unknown>)[LOAD_RESULT] as LoadResult | undefined;
  const result =
    handed ?? loadInputs({ dataDir: process.env.MINHBACH_DATA ?? 'data', contentDir: 'content' });
  const publishValidRows = process.env.MINHBACH_PUBLISH_VALID_ROWS === '1';
  if (!result.inputs || (hasErrors(result.diagnostics) && !publishValidRows))
    throw new Error(
      `Dữ liệu không hợp lệ / invalid data:${formatReport(result.diagnostics.filter((i) => i.severity === 'error'))}`,
    );
  model = buildModel(result.inputs, result.diagnostics);
  return model;
}
