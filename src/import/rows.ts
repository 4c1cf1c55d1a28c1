/** Walking a table's rows below its header: hidden rows are left out (and noted), empty rows skipped. */
import { cellRef, type Sheet } from './sheet.ts';
import type { Header } from './header.ts';
import type { ImportNote, ImportProblem } from './problems.ts';
import { amountText } from './amount-text.ts';

export function* bodyRows(sheet: Sheet, header: Header, notes: ImportNote[]): Generator<number> {
  for (let row = header.dataRow; row < sheet.rows.length; row++) {
    const cells = sheet.rows[row] ?? [];
    if (!cells.some((cell) => cell?.text.trim())) continue;
    if (sheet.hiddenRows.has(row)) {
      notes.push({ at: cellRef(sheet, row, 0), message: `隐藏行（第${row + 1}行）未导入（公开文件不显示隐藏行；如需导入，先在表格中取消隐藏）` });
      continue;
    }
    yield row;
  }
}

/** Figures are plain values of an object: a class of their own so the YAML writer prints them unquoted. */
export class Figure {
  readonly text: string;
  constructor(text: string) { this.text = text; }
}

/** The amount fields of a row (undefined: blank), with problems for cells that are not amounts. */
export function readAmounts(sheet: Sheet, row: number, columns: ReadonlyMap<number, string>, tableName: string, problems: ImportProblem[]): Record<string, Figure> {
  const out: Record<string, Figure> = {};
  for (const [col, key] of columns) {
    const amount = amountText(sheet.rows[row]?.[col]);
    if (!amount.ok) {
      problems.push({
        rule: 'import/not-an-amount', at: cellRef(sheet, row, col),
        message: `${tableName}第${row + 1}行的金额单元格无法读取：${amount.reason}`,
        messageEn: `Cell is not an amount: ${amount.reasonEn}`,
        fix: '把单元格改为公开文件印的数字（空白就留空，印“0”就填 0）；文字说明请写在表下的注释行',
      });
    } else if (amount.text !== undefined) out[key] = new Figure(amount.text);
  }
  return out;
}

/** Whether a column holds any text below the header (for reporting unknown columns that would lose figures). */
export const columnHasContent = (sheet: Sheet, header: Header) => (col: number): boolean => {
  for (let row = header.dataRow; row < sheet.rows.length; row++) if (sheet.rows[row]?.[col]?.text.trim()) return true;
  return false;
};
