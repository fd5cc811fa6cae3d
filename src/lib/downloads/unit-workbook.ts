import { HEADLINE_MEANS, MET_STATUSES, unitHeadline } from '../model/counts.ts';
import type { Model, UnitProgress } from '../model/types.ts';
import { asOfSentence } from '../views/answer.ts';
import { headlineReason } from '../views/reason.ts';
import { statusStyle } from '../views/status-style.ts';
import { SAMPLE_NOTICE } from './sample.ts';
import { observationRows } from './tables.ts';
import { taskRow, unitTargetRows } from './unit-tables.ts';
import { xlsx, type Cell, type Sheet } from './xlsx.ts';
import type { Deflater } from './zip.ts';

// A unit's workbook: everything its page shows, so that a reader can recompute each figure in
// Excel. Headers are Vietnamese with the CSV's column name in brackets, so a reader moving
// between the workbook and the CSV finds the same column.

/** The sheet names, also read back by the tests. */
export const SHEETS = {
  overview: 'Tổng quan',
  indicators: 'Chỉ tiêu',
  targets: 'Mục tiêu',
  reports: 'Báo cáo',
  tasks: 'Nhiệm vụ',
} as const;

/** The headline's counting rule in words a reader can apply to the "Chỉ tiêu" sheet. */
export const HEADLINE_RULE =
  `Tỷ lệ = số dòng "Tính vào tỷ lệ" = TRUE có trạng thái ${MET_STATUSES.join(', ')}, ` +
  `chia cho số dòng "Tính vào tỷ lệ" = TRUE (mọi trạng thái trừ no-target); ` +
  `không có tỷ lệ khi không chỉ tiêu nào có số liệu (căn cứ own hoặc rollup).`;

const date = (iso: string | null | undefined): Cell => (iso ? { date: iso } : null);
const head = (pairs: readonly [vi: string, key: string][]): Cell[] =>
  pairs.map(([vi, key]) => `${vi} [${key}]`);

/** A table sheet: the sample notice first when sample, then the header and rows. */
function table(name: string, header: Cell[], rows: Cell[][], sample: boolean): Sheet {
  const notice = sample ? [[`${SAMPLE_NOTICE.vi} ${SAMPLE_NOTICE.en}`]] : [];
  return { name, rows: [...notice, header, ...rows], headerRow: notice.length };
}

function overview(model: Model, progress: UnitProgress): Sheet {
  const { unit, province } = progress;
  const h = unitHeadline(progress);
  const rows: Cell[][] = [
    ['Đơn vị', unit.name],
    ['Mã đơn vị', unit.code],
    ['Tỉnh/thành phố', province?.name ?? null],
    ['Ngày số liệu', date(model.asOf)],
    ['Lần công bố', model.publication?.entry.id ?? null],
    ['Thời điểm', asOfSentence(progress, model.asOf)],
    ['Tỷ lệ chỉ tiêu đã đạt (%)', h.share === undefined ? 'chưa có số liệu' : h.share],
    ['Số chỉ tiêu đạt', h.met],
    ['Số chỉ tiêu có mục tiêu', h.judged],
    ['Tỷ lệ này là', HEADLINE_MEANS],
    ['Cách tính lại', HEADLINE_RULE],
  ];
  if (model.dataset.sample) rows.unshift([SAMPLE_NOTICE.vi, SAMPLE_NOTICE.en]);
  return { name: SHEETS.overview, rows };
}

function indicators(progress: UnitProgress, sample: boolean): Sheet {
  const header = head([
    ['Mã chỉ tiêu', 'indicator_id'],
    ['Tên chỉ tiêu', 'indicator'],
    ['Căn cứ', 'basis'],
    ['Trạng thái', 'status'],
    ['Trạng thái (tiếng Việt)', 'status_vi'],
    ['Tính vào tỷ lệ', 'counted'],
    ['Vì sao', 'reason'],
  ]);
  const rows = progress.indicators.map((p): Cell[] => [
    p.indicator.id,
    p.indicator.name.vi,
    p.basis,
    p.headline.status,
    statusStyle[p.headline.status].vi,
    p.headline.status !== 'no-target',
    headlineReason(p),
  ]);
  return table(SHEETS.indicators, header, rows, sample);
}

