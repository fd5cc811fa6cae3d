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
