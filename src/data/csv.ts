/**
 * CSV of a table view: UTF-8 with BOM (so Excel opens Chinese text correctly), RFC 4180 quoting, figures
 * without thousands separators so spreadsheets read them as numbers, blank cells empty.
 */
import type { TableView } from './table-views.ts';

const BOM = '\uFEFF';

function quote(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function tableToCsv(view: TableView): string {
  // The unit travels in the numeric column headers, so the file stays a plain grid for spreadsheets.
  const header = [...(view.codeHeader ? [view.codeHeader] : []), view.rowHeader, ...view.columns.map((c) => (c.numeric && view.unit ? `${c.label}（${view.unit}）` : c.label))];
  const lines = [header];
  for (const row of view.rows) {
    const cells = row.cells.map((cell) => (cell.kind === 'blank' ? '' : cell.kind === 'money' ? cell.text.replace(/,/g, '') : cell.text));
    lines.push([...(view.codeHeader ? [row.code ?? ''] : []), row.header, ...cells]);
  }
  return BOM + lines.map((line) => line.map(quote).join(',')).join('\r\n') + '\r\n';
}
