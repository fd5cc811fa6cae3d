import { ZipWriter, type Deflater } from './zip.ts';

// The smallest Office Open XML workbook that Excel, LibreOffice and Google Sheets open alike:
// inline strings (never formulas, so no Excel-safety apostrophe is needed), numbers as numbers,
// dates as date serials shown in the reader's own date format (built-in format 14), one bold
// frozen header row per sheet. Five small XML parts in the project's own zip writer (node:zlib's
// deflate, handed in): a library (exceljs, SheetJS) would bring styles, formulas and readers
// this download does not use, and JavaScript deflate made the country's workbooks take minutes.

/** A cell: text, number, true/false, a date (yyyy-mm-dd, shown as the reader's date) or empty. */
export type Cell = string | number | boolean | null | { date: string };

export interface Sheet {
  /** At most 31 characters, none of []:*?/\ (Excel's rule). */
  name: string;
  rows: readonly (readonly Cell[])[];
  /** Index of the row shown bold and frozen as the table's header. */
  headerRow?: number;
}

const STYLE_DATE = 1;
const STYLE_HEADER = 2;

/** XML 1.0 text (already NFC, as validated): escaped, without the controls XML cannot carry. */
const xmlText = (s: string): string =>
  s
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

/** "A", …, "Z", "AA", … */
function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** Days since 1899-12-30, Excel's date serial (1900 date system). */
export const dateSerial = (iso: string): number =>
  (Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) - Date.UTC(1899, 11, 30)) /
  86_400_000;

function cellXml(cell: Cell, ref: string, header: boolean): string {
  if (cell === null || cell === '') return '';
  const s = header ? ` s="${STYLE_HEADER}"` : '';
  if (typeof cell === 'number')
    return Number.isFinite(cell) ? `<c r="${ref}"${s}><v>${cell}</v></c>` : '';
  if (typeof cell === 'boolean') return `<c r="${ref}"${s} t="b"><v>${cell ? 1 : 0}</v></c>`;
  if (typeof cell === 'object')
    return `<c r="${ref}" s="${STYLE_DATE}"><v>${dateSerial(cell.date)}</v></c>`;
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${xmlText(cell)}</t></is></c>`;
}

/** Column widths from the longest text in each column (capped), so the sheet reads at once. */
function colsXml(rows: Sheet['rows']): string {
  const widths: number[] = [];
  for (const row of rows)
    row.forEach((cell, i) => {
      const n = typeof cell === 'object' && cell !== null ? 11 : String(cell ?? '').length;
      widths[i] = Math.max(widths[i] ?? 8, Math.min(n + 2, 60));
    });
  const cols = widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}"/>`);
  return cols.length ? `<cols>${cols.join('')}</cols>` : '';
}

function sheetXml(sheet: Sheet): string {
  const rows = sheet.rows.map((row, r) => {
    const header = r === sheet.headerRow;
    const cells = row.map((c, i) => cellXml(c, `${columnName(i)}${r + 1}`, header)).join('');
    return `<row r="${r + 1}">${cells}</row>`;
  });
  const top = sheet.headerRow === undefined ? undefined : sheet.headerRow + 2;
  const pane = top
    ? `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${top - 1}" topLeftCell="A${top}" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>`
    : '';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${pane}${colsXml(sheet.rows)}<sheetData>${rows.join('')}</sheetData></worksheet>`;
}

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs></styleSheet>`;

const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';
const MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

/** The .xlsx file of these sheets; its entries dated `isoDate`, so the same data gives the same bytes. */
export function xlsx(sheets: readonly Sheet[], deflater: Deflater, isoDate: string): Uint8Array {
  const zip = new ZipWriter(deflater, isoDate);
  const put = (path: string, xml: string) => zip.add(path, xml);
  const overrides = sheets.map(
    (_, i) =>
      `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${MIME}.worksheet+xml"/>`,
  );
  put(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${MIME}.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="${MIME}.styles+xml"/>${overrides.join('')}</Types>`,
  );
  put(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="${NS_PKG}"><Relationship Id="rId1" Type="${NS_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  const entries = sheets.map(
    (s, i) => `<sheet name="${xmlText(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`,
  );
  put(
    'xl/workbook.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${NS_REL}"><sheets>${entries.join('')}</sheets></workbook>`,
  );
  const rels = sheets.map(
    (_, i) =>
      `<Relationship Id="rId${i + 1}" Type="${NS_REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  );
  rels.push(
    `<Relationship Id="rId${sheets.length + 1}" Type="${NS_REL}/styles" Target="styles.xml"/>`,
  );
  put(
    'xl/_rels/workbook.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="${NS_PKG}">${rels.join('')}</Relationships>`,
  );
  put('xl/styles.xml', STYLES);
  sheets.forEach((s, i) => put(`xl/worksheets/sheet${i + 1}.xml`, sheetXml(s)));
  return zip.finish();
}
