import { issue, type Change, type Issue, type KnownChange, type SnapshotUnit } from '../types.ts';
import { findChange } from './changes.ts';

/**
 * A unit whose type differs between the 2025 snapshot and the newest one (Tỉnh → Thành phố,
 * Xã → Phường): the newest wins, dated by the curated change list, else by the newer snapshot
 * with a warning. Returns null when the type did not change.
 */
export function typeChange(
  base: SnapshotUnit,
  current: SnapshotUnit,
  changes: readonly KnownChange[],
  currentFile: string,
  currentDate: string,
  issues: Issue[],
): Change | null {
  if (base.type === current.type) return null;
  const where = { file: currentFile, unit: current.code };
  const known = findChange(changes, current.code, current.parent);
  if (!known)
    issues.push(
      issue(
        'warning',
        'CHANGE_DATE_UNKNOWN',
        where,
        `${base.fullName} → ${current.fullName}: chưa biết ngày hiệu lực; tạm lấy ngày của bản mới (${currentDate}). Thêm vào src/tools/registry/reconcile/changes.ts`,
        `${base.fullName} → ${current.fullName}: effective date unknown; using the snapshot date (${currentDate}). Add it to src/tools/registry/reconcile/changes.ts`,
      ),
    );
  const change = {
    code: current.code,
    from: base.fullName,
    to: current.fullName,
    since: known?.date ?? currentDate,
    basis: known?.basis ?? '',
  };
  issues.push(
    issue(
      'info',
      'TYPE_CHANGED',
      where,
      `${change.from} → ${change.to} từ ${change.since}`,
      `${change.from} → ${change.to} since ${change.since}`,
    ),
  );
  return change;
}
