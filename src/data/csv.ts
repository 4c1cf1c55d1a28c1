/**
 * CSV of a tidy table (src/data/tidy-table.ts): UTF-8 with BOM (so Excel opens Chinese text correctly), RFC 4180
 * quoting, one header row, every row standing alone. Figures without thousands separators so spreadsheets read them
 * as numbers; blank cells empty; text that a spreadsheet would run as a formula is neutralised.
 */
import { displayAmount } from '../domain/amount-display.ts';
import type { Cell } from '../table-kinds/view-model.ts';
import type { TidyTable } from './tidy-table.ts';

const BOM = '\uFEFF';

function quote(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * Text beginning with = + - @ (or a tab or carriage return) is read by spreadsheets as a formula (CSV injection):
 * a leading apostrophe makes it text again. Figures are written by us from exact values and stay as they are.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** A cell as spreadsheets read it: amounts from their value, without grouping; blank stays empty. */
export function csvValue(cell: Cell): string {
  switch (cell.kind) {
    case 'money': return displayAmount(cell.value, cell.unit, false);
    case 'number': case 'percent': case 'blank': return cell.text;
    default: return neutraliseFormula(cell.text);
  }
}

export function tableToCsv(table: TidyTable): string {
  const lines = [table.columns.map((column) => quote(neutraliseFormula(column.name))).join(',')];
  for (const row of table.rows) lines.push(row.map((cell) => quote(csvValue(cell))).join(','));
  return BOM + lines.join('\r\n') + '\r\n';
}
