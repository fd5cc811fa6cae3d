import { z } from 'zod';
import { isoDateText, period } from './common.ts';
import { observationSchema } from './observation.ts';
import { taskStatuses } from './task.ts';

// The download formats. Each column carries its meaning in Vietnamese (title) and English
// (description); the JSON Schemas, the Table Schemas of datapackage.json, the Parquet columns and
// the column tables on /tai-ve/ are all generated from these schemas.

/** Vietnamese and English meaning of a column. */
const doc = (vi: string, en: string) => ({ title: vi, description: en });

/** Applies the bilingual documentation to every field of an object schema. */
export function documented<S extends z.ZodRawShape>(
  shape: S,
  docs: { [K in keyof S]: [vi: string, en: string] },
): S {
  const out: Record<string, z.ZodType> = {};
  for (const [key, field] of Object.entries(shape)) {
    const [vi, en] = docs[key as keyof S];
    out[key] = (field as z.ZodType).meta(doc(vi, en));
  }
  return out as unknown as S;
}

/** One row of the status download: a unit's standing on one indicator. */
export const statusRowSchema = z.object(
  documented(
    {
      unit_code: z.string().regex(/^(\d{2}|\d{5})$/),
      unit_name: z.string(),
      province: z.string(),
      indicator_id: z.string(),
      indicator: z.string(),
      latest_value: z.number().nullable(),
      latest_period: period.nullable(),
      basis: z.enum(['own', 'rollup', 'derived', 'none']),
      target: z.number().nullable(),
      deadline: isoDateText.nullable(),
      target_plan: z.string().nullable(),
      target_section: z.string().nullable(),
      status: z.string(),
      status_vi: z.string(),
      reason: z.string(),
      source_file: z.string().nullable(),
      source_row: z.number().int().nullable(),
      reported_at: isoDateText.nullable(),
    },
    {
      unit_code: ['Mã đơn vị (2 chữ số: tỉnh; 5 chữ số: xã)', 'Official unit code'],
      unit_name: ['Tên đơn vị', 'Unit name'],
      province: ['Tỉnh (trống nếu là tỉnh)', 'Province name (empty for a province)'],
      indicator_id: ['Mã chỉ tiêu', 'Indicator id'],
      indicator: ['Tên ngắn của chỉ tiêu', 'Indicator short name (Vietnamese)'],
      latest_value: [
        'Số mới nhất; với tỉnh không tự báo cáo: số tổng hợp từ các xã',
        'Latest value; for a province without its own figure, the communes\u2019 roll-up',
      ],
      latest_period: ['Tháng của số mới nhất (yyyy-mm)', 'Month of the latest value (yyyy-mm)'],
      basis: [
        'Căn cứ: own (tự báo cáo), rollup (tổng hợp từ xã), derived (tính từ ngày báo cáo), none',
        'own report, roll-up of communes, computed from report dates, or none',
      ],
      target: ['Mục tiêu của giai đoạn hiện hành', 'Target of the current phase'],
      deadline: ['Hạn của mục tiêu (yyyy-mm-dd)', 'Deadline of that target (yyyy-mm-dd)'],
      target_plan: [
        'Số văn bản ràng buộc đơn vị đặt mục tiêu (trống: không văn bản nào đặt)',
        'Number of the binding document that sets the target (empty: none sets one)',
      ],
      target_section: [
        'Mục trong văn bản đặt mục tiêu',
        'Section of that document that sets the target',
      ],
      status: [
        'Trạng thái (mã)',
        'met-on-time, met-late, met-timing-unknown, no-longer-met, on-track, at-risk, off-track, missed, pending, no-data, no-target',
      ],
      status_vi: ['Trạng thái bằng tiếng Việt', 'Status in Vietnamese'],
      reason: [
        'Vì sao có trạng thái này: mục tiêu và văn bản, hạn, bằng chứng quyết định (ngày báo cáo, giá trị, tệp, dòng)',
        'Why this status, in Vietnamese: target and document, deadline, deciding evidence (report date, value, file, row)',
      ],
      source_file: ['Tệp nguồn của số mới nhất', 'Source file of the latest value'],
      source_row: ['Dòng trong tệp nguồn (tiêu đề = 1)', 'Row in that file (header = 1)'],
      reported_at: ['Ngày đơn vị báo cáo số đó', 'Date the unit reported it'],
    },
  ),
);
export type StatusRow = z.infer<typeof statusRowSchema>;

/**
 * The status CSVs (trang-thai.csv, theo-doi.csv): the status row without `reason`, which alone
 * would take trang-thai.csv past 25 MiB for the country (more than some hosts take in one file).
 * The reason is in trang-thai.parquet, the per-unit JSON and each unit's workbook.
 */
