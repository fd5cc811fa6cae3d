// Serves the site with Astro's dev server on the current data: the model is built once at start
// (restart after changing data/ or content/).
// Usage: npm run dev
import { dev } from 'astro';
import { handModel } from '../src/astro/handoff.ts';
import { formatReport } from '../src/lib/ingest/diagnostics/report.ts';
import { validate } from '../src/lib/ingest/validate-fs.ts';
import { buildModel } from '../src/lib/model/build-model.ts';

const result = validate({ dataDir: process.env.MINHBACH_DATA ?? 'data', contentDir: 'content' });
if (!result.inputs) {
  console.error(formatReport(result.diagnostics));
  process.exit(1);
}
if (result.diagnostics.length > 0) console.error(formatReport(result.diagnostics));
const model = buildModel(result.inputs, result.diagnostics);
handModel(model);
await dev({ root: '.', site: model.dataset.siteUrl });
