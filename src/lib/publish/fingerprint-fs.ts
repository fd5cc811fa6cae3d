import { createHash } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { hashFile } from './hash-fs.ts';
import type { Fingerprint } from './publication.ts';

/** SHA-256 of every file below the given paths: relative name and content, in name order. */
function hashTree(roots: readonly string[], base: string): string {
  const files: string[] = [];
  for (const root of roots) {
    if (!existsSync(root)) continue;
    if (statSync(root).isFile()) files.push(root);
    else
      for (const e of readdirSync(root, { recursive: true, withFileTypes: true }))
        if (e.isFile()) files.push(join(e.parentPath, e.name));
  }
  const hash = createHash('sha256');
  for (const file of files.map((f) => relative(base, f).split(sep).join('/')).sort()) {
    hash.update(`${file}\0`);
    hash.update(Buffer.from(hashFile(join(base, file)).sha256, 'hex'));
  }
  return hash.digest('hex');
}

/**
 * What a publication is made from: the data folder, and the generator (code, content, lock file
 * and the options that change the output). Two runs with equal fingerprints publish the same site.
 */
export function fingerprint(dataDir: string, options: Record<string, unknown>): Fingerprint {
  const generator = createHash('sha256')
    .update(hashTree(['src', 'content', 'astro.config.mjs', 'package-lock.json'], '.'))
    .update(JSON.stringify(options))
    .digest('hex');
  return { data: hashTree([dataDir], dataDir), generator };
}
