import { latestPoint } from '../model/progress.ts';
import { behindTargets, daysLate, overdueByAgency } from '../model/supervision.ts';
import type { Model, UnitProgress } from '../model/types.ts';
import { pillarLabel } from '../schema/common.ts';
import {
  behindRowSchema,
  overdueTaskRowSchema,
  reportRowSchema,
  type BehindCsvRow,
  type OverdueTaskRow,
  type ReportRow,
} from '../schema/supervision-download.ts';
import { daysBetween } from '../util/calendar.ts';
import { reportLook, statusStyle } from '../views/status-style.ts';

const columns = <T extends object>(schema: { shape: T }) =>
  Object.keys(schema.shape) as (keyof T & string)[];
export const REPORT_COLUMNS = columns(reportRowSchema);
export const OVERDUE_TASK_COLUMNS = columns(overdueTaskRowSchema);
export const BEHIND_COLUMNS = columns(behindRowSchema);

/** Every month of every unit given: due date, first report, state. */
export function reportRows(model: Model, units: readonly UnitProgress[]): ReportRow[] {
  return units.flatMap(({ unit, reports }) => {
    const province = unit.parent ? model.units.get(unit.parent)! : unit;
    return reports.map((r) => ({
      province_code: province.code,
      province: province.name,
      unit_code: unit.code,
      unit_name: unit.name,
      period: r.period,
      due: r.due || null,
      state: r.state,
      state_vi: reportLook(r.state).vi,
      first_report: r.firstReport ?? null,
      days_late: r.state === 'late' ? (daysLate(r) ?? null) : null,
    }));
  });
}

/** Overdue tasks of the units given, by lead agency. */
export function overdueTaskRows(model: Model, units: readonly UnitProgress[]): OverdueTaskRow[] {
  return [...overdueByAgency(units, model.asOf).values()].flat().map(({ progress, task }) => ({
    province: (progress.province ?? progress.unit).name,
    unit_code: progress.unit.code,
    unit_name: progress.unit.name,
    task_id: task.id,
    plan: task.plan ?? null,
    pillar: pillarLabel[task.pillar].vi,
    title: task.title,
    lead: task.lead,
    coordinating: task.coordinating.join('; '),
    deadline: task.deadline!,
    days_overdue: daysBetween(task.deadline!, model.asOf),
    status: task.status,
    source_file: task.from.file,
    source_row: task.from.row,
  }));
}

/** Targets missed, off track or at risk in the units given. */
export function behindCsvRows(units: readonly UnitProgress[]): BehindCsvRow[] {
  return behindTargets(units).map(({ progress, cell }) => {
    const last = latestPoint(cell);
    const target = cell.headline.target;
    return {
      unit_code: progress.unit.code,
      unit_name: progress.unit.name,
      indicator_id: cell.indicator.id,
      indicator: cell.indicator.short.vi,
      pillar: pillarLabel[cell.indicator.pillar].vi,
      status: cell.headline.status,
      status_vi: statusStyle[cell.headline.status].vi,
      latest_value: last?.value ?? null,
      latest_period: last?.period ?? null,
      target: target?.value ?? null,
      deadline: target?.deadline ?? null,
      target_plan: target?.planNumber ?? null,
    };
  });
}
