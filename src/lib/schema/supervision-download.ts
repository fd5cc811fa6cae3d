import { z } from 'zod';
import { isoDateText, period } from './common.ts';

/** The supervision downloads (`/tai-ve/giam-sat/`): one row per unit and month, task, or target. */

/** A unit's report for one month: when it came, against which due date. */
export const reportRowSchema = z.object({
  province_code: z.string().describe('Mã tỉnh / province code'),
  province: z.string().describe('Tên tỉnh / province name'),
  unit_code: z.string().describe('Mã đơn vị / unit code'),
  unit_name: z.string().describe('Tên đơn vị / unit name'),
  period: period.describe('Tháng báo cáo / reporting month, yyyy-mm'),
  due: isoDateText.nullable().describe('Hạn gửi theo chế độ báo cáo của đơn vị / due date'),
  state: z.string().describe('on-time, late, missing (or another state the model reports)'),
  state_vi: z.string().describe('Tình trạng / state in Vietnamese'),
  first_report: isoDateText.nullable().describe('Ngày gửi lần đầu / first report date'),
  days_late: z.number().int().nullable().describe('Số ngày trễ / days after the due date'),
});
export type ReportRow = z.infer<typeof reportRowSchema>;

/** A task past its deadline and not reported done. */
export const overdueTaskRowSchema = z.object({
  province: z.string().describe('Tên tỉnh / province name'),
  unit_code: z.string().describe('Mã đơn vị / unit code'),
  unit_name: z.string().describe('Tên đơn vị / unit name'),
  task_id: z.string().describe('Mã nhiệm vụ / task id'),
  plan: z.string().nullable().describe('Kế hoạch / plan id'),
  pillar: z.string().describe('Lĩnh vực / pillar'),
  title: z.string().describe('Nội dung nhiệm vụ / task'),
  lead: z.string().describe('Cơ quan chủ trì / lead agency'),
  coordinating: z.string().describe('Cơ quan phối hợp, cách nhau bằng ; / coordinating agencies'),
  deadline: isoDateText.describe('Thời hạn / deadline'),
  days_overdue: z.number().int().describe('Số ngày quá hạn / days past the deadline'),
  status: z.string().describe('Trạng thái báo cáo / reported status'),
  source_file: z.string(),
  source_row: z.number().int(),
});
export type OverdueTaskRow = z.infer<typeof overdueTaskRowSchema>;

/** A target missed, off track or at risk. */
export const behindRowSchema = z.object({
  unit_code: z.string().describe('Mã đơn vị / unit code'),
  unit_name: z.string().describe('Tên đơn vị / unit name'),
  indicator_id: z.string(),
  indicator: z.string().describe('Chỉ tiêu / indicator'),
  pillar: z.string().describe('Lĩnh vực / pillar'),
  status: z.string().describe('missed, off-track, at-risk'),
  status_vi: z.string().describe('Trạng thái / status in Vietnamese'),
  latest_value: z.number().nullable().describe('Số mới nhất / latest value'),
  latest_period: period.nullable(),
  target: z.number().nullable().describe('Mục tiêu của giai đoạn / target'),
  deadline: isoDateText.nullable().describe('Hạn / deadline'),
  target_plan: z.string().nullable().describe('Kế hoạch đặt mục tiêu / plan of the target'),
});
export type BehindCsvRow = z.infer<typeof behindRowSchema>;
