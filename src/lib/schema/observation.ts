import { z } from 'zod';
import { isoDateText as isoDate, period } from './common.ts';
import { col } from './columns.ts';

/** Where a validated value came from. */
export const provenanceSchema = z.object({
  file: z.string().describe('Export file, relative to the data folder'),
  row: z.number().int().describe('Row in that file (header = 1)'),
});

/** One validated observation: a unit's value for an indicator in a month. */
export const observationSchema = z.object({
  unit: z
    .string()
    .regex(/^(\d{2}|\d{5})$/)
    .describe('Unit code'),
  indicator: z.string().min(1).describe('Indicator id'),
  period: period.describe('Month the value describes (yyyy-mm)'),
  value: z.number().describe('Value: percent 0–100, count, or milestone 1 (done) / 0 (not done)'),
  doneOn: isoDate.optional().describe('Milestones: date completed'),
  numerator: z.number().nonnegative().optional(),
  denominator: z.number().positive().optional(),
  reportedAt: isoDate.describe('Date the unit reported it'),
  source: z.string().describe('Source system or document named by the unit'),
  note: z.string().optional(),
  baseline: z.literal(true).optional(),
  from: provenanceSchema,
});
export type Observation = z.infer<typeof observationSchema>;

export const observationColumns = [
  col({
    key: 'unit',
    vi: 'Mã đơn vị',
    aliases: ['unit', 'unit_code', 'ma dvhc'],
    required: true,
    describeVi: 'Mã tỉnh (2 chữ số) hoặc mã xã (5 chữ số), giữ số 0 ở đầu',
    describeEn: 'Province (2-digit) or commune (5-digit) code, with leading zeros',
    example: '25363',
  }),
  col({
    key: 'indicator',
    vi: 'Mã chỉ tiêu',
    aliases: ['indicator', 'indicator_id'],
    required: true,
    describeVi: 'Mã chỉ tiêu trong danh mục',
    describeEn: 'Indicator id from the catalog',
    example: 'dossiers-fully-online',
  }),
  col({
    key: 'period',
    vi: 'Kỳ báo cáo',
    aliases: ['period', 'thang', 'ky'],
    required: true,
    describeVi: 'Tháng: 07/2025, T7/2025 hoặc 2025-07',
    describeEn: 'Month: 07/2025, T7/2025 or 2025-07',
    example: '09/2025',
  }),
  col({
    key: 'value',
    vi: 'Giá trị',
    aliases: ['value', 'gia tri thuc hien', 'ket qua'],
    required: true,
    describeVi:
      'Số (1.139; 82,5; 82,5%; 0,825) hoặc với mốc: đã hoàn thành / chưa hoàn thành / ngày',
    describeEn: 'Number (1139; 82.5; 82.5%; 0.825) or, for milestones, done / not done / a date',
    example: '82,5',
  }),
  col({
    key: 'numerator',
    vi: 'Tử số',
    aliases: ['numerator'],
    required: false,
    describeVi: 'Với tỷ lệ: số đạt',
    describeEn: 'For a rate: the count that qualifies',
    example: '165',
  }),
  col({
    key: 'denominator',
    vi: 'Mẫu số',
    aliases: ['denominator'],
    required: false,
    describeVi: 'Với tỷ lệ: tổng số',
    describeEn: 'For a rate: the total',
    example: '200',
  }),
  col({
    key: 'reportedAt',
    vi: 'Ngày báo cáo',
    aliases: ['reported_at', 'reportedAt', 'date reported', 'ngay gui'],
    required: true,
    describeVi: 'Ngày gửi báo cáo, dd/mm/yyyy',
    describeEn: 'Date reported, dd/mm/yyyy or yyyy-mm-dd',
    example: '18/10/2025',
  }),
  col({
    key: 'source',
    vi: 'Nguồn',
    aliases: ['source', 'nguon so lieu'],
    required: true,
    describeVi: 'Hệ thống hoặc văn bản gốc của số liệu',
    describeEn: 'Source system or document',
    example: 'Hệ thống giải quyết TTHC tỉnh',
  }),
  col({
    key: 'note',
    vi: 'Ghi chú',
    aliases: ['note', 'notes'],
    required: false,
    describeVi: 'Giải thích thêm (tùy chọn)',
    describeEn: 'Optional explanation',
    example: '',
  }),
  col({
    key: 'baseline',
    vi: 'Số liệu gốc',
    aliases: ['baseline', 'so lieu goc'],
    required: false,
    describeVi:
      'x (hoặc 1, có, yes, true) nếu dòng là số liệu gốc: giá trị tại một thời điểm trước khi bắt đầu báo cáo (ví dụ 06/2025), kèm nguồn; để trống với dòng báo cáo tháng',
    describeEn:
      'x (or 1, yes, true) for a baseline row: a value as of a date before reporting began (e.g. 06/2025), with its source; blank for a monthly report',
    example: '',
  }),
  col({
    key: 'numberFormat',
    vi: 'Định dạng số',
    aliases: ['number_format', 'numberFormat'],
    required: false,
    describeVi:
      'vi (1.139 = một nghìn…) hoặc en (1,139 = một nghìn…); để trống thì số mơ hồ bị báo lỗi',
    describeEn: 'vi or en; when blank, ambiguous numbers are errors',
    example: 'vi',
  }),
] as const;
