/**
 * A worksheet as the importer reads it, independent of the spreadsheet library: each cell's text as the sheet shows
 * it, merged ranges, hidden rows and columns. Rows and columns are 0-based here; cell references (表3!B12) are the
 * spreadsheet's own.
 */
export interface SheetCell {
  /** The text the cell shows (numbers in their number format, see shown-number.ts). */
  readonly text: string;
  /** Stored as a number (as opposed to text that may look like one). */
  readonly numeric: boolean;
}

export interface CellRange {
  readonly s: { readonly r: number; readonly c: number };
  readonly e: { readonly r: number; readonly c: number };
}

export interface Sheet {
  readonly name: string;
  readonly rows: ReadonlyArray<ReadonlyArray<SheetCell | undefined>>;
  readonly merges: readonly CellRange[];
  readonly hiddenColumns: ReadonlySet<number>;
  readonly hiddenRows: ReadonlySet<number>;
}

/** Column letters of a 0-based column (0 → A, 27 → AB). */
export function columnName(col: number): string {
  let name = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** "表3!B12": where an editor finds a cell. */
export const cellRef = (sheet: Sheet, row: number, col: number): string => `${sheet.name}!${columnName(col)}${row + 1}`;

/** A cell's own text, trimmed ('' when empty). */
export const ownText = (sheet: Sheet, row: number, col: number): string => sheet.rows[row]?.[col]?.text.trim() ?? '';

/**
 * A cell's text where a merged range counts as one cell spread over its area (headers and labels: a title merged
 * across the table, 科目编码 merged over 类/款/项). Never used for amounts, which would be repeated.
 */
export function spreadText(sheet: Sheet, row: number, col: number): string {
  const own = ownText(sheet, row, col);
  if (own) return own;
  const range = sheet.merges.find((m) => m.s.r <= row && row <= m.e.r && m.s.c <= col && col <= m.e.c);
  return range ? ownText(sheet, range.s.r, range.s.c) : '';
}

export const columnCount = (sheet: Sheet): number => sheet.rows.reduce((max, row) => Math.max(max, row.length), 0);

/** The non-empty own texts of a row with their columns. */
export function rowTexts(sheet: Sheet, row: number): Array<{ col: number; text: string }> {
  const out: Array<{ col: number; text: string }> = [];
  (sheet.rows[row] ?? []).forEach((cell, col) => { const text = cell?.text.trim(); if (text) out.push({ col, text }); });
  return out;
}