export const statusCsvSchema = statusRowSchema.omit({ reason: true });

/** One row of the headline download: a unit's one headline figure, as its page, map and card say. */
export const headlineRowSchema = z.object(
  documented(
    {
      unit_code: z.string().regex(/^(\d{2}|\d{5})$/),
      unit_name: z.string(),
      level: z.enum(['province', 'commune']),
      province: z.string(),
      met: z.number().int(),
      judged: z.number().int(),
      share: z.number().nullable(),
      communes_met: z.number().int().nullable(),
      communes_judged: z.number().int().nullable(),
      communes_share: z.number().nullable(),
    },
    {
      unit_code: ['Mã đơn vị', 'Official unit code'],
      unit_name: ['Tên đơn vị', 'Unit name'],
      level: ['Cấp: province (tỉnh) hoặc commune (xã)', 'Level: province or commune'],
      province: ['Tỉnh (với xã)', 'Province (of a commune)'],
      met: [
        'Số chỉ tiêu đạt (số mới nhất đạt mục tiêu)',
        'Targets met (the latest value meets the target)',
      ],
      judged: [
        'Số chỉ tiêu có mục tiêu do văn bản ràng buộc đơn vị đặt',
        'Targets set by a document that binds the unit',
      ],
      share: [
        'Tỷ lệ chung = met / judged × 100 (trống: chưa có số liệu)',
        'Headline share = met / judged × 100 (empty: no data yet)',
      ],
      communes_met: ['Với tỉnh: số chỉ tiêu đạt của các xã', 'For a province: its communes’ met'],
      communes_judged: [
        'Với tỉnh: số chỉ tiêu có mục tiêu của các xã',
        'For a province: its communes’ judged targets',
      ],
      communes_share: ['Với tỉnh: tỷ lệ chung của các xã', 'For a province: its communes’ share'],
    },
  ),
);
export type HeadlineRow = z.infer<typeof headlineRowSchema>;

/** One row of a unit's targets download: one phase of one indicator, with its source and why. */
export const unitTargetRowSchema = z.object(
  documented(
    {
      unit_code: z.string().regex(/^(\d{2}|\d{5})$/),
      indicator_id: z.string(),
      indicator: z.string(),
      phase: z.string(),
      target: z.number(),
      deadline: isoDateText,
      plan: z.string(),
      section: z.string(),
      origin: z.enum(['unit-plan', 'province-plan', 'national']),
      status: z.string(),
      status_vi: z.string(),
      current: z.boolean(),
      reason: z.string(),
    },
    {
      unit_code: ['Mã đơn vị', 'Official unit code'],
      indicator_id: ['Mã chỉ tiêu', 'Indicator id'],
      indicator: ['Tên ngắn của chỉ tiêu', 'Indicator short name (Vietnamese)'],
      phase: ['Giai đoạn', 'Phase'],
      target: ['Mục tiêu', 'Target value'],
      deadline: ['Hạn (yyyy-mm-dd)', 'Deadline (yyyy-mm-dd)'],
      plan: ['Số văn bản đặt mục tiêu', 'Number of the document that sets it'],
      section: ['Mục trong văn bản', 'Section of that document'],
      origin: [
        'unit-plan: kế hoạch của đơn vị; province-plan: kế hoạch của tỉnh cho các xã; national: Kế hoạch 02',
        'unit-plan, province-plan (for communes) or national (Plan 02, as a local plan attributes it)',
      ],
      status: ['Trạng thái của giai đoạn (mã)', 'Status of this phase'],
      status_vi: ['Trạng thái bằng tiếng Việt', 'Status in Vietnamese'],
      current: [
        'Giai đoạn dùng cho trạng thái tiêu biểu',
        'The phase the headline status is judged on',
      ],
      reason: ['Vì sao có trạng thái này', 'Why this status, in Vietnamese'],
    },
  ),
);
export type UnitTargetRow = z.infer<typeof unitTargetRowSchema>;

const { from: _from, ...observationFields } = observationSchema.shape;

/**
 * One row of the observation downloads (per unit, per indicator, quan-sat.parquet): every report
 * kept, revisions included. The column names are the export's, so a download can be checked with
 * `npm run validate` as it is.
 */
