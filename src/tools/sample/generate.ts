import type { Dataset } from '../../lib/schema/dataset.ts';
import type { Indicator } from '../../lib/schema/indicator.ts';
import type { Plan } from '../../lib/schema/plan.ts';
import type { Unit } from '../../lib/schema/unit.ts';
import { unitsToCsv } from '../registry/units-csv.ts';
import { sampleRows } from './observations.ts';
import { PROVINCES } from './provinces.ts';
import { seeded } from './random.ts';
import { officialSample, sampleUnits, type Profile } from './units.ts';
import { exportFiles } from './write-exports.ts';

export interface SampleOptions {
  profile: Profile;
  seed: number;
  /** Publication date of the sample; status is judged as of this day. */
  publishedAt: string;
  siteUrl: string;
  /** The official registry (data/registry/units.csv) instead of synthetic "Mẫu" communes. */
  registry?: readonly Unit[] | undefined;
}

/** Builds the whole sample dataset in memory: file path (relative to the data folder) → content. */
export function generateSample(
  indicators: readonly Indicator[],
  plans: readonly Plan[],
  options: SampleOptions,
): Map<string, string> {
  const rnd = seeded(options.seed);
  const units = options.registry
    ? officialSample(options.registry, options.profile)
    : sampleUnits(options.profile, rnd);
  const files = new Map<string, string>();
  const dataset: Dataset = {
    title: 'Minh Bạch: tiến độ chuyển đổi số (dữ liệu mẫu)',
    publisher: 'Dự án Minh Bạch (dữ liệu mẫu, không phải số liệu thật)',
    sample: true,
    publishedAt: options.publishedAt,
    siteUrl: options.siteUrl,
    // Fixed, not from the site URL: the same sample has the same feed and package ids anywhere.
    id: 'tag:minhbach.example.org,2026:du-lieu-mau',
    license: {
      name: 'CC-BY-4.0',
      title: 'Creative Commons Attribution 4.0 International',
      path: 'https://creativecommons.org/licenses/by/4.0/',
      holder: 'Dự án Minh Bạch (dữ liệu mẫu)',
    },
    generator: { profile: options.profile, seed: options.seed },
  };
  files.set('dataset.json', `${JSON.stringify(dataset, null, 2)}\n`);
  files.set('units.csv', unitsToCsv(units));
  const rows = sampleRows(
    units,
    indicators,
    plans,
    options.publishedAt,
    rnd,
    options.profile === 'stress' ? 1 : 0.01,
  );
  for (const [path, content] of exportFiles(
    rows,
    new Map(units.map((u) => [u.code, u])),
    PROVINCES.map((p) => p.code),
  ))
    files.set(path, content);
  return files;
}
