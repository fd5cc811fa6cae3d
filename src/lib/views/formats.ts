import { catalog } from '../ingest/diagnostics/catalog.ts';
import { limits } from '../ingest/limits.ts';
import type { Model } from '../model/types.ts';
import type { Column } from '../schema/columns.ts';
import { observationColumns } from '../schema/observation.ts';
import { taskColumns } from '../schema/task.ts';
import { unitColumns } from '../schema/unit.ts';
import { pageFrame, type PageFrame } from './frame.ts';
import { paths } from './paths.ts';

export interface FormatsView {
  frame: PageFrame;
  formats: {
    id: string;
    title: string;
    titleEn: string;
    columns: {
      name: string;
      aliases: string;
      required: boolean;
      describe: string;
      describeEn: string;
      example: string;
    }[];
  }[];
  codes: { code: string; error: boolean; vi: string; en: string; hint: string; hintEn: string }[];
  /** What one file may hold: characters per cell and per row, columns. */
  limits: { cellChars: number; rowChars: number; columns: number };
}

const FORMATS: { id: string; title: string; titleEn: string; columns: readonly Column[] }[] = [
  {
    id: 'bao-cao',
    title: 'Tệp số liệu báo cáo (data/exports/<mã tỉnh>/*.csv|json)',
    titleEn: 'Observation exports',
    columns: observationColumns,
  },
  {
    id: 'nhiem-vu',
    title: 'Tệp nhiệm vụ (data/tasks/*.csv)',
    titleEn: 'Tasks',
    columns: taskColumns,
  },
  {
    id: 'don-vi',
    title: 'Danh mục đơn vị (data/units.csv)',
    titleEn: 'Unit registry',
    columns: unitColumns,
  },
];

/** The input formats and the validation codes, generated from the schemas and the catalogue. */
export function formatsView(model: Model): FormatsView {
  return {
    frame: pageFrame(model.dataset, {
      title: 'Định dạng dữ liệu',
      description:
        'Các cột của tệp xuất số liệu, tệp nhiệm vụ và danh mục đơn vị; danh sách mã lỗi và cách sửa.',
      path: paths.formats,
    }),
    formats: FORMATS.map((f) => ({
      id: f.id,
      title: f.title,
      titleEn: f.titleEn,
      columns: f.columns.map((c) => ({
        name: c.vi,
        aliases: [...new Set([c.key, ...c.aliases])].join(', '),
        required: c.required,
        describe: c.describeVi,
        describeEn: c.describeEn,
        example: c.example,
      })),
    })),
    codes: Object.entries(catalog).map(([code, d]) => ({
      code,
      error: d.severity === 'error',
      vi: d.vi,
      en: d.en,
      hint: d.hintVi,
      hintEn: d.hintEn,
    })),
    limits,
  };
}
