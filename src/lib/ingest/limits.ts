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
} as const;
