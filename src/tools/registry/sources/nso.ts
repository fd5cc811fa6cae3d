import { fold } from '../../../lib/util/text.ts';
import { readRecords, Tally, type CsvRecord } from '../csv.ts';
import { issue, type Issue, type MergeKind, type NsoRow, type Where } from '../types.ts';
import {
  DISTRICT_TYPES,
  NEW_COMMUNE_TYPES,
  OLD_COMMUNE_TYPES,
  splitTypeWord,
} from './type-words.ts';

/**
 * Reads the statistics office's new↔old conversion table: two header rows, province title
 * rows in capitals between blocks, then one row per old→new pair. Columns are found by their
 * header, not their position; nothing is guessed silently.
 */
const HEADERS = {
  province: 'tinh thanh pho',
  newName: 'ten xa moi',
  newCode: 'ma xa moi',
  oldName: 'ten xa cu',
  oldCode: 'ma xa cu',
  note: 'ghi chu',
  district: 'quan huyen',
  oldProvince: 'tinh cu',
} as const;
type Key = keyof typeof HEADERS;

/** The kind of change from the "Ghi chú" cell (with its known typos), or null when unknown. */
export function noteKind(note: string): MergeKind | null {
  const n = note.replace(/\s+/g, ' ').replace(/^Nhâp/, 'Nhập').trim();
  const rules: [RegExp, MergeKind][] = [
    [/^Nhập toàn bộ/, 'whole'],
    [/^Nhập một phần diện tích, toàn bộ dân số$/, 'partial-area-all-population'],
    [/^Nhập một phần/, 'partial'],
    [/^Giữ nguyên$/, 'unchanged'],
    [/^Đổi loại hình$/, 'type-changed'],
    [/^Đổi tên$/, 'renamed'],
    [/^Đổi tên.* từ một phần/, 'partial'],
    [/^Phần còn lại sau khi tách/, 'partial'],
    [/^Sắp xếp toàn bộ huyện .* thành đặc khu/, 'district'],
    [/^Sắp xếp toàn bộ xã .* thành đặc khu/, 'whole'],
  ];
  return rules.find(([re]) => re.test(n))?.[1] ?? null;
}

interface Reading {
  file: string;
  col: Record<Key, number>;
  tally: Tally;
  issues: Issue[];
}

function columns(records: CsvRecord[], file: string, issues: Issue[]) {
  const headerAt = records.findIndex((r) => r.cells.some((c) => fold(c) === HEADERS.newCode));
  if (headerAt < 0) {
    issues.push(
      issue(
        'error',
        'SOURCE_STRUCTURE',
        { file },
        'Không có dòng tiêu đề chứa cột "Mã Xã mới"',
        'No header row with a "Mã Xã mới" column',
      ),
    );
    return null;
  }
  const header = records[headerAt]!.cells.map(fold);
  const col = {} as Record<Key, number>;
  for (const key of Object.keys(HEADERS) as Key[]) {
    col[key] = header.indexOf(HEADERS[key]);
    if (col[key] < 0)
      issues.push(
        issue(
          'error',
          'SOURCE_STRUCTURE',
          { file, line: records[headerAt]!.line },
          `Thiếu cột "${HEADERS[key]}"`,
          `Missing column "${HEADERS[key]}"`,
        ),
      );
  }
  return issues.length > 0 ? null : { col, body: records.slice(headerAt + 1) };
}

/** A province title row ("THÀNH PHỐ HÀ NỘI", once "Tỉnh Bắc Ninh (24)"): one filled cell. */
function isTitleRow(r: CsvRecord): boolean {
  const filled = r.cells.filter((c) => c.trim() !== '');
  const only = (filled[0] ?? '').trim();
  return (
    filled.length === 1 &&
    (only === only.toUpperCase() || /^(Tỉnh|Thành phố) .+ \(\d{2}\)$/.test(only))
  );
}

