import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The publication rules, run as a data officer would: the real build script on a small dataset.
const work = mkdtempSync(join(tmpdir(), 'mb-publication-'));
const data = join(work, 'data');
const out = join(work, 'dist');
const env = { ...process.env, MINHBACH_DATA: data, MINHBACH_OUT: out };
const run = (script: string, ...args: string[]) =>
  spawnSync(process.execPath, [script, ...args], { env, encoding: 'utf8' });

describe('publication', { timeout: 180_000 }, () => {
  it('publishes a good build, refuses a bad one without touching it, and can publish valid rows with the rejects listed', () => {
    expect(run('scripts/generate-sample.ts', '--profile', 'test', '--out', data).status).toBe(0);
    cpSync('data/tasks/31.csv', join(data, 'tasks/31.csv'));
    const good = run('scripts/build.ts');
    expect(good.status, good.stderr).toBe(0);
    const published = statSync(join(out, 'index.html')).mtimeMs;

    // A data officer sends bad rows: percent above 100 for Ngọk Bay, a formula in a note, and a
    // commune code that is not in the registry.
    writeFileSync(
      join(data, 'exports/51/2026-10-bo-sung.csv'),
      'Mã đơn vị,Mã chỉ tiêu,Kỳ báo cáo,Giá trị,Ngày báo cáo,Nguồn,Ghi chú\n23317,dossiers-fully-online,10/2026,120,15/11/2026,Hệ thống TTHC,=1+1\n51999,dossiers-fully-online,10/2026,50,15/11/2026,Hệ thống TTHC,\n',
    );
    const refused = run('scripts/build.ts');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(
      'exports/51/2026-10-bo-sung.csv:2:[Giá trị] LỖI/ERROR PERCENT_RANGE',
    );
    expect(refused.stderr).toContain('the previous publication');
    expect(statSync(join(out, 'index.html')).mtimeMs).toBe(published);

    const partial = run('scripts/build.ts', '--publish-valid-rows');
    expect(partial.status, partial.stderr).toBe(0);
    const quality = readFileSync(join(out, 'chat-luong-du-lieu/quang-ngai/index.html'), 'utf8');
    expect(quality).toContain('PERCENT_RANGE');
    expect(quality).toContain('exports/51/2026-10-bo-sung.csv:2');
    expect(quality).toContain('TEXT_SUSPICIOUS');
    // Rows of a unit the registry lacks belong to no unit page: the national page lists them.
    const national = readFileSync(join(out, 'chat-luong-du-lieu/index.html'), 'utf8');
    expect(national).toContain('exports/51/2026-10-bo-sung.csv:3');
    expect(national).toMatch(/UNIT_UNKNOWN[\s\S]*51999/);
  });
});
