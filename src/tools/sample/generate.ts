import Papa from 'papaparse';
import type { Dataset } from '../../lib/schema/dataset.ts';
import type { Indicator } from '../../lib/schema/indicator.ts';
import type { Plan } from '../../lib/schema/plan.ts';
import { sampleRows } from './observations.ts';
import { PROVINCES } from './provinces.ts';
import { seeded } from './random.ts';
import { sampleUnits, type Profile } from './units.ts';
import { exportFiles } from './write-exports.ts';

export interface SampleOptions {
  profile: Profile;
  seed: number;
  /** Publication date of the sample; status is judged as of this day. */
  publishedAt: string;
  siteUrl: string;
}

/** Builds the whole sample dataset in memory: file path (relative to the data folder) → content. */
export function generateSample(
  indicators: readonly Indicator[],
  plans: readonly Plan[],
  options: SampleOptions,
): Map<string, string> {
  const rnd = seeded(options.seed);
  const units = sampleUnits(options.profile, rnd);
  const files = new Map<string, string>();
  const dataset: Dataset = {
    title: 'Minh Bạch: tiến độ chuyển đổi số (dữ liệu mẫu)',
    publisher: 'Dự án Minh Bạch (dữ liệu mẫu, không phải số liệu thật)',
    sample: true,
    publishedAt: options.publishedAt,
    siteUrl: options.siteUrl,
    generator: { profile: options.profile, seed: options.seed },
  };
  files.set('dataset.json', `${JSON.stringify(dataset, null, 2)}\n`);
  files.set(
    'units.csv',
    `${Papa.unparse({
      fields: ['Mã đơn vị', 'Tên đơn vị', 'Cấp', 'Loại', 'Mã tỉnh', 'Tên cũ', 'Đường dẫn'],
      data: units.map((u) => [
        u.code,
        u.name,
        u.level,
        u.type,
        u.parent ?? '',
        u.formerNames.join('|'),
        u.slug,
      ]),
    })}\n`,
  );
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
