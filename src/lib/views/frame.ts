import type { Dataset } from '../schema/dataset.ts';
import { formatDate } from '../util/format.ts';
import { cardPath, paths } from './paths.ts';

export interface Crumb {
  href: string;
  label: string;
}

/** What the page layout shows around a page: head tags, sample banner, crumbs and footer. */
export interface PageFrame {
  title: string;
  /** The document title: page and site. */
  documentTitle: string;
  description: string;
  /** Canonical path of the page. */
  path: string;
  crumbs: Crumb[];
  /** Share card image path, for pages that have one. */
  card?: string;
  sample: boolean;
  publisher: string;
  /** Publication date, dd/mm/yyyy. */
  publishedAt: string;
  /** Atom feeds of changes for the page's <head>: the national one, and the unit's own. */
  feeds: { href: string; title: string }[];
}

export interface FrameInput {
  title: string;
  description: string;
  path: string;
  crumbs?: Crumb[];
  /** The page has a share card (at cardPath(path)). */
  card?: boolean;
  /** The page's own Atom feed of changes (unit pages). */
  feed?: { href: string; title: string };
}

export function pageFrame(dataset: Dataset, page: FrameInput): PageFrame {
  return {
    title: page.title,
    documentTitle: `${page.title} · ${dataset.title}`,
    description: page.description,
    path: page.path,
    crumbs: page.crumbs ?? [],
    ...(page.card ? { card: cardPath(page.path) } : {}),
    sample: dataset.sample,
    publisher: dataset.publisher,
    publishedAt: formatDate(dataset.publishedAt),
    feeds: [
      ...(page.feed ? [page.feed] : []),
      { href: paths.feed, title: 'Thay đổi qua các lần công bố (toàn quốc)' },
    ],
  };
}

/** What the frame of a chart-only page for iframes shows. */
export interface EmbedFrame {
  title: string;
  /** The full page the chart comes from. */
  page: string;
  sample: boolean;
  publishedAt: string;
}

export const embedFrame = (dataset: Dataset, title: string, page: string): EmbedFrame => ({
  title,
  page,
  sample: dataset.sample,
  publishedAt: formatDate(dataset.publishedAt),
});
