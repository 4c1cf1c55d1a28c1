/**
 * How a table view is laid out for reading (not what it holds: downloads keep every column). A column the source
 * leaves blank in every row is not shown, and said so under the table; "—" (printed blank) gets a legend wherever
 * a shown cell is blank, because blank is not zero.
 */
import type { TableView } from '../table-kinds/view-model.ts';

export interface TableDisplay {
  /** Indexes of the columns shown. */
  readonly columns: readonly number[];
  /** Labels of the columns left out because every row is blank there. */
  readonly hiddenBlank: readonly string[];
  /** Some shown cell is blank (print the legend for "—"). */
  readonly hasBlank: boolean;
}

export function tableDisplay(view: TableView): TableDisplay {
  const columns: number[] = [];
  const hiddenBlank: string[] = [];
  view.columns.forEach((column, index) => {
    const used = view.rows.length === 0 || view.rows.some((row) => row.cells[index] !== undefined && row.cells[index]!.kind !== 'blank');
    if (used) columns.push(index);
    else hiddenBlank.push(column.label);
  });
  const hasBlank = view.rows.some((row) => columns.some((index) => row.cells[index]?.kind === 'blank'));
  return { columns, hiddenBlank, hasBlank };
}
