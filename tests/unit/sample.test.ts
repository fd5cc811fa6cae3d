import { createHash } from 'node:crypto';
import { mkdtempSync, mkdirSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCollection } from '../../src/lib/ingest/content-fs.ts';
import { loadInputs } from '../../src/lib/ingest/load-fs.ts';
import { indicatorSchema } from '../../src/lib/schema/indicator.ts';
import { planSchema } from '../../src/lib/schema/plan.ts';
import { generateSample } from '../../src/tools/sample/generate.ts';
import { sampleUnits } from '../../src/tools/sample/units.ts';
import { seeded } from '../../src/tools/sample/random.ts';
import { dueDate, resolveRegime } from '../../src/lib/model/timeliness.ts';
import { indexPlans } from '../../src/lib/model/targets.ts';
import { officialUnits } from '../fixtures/registry.ts';

const indicators = readCollection('content/indicators', indicatorSchema, '.').entries.map((e) => ({
  id: e.id,
  ...e.data,
}));
const plans = readCollection('content/plans', planSchema, '.').entries.map((e) => ({
  id: e.id,
  ...e.data,
}));
const options = {
  profile: 'test',
  seed: 7,
  publishedAt: '2026-11-21',
  siteUrl: 'https://example.org',
} as const;
const digest = (files: Map<string, string>) =>
  createHash('sha256')
    .update(JSON.stringify([...files]))
    .digest('hex');

describe('sample generator', { timeout: 30_000 }, () => {
  it('is deterministic: the same seed gives the same files, another seed different ones', () => {
    expect(digest(generateSample(indicators, plans, options))).toBe(
      digest(generateSample(indicators, plans, options)),
    );
    expect(digest(generateSample(indicators, plans, { ...options, seed: 8 }))).not.toBe(
      digest(generateSample(indicators, plans, options)),
    );
  });

  it('has the country in realistic numbers, with the seed communes under their real names', () => {
    const units = sampleUnits('country', seeded(2025));
    const communes = units.filter((u) => u.level === 'commune');
    expect(units.filter((u) => u.level === 'province')).toHaveLength(34);
    expect(communes).toHaveLength(3321);
    expect(communes.filter((u) => u.parent === '22')).toHaveLength(54);
    expect(communes.filter((u) => u.parent === '31')).toHaveLength(114);
    for (const [code, name, parent] of [
      ['23317', 'Xã Ngọk Bay', '51'],
      ['25363', 'Phường Đồng Phú', '75'],
      ['17605', 'Xã Hợp Minh', '40'],
    ])
      expect(communes.find((u) => u.code === code)).toMatchObject({ name, parent });
    // Synthetic names cannot pass for real ones.
    expect(
      communes
        .filter((u) => !['23317', '25363', '17605'].includes(u.code))
        .every((u) => u.name.includes(' Mẫu ')),
    ).toBe(true);
  });

  it('validates cleanly and has the spread the pages need', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mb-sample-'));
    for (const [path, content] of generateSample(indicators, plans, options)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), content);
    }
    cpSync('data/tasks/31.csv', join(dir, 'tasks/31.csv'));
    const result = loadInputs({ dataDir: dir, contentDir: 'content' });
    expect(result.diagnostics.filter((i) => i.severity === 'error')).toEqual([]);
    const obs = result.inputs!.observations;
    // Late only under a regime a plan sets (Quảng Ninh and its communes, the seed communes).
    const byUnit = indexPlans(plans).byUnit;
    const unitOf = new Map(result.inputs!.units.map((u) => [u.code, u]));
    const late = obs.filter((o) => {
      const due = dueDate(o.period, resolveRegime(unitOf.get(o.unit)!, byUnit));
      return due !== undefined && o.reportedAt > due;
    });
    expect(obs.length).toBeGreaterThan(10000);
    expect(late.length).toBeGreaterThan(0);
    const units = new Set(obs.map((o) => o.unit));
    // Units that never report: synthetic communes only (the country profile test checks them).
    expect(units.size).toBeLessThanOrEqual(result.inputs!.units.length);
    expect(obs.some((o) => o.note === 'Điều chỉnh số liệu sau rà soát')).toBe(true); // revisions
    expect(result.inputs!.dataset.sample).toBe(true);
  });

  it('--registry official: the shipped registry instead of "Mẫu" communes, validating cleanly', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mb-official-'));
    const files = generateSample(indicators, plans, { ...options, registry: officialUnits() });
    for (const [path, content] of files) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), content);
    }
    const result = loadInputs({ dataDir: dir, contentDir: 'content' });
    expect(result.diagnostics.filter((i) => i.severity === 'error')).toEqual([]);
    const units = result.inputs!.units;
    const communes = units.filter((u) => u.level === 'commune');
    expect(units.filter((u) => u.level === 'province')).toHaveLength(34);
    expect(communes.every((u) => !u.name.includes('Mẫu'))).toBe(true);
    expect(communes.find((u) => u.code === '25363')).toMatchObject({
      name: 'Phường Đồng Phú',
      formerDistricts: ['Huyện Đồng Phú'],
    });
    expect(
      Math.max(
        ...Map.groupBy(communes, (u) => u.parent!)
          .values()
          .map((l) => l.length),
      ),
    ).toBe(3);
  });
});
