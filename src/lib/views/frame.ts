import type { BarListInput } from '../charts/bar-list.ts';
import type { DataLicense, Dataset } from '../schema/dataset.ts';
import { formatDate } from '../util/format.ts';
import { cardPath, paths } from './paths.ts';
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
  /** Share card image path: the page's own card, else the home page's. */
  card: string;
  /** What the card shows, for og:image:alt. */
  cardAlt: string;
  sample: boolean;
  /** What the sample banner says: everything is sample, or only the progress figures are. */
  sampleBanner: { vi: string; en: string };
  publisher: string;
  /** Publication date, dd/mm/yyyy. */
  publishedAt: string;
  /** Atom feeds of changes for the page's <head>: the national one, and the unit's own. */
  feeds: { href: string; title: string }[];
  /** The data's licence, in every footer (absent: the dataset names none). */
  license?: DataLicense;
  /** How to cite the page (unit and indicator pages): who, what, which publication, where. */
  citation?: Citation;
}

/** "Publisher. Page title. Site title, publication <id> (data as of dd/mm/yyyy)." and the URL. */
export interface Citation {
  text: string;
  /** The page's permanent path: the unit's URL survives renames (redirects from former URLs). */
  path: string;
}

export interface FrameInput {
  title: string;
  description: string;
  path: string;
  crumbs?: Crumb[];
  /** The page has a share card of its own (at cardPath(path)); others show the home page's. */
  card?: boolean;
  /** The page shows real plan content (targets, tasks) beside sample progress figures. */
  realPlanContent?: boolean;
  /** Shows the card of another page (a unit's supervision sheet shows the unit's). */
  cardOf?: string;
  /** The page's own Atom feed of changes (unit pages). */
  feed?: { href: string; title: string };
  /** The page has a "Trích dẫn / Cite" line, naming this publication (its id, when built as one). */
  cite?: { publication: string | undefined };
}

function citation(dataset: Dataset, page: FrameInput, publication: string | undefined): Citation {
  const round = publication ? `lần công bố ${publication}, ` : '';
  return {
    text: `${dataset.publisher}. ${page.title}. ${dataset.title}, ${round}số liệu ngày ${formatDate(dataset.publishedAt)}.`,
    path: page.path,
  };
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
    card: cardPath(page.cardOf ?? (page.card ? page.path : paths.home)),
    cardAlt:
      page.card || page.cardOf
        ? `${page.title}: tiến độ so với mục tiêu`
        : 'Tiến độ chuyển đổi số cả nước: tỷ lệ chỉ tiêu đã đạt và số chỉ tiêu theo trạng thái',
    sample: dataset.sample,
    sampleBanner: page.realPlanContent ? t.sampleBannerPlans : t.sampleBanner,
    publisher: dataset.publisher,
    publishedAt: formatDate(dataset.publishedAt),
    feeds: [
      ...(page.feed ? [page.feed] : []),
      { href: paths.feed, title: 'Thay đổi qua các lần công bố (toàn quốc)' },
    ],
    ...(dataset.license ? { license: dataset.license } : {}),
    ...(page.cite ? { citation: citation(dataset, page, page.cite.publication) } : {}),
  };
}

/** What the frame of a chart-only page for iframes shows. */
export interface EmbedFrame {
  title: string;
  /** The full page the chart comes from. */
  page: string;
  sample: boolean;
  publishedAt: string;
  /** As of when, for a unit: the data's date and the last month it reported. */
  asOf?: string;
}

export const embedFrame = (dataset: Dataset, title: string, page: string): EmbedFrame => ({
  title,
  page,
  sample: dataset.sample,
  publishedAt: formatDate(dataset.publishedAt),
});

/** Lines a text takes at the narrowest embed (320 px), at about `perLine` characters a line. */
const lines = (text: string, perLine: number): number =>
  Math.max(1, Math.ceil([...text].length / perLine));

/**
 * Height (px) an iframe needs for an embed at any width from 320 px (the narrowest wraps the
 * most, so it sets the height): title, summary and as-of lines by their length, the sample note
 * and footer, the chart's title and description, and each bar by the lines its label and value
 * take (or the tile map). Wider frames leave space below; the auto-resize snippet, offered
 * first, sets the real height.
 */
export function embedHeight(content: {
  /** The title, the summary line and the as-of line, as the embed shows them. */
  text: { title: string; summary?: string; asOf?: string | undefined };
  chart?: Pick<BarListInput, 'title' | 'description' | 'bars'>;
  map?: boolean;
}): number {
  const { title, summary = '', asOf } = content.text;
  const text = 25 * lines(title, 24) + 20 * lines(summary, 30) + (asOf ? 19 * lines(asOf, 34) : 0);
  const { chart } = content;
  const bars = chart
    ? 25 * lines(chart.title, 26) +
      19 * lines(chart.description, 34) +
      chart.bars.reduce((sum, b) => sum + 26 + 21 * lines(b.label, 30) + 19 * lines(b.text, 34), 0)
    : 0;
  return 130 + text + bars + (content.map ? 1030 : 0);
}
