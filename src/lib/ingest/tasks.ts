import { taskSchema, type Task, type TaskStatus } from '../schema/task.ts';
import type { Unit } from '../schema/unit.ts';
import { makeDiagnostic, type Diagnostic } from './diagnostics/diagnostic.ts';
import { zodDiagnostics } from './diagnostics/zod.ts';
import { fold } from '../util/text.ts';
import { parseDate } from '../util/calendar.ts';
import { looksSuspicious } from './numbers.ts';
import { cellsOf, text, type Table } from './table.ts';

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
    const cells = cellsOf(table, values);
    const at = (key: string) => ({ file, row, column: header(key) });
    const rowIssues: Diagnostic[] = [];
    const deadlineText = text(cells.deadline);
    const deadline = ONGOING.has(fold(deadlineText)) ? null : parseDate(deadlineText);
    if (deadline === null && !ONGOING.has(fold(deadlineText)))
      rowIssues.push(makeDiagnostic('DATE_INVALID', at('deadline'), { value: deadlineText }));
    const statusText = fold(text(cells.status)).replace(/-/g, ' ');
    const status = STATUS[statusText];
    if (!status)
      rowIssues.push(
        makeDiagnostic('VALUE_INVALID', at('status'), {
          value: text(cells.status),
          detail: 'trạng thái không hợp lệ',
          detailEn: 'unknown status',
        }),
      );
    const completedText = text(cells.completedAt);
    const completedAt = completedText ? parseDate(completedText) : undefined;
    if (completedAt === null)
      rowIssues.push(makeDiagnostic('DATE_INVALID', at('completedAt'), { value: completedText }));
    const unit = text(cells.unit);
    if (unit && !units.has(unit))
      rowIssues.push(makeDiagnostic('UNIT_UNKNOWN', at('unit'), { value: unit }));
    for (const key of ['title', 'lead', 'expectedResult'])
      if (looksSuspicious(text(cells[key])))
        rowIssues.push(makeDiagnostic('TEXT_SUSPICIOUS', at(key)));

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
      deadline: deadline ?? null,
      status: status ?? 'unreported',
      completedAt: completedAt ?? undefined,
      evidence: evidence || undefined,
      from: { file, row },
    });
    if (!parsed.success) rowIssues.push(...zodDiagnostics(parsed.error, { file, row }, header));
    diagnostics.push(...rowIssues);
    if (!parsed.success || rowIssues.some((i) => i.severity === 'error')) continue;
    const key = `${parsed.data.unit}/${parsed.data.id}`;
    const previous = ids.get(key);
    if (previous !== undefined) {
      diagnostics.push(
        makeDiagnostic('VALUE_INVALID', at('id'), {
          value: parsed.data.id,
          detail: `trùng mã với dòng ${previous}`,
          detailEn: `same id as row ${previous}`,
        }),
      );
      continue;
    }
    ids.set(key, row);
    tasks.push(parsed.data);
  }
  return { tasks, diagnostics };
}
