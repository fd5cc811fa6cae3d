// Serves the site with Astro's dev server on the current data: the model is built once at start
// (restart after changing data/ or content/).
// Usage: npm run dev
import './env.ts';
import { dev } from 'astro';
import { handModel } from '../src/astro/handoff.ts';
import { formatReport } from '../src/lib/ingest/diagnostics/report.ts';
import { validate } from '../src/lib/ingest/validate-fs.ts';
import { buildModel } from '../src/lib/model/build-model.ts';
import { assemble } from '../src/lib/publish/publication.ts';

const result = validate({ dataDir: process.env.MINHBACH_DATA ?? 'data', contentDir: 'content' });
if (!result.inputs) {
  console.error(formatReport(result.diagnostics));
  process.exit(1);
}
if (result.diagnostics.length > 0) console.error(formatReport(result.diagnostics));
const model = buildModel(result.inputs, result.diagnostics);
// The dev server shows the data as a first publication: no history to compare with.
const empty = { entries: [], recent: [], ledger: [] };
const fingerprint = { data: '', generator: '' };
const builtAt = `${new Date().toISOString().slice(0, 19)}Z`;
model.publication = assemble(model, empty, { id: 'dev', builtAt, fingerprint }).publication;
handModel(model);
await dev({ root: '.', site: model.dataset.siteUrl });
