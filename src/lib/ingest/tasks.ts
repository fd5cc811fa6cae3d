import { pillars } from '../schema/common.ts';
import { taskSchema, type Task, type TaskStatus } from '../schema/task.ts';
import type { Unit } from '../schema/unit.ts';
import { append } from '../util/append.ts';
import { makeDiagnostic, type Diagnostic, type Location } from './diagnostics/diagnostic.ts';
import { zodDiagnostics } from './diagnostics/zod.ts';
import { fold } from '../util/text.ts';
import { parseDate } from '../util/calendar.ts';
import { formatDate } from '../util/format.ts';
import { looksSuspicious } from './numbers.ts';
import { cellsOf, text, type Cell, type Table } from './table.ts';

const STATUS: Record<string, TaskStatus> = {
  '': 'unreported',
  'chua bat dau': 'not-started',
  'not started': 'not-started',
  'dang thuc hien': 'in-progress',
  'in progress': 'in-progress',
  'hoan thanh': 'done',
  'da hoan thanh': 'done',
  done: 'done',
  'khong phat sinh': 'not-arising',
  'chua phat sinh': 'not-arising',
  'not arising': 'not-arising',
};
const ONGOING = new Set(['thuong xuyen', 'ongoing', 'regular', 'hang thang', 'lien tuc']);
const UNDATED = new Set(['khong ghi han', 'khong co han', 'no deadline', 'undated']);

type Cells = Record<string, Cell>;

/** What task rows are checked against: every reference must resolve, so that no link is dead. */
export interface TaskContext {
  units: ReadonlyMap<string, Unit>;
  /** Plan ids (content/plans). */
  plans: ReadonlySet<string>;
  /** Indicator ids (content/indicators), for a task linked to the indicator measuring it. */
  indicators?: ReadonlyMap<string, unknown>;
  /** Publication date: nothing is completed after it. */
  asOf: string;
}

/** A task row's dates and status, read from the words exports use. */
function taskFields(
  cells: Cells,
  at: (key: string) => Location,
  asOf: string,
  diagnostics: Diagnostic[],
) {
  const deadlineText = text(cells.deadline);
  const undated = UNDATED.has(fold(deadlineText));
  const ongoing = undated || ONGOING.has(fold(deadlineText));
  const deadline = ongoing ? null : parseDate(deadlineText);
  if (deadline === null && !ongoing)
    diagnostics.push(makeDiagnostic('DATE_INVALID', at('deadline'), { value: deadlineText }));
  const status = STATUS[fold(text(cells.status)).replace(/-/g, ' ')];
  if (!status)
    diagnostics.push(
      makeDiagnostic('VALUE_INVALID', at('status'), {
        value: text(cells.status),
        detail: 'trạng thái không hợp lệ',
        detailEn: 'unknown status',
      }),
    );
  const completedText = text(cells.completedAt);
  const completedAt = completedText ? parseDate(completedText) : undefined;
  if (completedAt === null)
    diagnostics.push(makeDiagnostic('DATE_INVALID', at('completedAt'), { value: completedText }));
  else if (completedAt && completedAt > asOf)
    diagnostics.push(
      makeDiagnostic('DATE_AFTER_PUBLICATION', at('completedAt'), {
        value: completedText,
        asOf: formatDate(asOf),
      }),
    );
  return {
    deadline,
    ...(undated ? { undated: true as const } : {}),
    status: status ?? 'unreported',
    completedAt: completedAt ?? undefined,
  };
}

/** The unit, plan and pillar a task names: each must exist (the site links to them). */
function references(cells: Cells, at: (key: string) => Location, ctx: TaskContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const unit = text(cells.unit);
  if (unit && !ctx.units.has(unit))
    out.push(makeDiagnostic('UNIT_UNKNOWN', at('unit'), { value: unit }));
  const plan = text(cells.plan);
  if (plan && !ctx.plans.has(plan))
    out.push(
      makeDiagnostic('REFERENCE_UNKNOWN', at('plan'), {
        value: plan,
        target: 'kế hoạch',
        targetEn: 'plan',
      }),
    );
  const indicator = text(cells.indicator);
  if (indicator && ctx.indicators && !ctx.indicators.has(indicator))
    out.push(
      makeDiagnostic('REFERENCE_UNKNOWN', at('indicator'), {
        value: indicator,
        target: 'chỉ tiêu',
        targetEn: 'indicator',
      }),
    );
  const pillar = text(cells.pillar);
  if (pillar === '') out.push(makeDiagnostic('VALUE_REQUIRED', at('pillar')));
  else if (!(pillars as readonly string[]).includes(pillar))
    out.push(
      makeDiagnostic('REFERENCE_UNKNOWN', at('pillar'), {
        value: pillar,
        target: `lĩnh vực (${pillars.join(', ')})`,
        targetEn: `pillar (${pillars.join(', ')})`,
      }),
    );
  return out;
}

/** One task row, checked against the schema and its references; null when it has an error. */
function readTask(
  cells: Cells,
  where: { file: string; row: number },
  header: (key: string) => string,
  ctx: TaskContext,
  diagnostics: Diagnostic[],
): Task | null {
  const at = (key: string) => ({ ...where, column: header(key) });
  const problems = references(cells, at, ctx);
  const fields = taskFields(cells, at, ctx.asOf, problems);
  for (const key of ['title', 'lead', 'coordinating', 'expectedResult', 'section', 'note'])
    if (looksSuspicious(text(cells[key])))
      problems.push(makeDiagnostic('TEXT_SUSPICIOUS', at(key)));
  const evidence = text(cells.evidence);
  const parsed = taskSchema.safeParse({
    unit: text(cells.unit),
    id: text(cells.id),
    plan: text(cells.plan) || undefined,
    pillar: text(cells.pillar),
    title: text(cells.title),
    lead: text(cells.lead),
    coordinating: text(cells.coordinating)
      .split(';')
      .map((s) => s.trim())
      .filter(Boolean),
    expectedResult: text(cells.expectedResult),
    ...fields,
    evidence: evidence || undefined,
    indicator: text(cells.indicator) || undefined,
    section: text(cells.section) || undefined,
    note: text(cells.note) || undefined,
    from: where,
  });
  if (!parsed.success)
    // The pillar is reported above, with the list of pillars, rather than as zod words it.
    append(
      problems,
      zodDiagnostics(parsed.error, where, header).filter((d) => d.column !== header('pillar')),
    );
  append(diagnostics, problems);
  if (!parsed.success || problems.some((i) => i.severity === 'error')) return null;
  return parsed.data;
}

/** Reads a task file; deadlines may be a date, "thường xuyên" (ongoing) or "không ghi hạn". */
export function readTasks(
  table: Table,
  file: string,
  ctx: TaskContext,
): { tasks: Task[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [...table.diagnostics];
  const tasks: Task[] = [];
  const ids = new Map<string, number>();
  const header = (k: string) => table.headers[k] ?? k;
  for (const { row, values } of table.rows) {
    const task = readTask(cellsOf(table, values), { file, row }, header, ctx, diagnostics);
    if (!task) continue;
    const key = `${task.unit}/${task.id}`;
    const previous = ids.get(key);
    if (previous !== undefined) {
      diagnostics.push(
        makeDiagnostic(
          'VALUE_INVALID',
          { file, row, column: header('id') },
          {
            value: task.id,
            detail: `trùng mã với dòng ${previous}`,
            detailEn: `same id as row ${previous}`,
          },
        ),
      );
      continue;
    }
    ids.set(key, row);
    tasks.push(task);
  }
  return { tasks, diagnostics };
}
