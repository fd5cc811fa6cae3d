// Preloaded by the benchmark (node --import): records the process's peak memory on exit.
import { appendFileSync } from 'node:fs';

const file = process.env.MINHBACH_BENCH_RSS;
if (file) process.on('exit', () => appendFileSync(file, `${process.resourceUsage().maxRSS}\n`));
