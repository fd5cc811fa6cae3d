import type { Column } from '../schema/columns.ts';
import { append } from '../util/append.ts';
import { protectCells } from './control-chars.ts';
import { readCsv } from './csv.ts';
import { decodeBytes } from './decode.ts';
import { makeDiagnostic } from './diagnostics/diagnostic.ts';
import { readJson } from './json.ts';
import { unreadTable, type Table } from './table.ts';

/** Reads the bytes of one tabular file (CSV, or JSON by its name) into a table; never throws. */
export function readTableBytes(bytes: Uint8Array, file: string, columns: readonly Column[]): Table {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok)
    return unreadTable([makeDiagnostic('FILE_UNREADABLE', { file }, { detail: decoded.detail })]);
  const table = /\.json$/i.test(file)
    ? readJson(decoded.text, file, columns)
    : readCsv(decoded.text, file, columns);
  append(table.diagnostics, protectCells(decoded.text, table, file));
  return table;
}
