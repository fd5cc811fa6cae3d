import { taskSchema, type Task, type TaskStatus } from '../schema/task.ts';
import type { Unit } from '../schema/unit.ts';
import { append } from '../util/append.ts';
import { makeDiagnostic, type Diagnostic, type Location } from './diagnostics/diagnostic.ts';
import { zodDiagnostics } from './diagnostics/zod.ts';
import { fold } from '../util/text.ts';
import { parseDate } from '../util/calendar.ts';
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
};
const ONGOING = new Set(['thuong xuyen', 'ongoing', 'regular', 'hang thang', 'lien tuc']);

type Cells = Record<string, Cell>;

/** A task row's dates and status, read from the words exports use. */
function taskFields(cells: Cells, at: (key: string) => Location, diagnostics: Diagnostic[]) {
  const deadlineText = text(cells.deadline);
  const ongoing = ONGOING.has(fold(deadlineText));
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
  return { deadline, status: status ?? 'unreported', completedAt: completedAt ?? undefined };
}

/** One task row, checked against the schema and the unit registry; null when it has an error. */
function readTask(
  cells: Cells,
  where: { file: string; row: number },
  header: (key: string) => string,
  units: ReadonlyMap<string, Unit>,
  diagnostics: Diagnostic[],
): Task | null {
  const at = (key: string) => ({ ...where, column: header(key) });
  const problems: Diagnostic[] = [];
  const fields = taskFields(cells, at, problems);
  const unit = text(cells.unit);
  if (unit && !units.has(unit))
    problems.push(makeDiagnostic('UNIT_UNKNOWN', at('unit'), { value: unit }));
  for (const key of ['title', 'lead', 'expectedResult', 'note'])
    if (looksSuspicious(text(cells[key])))
      problems.push(makeDiagnostic('TEXT_SUSPICIOUS', at(key)));
  const evidence = text(cells.evidence);
  const parsed = taskSchema.safeParse({
    unit,
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
    section: text(cells.section) || undefined,
    note: text(cells.note) || undefined,
    from: where,
  });
  if (!parsed.success) problems.push(...zodDiagnostics(parsed.error, where, header));
  append(diagnostics, problems);
  if (!parsed.success || problems.some((i) => i.severity === 'error')) return null;
  return parsed.data;
}

/** Reads a task file; deadlines may be a date or "thường xuyên" (ongoing). */
export function readTasks(
  table: Table,
  file: string,
  units: ReadonlyMap<string, Unit>,
): { tasks: Task[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [...table.diagnostics];
  const tasks: Task[] = [];
  const ids = new Map<string, number>();
  const header = (k: string) => table.headers[k] ?? k;
  for (const { row, values } of table.rows) {
    const task = readTask(cellsOf(table, values), { file, row }, header, units, diagnostics);
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
