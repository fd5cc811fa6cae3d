import type { z } from 'zod';
import { SAMPLE_VALUE } from '../schema/download.ts';
import type { Observation } from '../schema/observation.ts';
import { SAMPLE_COLUMN, tableFields, type TableField } from './table-schema.ts';

export type ParquetType = 'string' | 'double' | 'int' | 'date' | 'boolean';

/** A column of a Parquet download: its name (as in the CSV), type, and how to read it from a row. */
export interface ParquetColumn<T> {
  name: string;
  type: ParquetType;
  /** Null allowed. */
  optional?: boolean;
  get: (row: T) => string | number | boolean | null | undefined;
}

/**
 * Writes rows as Parquet (handed in: the compressor lives outside src/lib's pure modules);
 * `toRow` turns each item into its row as it is read, so the rows never all exist at once.
 */
export type ParquetEncoder = <T, S = T>(
  items: readonly S[],
  columns: readonly ParquetColumn<T>[],
  metadata?: Record<string, string>,
  toRow?: (item: S) => T,
) => Uint8Array;

/** Parquet columns of a download, generated from its zod schema (as its CSV and Table Schema). */
export function parquetColumns<T extends object>(
  schema: z.ZodObject,
  sample: boolean,
): ParquetColumn<T>[] {
  return tableFields(schema, sample).map((f) => ({
    name: f.name,
    type: TYPES[f.type],
    optional: !f.constraints?.required,
    get:
      f.name === SAMPLE_COLUMN
        ? () => SAMPLE_VALUE
        : (row: T) => (row as Record<string, string | number | boolean | null>)[f.name],
  }));
}

const TYPES: Record<TableField['type'], ParquetType> = {
  string: 'string',
  yearmonth: 'string',
  date: 'date',
  number: 'double',
  integer: 'int',
  boolean: 'boolean',
};

/** A row of quan-sat.parquet back as an observation (for comparing with the next publication). */
export function observationFromParquet(r: Record<string, unknown>): Observation {
  const o: Observation = {
    unit: r.unit as string,
    indicator: r.indicator as string,
    period: r.period as string,
    value: r.value as number,
    reportedAt: r.reportedAt as string,
    source: r.source as string,
    from: { file: r.source_file as string, row: r.source_row as number },
  };
  if (r.doneOn !== undefined) o.doneOn = r.doneOn as string;
  if (r.numerator !== undefined) o.numerator = r.numerator as number;
  if (r.denominator !== undefined) o.denominator = r.denominator as number;
  if (r.note !== undefined) o.note = r.note as string;
  return o;
}
