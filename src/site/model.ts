import { loadInputs } from '../lib/ingest/load-fs.ts';
import { hasErrors } from '../lib/issues/issue.ts';
import { formatReport } from '../lib/issues/report.ts';
import { buildModel, type Model } from '../lib/model/build-model.ts';

const dataDir = process.env.MINHBACH_DATA ?? 'data';

// Astro renders every page in one process; the model is built once and shared by all of them.
let model: Model | undefined;

/** The validated model for this build. Throws with the full report if inputs are invalid. */
export function getModel(): Model {
  if (model) return model;
  const result = loadInputs({ dataDir, contentDir: 'content' });
  if (!result.inputs || (hasErrors(result.issues) && process.env.MINHBACH_PUBLISH_VALID_ROWS !== '1'))
    throw new Error(`Dữ liệu không hợp lệ / invalid data:${formatReport(result.issues.filter((i) => i.severity === 'error'))}`);
  model = buildModel(result.inputs);
  return model;
}
