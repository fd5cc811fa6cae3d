import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { IN_ZIP_ONLY } from '../../src/lib/downloads/datapackage.ts';
import { DIST } from './harness.ts';

// datapackage.json of the built site against the official Tabular Data Package profile (v1,
// vendored in tests/support/schemas with its source), and every size and hash it states.
const dir = join(DIST, 'tai-ve');
const pkg = JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8'));
const profile = JSON.parse(readFileSync('tests/support/schemas/tabular-data-package.json', 'utf8'));

describe('datapackage.json', { timeout: 60_000 }, () => {
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
    // The package's root is the publication's zip; the site carries every file but those it
    // describes as in the zip only (the per-indicator CSVs).
    const zip = unzipSync(
      readFileSync(join(DIST, `cong-bo/${pkg.version}/minh-bach-${pkg.version}.zip`)),
    );
    const formats = new Set<string>();
    const zipOnly: string[] = [];
    for (const r of pkg.resources) {
      const onSite = existsSync(join(dir, r.path));
      if (!onSite) zipOnly.push(r.path);
      expect(onSite, r.path).toBe(r.description !== IN_ZIP_ONLY);
      const bytes = Buffer.from(zip[r.path]!);
      if (onSite) expect(readFileSync(join(dir, r.path)).equals(bytes), r.path).toBe(true);
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
    expect(zipOnly.length).toBeGreaterThan(0);
    expect(
      zipOnly.every((p) => p.startsWith('chi-tieu/')),
      zipOnly.join(' '),
    ).toBe(true);
    const parquet = pkg.resources.filter((r: { format: string }) => r.format === 'parquet');
    expect(parquet.map((r: { path: string }) => r.path).sort()).toEqual([
      'quan-sat.parquet',
      'thay-doi.parquet',
      'trang-thai.parquet',
    ]);
  });
});
