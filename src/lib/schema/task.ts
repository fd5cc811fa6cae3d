import { z } from 'zod';
import { isoDateText as isoDate, pillars } from './common.ts';
import { col } from './columns.ts';

/**
 * What a report (or the plan itself) says of a task: not started, in progress, done, did not
 * arise (the plan records it was not needed), or nothing reported.
 */
export const taskStatuses = [
  'not-started',
  'in-progress',
  'done',
  'not-arising',
  'unreported',
] as const;
export type TaskStatus = (typeof taskStatuses)[number];

/** One task of a unit's plan (`data/tasks/*.csv`). */
export const taskSchema = z.object({
  unit: z.string().regex(/^(\d{2}|\d{5})$/),
  id: z
    .string()
    .regex(/^[A-Za-z0-9._-]+$/)
    .describe('Task id, unique within the unit'),
  plan: z.string().optional().describe('Plan id in content/plans'),
  pillar: z.enum(pillars),
  title: z.string().min(1),
  lead: z.string().min(1).describe('Lead agency (chủ trì)'),
  coordinating: z.array(z.string()).describe('Coordinating agencies (phối hợp)'),
  expectedResult: z.string(),
  /** A date, or null for a regular/ongoing task or one the plan gives no deadline. */
  deadline: isoDate.nullable(),
  /** The plan states no deadline ("không ghi hạn"): never overdue. */
  undated: z.literal(true).optional(),
  /** The indicator that measures the same thing: its report decides the task where none does. */
  indicator: z.string().optional(),
  /** Set by the model when the task's state comes from its indicator's report. */
  derivedFrom: z
    .object({ indicator: z.string(), file: z.string(), row: z.number().int(), reportedAt: isoDate })
    .optional(),
  status: z.enum(taskStatuses),
  completedAt: isoDate.optional(),
  evidence: z.url({ protocol: /^https?$/ }).optional(),
  /** Where the plan sets the task, e.g. "Phụ lục II, dòng 7". */
  section: z.string().optional(),
  /** What the reader should know: a deadline inferred, an agency not named, a cell unreadable. */
  note: z.string().optional(),
  from: z.object({ file: z.string(), row: z.number().int() }),
});
export type Task = z.infer<typeof taskSchema>;

export const taskColumns = [
  col({
    key: 'unit',
    vi: 'Mã đơn vị',
    aliases: ['unit'],
    required: true,
    describeVi: 'Mã đơn vị chịu trách nhiệm',
    describeEn: 'Unit code',
    example: '31',
  }),
  col({
    key: 'id',
    vi: 'Mã nhiệm vụ',
    aliases: ['id', 'stt'],
    required: true,
    describeVi: 'Mã nhiệm vụ, duy nhất trong đơn vị',
    describeEn: 'Task id, unique within the unit',
    example: 'PL2-01',
  }),
  col({
    key: 'plan',
    vi: 'Kế hoạch',
    aliases: ['plan'],
    required: false,
    describeVi: 'Mã kế hoạch (tên tệp trong content/plans)',
    describeEn: 'Plan id',
    example: 'hai-phong-01-kh-bcd',
  }),
  col({
    key: 'pillar',
    vi: 'Lĩnh vực',
    aliases: ['pillar'],
    required: true,
    describeVi:
      'Mã lĩnh vực: `platforms`, `data`, `infrastructure`, `institutions`, `human-resources`, `finance`, `security`, `reporting`',
    describeEn: 'Pillar id',
    example: 'data',
  }),
  col({
    key: 'title',
    vi: 'Nội dung nhiệm vụ',
    aliases: ['title', 'noi dung'],
    required: true,
    describeVi: 'Nội dung nhiệm vụ',
    describeEn: 'What is to be done',
    example: '',
  }),
  col({
    key: 'lead',
    vi: 'Chủ trì',
    aliases: ['lead', 'co quan chu tri'],
    required: true,
    describeVi: 'Cơ quan chủ trì',
    describeEn: 'Lead agency',
    example: 'UBND thành phố',
  }),
  col({
    key: 'coordinating',
    vi: 'Phối hợp',
    aliases: ['coordinating', 'co quan phoi hop'],
    required: false,
    describeVi: 'Cơ quan phối hợp, ngăn cách bằng ;',
    describeEn: 'Coordinating agencies, separated by ;',
    example: 'Sở KH&CN; Công an thành phố',
  }),
  col({
    key: 'expectedResult',
    vi: 'Kết quả dự kiến',
    aliases: ['expected_result', 'expectedResult'],
    required: false,
    describeVi: 'Sản phẩm, kết quả dự kiến',
    describeEn: 'Expected result',
    example: '',
  }),
  col({
    key: 'deadline',
    vi: 'Thời hạn',
    aliases: ['deadline', 'thoi gian hoan thanh'],
    required: true,
    describeVi: 'dd/mm/yyyy, hoặc "thường xuyên"',
    describeEn: 'dd/mm/yyyy, or "thường xuyên" (ongoing)',
    example: '31/12/2025',
  }),
  col({
    key: 'status',
    vi: 'Trạng thái',
    aliases: ['status'],
    required: false,
    describeVi: 'chưa bắt đầu, đang thực hiện, hoàn thành; để trống nếu chưa báo cáo',
    describeEn: 'not-started, in-progress, done; blank when not reported',
    example: 'đang thực hiện',
  }),
  col({
    key: 'completedAt',
    vi: 'Ngày hoàn thành',
    aliases: ['completed_at', 'completedAt'],
    required: false,
    describeVi: 'dd/mm/yyyy khi đã hoàn thành',
    describeEn: 'Completion date when done',
    example: '',
  }),
  col({
    key: 'evidence',
    vi: 'Minh chứng',
    aliases: ['evidence', 'link'],
    required: false,
    describeVi: 'Đường dẫn http(s) tới văn bản, kết quả',
    describeEn: 'http(s) link to evidence',
    example: '',
  }),
  col({
    key: 'indicator',
    vi: 'Chỉ tiêu',
    aliases: ['indicator', 'chi tieu', 'ma chi tieu'],
    required: false,
    describeVi:
      'Mã chỉ tiêu đo cùng việc này: khi nhiệm vụ chưa có báo cáo, báo cáo của chỉ tiêu quyết định trạng thái',
    describeEn:
      'Indicator measuring the same thing: its report decides the task where the task has none',
    example: 'milestone-architecture-v4',
  }),
  col({
    key: 'section',
    vi: 'Mục',
    aliases: ['section', 'muc trong van ban'],
    required: false,
    describeVi: 'Mục của văn bản kế hoạch nêu nhiệm vụ',
    describeEn: 'Section of the plan that sets the task',
    example: 'Phụ lục II, dòng 7',
  }),
  col({
    key: 'note',
    vi: 'Ghi chú',
    aliases: ['note', 'notes'],
    required: false,
    describeVi: 'Giải thích thêm, ví dụ hạn suy ra khi văn bản không ghi ngày',
    describeEn: 'Explanation, e.g. a deadline inferred where the plan gives none',
    example: '',
  }),
] as const;
