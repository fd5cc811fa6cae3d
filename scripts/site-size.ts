// What a built site weighs, by part, and where it stands against the size budget.
// Usage: npm run size -- [DIR] [--json]   (DIR: default MINHBACH_OUT or dist)
import './env.ts';
import { parseArgs } from 'node:util';
import { measureSite, sizeReport } from '../src/tools/size/site-size-fs.ts';

const { values, positionals } = parseArgs({
  options: { json: { type: 'boolean', default: false } },
  allowPositionals: true,
});
const size = measureSite(positionals[0] ?? process.env.MINHBACH_OUT ?? 'dist');
console.log(values.json ? JSON.stringify(size, null, 1) : sizeReport(size).join('\n'));
