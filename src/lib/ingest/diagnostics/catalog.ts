/**
 * The catalogue of validation problems. Codes are stable: data officers and scripts match on
 * them, so never rename one. Each entry says what happened and how to fix it, in Vietnamese
 * first and English second. `{name}` placeholders are filled from the params.
 */
export type Severity = 'error' | 'warning';

export interface DiagnosticDefinition {
  severity: Severity;
  vi: string;
  en: string;
  hintVi: string;
  hintEn: string;
}

export const catalog = {
  FILE_EMPTY: {
    severity: 'error',
    vi: 'Tệp không có dòng dữ liệu nào',
    en: 'The file has no data rows',
    hintVi: 'Xuất lại tệp từ hệ thống, kiểm tra đã chọn đúng kỳ báo cáo.',
    hintEn: 'Export the file again and check the reporting period selected.',
  },
  FILE_TOO_LARGE: {
    severity: 'error',
    vi: 'Tệp lớn {size} MB, vượt giới hạn {limit} MB',
    en: 'The file is {size} MB, over the {limit} MB limit',
    hintVi: 'Tách tệp theo tháng hoặc theo tỉnh, hoặc nâng giới hạn bằng --max-file-mb.',
    hintEn: 'Split the file by month or province, or raise the limit with --max-file-mb.',
  },
  FILE_UNREADABLE: {
    severity: 'error',
    vi: 'Không đọc được tệp: {detail}',
    en: 'The file cannot be read: {detail}',
    hintVi: 'Lưu lại tệp dưới dạng CSV UTF-8 hoặc JSON hợp lệ.',
    hintEn: 'Save the file again as CSV UTF-8 or valid JSON.',
  },
  COLUMN_MISSING: {
    severity: 'error',
    vi: 'Thiếu cột bắt buộc "{column}"',
    en: 'Required column "{column}" is missing',
    hintVi: 'Thêm cột "{column}" (tên tiếng Việt hoặc tiếng Anh đều được) vào dòng tiêu đề.',
    hintEn: 'Add a "{column}" column (Vietnamese or English header) to the header row.',
  },
  COLUMN_UNKNOWN: {
    severity: 'warning',
    vi: 'Cột "{column}" không được nhận biết và sẽ bị bỏ qua',
    en: 'Column "{column}" is not recognised and will be ignored',
    hintVi: 'Kiểm tra chính tả tên cột; xem danh sách tên cột hợp lệ ở trang Định dạng dữ liệu.',
    hintEn: 'Check the header spelling; accepted names are listed on the data format page.',
  },
  VALUE_REQUIRED: {
    severity: 'error',
    vi: 'Ô "{column}" đang để trống',
    en: 'Cell "{column}" is empty',
    hintVi: 'Điền giá trị cho "{column}" hoặc xóa cả dòng nếu không dùng.',
    hintEn: 'Fill in "{column}" or delete the row if it is not used.',
  },
  VALUE_INVALID: {
    severity: 'error',
    vi: 'Giá trị "{value}" ở cột "{column}" không hợp lệ: {detail}',
    en: 'Value "{value}" in column "{column}" is invalid: {detailEn}',
    hintVi: 'Sửa ô theo định dạng mô tả ở trang Định dạng dữ liệu.',
    hintEn: 'Correct the cell as described on the data format page.',
  },
  UNIT_UNKNOWN: {
    severity: 'error',
    vi: 'Mã đơn vị "{value}" không có trong danh mục đơn vị hành chính',
    en: 'Unit code "{value}" is not in the unit registry',
    hintVi:
      'Dùng mã chính thức 2 chữ số (tỉnh) hoặc 5 chữ số (xã) sau sắp xếp 01/7/2025; giữ số 0 ở đầu.',
    hintEn:
      'Use the official 2-digit (province) or 5-digit (commune) code from 1 July 2025; keep leading zeros.',
  },
  INDICATOR_UNKNOWN: {
    severity: 'error',
    vi: 'Mã chỉ tiêu "{value}" không có trong danh mục chỉ tiêu',
    en: 'Indicator "{value}" is not in the indicator catalog',
    hintVi: 'Dùng đúng mã chỉ tiêu trong danh mục (trang Chỉ tiêu).',
    hintEn: 'Use an indicator id from the catalog (Indicators page).',
  },
  INDICATOR_LEVEL: {
    severity: 'error',
    vi: 'Chỉ tiêu "{indicator}" không áp dụng cho cấp {level}',
    en: 'Indicator "{indicator}" does not apply at {levelEn} level',
    hintVi:
      'Kiểm tra lại mã đơn vị hoặc mã chỉ tiêu của dòng này. Ở cấp không báo cáo thường xuyên, đơn vị chỉ báo cáo chỉ tiêu mà kế hoạch của mình (hoặc của tỉnh, với xã) đặt mục tiêu.',
    hintEn:
      'Check the unit code or indicator id on this row. At a level that does not report it routinely, a unit reports an indicator only when its own plan (or, for a commune, its province’s) sets a target for it.',
  },
  NUMBER_INVALID: {
    severity: 'error',
    vi: '"{value}" không phải là số',
    en: '"{value}" is not a number',
    hintVi:
      'Ghi số theo kiểu Việt Nam (1.139 hoặc 82,5) hoặc quốc tế (1139 hoặc 82.5), không kèm chữ.',
    hintEn:
      'Write the number in Vietnamese (1.139, 82,5) or international (1139, 82.5) form, without words.',
  },
  NUMBER_AMBIGUOUS: {
    severity: 'error',
    vi: '"{value}" có thể là {a} hoặc {b}',
    en: '"{value}" could be {a} or {b}',
    hintVi:
      'Bỏ dấu phân cách hàng nghìn (1139) hoặc khai báo định dạng số của tệp (cột/tham số number_format: vi hoặc en).',
    hintEn:
      'Drop the thousands separator (1139) or declare the file number format (number_format: vi or en).',
  },
  PERCENT_RANGE: {
    severity: 'error',
    vi: 'Tỷ lệ phải từ 0 đến 100 (nhận được {value})',
    en: 'A percentage must be between 0 and 100 (got {value})',
    hintVi: 'Ghi tỷ lệ dạng 82,5 hoặc 82,5% hoặc 0,825.',
    hintEn: 'Write the percentage as 82.5, 82.5% or 0.825.',
  },
  PERCENT_AS_FRACTION: {
    severity: 'warning',
    vi: 'Mọi tỷ lệ trong tệp đều từ 0 đến 1 nên được hiểu là số thập phân: {value} là {percent}% (áp dụng cho cả tệp)',
    en: 'Every percentage in the file is between 0 and 1, so all are read as fractions: {value} is {percent}% (whole file)',
    hintVi: 'Nếu đó là phần trăm thật, hãy ghi kèm dấu % ("{value}%").',
    hintEn: 'If these are real percentages, write them with a % sign ("{value}%").',
  },
  COUNT_INVALID: {
    severity: 'error',
    vi: 'Số lượng phải là số nguyên không âm (nhận được {value})',
    en: 'A count must be a whole number, zero or more (got {value})',
    hintVi: 'Ghi số nguyên, ví dụ 982.',
    hintEn: 'Write a whole number, e.g. 982.',
  },
  RATIO_INVALID: {
    severity: 'error',
    vi: 'Tử số ({numerator}) lớn hơn mẫu số ({denominator})',
    en: 'Numerator ({numerator}) is greater than denominator ({denominator})',
    hintVi: 'Kiểm tra lại hai cột Tử số và Mẫu số; có thể đã bị đảo.',
    hintEn: 'Check the numerator and denominator columns; they may be swapped.',
  },
  RATIO_MISMATCH: {
    severity: 'error',
    vi: 'Giá trị {value} không khớp với tử số/mẫu số ({expected})',
    en: 'Value {value} does not match numerator/denominator ({expected})',
    hintVi: 'Sửa giá trị cho khớp với tử số/mẫu số, hoặc để trống giá trị để hệ thống tự tính.',
    hintEn: 'Make the value match, or leave the value empty to have it computed.',
  },
  DUPLICATE_CONFLICT: {
    severity: 'error',
    vi: 'Trùng đơn vị, chỉ tiêu, kỳ và ngày báo cáo với dòng {other} nhưng giá trị khác ({a} và {b})',
    en: 'Same unit, indicator, period and report date as {other} but a different value ({a} vs {b})',
    hintVi: 'Giữ một dòng; nếu là số liệu điều chỉnh, ghi ngày báo cáo mới.',
    hintEn: 'Keep one row; for a revision, give it a later report date.',
  },
  PERIOD_INVALID: {
    severity: 'error',
    vi: 'Kỳ báo cáo "{value}" không đúng định dạng',
    en: 'Period "{value}" is not in a recognised form',
    hintVi: 'Ghi kỳ báo cáo dạng 07/2025, T7/2025 hoặc 2025-07.',
    hintEn: 'Write the period as 07/2025, T7/2025 or 2025-07.',
  },
  PERIOD_FUTURE: {
    severity: 'error',
    vi: 'Kỳ báo cáo {value} ở sau ngày công bố {asOf}',
    en: 'Period {value} is after the publication date {asOf}',
    hintVi: 'Kiểm tra năm và tháng của kỳ báo cáo.',
    hintEn: 'Check the year and month of the period.',
  },
  REPORTED_BEFORE_PERIOD: {
    severity: 'error',
    vi: 'Ngày báo cáo {value} ở trước khi kỳ {period} bắt đầu',
    en: 'Report date {value} is before period {period} began',
    hintVi: 'Kiểm tra ngày báo cáo (dd/mm/yyyy) và kỳ báo cáo.',
    hintEn: 'Check the report date (dd/mm/yyyy) and the period.',
  },
  DATE_INVALID: {
    severity: 'error',
    vi: 'Ngày "{value}" không hợp lệ',
    en: 'Date "{value}" is not valid',
    hintVi: 'Ghi ngày dạng dd/mm/yyyy (ví dụ 18/09/2025) hoặc yyyy-mm-dd.',
    hintEn: 'Write the date as dd/mm/yyyy (e.g. 18/09/2025) or yyyy-mm-dd.',
  },
  UNIT_OUTSIDE_PROVINCE: {
    severity: 'error',
    vi: 'Đơn vị {value} không thuộc tỉnh {province} của thư mục xuất',
    en: 'Unit {value} is not under province {province} of this export folder',
    hintVi: 'Chuyển dòng này sang tệp của tỉnh quản lý đơn vị, hoặc sửa mã đơn vị.',
    hintEn: 'Move the row to the export of the province that governs the unit, or fix the code.',
  },
  MILESTONE_INVALID: {
    severity: 'error',
    vi: 'Mốc hoàn thành phải là "đã hoàn thành", "chưa hoàn thành" hoặc một ngày (nhận được "{value}")',
    en: 'A milestone must be done, not done, or a date (got "{value}")',
    hintVi: 'Ghi "1"/"đã hoàn thành", "0"/"chưa hoàn thành", hoặc ngày hoàn thành dd/mm/yyyy.',
    hintEn: 'Write 1/done, 0/not done, or the completion date dd/mm/yyyy.',
  },
  TEXT_SUSPICIOUS: {
    severity: 'warning',
    vi: 'Ô "{column}" trông như công thức bảng tính hoặc mã HTML; sẽ được hiển thị như văn bản thường',
    en: 'Cell "{column}" looks like a spreadsheet formula or HTML; it will be shown as plain text',
    hintVi: 'Xóa các ký tự =, +, -, @ ở đầu ô hoặc thẻ <...> nếu không cố ý.',
    hintEn: 'Remove a leading =, +, -, @ or <...> tags unless intended.',
  },
  NAME_CORRECTED: {
    severity: 'warning',
    vi: 'Tên "{value}" thiếu dấu ở phần loại đơn vị; đã ghi thành "{corrected}"',
    en: 'Name "{value}" lacks diacritics in its unit type; written as "{corrected}"',
    hintVi: 'Sửa tên trong tệp nguồn cho đúng chính tả.',
    hintEn: 'Correct the spelling in the source file.',
  },
  RECORD_INVALID: {
    severity: 'error',
    vi: 'Dòng không hợp lệ ở "{column}": {detail}',
    en: 'Invalid row at "{column}": {detailEn}',
    hintVi: 'Sửa theo mô tả định dạng ở trang Định dạng dữ liệu.',
    hintEn: 'Fix it as described on the data format page.',
  },
  REFERENCE_UNKNOWN: {
    severity: 'error',
    vi: '"{value}" ở "{column}" không trỏ tới {target} nào đã biết',
    en: '"{value}" in "{column}" does not refer to a known {targetEn}',
    hintVi: 'Kiểm tra mã; nó phải có trong danh mục tương ứng.',
    hintEn: 'Check the code; it must exist in the matching catalog.',
  },
} as const satisfies Record<string, DiagnosticDefinition>;

export type DiagnosticCode = keyof typeof catalog;
