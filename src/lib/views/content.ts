import type { Model } from '../model/types.ts';
import { pageFrame, type PageFrame } from './frame.ts';
import { contentPath, paths } from './paths.ts';

/** A human-written page (methodology, about): its frame; Astro renders the Markdown body. */
export const contentPageView = (
  model: Model,
  id: string,
  page: { title: string; description: string },
): { frame: PageFrame } => ({
  frame: pageFrame(model.dataset, { ...page, path: contentPath(id) }),
});

/** The search page: the results are drawn in the browser from the search index. */
export const searchPageView = (model: Model): { frame: PageFrame; index: string } => ({
  frame: pageFrame(model.dataset, {
    title: 'Tìm kiếm',
    description:
      'Tìm tỉnh, xã, phường theo tên (có hoặc không dấu), tên cũ trước sắp xếp hoặc mã; tìm chỉ tiêu, kế hoạch, nhiệm vụ.',
    path: paths.search,
  }),
  index: paths.searchIndex,
});

/** The page a static host serves for an address that does not exist. */
export const notFoundView = (
  model: Model,
): { frame: PageFrame; links: { href: string; label: string }[] } => ({
  frame: pageFrame(model.dataset, {
    title: 'Không tìm thấy trang',
    description: 'Địa chỉ này không có trang nào. Tìm tỉnh, xã hoặc chỉ tiêu bằng ô tìm kiếm.',
    path: paths.notFound,
  }),
  links: [
    { href: paths.home, label: 'Trang chủ: tiến độ cả nước' },
    { href: paths.units, label: 'Danh sách A–Z tất cả tỉnh, xã' },
    { href: paths.indicators, label: 'Danh mục chỉ tiêu' },
    { href: paths.supervision, label: 'Giám sát: ai chưa báo cáo, nhiệm vụ quá hạn' },
  ],
});

/**
 * The content's convention: the English version of a paragraph is a paragraph entirely in
 * italics (`*…*`). Marked lang="en" in the rendered HTML of our own Markdown, so that Vietnamese
 * screen readers switch voice instead of mispronouncing it.
 */
export const markEnglishParagraphs = (html: string): string =>
  html.replace(/<p>(\s*<em>(?:(?!<\/em>)[\s\S])*<\/em>\s*)<\/p>/g, '<p lang="en">$1</p>');
