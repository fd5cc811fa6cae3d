import { z } from 'zod';
import { isoDateText, period } from './common.ts';
import { documented } from './download.ts';

/** The supervision downloads (`/tai-ve/giam-sat/`): one row per unit and month, task, or target. */

/** A unit's report for one month: when it came, against which due date. */
export const reportRowSchema = z.object(
  documented(
    {
      province_code: z.string(),
      province: z.string(),
      unit_code: z.string(),
      unit_name: z.string(),
      period,
      due: isoDateText.nullable(),
      state: z.string(),
      state_vi: z.string(),
      first_report: isoDateText.nullable(),
      days_late: z.number().int().nullable(),
    },
    {
      province_code: ['Mã tỉnh', 'Province code'],
      province: ['Tên tỉnh', 'Province name'],
      unit_code: ['Mã đơn vị', 'Unit code'],
      unit_name: ['Tên đơn vị', 'Unit name'],
      period: ['Tháng báo cáo (yyyy-mm)', 'Reporting month (yyyy-mm)'],
      due: [
        'Ngày cuối cùng còn đúng hạn, theo chế độ báo cáo của đơn vị (trống: không đặt hạn)',
        "Last day on time under the unit's own reporting regime (empty: no deadline)",
      ],
      state: [
        'Tình trạng (mã)',
        'on-time, late, missing (past the deadline); no-deadline (received, not judged), not-received (not judged)',
      ],
      state_vi: ['Tình trạng bằng tiếng Việt', 'State in Vietnamese'],
      first_report: ['Ngày gửi lần đầu', 'First report date'],
      days_late: ['Số ngày trễ', 'Days after the due date'],
    },
  ),
);
export type ReportRow = z.infer<typeof reportRowSchema>;

/** A task past its deadline and not reported done. */
export const overdueTaskRowSchema = z.object(
  documented(
    {
      province: z.string(),
      unit_code: z.string(),
      unit_name: z.string(),
      task_id: z.string(),
      plan: z.string().nullable(),
      pillar: z.string(),
      title: z.string(),
      lead: z.string(),
      coordinating: z.string(),
      deadline: isoDateText,
      days_overdue: z.number().int(),
      status: z.string(),
      source_file: z.string(),
      source_row: z.number().int(),
    },
    {
      province: ['Tên tỉnh', 'Province name'],
      unit_code: ['Mã đơn vị', 'Unit code'],
      unit_name: ['Tên đơn vị', 'Unit name'],
      task_id: ['Mã nhiệm vụ', 'Task id'],
      plan: ['Kế hoạch', 'Plan id'],
      pillar: ['Lĩnh vực', 'Pillar'],
      title: ['Nội dung nhiệm vụ', 'Task'],
      lead: ['Cơ quan chủ trì', 'Lead agency'],
      coordinating: ['Cơ quan phối hợp, cách nhau bằng ;', 'Coordinating agencies, separated by ;'],
      deadline: ['Thời hạn (yyyy-mm-dd)', 'Deadline (yyyy-mm-dd)'],
      days_overdue: ['Số ngày quá hạn', 'Days past the deadline'],
      status: ['Trạng thái báo cáo', 'Reported status'],
      source_file: ['Tệp nguồn', 'Source file'],
      source_row: ['Dòng trong tệp nguồn (tiêu đề = 1)', 'Row in that file (header = 1)'],
    },
  ),
);
export type OverdueTaskRow = z.infer<typeof overdueTaskRowSchema>;

/** A target missed, off track or at risk. */
export const behindRowSchema = z.object(
  documented(
    {
      unit_code: z.string(),
      unit_name: z.string(),
      indicator_id: z.string(),
      indicator: z.string(),
      pillar: z.string(),
      status: z.string(),
      status_vi: z.string(),
      latest_value: z.number().nullable(),
      latest_period: period.nullable(),
      target: z.number().nullable(),
      deadline: isoDateText.nullable(),
      target_plan: z.string().nullable(),
    },
    {
      unit_code: ['Mã đơn vị', 'Unit code'],
      unit_name: ['Tên đơn vị', 'Unit name'],
      indicator_id: ['Mã chỉ tiêu', 'Indicator id'],
      indicator: ['Chỉ tiêu', 'Indicator'],
      pillar: ['Lĩnh vực', 'Pillar'],
      status: ['Trạng thái (mã)', 'missed, off-track, at-risk'],
      status_vi: ['Trạng thái bằng tiếng Việt', 'Status in Vietnamese'],
      latest_value: ['Số mới nhất', 'Latest value'],
      latest_period: ['Kỳ của số mới nhất', 'Period of the latest value'],
      target: ['Mục tiêu của giai đoạn hiện hành', 'Target of the current phase'],
      deadline: ['Hạn của mục tiêu', 'Deadline of that target'],
      target_plan: ['Kế hoạch đặt mục tiêu', 'Plan of the target'],
    },
  ),
);
export type BehindCsvRow = z.infer<typeof behindRowSchema>;
