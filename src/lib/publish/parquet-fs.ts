import { zstdCompressSync, zstdDecompressSync } from 'node:zlib';
import { parquetReadObjects } from 'hyparquet';
import { parquetWriteBuffer } from 'hyparquet-writer';
import type { SchemaElement } from 'hyparquet';
import type { ParquetColumn } from '../downloads/parquet-columns.ts';

/**
 * Parquet tables, written and read in plain JavaScript (hyparquet-writer, hyparquet) with zstd
 * from node:zlib. Measured against DuckDB, NDJSON/CSV with gzip and a columnar JSON of our own
 * (notes/publish/RESEARCH.md): as small as the best (1.7 MB for the country's 580,000 reports),
 * about a second to write or read, no native code, and a standard file journalists can open.
 */

const DAY = 86_400_000;

function element(c: ParquetColumn<never>): SchemaElement {
  const repetition_type = c.optional ? 'OPTIONAL' : 'REQUIRED';
  switch (c.type) {
    case 'string':
      return { name: c.name, type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type };
    case 'double':
      return { name: c.name, type: 'DOUBLE', repetition_type };
    case 'int':
      return { name: c.name, type: 'INT32', repetition_type };
    case 'date':
      return { name: c.name, type: 'INT32', converted_type: 'DATE', repetition_type };
    case 'boolean':
      return { name: c.name, type: 'BOOLEAN', repetition_type };
  }
}

/** Rows → a zstd Parquet file. Keep the rows in a stable order: identical rows, identical bytes. */
export function toParquet<T, S = T>(
  items: readonly S[],
  columns: readonly ParquetColumn<T>[],
  metadata: Record<string, string> = {},
  toRow: (item: S) => T = (item) => item as unknown as T,
): Uint8Array {
  const days = new Map<string, number>();
  const day = (s: unknown) => {
    if (typeof s !== 'string') return null;
    let d = days.get(s);
    if (d === undefined) days.set(s, (d = Date.parse(`${s}T00:00:00Z`) / DAY));
    return d;
  };
  const columnData = columns.map((c) => ({ name: c.name, data: new Array<unknown>(items.length) }));
  for (let i = 0; i < items.length; i++) {
    const row = toRow(items[i]!);
    columns.forEach((c, j) => {
      const v = c.get(row);
      columnData[j]!.data[i] = c.type === 'date' ? day(v) : (v ?? null);
    });
  }
  const buffer = parquetWriteBuffer({
    columnData,
    schema: [
      { name: 'root', num_children: columns.length },
      ...columns.map((c) => element(c as ParquetColumn<never>)),
    ],
    codec: 'ZSTD',
    compressors: { ZSTD: (b: Uint8Array) => new Uint8Array(zstdCompressSync(b)) },
    rowGroupSize: 122_880,
    kvMetadata: Object.entries(metadata).map(([key, value]) => ({ key, value })),
  });
  return new Uint8Array(buffer);
}

/** A Parquet file → plain rows: dates as "yyyy-mm-dd", nulls as undefined. */
export async function fromParquet(bytes: Uint8Array): Promise<Record<string, unknown>[]> {
  const file = bytes.buffer.slice(
    bytes.byteOffset,
    bytes.byteOffset + bytes.byteLength,
  ) as ArrayBuffer;
  const rows = await parquetReadObjects({
    file,
    compressors: { ZSTD: (input: Uint8Array) => new Uint8Array(zstdDecompressSync(input)) },
  });
  const iso = new Map<number, string>();
  for (const row of rows)
    for (const key in row) {
      const v = row[key];
      if (v === null) row[key] = undefined;
      else if (v instanceof Date) {
        const t = v.getTime();
        let s = iso.get(t);
        if (s === undefined) iso.set(t, (s = v.toISOString().slice(0, 10)));
        row[key] = s;
      }
    }
  return rows;
}