export function parseNsoTable(text: string, file: string): { rows: NsoRow[]; issues: Issue[] } {
  const read = readRecords(text, file);
  const issues = [...read.issues];
  const found = columns(read.records, file, issues);
  if (!found) return { rows: [], issues };
  const reading: Reading = { file, col: found.col, tally: new Tally(), issues };
  const rows: NsoRow[] = [];
  for (const r of found.body) {
    if (isTitleRow(r)) continue;
    const row = readRow(r, reading);
    if (row) rows.push(row);
  }
  return { rows, issues: [...issues, ...reading.tally.issues(file)] };
}

function readRow(r: CsvRecord, p: Reading): NsoRow | null {
  const at = (key: Key) => p.tally.clean(r.cells[p.col[key]] ?? '', r.line);
  const where: Where = {
    file: p.file,
    line: r.line,
    ...(r.record !== r.line ? { record: r.record } : {}),
  };
  const newCode = at('newCode');
  const fail = (column: string, vi: string, en: string) => {
    p.issues.push(issue('error', 'ROW_UNREADABLE', { ...where, column, unit: newCode }, vi, en));
    return null;
  };
  if (!/^\d{5}$/.test(newCode))
    return fail(
      'Mã Xã mới',
      `Không có mã xã mới 5 chữ số: "${newCode}"`,
      `No 5-digit new code: "${newCode}"`,
    );
  const pm = /^(Tỉnh|Thành phố) (.+) \((\d{2})\)$/.exec(at('province'));
  if (!pm)
    return fail(
      'Tỉnh, thành phố',
      `Không đọc được tỉnh "${at('province')}" (cần "Tỉnh X (mã)")`,
      `Cannot read province "${at('province')}"`,
    );
  const unit = { ...where, unit: newCode };
  const newUnit = readNewName(at('newName'), unit, p);
  const old = readOld(at('oldName'), at('oldCode'), at('note'), unit, p);
  const oldProvince = readOldProvince(at('oldProvince'), unit, p);
  if (!newUnit || !old || !oldProvince) return null;
  return {
    line: r.line,
    record: r.record,
    province: {
      code: pm[3]!,
      name: `${pm[1]} ${pm[2]}`,
      type: pm[1] === 'Tỉnh' ? 'tinh' : 'thanh-pho',
    },
    newName: newUnit.name,
    newType: newUnit.type,
    newCode,
    ...old,
    district: readDistrict(at('district'), unit, p),
    oldProvince,
  };
}

function readNewName(raw: string, where: Where, p: Reading) {
  const t = splitTypeWord(raw, NEW_COMMUNE_TYPES);
  const column = 'Tên Xã mới';
  if (!t) {
    p.issues.push(
      issue(
        'error',
        'ROW_UNREADABLE',
        { ...where, column },
        `Tên "${raw}" phải bắt đầu bằng Xã, Phường hoặc Đặc khu`,
        `Name "${raw}" must start with Xã, Phường or Đặc khu`,
      ),
    );
    return null;
  }
  const name = `${t.word} ${t.rest}`;
  if (t.how === 'marks')
    p.issues.push(
      issue(
        'warning',
        'TYPE_WORD_CORRECTED',
        { ...where, column },
        `"${raw}" → "${name}" (từ chỉ loại mất dấu)`,
        `"${raw}" → "${name}" (the type word lost its marks)`,
      ),
    );
  else if (t.how === 'case')
    p.tally.add('chữ hoa/thường của từ chỉ loại / type-word case', raw, where.line);
  return { name, type: t.type };
}

