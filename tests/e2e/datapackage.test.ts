import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { DIST } from './harness.ts';

// datapackage.json of the built site against the official Tabular Data Package profile (v1,
// vendored in tests/support/schemas with its source), and every size and hash it states.
const dir = join(DIST, 'tai-ve');
const pkg = JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8'));
const profile = JSON.parse(readFileSync('tests/support/schemas/tabular-data-package.json', 'utf8'));

describe('datapackage.json', () => {
  it('is valid against the official Tabular Data Package schema', () => {
    // A schema given as a path is read first, as the Frictionless libraries do before they validate.
    const resolved = {
      ...pkg,
      resources: pkg.resources.map((r: { schema: unknown }) =>
        typeof r.schema === 'string'
          ? { ...r, schema: JSON.parse(readFileSync(join(dir, r.schema), 'utf8')) }
          : r,
      ),
    };
    const ajv = new Ajv({ allErrors: true, strict: false });
    const valid = ajv.validate(profile, resolved);
    expect(ajv.errors?.slice(0, 5) ?? [], JSON.stringify(ajv.errors?.slice(0, 5))).toEqual([]);
    expect(valid).toBe(true);
  });

  it('has a stable name, a URI id, licences, sources and contributors', () => {
    expect(pkg.name).toBe('minh-bach-du-lieu-mau');
    expect(pkg.id).toMatch(/^tag:[a-z0-9.-]+,\d{4}:.+\/cong-bo\/\d{8}-\d{6}\/datapackage$/);
    expect(pkg.id).toContain(pkg.version);
    expect(pkg.licenses).toEqual([
      {
        name: 'CC-BY-4.0',
        path: 'https://creativecommons.org/licenses/by/4.0/',
        title: 'Creative Commons Attribution 4.0 International',
      },
    ]);
    expect(pkg.sources[0].title).toBeTruthy();
    expect(pkg.contributors[0].role).toBe('publisher');
    expect(pkg).not.toHaveProperty('publisher');
  });

  it('states the size and SHA-256 of every file, the BOM of the CSVs, and describes the Parquet files', () => {
    const formats = new Set<string>();
    for (const r of pkg.resources) {
      const bytes = readFileSync(join(dir, r.path));
      expect(r.bytes, r.path).toBe(bytes.length);
      expect(r.hash, r.path).toBe(`sha256:${createHash('sha256').update(bytes).digest('hex')}`);
      formats.add(r.format);
      if (r.format === 'csv') {
        expect([...bytes.subarray(0, 3)], r.path).toEqual([0xef, 0xbb, 0xbf]);
        expect(r.encoding).toBe('utf-8-sig');
        expect(r.dialect.bom).toBe(true);
      } else expect(bytes.subarray(0, 4).toString(), r.path).toBe('PAR1');
    }
    expect([...formats].sort()).toEqual(['csv', 'parquet']);
    const parquet = pkg.resources.filter((r: { format: string }) => r.format === 'parquet');
    expect(parquet.map((r: { path: string }) => r.path).sort()).toEqual([
      'quan-sat.parquet',
      'thay-doi.parquet',
      'trang-thai.parquet',
    ]);
  });
});
