// Times sample generation, validation and the site build on a profile (default: the whole
// country), each in its own process, and prints wall time and peak memory.
// Also measures the site by part, and again for the same country 36 months in (the size budget).
// Usage: npm run bench -- [--profile country|test] [--keep] [--no-stress] [--no-36-months]
import './env.ts';
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { BUDGET, measureSite, sizeReport } from '../src/tools/size/site-size-fs.ts';

const { values } = parseArgs({
  options: {
    profile: { type: 'string', default: 'country' },
    keep: { type: 'boolean', default: false },
    'no-stress': { type: 'boolean', default: false },
    'no-36-months': { type: 'boolean', default: false },
  },
});
process.env.MINHBACH_CARD_CACHE = join(tmpdir(), `minhbach-bench-cards-${process.pid}`); // a cold cache: every card is drawn
const work = mkdtempSync(join(tmpdir(), 'minhbach-bench-'));
const data = join(work, 'data');
const out = join(work, 'dist');
if (existsSync('data/tasks')) cpSync('data/tasks', join(data, 'tasks'), { recursive: true });

function countFiles(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    files++;
    bytes += statSync(join(e.parentPath, e.name)).size;
  }
  return { files, bytes };
}

const rows: { phase: string; seconds: number; peakMb: number; note: string }[] = [];
let lastStdout = '';
function phase(
  name: string,
  script: string,
  args: string[],
  note: () => string,
  env: Record<string, string> = {},
): void {
  const rss = join(work, `${name}.rss`);
  const started = performance.now();
  const r = spawnSync(process.execPath, ['--import', './scripts/bench-rss.ts', script, ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: {
      ...process.env,
      MINHBACH_DATA: data,
      MINHBACH_OUT: out,
      MINHBACH_BENCH_RSS: rss,
      ...env,
    },
    encoding: 'utf8',
  });
  const seconds = (performance.now() - started) / 1000;
  if (r.status !== 0) {
    console.error(r.stdout);
    throw new Error(`${name} failed (exit ${r.status})`);
  }
  lastStdout = r.stdout;
  const peakKb = Math.max(...readFileSync(rss, 'utf8').trim().split('\n').map(Number));
  rows.push({ phase: name, seconds, peakMb: peakKb / 1024, note: note() });
}

