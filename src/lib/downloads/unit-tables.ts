import { isOverdue } from '../model/tasks.ts';
import type { Model, UnitProgress } from '../model/types.ts';
import type { TaskRow, UnitTargetRow } from '../schema/download.ts';
import type { Task } from '../schema/task.ts';
import { headlineReason, phaseReason } from '../views/reason.ts';
import { statusStyle } from '../views/status-style.ts';
import { observationRows } from './tables.ts';

/** One task as a row of nhiem-vu.csv. */
export function taskRow(model: Model, t: Task): TaskRow {
  return {
    unit_code: t.unit,
    unit_name: model.units.get(t.unit)?.name ?? '',
    task_id: t.id,
    plan: t.plan ?? null,
    pillar: t.pillar,
    title: t.title,
    lead: t.lead,
    coordinating: t.coordinating.join('; '),
    expected_result: t.expectedResult,
    deadline: t.deadline,
    status: t.status,
    completed_at: t.completedAt ?? null,
    overdue: isOverdue(t, model.asOf),
    evidence: t.evidence ?? null,
    section: t.section ?? null,
    note: t.note ?? null,
    source_file: t.from.file,
    source_row: t.from.row,
  };
}

/** A unit's targets, one row per phase: value, deadline, document and section, status and why. */
export function unitTargetRows(progress: UnitProgress): UnitTargetRow[] {
  return progress.indicators.flatMap((p) =>
    p.targets.map((t, i) => ({
      unit_code: progress.unit.code,
      indicator_id: p.indicator.id,
      indicator: p.indicator.short.vi,
      phase: t.phase,
      target: t.value,
      deadline: t.deadline,
      plan: t.planNumber,
      section: t.section,
      origin: t.origin,
      status: p.evaluations[i]!.status,
      status_vi: statusStyle[p.evaluations[i]!.status].vi,
      current: t === p.headline.target,
      reason: phaseReason(p, i),
    })),
  );
}

/** A unit's JSON download: values, targets, deadlines, status and source rows, and its tasks. */
export function unitJson(model: Model, progress: UnitProgress) {
  const { unit, province } = progress;
  const reports = Map.groupBy(observationRows(progress), (r) => r.indicator);
  return {
    publication: { id: model.publication?.entry.id ?? null, publishedAt: model.asOf },
    unit: {
      code: unit.code,
      name: unit.name,
      level: unit.level,
      type: unit.type,
      province_code: province?.code ?? null,
      province: province?.name ?? null,
    },
    indicators: progress.indicators.map((p) => ({
      id: p.indicator.id,
      name: p.indicator.name.vi,
      name_en: p.indicator.name.en,
      basis: p.basis,
      status: p.headline.status,
      status_vi: statusStyle[p.headline.status].vi,
      reason: headlineReason(p),
      targets: p.targets.map((t, i) => ({
        value: t.value,
        deadline: t.deadline,
        phase: t.phase,
        plan: t.planNumber,
        section: t.section,
        origin: t.origin,
        status: p.evaluations[i]!.status,
        reason: phaseReason(p, i),
        current: t === p.headline.target,
      })),
      reports: (reports.get(p.indicator.id) ?? []).map(
        ({ unit: _u, indicator: _i, numberFormat: _n, ...r }) => r,
      ),
    })),
    tasks: progress.tasks.map((t) => taskRow(model, t)),
  };
}
