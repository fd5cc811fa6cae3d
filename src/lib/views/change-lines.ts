import type { Model } from '../model/types.ts';
import type {
  Changes,
  ReportChange,
  ReportField,
  StatusChange,
  TaskChange,
} from '../publish/changes.ts';
import { formatDate, formatPeriod } from '../util/format.ts';
import { statusStyle } from './status-style.ts';

/** Every digit the unit reported: a revision from 82,53 to 82,54 must not read "82,5 → 82,5". */
const exact = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 6 });
export const formatExact = (value: number): string => exact.format(value);

/** One change, said in a sentence (Vietnamese, with the English kind). */
export interface ChangeLine {
  kind: ReportChange['kind'] | 'status' | 'completed' | 'overdue' | 'task-added';
  /** Short label of the kind: "Điều chỉnh / revised". */
  label: string;
  text: string;
}

export const KIND_LABEL: Record<ChangeLine['kind'], { vi: string; en: string }> = {
  added: { vi: 'Báo cáo mới', en: 'new report' },
  revised: { vi: 'Điều chỉnh', en: 'revised' },
  changed: { vi: 'Sửa không kèm ngày báo cáo mới', en: 'altered in place' },
  removed: { vi: 'Không còn trong dữ liệu', en: 'withdrawn' },
  status: { vi: 'Đổi trạng thái', en: 'status change' },
  completed: { vi: 'Nhiệm vụ hoàn thành', en: 'task completed' },
  overdue: { vi: 'Nhiệm vụ mới quá hạn', en: 'task newly overdue' },
  'task-added': { vi: 'Nhiệm vụ mới', en: 'new task' },
};

const label = (kind: ChangeLine['kind']) => `${KIND_LABEL[kind].vi} / ${KIND_LABEL[kind].en}`;

type Report = NonNullable<ReportChange['now']>;
const dated = (r: Report) =>
  `báo cáo ngày ${formatDate(r.reportedAt)}; ${r.source.file}, dòng ${r.source.row}`;
const reported = (r: Report) => `${formatExact(r.value)} (${dated(r)})`;

function reportLine(model: Model, c: ReportChange): ChangeLine {
  const indicator = model.indicators.find((i) => i.id === c.indicator)?.short.vi ?? c.indicator;
  const what = `${indicator}, tháng ${formatPeriod(c.period)}`;
  const text =
    c.kind === 'added'
      ? `${what}: ${reported(c.now!)}`
      : c.kind === 'removed'
        ? `${what}: ${reported(c.before!)} không còn trong dữ liệu`
        : `${what}: ${revision(c)}`;
  return { kind: c.kind, label: label(c.kind), text };
}

const FIELD_LABEL: Record<ReportField, string> = {
  value: 'giá trị',
  doneOn: 'ngày hoàn thành',
  numerator: 'tử số',
  denominator: 'mẫu số',
  source: 'nguồn',
  note: 'ghi chú',
};

/** Both reports; when the value stayed, what changed instead (never a bare "37 → 37"). */
function revision(c: ReportChange): string {
  const both = `${reported(c.before!)} → ${reported(c.now!)}`;
  const others = (c.fields ?? []).filter((f) => f !== 'value').map((f) => FIELD_LABEL[f]);
  if (c.now!.value !== c.before!.value)
    return others.length > 0 ? `${both}; đổi cả ${others.join(', ')}` : both;
  const changed =
    others.length > 0 ? `đổi ${others.join(', ')}` : c.kind === 'revised' ? 'báo cáo lại' : 'sửa';
  return `${changed}, giá trị giữ nguyên ${formatExact(c.now!.value)} (${dated(c.before!)} → ${dated(c.now!)})`;
}

function statusLine(model: Model, c: StatusChange): ChangeLine {
  const indicator = model.indicators.find((i) => i.id === c.indicator)?.short.vi ?? c.indicator;
  return {
    kind: 'status',
    label: label('status'),
    text: `${indicator}: ${statusStyle[c.from].vi} → ${statusStyle[c.to].vi}`,
  };
}

function taskLine(c: TaskChange): ChangeLine {
  const deadline = c.deadline ? `hạn ${formatDate(c.deadline)}` : 'thường xuyên';
  const done = c.completedAt ? `, hoàn thành ngày ${formatDate(c.completedAt)}` : '';
  const text = `${c.id}: ${c.title} (${deadline}${done})`;
  const kind = c.kind === 'added' ? 'task-added' : c.kind;
  return { kind, label: label(kind), text };
}

/** A unit's changes, grouped for lookup: built once per publication. */
export interface ChangeIndex {
  reports: Map<string, ReportChange[]>;
  statuses: Map<string, StatusChange[]>;
  tasks: Map<string, TaskChange[]>;
}

const ORDER = { changed: 0, removed: 1, revised: 2, added: 4 } as const;
// Indicator ids are ASCII slugs and periods yyyy-mm: code-unit order is enough, and fast.
const ascii = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const reportOrder = (a: ReportChange, b: ReportChange) =>
  ORDER[a.kind] - ORDER[b.kind] || ascii(a.indicator, b.indicator) || ascii(a.period, b.period);

/** Each unit's report changes, sorted once here rather than on every page and feed that shows them. */
function byUnitInOrder(reports: readonly ReportChange[]): Map<string, ReportChange[]> {
  const out = Map.groupBy(reports, (r) => r.unit);
  for (const list of out.values()) list.sort(reportOrder);
  return out;
}

const indexes = new WeakMap<Changes, ChangeIndex>();

/** The changes grouped by unit, once per publication (every unit page asks for it). */
export function indexChanges(c: Changes): ChangeIndex {
  let index = indexes.get(c);
  if (!index)
    indexes.set(
      c,
      (index = {
        reports: byUnitInOrder(c.reports),
        statuses: Map.groupBy(c.statuses, (s) => s.unit),
        tasks: Map.groupBy(c.tasks, (t) => t.unit),
      }),
    );
  return index;
}

/** How many changes a unit has. */
export const countUnitChanges = (index: ChangeIndex, code: string): number =>
  (index.reports.get(code)?.length ?? 0) +
  (index.statuses.get(code)?.length ?? 0) +
  (index.tasks.get(code)?.length ?? 0);

/**
 * What changed for one unit, at most `limit` lines (pages and feeds show a few; a publication
 * revising everything has hundreds per unit): revisions and status changes first, then tasks,
 * then new reports.
 */
export function unitChangeLines(
  model: Model,
  index: ChangeIndex,
  code: string,
  limit = Infinity,
): ChangeLine[] {
  const sorted = index.reports.get(code) ?? [];
  const lines: ChangeLine[] = [];
  const add = (make: () => ChangeLine) => lines.length < limit && lines.push(make());
  for (const r of sorted) if (r.kind !== 'added') add(() => reportLine(model, r));
  for (const s of index.statuses.get(code) ?? []) add(() => statusLine(model, s));
  for (const t of index.tasks.get(code) ?? []) add(() => taskLine(t));
  for (const r of sorted) if (r.kind === 'added') add(() => reportLine(model, r));
  return lines;
}

/** Units with any change, in code order. */
export const changedUnits = (index: ChangeIndex): string[] =>
  [...new Set([...index.reports.keys(), ...index.statuses.keys(), ...index.tasks.keys()])].sort();
