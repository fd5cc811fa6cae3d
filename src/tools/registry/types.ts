import type { Unit, UnitType } from '../../lib/schema/unit.ts';

/**
 * What the registry importer reads and writes. The sources are public tables (see
 * data/registry/README.md); every problem found in them is an Issue that names the file, the
 * line (and the spreadsheet record when a cell holds line breaks), the column and the unit.
 */
export type Severity = 'error' | 'warning' | 'info';

export interface Issue {
  severity: Severity;
  code: string;
  file: string;
  /** Physical line (what a text editor shows). */
  line?: number;
  /** Record number (what a spreadsheet shows), when it differs from the line. */
  record?: number;
  column?: string;
  unit?: string;
  message: string;
  messageEn: string;
}

export type Where = Pick<Issue, 'file' | 'line' | 'record' | 'column' | 'unit'>;

export const issue = (
  severity: Severity,
  code: string,
  where: Where,
  message: string,
  messageEn: string,
): Issue => ({ severity, code, ...where, message, messageEn });

/** How an old unit went into a new one, from the conversion table's "Ghi chú" column. */
export type MergeKind =
  | 'whole' // Nhập toàn bộ
  | 'partial' // Nhập một phần (diện tích / dân số), Đổi tên từ một phần, Phần còn lại sau khi tách
  | 'partial-area-all-population' // Nhập một phần diện tích, toàn bộ dân số: the unit got the people
  | 'unchanged' // Giữ nguyên
  | 'renamed' // Đổi tên
  | 'type-changed' // Đổi loại hình
  | 'district' // Sắp xếp toàn bộ huyện X thành đặc khu X (a district without communes)
  | 'not-a-unit' // e.g. "Khu vực bãi bồi ven biển do huyện Kim Sơn quản lý"
  | 'unknown';

export type CommuneType = 'xa' | 'phuong' | 'dac-khu';
export type ProvinceType = 'tinh' | 'thanh-pho';

/** One row of the statistics office's new↔old conversion table, cleaned. */
export interface NsoRow {
  line: number;
  record: number;
  province: { code: string; name: string; type: ProvinceType };
  newName: string;
  newType: CommuneType;
  newCode: string;
  /** Empty when the predecessor is a whole district. */
  oldName: string;
  /** Empty when the old name has no type word (kept as written, never guessed). */
  oldType: 'xa' | 'phuong' | 'thi-tran' | '';
  oldCode: string;
  note: string;
  kind: MergeKind;
  district: { name: string; code: string } | null;
  oldProvince: { name: string; code: string };
}

/** One unit of a registry snapshot (thanglequoc/vietnamese-provinces-database JSON format). */
export interface SnapshotUnit {
  code: string;
  level: 'province' | 'commune';
  type: UnitType;
  /** Bare name: "Đồng Phú". */
  name: string;
  /** Type word + name: "Xã Đồng Phú". */
  fullName: string;
  parent?: string;
}

export interface Snapshot {
  file: string;
  /** The state the snapshot describes (yyyy-mm-dd). */
  date: string;
  units: SnapshotUnit[];
}

export interface ProvinceMapRow {
  line: number;
  oldCode: string;
  oldName: string;
  newCode: string;
  newName: string;
}

export interface ProvinceCodeRow {
  line: number;
  code: string;
  name: string;
}

/** One old unit → new unit pair, as published in data/registry/predecessors.csv. */
export interface Predecessor {
  newCode: string;
  oldCode: string;
  oldName: string;
  oldDistrict: string;
  oldProvince: string;
  kind: MergeKind;
  line: number;
}

/** A later legal change, to date a difference between the snapshots. */
export interface KnownChange {
  /** A unit code, or "communes-of:<province code>". */
  scope: string;
  date: string;
  basis: string;
}

/** A unit that took its current type after the reorganisation, with the date and legal basis. */
export interface Change {
  code: string;
  from: string;
  to: string;
  since: string;
  basis: string;
}

export type RegistryUnit = Unit;
