import { jsonDownload } from '../downloads/sample.ts';
import type { Model } from '../model/types.ts';
import type { ChangeRow } from '../schema/download.ts';
import { keptFiles } from '../downloads/files.ts';
import { publicationFile, zipName } from '../views/paths.ts';
import { REPORT_FIELDS, type ReportChange, type ReportField, type Snapshot } from './changes.ts';

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
    model.dataset,
  );
}

/** The record of a publication, kept at /cong-bo/<id>/ beside its data and in the history. */
export const RECORD_NAMES = ['entry.json', 'tasks.json', 'ledger.json'];

/**
 * entry.json (what the next runs know of it), tasks.json (its tasks' states, to tell the next
 * one what was completed or became overdue) and ledger.json (every published value no longer in
 * the data): published with the publication, listed in its manifest, so that the live site alone
 * is enough to rebuild its history.
 */
export function recordFiles(model: Model, snapshot: Snapshot): [path: string, content: string][] {
  const { entry, ledger } = model.publication!;
  return [
    [publicationFile(entry.id, 'entry.json'), `${JSON.stringify(entry, null, 1)}\n`],
    [
      publicationFile(entry.id, 'tasks.json'),
      jsonDownload({ publication: entry.id, tasks: snapshot.tasks }, model.dataset, true),
    ],
    [
      publicationFile(entry.id, 'ledger.json'),
      jsonDownload({ publication: entry.id, ledger }, model.dataset, true),
    ],
  ];
}

/**
 * The files of a publication kept for good, both in history/<id>/ and on the site at
 * /cong-bo/<id>/: its manifest, data, changes, archive, and its record (entry, tasks, ledger).
 * The site's copy alone is enough to rebuild the history (see restore-fs.ts). Its changes page
 * beside them is drawn again by every build, in the site's current look.
 */
export const keptNames = (id: string): string[] => [
  'manifest.json',
  ...keptFiles(id).map(([, kept]) => kept.slice(kept.lastIndexOf('/') + 1)),
  zipName(id),
  ...RECORD_NAMES,
];
