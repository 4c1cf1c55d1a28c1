/**
 * CSV of a table view: UTF-8 with BOM (so Excel opens Chinese text correctly), RFC 4180 quoting, figures
 * without thousands separators so spreadsheets read them as numbers, blank cells empty.
 */
import { displayAmount } from '../domain/amount-display.ts';
import type { Cell, TableView } from '../table-kinds/view-model.ts';

const BOM = '\uFEFF';

function quote(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A cell as spreadsheets read it: amounts from their value, without grouping; blank stays empty. */
const csvValue = (cell: Cell): string => (cell.kind === 'money' ? displayAmount(cell.value, cell.unit, false) : cell.text);

export function tableToCsv(view: TableView): string {
  // The unit travels in the numeric column headers, so the file stays a plain grid for spreadsheets.
  const header = [...(view.codeHeader ? [view.codeHeader] : []), view.rowHeader, ...view.columns.map((c) => (c.numeric && view.unit ? `${c.label}（${view.unit}）` : c.label))];
  const lines = [header];
  for (const row of view.rows) {
    const cells = row.cells.map(csvValue);
    lines.push([...(view.codeHeader ? [row.code ?? ''] : []), row.header, ...cells]);
  }
  return BOM + lines.map((line) => line.map(quote).join(',')).join('\r\n') + '\r\n';
}