export const observationRowSchema = z.object(
  documented(
    {
      ...observationFields,
      numberFormat: z.literal('en'),
      source_file: z.string(),
      source_row: z.number().int(),
      current: z.boolean(),
    },
    {
      unit: ['Mã đơn vị', 'Unit code'],
      indicator: ['Mã chỉ tiêu', 'Indicator id'],
      period: ['Kỳ báo cáo (tháng, yyyy-mm)', 'Month the value describes (yyyy-mm)'],
      value: [
        'Giá trị: tỷ lệ 0–100, số đếm, hoặc mốc 1 (xong) / 0 (chưa)',
        'Value: percent 0–100, count, or milestone 1 (done) / 0 (not done)',
      ],
      doneOn: ['Với mốc: ngày hoàn thành', 'Milestones: date completed'],
      numerator: ['Với tỷ lệ: số đạt', 'For a rate: the count that qualifies'],
      denominator: ['Với tỷ lệ: tổng số', 'For a rate: the total'],
      reportedAt: ['Ngày đơn vị báo cáo', 'Date the unit reported it'],
      source: ['Nguồn số liệu đơn vị ghi', 'Source system or document named by the unit'],
      note: ['Ghi chú của đơn vị', 'Note from the unit'],
      baseline: [
        'Số liệu gốc (true): giá trị trước khi bắt đầu báo cáo, không phải báo cáo tháng',
        'Baseline (true): the value before reporting began, not a monthly report',
      ],
      numberFormat: [
        'Định dạng số: en (dấu chấm thập phân, không phân cách hàng nghìn)',
        'Number format: en (decimal point, no thousands separator)',
      ],
      source_file: ['Tệp nguồn', 'Source export file'],
      source_row: ['Dòng trong tệp nguồn (tiêu đề = 1)', 'Row in that file (header = 1)'],
      current: [
        'false khi một báo cáo sau của cùng tháng đã thay số này',
        'false when a later report for the same month replaced this one',
      ],
    },
  ),
);
export type ObservationRow = z.infer<typeof observationRowSchema>;

/** One row of nhiem-vu.csv: a task of a plan, with its status as of the publication date. */
export const taskRowSchema = z.object(
  documented(
    {
      unit_code: z.string().regex(/^(\d{2}|\d{5})$/),
      unit_name: z.string(),
      task_id: z.string(),
      plan: z.string().nullable(),
      pillar: z.string(),
      title: z.string(),
      lead: z.string(),
      coordinating: z.string(),
      expected_result: z.string(),
      deadline: isoDateText.nullable(),
      status: z.enum(taskStatuses),
      completed_at: isoDateText.nullable(),
      overdue: z.boolean(),
      evidence: z.string().nullable(),
      section: z.string().nullable(),
      note: z.string().nullable(),
      source_file: z.string(),
      source_row: z.number().int(),
    },
    {
      unit_code: ['Mã đơn vị chịu trách nhiệm', 'Responsible unit code'],
      unit_name: ['Tên đơn vị', 'Unit name'],
      task_id: ['Mã nhiệm vụ', 'Task id'],
      plan: ['Mã kế hoạch', 'Plan id'],
      pillar: ['Lĩnh vực', 'Pillar'],
      title: ['Nội dung nhiệm vụ', 'What is to be done'],
      lead: ['Cơ quan chủ trì', 'Lead agency'],
      coordinating: ['Cơ quan phối hợp, ngăn cách bằng ;', 'Coordinating agencies, separated by ;'],
      expected_result: ['Kết quả dự kiến', 'Expected result'],
      deadline: [
        'Thời hạn (trống: thường xuyên, hoặc kế hoạch không ghi hạn)',
        'Deadline (empty: ongoing, or none stated in the plan)',
      ],
      status: [
        'Trạng thái theo báo cáo (unreported: chưa có báo cáo; not-arising: kế hoạch ghi không phát sinh)',
        'Status as reported (unreported: no report; not-arising: the plan records it did not arise)',
      ],
      completed_at: ['Ngày hoàn thành', 'Completion date'],
      overdue: [
        'true khi đã quá hạn mà chưa hoàn thành, tại ngày công bố',
        'true when past its deadline and not done, as of the publication date',
      ],
      evidence: ['Đường dẫn minh chứng', 'Link to evidence'],
      section: ['Mục của văn bản kế hoạch nêu nhiệm vụ', 'Section of the plan that sets the task'],
      note: ['Ghi chú của đơn vị', "The unit's note"],
      source_file: ['Tệp nguồn', 'Source file'],
      source_row: ['Dòng trong tệp nguồn', 'Row in that file'],
    },
  ),
);
export type TaskRow = z.infer<typeof taskRowSchema>;

/** The first column of every CSV built from sample data. */
export const SAMPLE_VALUE = 'DỮ LIỆU MẪU / SAMPLE DATA';
export const sampleColumnSchema = z
  .literal(SAMPLE_VALUE)
  .meta(
    doc(
      'Dữ liệu mẫu do máy tạo ra, không phải số liệu thật (cột chỉ có khi dữ liệu là mẫu)',
      'Generated sample data, not real figures (the column exists only for sample data)',
    ),
  );

const {
  unit: _unit,
  indicator: _indicator,
  numberFormat: _format,
  ...reportFields
} = observationRowSchema.shape;

