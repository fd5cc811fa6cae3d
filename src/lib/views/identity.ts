import type { Dataset } from '../schema/dataset.ts';

/**
 * The dataset's permanent identifier, a tag: URI (RFC 4151) that stays when the site moves:
 * `id` from dataset.json, else one made from the site's host and path with the year reporting
 * began (set `id` before moving the site, to keep feed and package ids).
 */
export function datasetId(dataset: Dataset): string {
  if (dataset.id) return dataset.id;
  const url = new URL(dataset.siteUrl);
  const name = url.pathname.replace(/^\/|\/$/g, '') || 'minh-bach';
  return `tag:${url.hostname},2025:${name}`;
}

/** A permanent id under the dataset's: ("thay-doi") → "tag:example.org,2026:minh-bach/thay-doi". */
export const tagUri = (dataset: Dataset, name: string): string =>
  `${datasetId(dataset).replace(/\/$/, '')}/${name}`;
