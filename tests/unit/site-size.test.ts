import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUDGET, measureSite, sizeReport } from '../../src/tools/size/site-size-fs.ts';

function site(files: Record<string, number | string>): string {
  const root = mkdtempSync(join(tmpdir(), 'mb-size-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), typeof content === 'string' ? content : 'x'.repeat(content));
  }
  return root;
}

describe('the site size measurement', () => {
  it('sorts every file into its part, and projects the kept publications', () => {
    const root = site({
      'don-vi/a/xa-b/index.html': 1000,
      'don-vi/a/index.html': 500,
      'the/don-vi/a.png': 300,
      'tai-ve/don-vi/22.csv': 200,
      'tai-ve/manifest.json': JSON.stringify({ id: 'p2' }),
      'cong-bo/p2/index.html': 50,
      'cong-bo/p2/minh-bach-p2.zip': 4000,
      'cong-bo/p2/manifest.json': 100,
      'cong-bo/p1/manifest.json': 100,
    });
    const size = measureSite(root);
    const part = (name: string) => size.parts.find((p) => p.name === name)?.bytes;
    expect(part('commune pages')).toBe(1000);
    expect(part('province and unit index pages')).toBe(500);
    expect(part('share cards')).toBe(300);
    expect(part('per-unit downloads')).toBe(200);
    expect(part('zip archives (live)')).toBe(4000);
    expect(part('kept publication files')).toBe(200);
    expect(size.largest).toEqual({ path: 'cong-bo/p2/minh-bach-p2.zip', bytes: 4000 });
    // The live publication's zip is not carried by the next ones: it is not kept on the site.
    expect(size.keptPerPublication).toBe(100);
    // Two publications kept so far: three more, each keeping as much as the live one.
    expect(size.projected).toBe(size.bytes + (BUDGET.keep - 2) * 100);
    expect(sizeReport(size).join('\n')).toMatch(/\| commune pages \| 0\.0 MB \| 1 \|/);
  });
});
