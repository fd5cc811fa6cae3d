import type { Model } from '../model/types.ts';
import { statusRowSchema } from '../schema/download.ts';
import { formatDate } from '../util/format.ts';
import { pageFrame, type PageFrame } from './frame.ts';
import { paths } from './paths.ts';

export interface DownloadsView {
  frame: PageFrame;
  units: number;
  links: { statusCsv: string; watchCsv: string; statusSchema: string; observationSchema: string };
  /** Columns of the status CSV, described by the zod schema that also generates its JSON Schema. */
  columns: { name: string; description: string }[];
}

export function downloadsView(model: Model): DownloadsView {
  return {
    frame: pageFrame(model.dataset, {
      title: 'Tải số liệu',
      description: `Số liệu dạng CSV (mở được bằng Excel) và JSON Schema: trạng thái mọi đơn vị, danh sách cần theo dõi, số liệu từng đơn vị. Ngày ${formatDate(model.asOf)}.`,
      path: paths.downloads,
    }),
    units: model.progress.size,
    links: {
      statusCsv: paths.statusCsv,
      watchCsv: paths.watchCsv,
      statusSchema: paths.statusSchema,
      observationSchema: paths.observationSchema,
    },
    columns: Object.entries(statusRowSchema.shape).map(([name, schema]) => ({
      name,
      description: schema.description ?? '',
    })),
  };
}
