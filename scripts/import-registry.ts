// Imports the official unit registry from the statistics office's new↔old conversion table.
// Usage: npm run import-registry -- TABLE.csv [--out data/units.csv]
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { decodeBytes } from '../src/lib/ingest/decode.ts';
import { formatReport } from '../src/lib/ingest/diagnostics/report.ts';
import { parseConversionTable } from '../src/tools/registry/conversion-table.ts';
import { unitsToCsv } from '../src/tools/registry/units-csv.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { out: { type: 'string', default: `${process.env.MINHBACH_DATA ?? 'data'}/units.csv` } },
});
const input = positionals[0];
if (!input) {
  console.error(
    'Cách dùng / usage: npm run import-registry -- BANG_CHUYEN_DOI.csv [--out data/units.csv]',
  );
  process.exit(2);
}
const decoded = decodeBytes(readFileSync(input));
if (!decoded.ok) {
  console.error(`${input}: ${decoded.detail}`);
  process.exit(1);
}
const { units, diagnostics } = parseConversionTable(decoded.text, input);
if (diagnostics.length > 0) console.error(formatReport(diagnostics));
if (diagnostics.some((i) => i.severity === 'error')) process.exit(1);
writeFileSync(values.out, unitsToCsv(units));
const provinces = units.filter((u) => u.level === 'province').length;
console.log(
  `Đã ghi / wrote ${values.out}: ${provinces} tỉnh/provinces, ${units.length - provinces} xã/communes`,
);
