import type { Dataset } from '../schema/dataset.ts';
import { formatDate } from '../util/format.ts';
import { cardPath } from './paths.ts';
import { t } from './strings.ts';

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
  /** What the sample banner says: everything is sample, or only the progress figures are. */
  sampleBanner: { vi: string; en: string };
  publisher: string;
  /** Publication date, dd/mm/yyyy. */
  publishedAt: string;
}

export interface FrameInput {
  title: string;
  description: string;
  path: string;
  crumbs?: Crumb[];
  /** The page has a share card (at cardPath(path)). */
  card?: boolean;
  /** The page shows real plan content (targets, tasks) beside sample progress figures. */
  realPlanContent?: boolean;
}

/** What a page's description starts with when the data is sample: meta, Open Graph and Twitter say it. */
export const SAMPLE_PREFIX = 'DỮ LIỆU MẪU, không phải số liệu thật. ';

export function pageFrame(dataset: Dataset, page: FrameInput): PageFrame {
  return {
    title: page.title,
    documentTitle: `${page.title} · ${dataset.title}`,
    description: `${dataset.sample ? SAMPLE_PREFIX : ''}${page.description}`,
    path: page.path,
    crumbs: page.crumbs ?? [],
    ...(page.card ? { card: cardPath(page.path) } : {}),
    sample: dataset.sample,
    sampleBanner: page.realPlanContent ? t.sampleBannerPlans : t.sampleBanner,
    publisher: dataset.publisher,
    publishedAt: formatDate(dataset.publishedAt),
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
