import { jsonDownload } from '../downloads/sample.ts';
import type { Model } from '../model/types.ts';
import type { ChangeRow } from '../schema/download.ts';
import { REPORT_FIELDS, type ReportChange, type ReportField } from './changes.ts';

const isReportField = (f: string): f is ReportField =>
  (REPORT_FIELDS as readonly string[]).includes(f);

/** A report change as a row of thay-doi.csv and thay-doi.parquet. */
export const changeRow = (c: ReportChange): ChangeRow => ({
  kind: c.kind,
  unit: c.unit,
  indicator: c.indicator,
  period: c.period,
  value: c.now?.value ?? null,
  reportedAt: c.now?.reportedAt ?? null,
  source_file: c.now?.source.file ?? null,
  source_row: c.now?.source.row ?? null,
  previous_value: c.before?.value ?? null,
  previous_reportedAt: c.before?.reportedAt ?? null,
  previous_source_file: c.before?.source.file ?? null,
  previous_source_row: c.before?.source.row ?? null,
  changed_fields: c.fields ? c.fields.join(' ') : null,
});

/** A row of thay-doi.parquet back as a report change (for the feeds of the next builds). */
export function changeFromRow(r: Record<string, unknown>): ReportChange {
  const side = (prefix: string) =>
    r[`${prefix}value`] === undefined
      ? undefined
      : {
          value: r[`${prefix}value`] as number,
          reportedAt: r[`${prefix}reportedAt`] as string,
          source: {
            file: r[`${prefix}source_file`] as string,
            row: r[`${prefix}source_row`] as number,
          },
        };
  const now = side('');
  const before = side('previous_');
  // Publications before this column existed have none: their lines say both values only.
  const fields = typeof r.changed_fields === 'string' ? r.changed_fields.split(' ') : undefined;
  return {
    kind: r.kind as ReportChange['kind'],
    unit: r.unit as string,
    indicator: r.indicator as string,
    period: r.period as string,
    ...(now ? { now } : {}),
    ...(before ? { before } : {}),
    ...(fields ? { fields: fields.filter(isReportField) } : {}),
  };
}

/**
 * thay-doi.json: what changed since the previous publication: the counts, every status change
 * and every task change; the report changes (both values, report dates and source rows) are in
 * thay-doi.csv and thay-doi.parquet beside it, as they can run to hundreds of thousands.
 */
export function changesFile(model: Model): string {
  const pub = model.publication!;
  return jsonDownload(
    {
      id: pub.entry.id,
      publishedAt: pub.entry.publishedAt,
      previous: pub.entry.previous ?? null,
      counts: pub.entry.changes,
      reports: 'thay-doi.csv, thay-doi.parquet',
      statuses: pub.changes?.statuses ?? [],
      tasks: pub.changes?.tasks ?? [],
      moved: pub.changes?.moved ?? 0,
    },
    model.dataset.sample,
  );
}
