import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DIST } from './harness.ts';

// The site the README's first command built passes `npm run verify` as it stands: every file its
// manifest lists, and the chain. (Damaged copies and zips: tests/e2e/record.test.ts.)
describe('npm run verify on the built site', () => {
  it('checks every file of the manifest and finds them all intact', { timeout: 180_000 }, () => {
    expect(existsSync(`${DIST}/tai-ve/manifest.json`)).toBe(true);
    const r = spawnSync(process.execPath, ['scripts/verify.ts', DIST], { encoding: 'utf8' });
    expect(r.status, `${r.stdout}${r.stderr}`).toBe(0);
    const files = Number(/files in the manifest: (\d+)/.exec(r.stdout)?.[1]);
    expect(files).toBeGreaterThan(1000);
    expect(r.stdout).toContain(`checked: ${files} of ${files} match`);
    expect(r.stdout).toContain('RESULT: OK');
  });
});