phase(
  'generate',
  'scripts/generate-sample.ts',
  ['--profile', values.profile, '--out', data],
  () => {
    const { files, bytes } = countFiles(join(data, 'exports'));
    return `${files} export files, ${(bytes / 1048576).toFixed(0)} MB`;
  },
);
let rowsChecked = '';
phase(
  'validate',
  'scripts/validate.ts',
  ['--data', data, '--json', join(work, 'report.json')],
  () => {
    const report = JSON.parse(readFileSync(join(work, 'report.json'), 'utf8')) as {
      rows: number;
      errors: number;
    };
    rowsChecked = `${report.rows.toLocaleString('en')} rows`;
    return `${rowsChecked}, ${report.errors} errors`;
  },
);
/** Pages and bytes of the built site. */
function site(dir = out): { html: number; bytes: number } {
  const html = readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.html'));
  return { html: html.length, bytes: countFiles(dir).bytes };
}
phase('build', 'scripts/build.ts', [], () => {
  const { html, bytes } = site();
  return `${html} pages, ${(bytes / 1048576).toFixed(0)} MB`;
});
const cardsLine =
  /share cards: (\d+), drawn (\d+), from cache (\d+), in ([\d.]+) s(?: \(([\d.]+) ms\/card wall, (\d+) workers)?/;
const cards = cardsLine.exec(lastStdout);
// The same build again (--force: a new publication of the same data): every card comes from the
// cache, so the difference is what drawing them costs the build.
phase('rebuild', 'scripts/build.ts', ['--force'], () => {
  const again = cardsLine.exec(lastStdout);
  return again ? `same data: ${again[2]} cards drawn, ${again[3]} from the cache` : '(no figure)';
});
const [cold, warm] = rows.slice(-2).map((r) => r.seconds) as [number, number];
/** Every file of the publications with its size and modification time: what a run changed. */
const state = () =>
  readdirSync(`${out}.publications`, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name !== 'lock')
    .map((e) => {
      const s = statSync(join(e.parentPath, e.name));
      return `${join(e.parentPath, e.name)} ${s.size} ${s.mtimeMs}`;
    })
    .sort()
    .join('\n');
const before = state();
const liveBefore = readlinkSync(out);
// Publishing the same data again: nothing new, no file touched, no card drawn.
phase('republish', 'scripts/build.ts', [], () => {
  const same = state() === before && readlinkSync(out) === liveBefore;
  const nothing = /nothing new/.test(lastStdout) && !cardsLine.test(lastStdout);
  return same && nothing
    ? 'unchanged data: nothing new, no file changed, no card drawn'
    : 'CHANGED FILES (unexpected)';
});
const mb = (path: string) => (statSync(join(out, path)).size / 1048576).toFixed(1);
const gz = (path: string) => (gzipSync(readFileSync(join(out, path))).length / 1024).toFixed(1);
const commune = readdirSync(join(out, 'don-vi/quang-ngai'), { withFileTypes: true }).find((e) =>
  e.isDirectory(),
)!.name;
const extras = [
  cards?.[5]
    ? `share cards: ${cards[1]} drawn with a cold cache in ${cards[4]} s from the first to the last = ${cards[5]} ms/card wall (budget: 12) on ${cards[6]} workers, one core left to Astro until the pages are built; they add ${(cold - warm).toFixed(1)} s to the build = ${(((cold - warm) * 1000) / Number(cards[2])).toFixed(1)} ms/card`
    : 'share cards: (no figure)',
  `search index: ${gz('search-index.json')} KB gzipped (the first query's transfer besides the page), then ${gz('search-index-former.json')} KB of former names`,
  `publication: ${(site().bytes / 1048576).toFixed(0)} MB (the zip of its data ${mb(`cong-bo/${readlinkSync(out).split('/').pop()}/minh-bach-${readlinkSync(out).split('/').pop()}.zip`)} MB, quan-sat.parquet ${mb('tai-ve/quan-sat.parquet')} MB); all kept publications and records ${(countFiles(`${out}.publications`).bytes / 1048576).toFixed(0)} MB`,
  `commune page /don-vi/quang-ngai/${commune}/: ${gz(`don-vi/quang-ngai/${commune}/index.html`)} KB gzipped`,
];
const size16 = measureSite(out);
extras.push(`site size at 16 months (npm run size):\n\n${sizeReport(size16).join('\n')}\n`);
if (values.profile === 'country' && !values['no-36-months']) {
  // The same country three years in: 36 months of reports. The budget holds the site's growth
  // per month of data, besides what each publication keeps.
  const data36 = join(work, 'data-36');
  const out36 = join(work, 'dist-36');
  const env = { MINHBACH_DATA: data36, MINHBACH_OUT: out36 };
  phase(
    'generate 36 months',
    'scripts/generate-sample.ts',
    ['--profile', values.profile, '--out', data36, '--published-at', '2028-06-21'],
    () => 'the country published at 21/06/2028',
    env,
  );
  phase('build 36 months', 'scripts/build.ts', [], () => `${site(out36).html} pages`, env);
  const size36 = measureSite(out36);
  const perMonth = (size36.bytes - size16.bytes) / 20;
  extras.push(
    `site size at 36 months: ${(size36.bytes / 1e6).toFixed(0)} MB (${(perMonth / 1e6).toFixed(1)} MB more per month of data than at 16 months; with ${BUDGET.keep} publications kept ${(size36.projected / 1e6).toFixed(0)} MB; a new monthly publication adds about ${((perMonth + size36.keptPerPublication) / 1e6).toFixed(1)} MB, budget ${BUDGET.perPublicationBytes / 1e6} MB):\n\n${sizeReport(size36).join('\n')}\n`,
  );
  rmSync(out36, { recursive: true, force: true });
  rmSync(`${out36}.publications`, { recursive: true, force: true });
}
if (values.profile === 'country' && !values['no-stress']) {
  phase(
    'generate stress',
    'scripts/generate-sample.ts',
    ['--profile', 'stress', '--out', data],
    () => 'the country, every value revised once, a third twice',
  );
  phase(
    'validate stress',
    'scripts/validate.ts',
    ['--data', data, '--json', join(work, 'report.json')],
    () => {
      const report = JSON.parse(readFileSync(join(work, 'report.json'), 'utf8')) as {
        rows: number;
        errors: number;
      };
      return `${report.rows.toLocaleString('en')} rows, ${report.errors} errors`;
    },
  );
  // The stress rows alone (a first publication, new cards drawn), then published after the
  // country as a scheduled run would: every report compared with the previous publication.
  const alone = join(work, 'dist-stress');
  phase(
    'build stress',
    'scripts/build.ts',
    [],
    () => `${site(alone).html} pages from the stress rows, a first publication`,
    { MINHBACH_OUT: alone },
  );
  phase('publish stress', 'scripts/build.ts', [], () => {
    const diff = /since \S+: (\d+) new reports, (\d+) revised, (\d+) altered, (\d+) removed/.exec(
      lastStdout,
    );
    const n = (i: number) => Number(diff![i]).toLocaleString('en');
    return diff
      ? `the stress rows published after the country: ${n(1)} new reports, ${n(2)} revised, ${n(3)} altered, ${n(4)} withdrawn`
      : '(no figure)';
  });
}

console.log(
  `\nMinh Bạch benchmark — profile ${values.profile}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}\n`,
);
console.log('| phase | wall time | peak memory | what |');
console.log('| --- | ---: | ---: | --- |');
for (const r of rows)
  console.log(`| ${r.phase} | ${r.seconds.toFixed(1)} s | ${r.peakMb.toFixed(0)} MB | ${r.note} |`);
console.log('');
for (const e of extras) console.log(`- ${e}`);
if (values.keep) console.log(`\nkept in ${work}`);
else rmSync(work, { recursive: true, force: true });
rmSync(process.env.MINHBACH_CARD_CACHE, { recursive: true, force: true });
