import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';

const chunk = Buffer.allocUnsafe(1 << 20);

/** A file's size and SHA-256, read through one reused buffer (a site is about a gigabyte). */
export function hashFile(path: string): { bytes: number; sha256: string } {
  const hash = createHash('sha256');
  const fd = openSync(path, 'r');
  let bytes = 0;
  try {
    for (let n: number; (n = readSync(fd, chunk, 0, chunk.length, null)) > 0; bytes += n)
      hash.update(chunk.subarray(0, n));
  } finally {
    closeSync(fd);
  }
  return { bytes, sha256: hash.digest('hex') };
}
