// Writes the deterministic sample dataset into the data folder: units.csv, dataset.json, exports/.
// Usage: npm run sample -- [--profile country|test|stress] [--registry sample|official] [--seed N] [--out DIR]
// --registry official uses the official registry shipped in data/registry/units.csv instead of
// synthetic "Mẫu" communes (the figures are still sample data, and every page says so).
import './env.ts';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';
import { readCollection } from '../src/lib/ingest/content-fs.ts';
import { formatReport } from '../src/lib/ingest/diagnostics/report.ts';
import { readCsv } from '../src/lib/ingest/csv.ts';
import { readUnits } from '../src/lib/ingest/units.ts';
import { unitColumns } from '../src/lib/schema/unit.ts';
import { indicatorSchema } from '../src/lib/schema/indicator.ts';
import { planSchema } from '../src/lib/schema/plan.ts';
import { generateSample } from '../src/tools/sample/generate.ts';
import type { Profile } from '../src/tools/sample/units.ts';

const { values } = parseArgs({
  options: {
    profile: { type: 'string', default: process.env.MINHBACH_PROFILE ?? 'country' },
    registry: { type: 'string', default: process.env.MINHBACH_REGISTRY ?? 'sample' },
    seed: { type: 'string', default: '2025' },
    out: { type: 'string', default: process.env.MINHBACH_DATA ?? 'data' },
    'published-at': { type: 'string', default: '2026-11-21' },
    'site-url': {
      type: 'string',
      default: process.env.MINHBACH_SITE_URL ?? 'https://minhbach.example.org',
    },
  },
});
const profile = values.profile as Profile;
if (profile !== 'country' && profile !== 'test' && profile !== 'stress') {
  console.error(`Hồ sơ không hợp lệ / unknown profile: ${profile} (country | test | stress)`);
  process.exit(2);
}
if (values.registry !== 'sample' && values.registry !== 'official') {
  console.error(`Danh mục không hợp lệ / unknown registry: ${values.registry} (sample | official)`);
  process.exit(2);
}
const started = performance.now();
const REGISTRY = 'data/registry/units.csv';
const registry =
  values.registry === 'official'
    ? readUnits(readCsv(readFileSync(REGISTRY, 'utf8'), REGISTRY, unitColumns), REGISTRY)
    : undefined;
if (registry && registry.diagnostics.length > 0) {
  console.error(formatReport(registry.diagnostics));
  process.exit(1);
}
const indicators = readCollection('content/indicators', indicatorSchema, '.');
const plans = readCollection('content/plans', planSchema, '.');
if (indicators.diagnostics.length + plans.diagnostics.length > 0) {
  console.error('Nội dung không hợp lệ / content is invalid; run npm run validate');
  process.exit(1);
}
const files = generateSample(
  indicators.entries.map((e) => ({ id: e.id, ...e.data })),
  plans.entries.map((e) => ({ id: e.id, ...e.data })),
  {
    profile,
    seed: Number(values.seed),
    publishedAt: values['published-at'],
    siteUrl: values['site-url'],
    registry: registry?.units,
  },
);
const out = values.out;
rmSync(join(out, 'exports'), { recursive: true, force: true });
let bytes = 0;
for (const [path, content] of files) {
  mkdirSync(dirname(join(out, path)), { recursive: true });
  writeFileSync(join(out, path), content);
  bytes += Buffer.byteLength(content);
}
console.log(
  `Dữ liệu mẫu / sample (${profile}, ${values.registry} registry, seed ${values.seed}): ${files.size} tệp, ${(bytes / 1048576).toFixed(1)} MB → ${out}/ in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