/** The old unit: its name with a canonical type word, code, and the kind of change. */
function readOld(raw: string, oldCode: string, note: string, where: Where, p: Reading) {
  const column = 'Tên Xã cũ';
  const warn = (code: string, vi: string, en: string) =>
    p.issues.push(issue('warning', code, { ...where, column }, vi, en));
  let kind = noteKind(note);
  if (!kind) {
    warn('NOTE_UNKNOWN', `Ghi chú chưa biết: "${note}"`, `Unknown note: "${note}"`);
    kind = 'unknown';
  }
  if (oldCode && !/^\d{5}$/.test(oldCode)) {
    p.issues.push(
      issue(
        'error',
        'ROW_UNREADABLE',
        { ...where, column: 'Mã Xã cũ' },
        `Mã xã cũ "${oldCode}" không phải 5 chữ số`,
        `Old code "${oldCode}" is not 5 digits`,
      ),
    );
    return null;
  }
  const base = { oldCode, note, kind, oldName: raw, oldType: '' as NsoRow['oldType'] };
  if (!raw) {
    if (kind === 'district') return base;
    p.issues.push(
      issue(
        'error',
        'ROW_UNREADABLE',
        { ...where, column },
        'Thiếu tên xã cũ',
        'Missing old unit name',
      ),
    );
    return null;
  }
  const t = splitTypeWord(raw, OLD_COMMUNE_TYPES);
  if (!t) return withoutType(raw, base, warn);
  const oldName = `${t.word} ${t.rest}`;
  if (t.how === 'marks')
    warn(
      'TYPE_WORD_CORRECTED',
      `"${raw}" → "${oldName}" (từ chỉ loại mất dấu)`,
      `"${raw}" → "${oldName}" (the type word lost its marks)`,
    );
  else if (t.how === 'case')
    p.tally.add('chữ hoa/thường của từ chỉ loại / type-word case', raw, where.line);
  return { ...base, oldName, oldType: t.type };
}

/** An old name without a type word: an area without a code is not a unit; a coded one is kept as written. */
function withoutType(
  raw: string,
  base: Omit<
    NsoRow,
    'line' | 'record' | 'province' | 'newName' | 'newType' | 'newCode' | 'district' | 'oldProvince'
  >,
  warn: (code: string, vi: string, en: string) => void,
) {
  if (!base.oldCode) {
    warn(
      'OLD_NOT_A_UNIT',
      `"${raw}" không phải đơn vị hành chính (không có mã): không dùng làm tên cũ`,
      `"${raw}" is not an administrative unit (no code): not used as a former name`,
    );
    return { ...base, kind: 'not-a-unit' as const };
  }
  warn(
    'OLD_NAME_NO_TYPE',
    `Tên cũ "${raw}" (mã ${base.oldCode}) thiếu Xã/Phường/Thị trấn: giữ nguyên, không đoán loại`,
    `Old name "${raw}" (code ${base.oldCode}) lacks Xã/Phường/Thị trấn: kept as written, type not guessed`,
  );
  return base;
}

function readDistrict(cell: string, where: Where, p: Reading): NsoRow['district'] {
  const m = /^(.+) \((\d{3})\)$/.exec(cell);
  const t = m ? splitTypeWord(m[1]!, DISTRICT_TYPES) : null;
  if (m && t) {
    if (t.how !== 'exact')
      p.tally.add('chữ hoa/thường của từ chỉ loại / type-word case', cell, where.line);
    return { name: `${t.word} ${t.rest}`, code: m[2]! };
  }
  p.issues.push(
    issue(
      'warning',
      'ROW_UNREADABLE',
      { ...where, column: 'Quận/huyện' },
      `Không đọc được quận/huyện "${cell}"`,
      `Cannot read district "${cell}"`,
    ),
  );
  return null;
}

/** "Tỉnh X (mã)"; the type word is sometimes missing (said, then read anyway). */
function readOldProvince(cell: string, where: Where, p: Reading): NsoRow['oldProvince'] | null {
  const column = 'Tỉnh cũ';
  const m = /^(?:(Tỉnh|Thành phố) )?(.+) \((\d{2})\)$/.exec(cell);
  if (!m) {
    p.issues.push(
      issue(
        'error',
        'ROW_UNREADABLE',
        { ...where, column },
        `Không đọc được tỉnh cũ "${cell}"`,
        `Cannot read old province "${cell}"`,
      ),
    );
    return null;
  }
  if (!m[1])
    p.issues.push(
      issue(
        'warning',
        'OLD_PROVINCE_UNPREFIXED',
        { ...where, column },
        `Tỉnh cũ "${cell}" thiếu "Tỉnh"/"Thành phố"`,
        `Old province "${cell}" lacks "Tỉnh"/"Thành phố"`,
      ),
    );
  return { name: m[1] ? `${m[1]} ${m[2]}` : m[2]!, code: m[3]! };
}
