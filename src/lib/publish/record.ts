import { jsonDownload } from '../downloads/sample.ts';
import type { Model } from '../model/types.ts';

/**
 * thay-doi.json: every change of this publication since the previous one, report by report
 * (both values, both report dates, both source rows), status by status and task by task.
 * Published at /tai-ve/thay-doi.json and kept for good beside the publication's page; the next
 * builds read it back for the feeds.
 */
export function changesFile(model: Model): string {
  const pub = model.publication!;
  return jsonDownload(
    {
      id: pub.entry.id,
      publishedAt: pub.entry.publishedAt,
      previous: pub.entry.previous ?? null,
      counts: pub.entry.changes,
      changes: pub.changes,
    },
    model.dataset.sample,
  );
}
