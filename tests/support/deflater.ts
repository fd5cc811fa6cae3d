import { crc32, deflateRawSync } from 'node:zlib';
import type { Deflater } from '../../src/lib/downloads/zip.ts';

/** The build's deflater (node:zlib), for tests that make zips and workbooks. */
export const deflater: Deflater = {
  deflateRaw: (data) => deflateRawSync(data, { level: 6 }),
  crc32: (data) => crc32(data),
};
