/** A column of a tabular input format: its key, header names in both languages, and what it holds. */
export interface Column {
  key: string;
  /** Vietnamese header, the one our templates use. */
  vi: string;
  /** Other accepted headers; matching ignores case, diacritics and spacing. */
  aliases: readonly string[];
  required: boolean;
  describeVi: string;
  describeEn: string;
  example: string;
}

export const col = (c: Omit<Column, 'aliases'> & { aliases?: readonly string[] }): Column => ({
  aliases: [],
  ...c,
});
