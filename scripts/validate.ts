// Checks every input (or one file / folder) without building the site.
// Usage: npm run validate -- [PATH] [--json report.json] [--data DIR] [--max-file-mb N]
// PATH: an export or task file, a folder of them, or a data folder (checked as a dataset).
// Exit code: 1 when there are errors, 0 otherwise (warnings alone do not fail).
import './env.ts';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { validate } from '../src/lib/ingest/validate-fs.ts';
import { formatReport, summary } from '../src/lib/ingest/diagnostics/report.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    json: { type: 'string' },
    data: { type: 'string', default: process.env.MINHBACH_DATA ?? 'data' },
    content: { type: 'string', default: 'content' },
    'max-file-mb': { type: 'string', default: process.env.MINHBACH_MAX_FILE_MB ?? '50' },
  },
});
const started = performance.now();
const result = validate({
  dataDir: values.data,
  contentDir: values.content,
  maxFileMb: Number(values['max-file-mb']),
  path: positionals[0],
});
const { errors, warnings } = summary(result.diagnostics);
if (result.diagnostics.length > 0) console.log(formatReport(result.diagnostics));
if (values.json)
  writeFileSync(
    values.json,
    `${JSON.stringify({ errors, warnings, files: result.files, rows: result.rows, diagnostics: result.diagnostics }, null, 1)}\n`,
  );
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `\nĐã kiểm tra / checked ${result.files} tệp/files, ${result.rows} dòng/rows in ${seconds} s: ${errors} lỗi/errors, ${warnings} cảnh báo/warnings`,
);
process.exit(errors > 0 ? 1 : 0);
