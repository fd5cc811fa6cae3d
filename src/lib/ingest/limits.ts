/**
 * What one input file may hold. Past these, a file or row is refused with a located error
 * rather than published as is: a cell of megabytes would otherwise end up on a page, in every
 * download and in the search index. Documented in the README and on the data format page.
 */
export const limits = {
  /** Characters in one cell (a task title is at most a few hundred). */
  cellChars: 2000,
  /** Characters in one row, all cells together. */
  rowChars: 10000,
  /** Columns in a header (the widest format has 12). */
  columns: 100,
  /**
   * Characters in the longest real unit name, current or former ("Thị trấn Nông trường Việt
   * Trung", in the registry of 2025): a longer name is a warning (NAME_TOO_LONG), not an error.
   */
  nameChars: 31,
} as const;