function targets(progress: UnitProgress, sample: boolean): Sheet {
  const header = head([
    ['Mã chỉ tiêu', 'indicator_id'],
    ['Tên chỉ tiêu', 'indicator'],
    ['Giai đoạn', 'phase'],
    ['Mục tiêu', 'target'],
    ['Hạn', 'deadline'],
    ['Văn bản', 'plan'],
    ['Mục', 'section'],
    ['Nguồn mục tiêu', 'origin'],
    ['Trạng thái', 'status'],
    ['Trạng thái (tiếng Việt)', 'status_vi'],
    ['Giai đoạn hiện hành', 'current'],
    ['Vì sao', 'reason'],
  ]);
  const rows = unitTargetRows(progress).map((r): Cell[] => [
    r.indicator_id,
    r.indicator,
    r.phase,
    r.target,
    date(r.deadline),
    r.plan,
    r.section,
    r.origin,
    r.status,
    r.status_vi,
    r.current,
    r.reason,
  ]);
  return table(SHEETS.targets, header, rows, sample);
}

function reports(progress: UnitProgress, sample: boolean): Sheet {
  const names = new Map(progress.indicators.map((p) => [p.indicator.id, p.indicator.name.vi]));
  const header = head([
    ['Mã chỉ tiêu', 'indicator'],
    ['Tên chỉ tiêu', 'indicator_name'],
    ['Tháng', 'period'],
    ['Giá trị', 'value'],
    ['Số đạt', 'numerator'],
    ['Tổng số', 'denominator'],
    ['Ngày hoàn thành', 'doneOn'],
    ['Ngày báo cáo', 'reportedAt'],
    ['Nguồn', 'source'],
    ['Ghi chú', 'note'],
    ['Số liệu gốc', 'baseline'],
    ['Số đang dùng', 'current'],
    ['Tệp nguồn', 'source_file'],
    ['Dòng nguồn', 'source_row'],
  ]);
  const rows = observationRows(progress).map((r): Cell[] => [
    r.indicator,
    names.get(r.indicator) ?? null,
    r.period,
    r.value,
    r.numerator ?? null,
    r.denominator ?? null,
    date(r.doneOn),
    date(r.reportedAt),
    r.source,
    r.note ?? null,
    r.baseline ?? false,
    r.current,
    r.source_file,
    r.source_row,
  ]);
  return table(SHEETS.reports, header, rows, sample);
}

function tasks(model: Model, progress: UnitProgress, sample: boolean): Sheet {
  const header = head([
    ['Mã nhiệm vụ', 'task_id'],
    ['Kế hoạch', 'plan'],
    ['Mục', 'section'],
    ['Nội dung', 'title'],
    ['Chủ trì', 'lead'],
    ['Phối hợp', 'coordinating'],
    ['Hạn', 'deadline'],
    ['Trạng thái', 'status'],
    ['Quá hạn', 'overdue'],
    ['Ngày hoàn thành', 'completed_at'],
    ['Ghi chú', 'note'],
    ['Tệp nguồn', 'source_file'],
    ['Dòng nguồn', 'source_row'],
  ]);
  const rows = progress.tasks.map((t): Cell[] => {
    const r = taskRow(model, t);
    return [
      r.task_id,
      r.plan,
      r.section,
      r.title,
      r.lead,
      r.coordinating,
      date(r.deadline),
      r.status,
      r.overdue,
      date(r.completed_at),
      r.note,
      r.source_file,
      r.source_row,
    ];
  });
  return table(SHEETS.tasks, header, rows, sample);
}

/** The unit's .xlsx: overview with the headline and how it is counted, then one sheet per table. */
export function unitWorkbook(model: Model, progress: UnitProgress, deflater: Deflater): Uint8Array {
  const sample = model.dataset.sample;
  const sheets = [
    overview(model, progress),
    indicators(progress, sample),
    targets(progress, sample),
    reports(progress, sample),
  ];
  if (progress.tasks.length > 0) sheets.push(tasks(model, progress, sample));
  return xlsx(sheets, deflater, model.asOf);
}
