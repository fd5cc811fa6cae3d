// Imports the official unit registry from the public tables (conversion table, 2025 and newest
// registry snapshots, province tables) into data/registry/: units.csv, predecessors.csv, README.md.
// Usage: npm run import-registry -- [DIR] [--out data/registry] [--nso F] [--base F] [--current F] [--map F] [--codes F]
import { parseArgs } from 'node:util';
import { importRegistry, writeRegistry } from '../src/tools/registry/import-fs.ts';
import { formatIssue, issueCounts } from '../src/tools/registry/outputs.ts';

const file = { type: 'string' } as const;
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: 'string', default: 'data/registry' },
    nso: file,
    base: file,
    current: file,
    map: file,
    codes: file,
  },
});
const dir = positionals[0] ?? '../shared/data/vn-admin';
const started = performance.now();
const { out, ...given } = values;
const imported = importRegistry(dir, given);
const issues = 'issues' in imported ? imported.issues : imported.registry.issues;
for (const i of issues.filter((i) => i.severity !== 'info')) console.error(formatIssue(i));
console.error(issueCounts(issues).join('\n'));
if ('issues' in imported || issues.some((i) => i.severity === 'error')) {
  console.error('Có lỗi: không ghi gì / errors: nothing written');
  process.exit(1);
}
const written = writeRegistry(out, imported);
const units = imported.registry.units;
const provinces = units.filter((u) => u.level === 'province').length;
console.log(
  `Đã ghi / wrote ${written.join(', ')}: ${provinces} tỉnh/provinces, ${units.length - provinces} xã/communes, as of ${imported.asOf}, in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