/** don-vi/<code>.json: one unit's values, targets, deadlines, statuses and source rows, and its tasks. */
export const unitJsonSchema = z.object({
  sample: z.literal(true).optional().meta(doc('Có khi là dữ liệu mẫu', 'Present for sample data')),
  notice: z
    .object({ vi: z.string(), en: z.string() })
    .optional()
    .meta(doc('Thông báo dữ liệu mẫu', 'Sample data notice')),
  publication: z.object({
    id: z.string().nullable().meta(doc('Mã lần công bố', 'Publication id')),
    publishedAt: isoDateText.meta(doc('Ngày công bố', 'Publication date')),
  }),
  unit: z.object({
    code: z.string(),
    name: z.string(),
    level: z.enum(['province', 'commune']),
    type: z.string(),
    province_code: z.string().nullable(),
    province: z.string().nullable(),
  }),
  indicators: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      name_en: z.string(),
      basis: statusRowSchema.shape.basis,
      status: z.string(),
      status_vi: z.string(),
      reason: z.string().meta(doc('Vì sao có trạng thái này', 'Why this status')),
      targets: z.array(
        z.object({
          value: z.number(),
          deadline: isoDateText,
          phase: z.string(),
          plan: z
            .string()
            .meta(doc('Số văn bản đặt mục tiêu', 'Number of the document that sets it')),
          section: z.string().meta(doc('Mục trong văn bản', 'Section of that document')),
          origin: z
            .enum(['unit-plan', 'province-plan', 'national'])
            .meta(
              doc(
                'Kế hoạch của đơn vị, của tỉnh (cho các xã), hay Kế hoạch 02',
                'The unit’s plan, its province’s plan (for communes), or Plan 02',
              ),
            ),
          status: z.string().meta(doc('Trạng thái của giai đoạn này', 'Status of this phase')),
          reason: z.string().meta(doc('Vì sao có trạng thái này', 'Why this status')),
          current: z
            .boolean()
            .meta(
              doc('Mục tiêu dùng để đánh giá trạng thái', 'The target the status is judged on'),
            ),
        }),
      ),
      reports: z.array(z.object(reportFields)),
    }),
  ),
  tasks: z.array(taskRowSchema),
});

/** One row of thay-doi.csv / thay-doi.parquet: a report that differs from the previous publication. */
export const changeRowSchema = z.object(
  documented(
    {
      kind: z.enum(['added', 'revised', 'changed', 'removed']),
      unit: z.string().regex(/^(\d{2}|\d{5})$/),
      indicator: z.string(),
      period: period,
      value: z.number().nullable(),
      reportedAt: isoDateText.nullable(),
      source_file: z.string().nullable(),
      source_row: z.number().int().nullable(),
      previous_value: z.number().nullable(),
      previous_reportedAt: isoDateText.nullable(),
      previous_source_file: z.string().nullable(),
      previous_source_row: z.number().int().nullable(),
      changed_fields: z.string().nullable(),
    },
    {
      kind: [
        'added: báo cáo mới; revised: báo cáo sau cho tháng đã công bố; changed: cùng ngày báo cáo nhưng số khác (sửa tại chỗ); removed: không còn trong dữ liệu',
        'added: new report; revised: a later report for a month already published; changed: same report date, another value (altered in place); removed: no longer in the data',
      ],
      unit: ['Mã đơn vị', 'Unit code'],
      indicator: ['Mã chỉ tiêu', 'Indicator id'],
      period: ['Tháng của số liệu (yyyy-mm)', 'Month of the value (yyyy-mm)'],
      value: ['Số hiện nay (trống nếu removed)', 'Value now (empty when removed)'],
      reportedAt: ['Ngày báo cáo số hiện nay', 'Report date of the value now'],
      source_file: ['Tệp nguồn của số hiện nay', 'Source file of the value now'],
      source_row: ['Dòng nguồn của số hiện nay', 'Source row of the value now'],
      previous_value: [
        'Số đã công bố trước đó (trống nếu added)',
        'Value published before (empty when added)',
      ],
      previous_reportedAt: ['Ngày báo cáo số trước đó', 'Report date of the earlier value'],
      previous_source_file: ['Tệp nguồn của số trước đó', 'Source file of the earlier value'],
      previous_source_row: ['Dòng nguồn của số trước đó', 'Source row of the earlier value'],
      changed_fields: [
        'Những gì khác với báo cáo trước (revised, changed), cách nhau bởi dấu cách: value, doneOn, numerator, denominator, source, note',
        'What differs from the earlier report (revised, changed), space-separated: value, doneOn, numerator, denominator, source, note',
      ],
    },
  ),
);
export type ChangeRow = z.infer<typeof changeRowSchema>;
