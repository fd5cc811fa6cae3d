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
  FILE_BLANK: {
    severity: 'error',
    vi: 'Tệp chỉ có {lines} dòng trống: không có dòng tiêu đề, không có dữ liệu',
    en: 'The file holds only {lines} blank lines: no header, no data',
    hintVi:
      'Xuất lại tệp từ hệ thống; nếu lưu từ Excel, kiểm tra đã chọn đúng trang tính (sheet) có số liệu.',
    hintEn:
      'Export the file again; when saving from Excel, check the sheet with the data is the one saved.',
  },
  FILE_SPREADSHEET: {
    severity: 'error',
    vi: 'Tệp bảng tính {value} không được đọc: chỉ đọc tệp CSV hoặc JSON',
    en: 'Spreadsheet file {value} is not read: only CSV or JSON files are',
    hintVi:
      'Mở tệp bằng Excel, chọn Lưu thành (Save As) → "CSV UTF-8 (Comma delimited) (*.csv)", đặt tệp .csv vào thư mục và xóa tệp bảng tính.',
    hintEn:
      'Open it in Excel, Save As "CSV UTF-8 (Comma delimited) (*.csv)", put the .csv in the folder and remove the spreadsheet.',
  },
  FILE_SKIPPED: {
    severity: 'warning',
    vi: 'Tệp {value} không phải tệp dữ liệu nên không được đọc: {detail}',
    en: 'File {value} is not a data file and is not read: {detailEn}',
    hintVi:
      'Chỉ tệp .csv, .tsv, .txt (CSV) và .json được đọc; chuyển tệp khác ra khỏi thư mục dữ liệu.',
    hintEn:
      'Only .csv, .tsv, .txt (CSV) and .json files are read; move other files out of the data folder.',
  },
  FOLDER_EMPTY: {
    severity: 'error',
    vi: 'Thư mục {value} không có tệp dữ liệu nào để kiểm tra',
    en: 'Folder {value} holds no data file to check',
    hintVi:
      'Đặt các tệp .csv hoặc .json vào thư mục, hoặc chỉ ra đúng thư mục hay tệp cần kiểm tra.',
    hintEn: 'Put .csv or .json files in the folder, or name the right folder or file to check.',
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
  CSV_SEP_LINE: {
    severity: 'error',
    vi: 'Dòng 1 "{value}" là dòng chỉ định dấu phân cách của Excel, không phải dòng tiêu đề cột',
    en: 'Row 1 "{value}" is an Excel delimiter hint line, not the header row',
    hintVi:
      'Xóa dòng "{value}" để dòng tiêu đề cột là dòng 1 (hoặc mở tệp bằng Excel rồi lưu lại dạng CSV UTF-8).',
    hintEn:
      'Delete the "{value}" line so the header is row 1 (or open in Excel and save as CSV UTF-8 again).',
  },
  HEADER_NOT_FIRST: {
    severity: 'error',
    vi: 'Dòng tiêu đề cột nằm ở dòng {headerRow}; phía trên có dòng tiêu đề văn bản "{value}"',
    en: 'The header row is row {headerRow}; above it is a title row "{value}"',
    hintVi:
      'Xóa các dòng phía trên dòng tiêu đề cột (tên báo cáo, ngày, dòng trống) để dòng tiêu đề là dòng đầu tiên.',
    hintEn:
      'Delete the rows above the header (report title, date, blank rows) so the header comes first.',
  },
  CSV_DELIMITER_UNKNOWN: {
    severity: 'error',
    vi: 'Không nhận ra dấu phân cách cột (dấu phẩy, chấm phẩy hoặc tab) ở dòng tiêu đề "{value}"',
    en: 'No column delimiter (comma, semicolon or tab) found in the header row "{value}"',
    hintVi:
      'Lưu lại tệp dạng CSV UTF-8 từ Excel; các cột phải cách nhau bằng dấu phẩy, chấm phẩy hoặc tab.',
    hintEn:
      'Save the file again as CSV UTF-8; columns must be separated by commas, semicolons or tabs.',
  },
  CSV_QUOTE_UNCLOSED: {
    severity: 'error',
    vi: 'Dấu ngoặc kép mở ở ô "{column}" không được đóng: phần còn lại của tệp ({lines} dòng) bị nuốt vào ô này',
    en: 'A quote opened in cell "{column}" is never closed: it swallows the rest of the file ({lines} more lines)',
    hintVi: 'Thêm dấu " đóng ở cuối ô, hoặc xóa dấu " thừa; trong ô, dấu " phải viết thành "".',
    hintEn:
      'Close the quote at the end of the cell or remove the stray one; inside a cell, write " as "".',
  },
  CSV_QUOTE_INVALID: {
    severity: 'error',
    vi: 'Dấu ngoặc kép đặt sai chỗ ở ô "{column}": "{value}"',
    en: 'Misplaced quote in cell "{column}": "{value}"',
    hintVi: 'Một ô có dấu " phải được bao cả ô trong "..." và dấu " bên trong viết thành "".',
    hintEn: 'A cell holding a " must be quoted whole, with inner quotes written as "".',
  },
  CSV_PARSE: {
    severity: 'error',
    vi: 'Không đọc được dòng CSV: {detail}',
    en: 'The CSV row cannot be read: {detail}',
    hintVi: 'Lưu lại tệp dạng CSV UTF-8 từ Excel.',
    hintEn: 'Save the file again as CSV UTF-8.',
  },
  CELL_HOLDS_ROWS: {
    severity: 'error',
    vi: 'Ô "{column}" chứa {lines} dòng trông như các dòng dữ liệu: có thể một dấu ngoặc kép không đóng đã nuốt chúng',
    en: 'Cell "{column}" holds {lines} lines that look like data rows: an unclosed quote may have swallowed them',
    hintVi: 'Kiểm tra dấu " trong ô này và ô phía trước; trong ô, dấu " phải viết thành "".',
    hintEn: 'Check the quotes in this cell and the one before it; inside a cell, write " as "".',
  },
  ROW_TOO_MANY_CELLS: {
    severity: 'error',
    vi: 'Dòng có {cells} ô nhưng dòng tiêu đề chỉ có {columns} cột; các ô thừa sau cột "{column}": {extra}',
    en: 'The row has {cells} cells but the header only {columns} columns; the extra cells after "{column}": {extra}',
    hintVi:
      'Xóa các ô thừa, hoặc đặt ô có dấu phân cách bên trong (dấu phẩy, chấm phẩy) trong ngoặc kép "...".',
    hintEn: 'Remove the extra cells, or quote cells that contain the delimiter ("...").',
  },
  ROW_TOO_FEW_CELLS: {
    severity: 'error',
    vi: 'Dòng chỉ có {cells} ô nhưng dòng tiêu đề có {columns} cột; thiếu từ cột "{column}"',
    en: 'The row has only {cells} cells but the header {columns} columns; missing from column "{column}"',
    hintVi:
      'Thêm các ô còn thiếu (để trống cũng được, nhưng phải có dấu phân cách), hoặc nối lại dòng bị ngắt.',
    hintEn:
      'Add the missing cells (blank is fine, but with their delimiters), or join a row that was broken.',
  },
  DECIMAL_COMMA_UNQUOTED: {
    severity: 'error',
    vi: 'Dòng có {cells} ô nhưng dòng tiêu đề có {columns} cột: "{value}" ở cột "{column}" có lẽ là số thập phân có dấu phẩy bị tách thành hai ô',
    en: 'The row has {cells} cells but the header {columns} columns: "{value}" in column "{column}" is probably a decimal comma splitting one number into two cells',
    hintVi:
      'Đặt số trong ngoặc kép ("{value}"), hoặc lưu tệp với dấu chấm phẩy làm dấu phân cách (CSV của Excel tiếng Việt).',
    hintEn: 'Quote the number ("{value}") or save the file with semicolons as delimiter.',
  },
  CELL_UNNAMED_COLUMN: {
    severity: 'error',
    vi: 'Ô thứ {position} có giá trị "{value}" nhưng cột đó không có tên ở dòng tiêu đề',
    en: 'Cell {position} holds "{value}" but its column has no name in the header row',
    hintVi: 'Đặt tên cột ở dòng tiêu đề, hoặc xóa giá trị nếu không dùng.',
    hintEn: 'Name the column in the header row, or delete the value if it is not used.',
  },
  COLUMN_DUPLICATE: {
    severity: 'error',
    vi: 'Cột "{column}" (cột {position}) và cột "{first}" (cột {firstPosition}) cùng là một trường dữ liệu',
    en: 'Columns "{column}" (column {position}) and "{first}" (column {firstPosition}) are the same field',
    hintVi: 'Giữ một trong hai cột và xóa cột kia.',
    hintEn: 'Keep one of the two columns and delete the other.',
  },
  COLUMNS_TOO_MANY: {
    severity: 'error',
    vi: 'Tệp có {count} cột, vượt giới hạn {limit} cột',
    en: 'The file has {count} columns, over the {limit}-column limit',
    hintVi: 'Chỉ giữ các cột mô tả ở trang Định dạng dữ liệu.',
    hintEn: 'Keep only the columns listed on the data format page.',
  },
  CELL_TOO_LONG: {
    severity: 'error',
    vi: 'Ô "{column}" dài {length} ký tự, vượt giới hạn {limit} ký tự một ô',
    en: 'Cell "{column}" is {length} characters long, over the {limit}-character limit per cell',
    hintVi: 'Rút gọn nội dung; tài liệu dài hãy đưa vào cột Minh chứng dưới dạng đường dẫn.',
    hintEn: 'Shorten it; link long documents instead of pasting them.',
  },
  CELL_CONTROL_CHARACTER: {
    severity: 'warning',
    vi: 'Ô "{column}" chứa ký tự điều khiển không nhìn thấy được: "{value}"',
    en: 'Cell "{column}" holds a control character nobody can see: "{value}"',
    hintVi:
      'Xóa ký tự đó (thường do sao chép từ phần mềm khác). Nội dung vẫn được công bố như đã ghi.',
    hintEn:
      'Delete it (it usually comes from copying out of another program). The text is published as written.',
  },
  TEXT_HIDDEN_CHARACTER: {
    severity: 'warning',
    vi: '"{column}" chứa ký tự không nhìn thấy được ({chars}): "{value}"',
    en: '"{column}" holds characters nobody can see ({chars}): "{value}"',
    hintVi:
      'Xóa ký tự đó (thường do sao chép từ phần mềm khác). Ký tự đổi hướng chữ (U+202A–U+202E, U+2066–U+2069) đảo ngược phần chữ đứng sau; ký tự rộng 0 làm hai tên trông như nhau mà khác nhau. Nội dung vẫn được công bố như đã ghi, tách riêng để không làm đảo chữ xung quanh.',
    hintEn:
      'Delete it (it usually comes from copying out of another program). Direction controls (U+202A–U+202E, U+2066–U+2069) reverse the text after them; zero-width characters make two names look the same yet differ. The text is published as written, isolated so that it cannot reorder the text around it.',
  },
  NAME_TOO_LONG: {
    severity: 'warning',
    vi: 'Tên dài {length} ký tự, dài hơn mọi tên đơn vị thật (dài nhất {limit} ký tự): "{value}"',
    en: 'The name is {length} characters long, longer than any real unit name (the longest has {limit}): "{value}"',
    hintVi:
      'Kiểm tra lại cột tên: có thể đã dán nhầm nội dung khác vào. Trang và thẻ chia sẻ rút gọn tên dài bằng dấu "…".',
    hintEn:
      'Check the name column: other text may have been pasted into it. Pages and share cards shorten a long name with "…".',
  },
  ROW_TOO_LONG: {
    severity: 'error',
    vi: 'Dòng dài {length} ký tự, vượt giới hạn {limit} ký tự một dòng',
    en: 'The row is {length} characters long, over the {limit}-character limit per row',
    hintVi: 'Rút gọn các ô dài của dòng.',
    hintEn: 'Shorten the long cells of the row.',
  },
  JSON_SHAPE: {
    severity: 'error',
    vi: 'Tệp JSON phải là một mảng bản ghi, hoặc một đối tượng chứa đúng một mảng như vậy; tệp này là {detail}',
    en: 'A JSON file must be an array of records, or an object holding exactly one; this one is {detailEn}',
    hintVi: 'Xuất lại dạng [{"Mã đơn vị": "22", ...}, ...] hoặc {"data": [...]}.',
    hintEn: 'Export it as [{"unit": "22", ...}, ...] or {"data": [...]}.',
  },
  JSON_RECORD_INVALID: {
    severity: 'error',
    vi: 'Bản ghi [{index}] là {detail}, không phải một đối tượng {…}',
    en: 'Record [{index}] is {detailEn}, not an object {…}',
    hintVi:
      'Mỗi phần tử của mảng phải là một đối tượng tên cột → giá trị; xóa phần tử này hoặc sửa lại.',
    hintEn:
      'Each element of the array must be an object of column → value; remove or fix this one.',
  },
  JSON_DUPLICATE_KEY: {
    severity: 'error',
    vi: 'Khóa "{key}" xuất hiện hai lần trong {detail}; trình đọc JSON chỉ giữ giá trị sau nên không rõ giá trị nào đúng',
    en: 'Key "{key}" appears twice in {detailEn}; a JSON reader keeps only the later value, so which one is meant is unclear',
    hintVi: 'Giữ một khóa "{key}" với giá trị đúng, xóa khóa còn lại, rồi xuất lại tệp.',
    hintEn: 'Keep one "{key}" with the right value, remove the other, and export again.',
  },
  CELL_NOT_SCALAR: {
    severity: 'error',
    vi: 'Ô "{column}" của bản ghi [{index}] là {detail}, không phải một giá trị đơn (chữ, số, true/false hoặc null)',
    en: 'Cell "{column}" of record [{index}] is {detailEn}, not a single value (text, number, true/false or null)',
    hintVi: 'Ghi giá trị trực tiếp, ví dụ "Giá trị": 82.5, không lồng mảng hay đối tượng.',
    hintEn: 'Write the value itself, e.g. "value": 82.5, without nested arrays or objects.',
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
  INDICATOR_DERIVED: {
    severity: 'error',
    vi: 'Chỉ tiêu "{value}" được tính từ ngày báo cáo, không do đơn vị báo cáo trực tiếp',
    en: 'Indicator "{value}" is computed from report dates, not reported by units',
    hintVi: 'Xóa các dòng của chỉ tiêu này; hệ thống tự tính từ cột Ngày báo cáo.',
    hintEn: 'Delete the rows of this indicator; it is computed from the report dates.',
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
  DATE_AFTER_PUBLICATION: {
    severity: 'error',
    vi: 'Ngày {value} ở sau ngày công bố {asOf}',
    en: 'Date {value} is after the publication date {asOf}',
    hintVi: 'Kiểm tra ngày (dd/mm/yyyy): một báo cáo không thể có ngày sau ngày công bố số liệu.',
    hintEn: 'Check the date (dd/mm/yyyy): nothing can be dated after the publication date.',
  },
  PERIOD_BEFORE_UNIT: {
    severity: 'error',
    vi: 'Kỳ {value} ở trước khi đơn vị {unit} được thành lập ({since})',
    en: 'Period {value} is before unit {unit} existed ({since})',
    hintVi:
      'Xã, phường, đặc khu mới có từ 01/07/2025: số liệu trước đó chỉ ghi được như số liệu gốc (cột Số liệu gốc = x).',
    hintEn:
      'Communes exist from 1 July 2025: earlier figures go in only as baseline rows (column Số liệu gốc = x).',
  },
  PERIOD_BEFORE_PLAN: {
    severity: 'error',
    vi: 'Kỳ {value} ở trước khi bắt đầu báo cáo theo Kế hoạch 02 ({since})',
    en: 'Period {value} is before reporting under Plan 02 began ({since})',
    hintVi:
      'Kiểm tra năm và tháng; nếu là số liệu gốc (hiện trạng trước khi bắt đầu), đánh dấu cột Số liệu gốc = x.',
    hintEn:
      'Check the year and month; for a baseline (the state before reporting began), mark Số liệu gốc = x.',
  },
  BASELINE_AFTER_START: {
    severity: 'error',
    vi: 'Dòng số liệu gốc phải mô tả một tháng trước {since}, không phải kỳ {value}',
    en: 'A baseline row must describe a month before {since}, not period {value}',
    hintVi: 'Bỏ dấu ở cột Số liệu gốc nếu đây là báo cáo thường kỳ, hoặc sửa kỳ báo cáo.',
    hintEn: 'Clear the baseline column if this is a regular report, or correct the period.',
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
