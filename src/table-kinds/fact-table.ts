/**
 * Small tables of figures that narratives state (procurement totals, assets, operating costs, staff) shown as
 * 项目 / 数值 rows. Callers pass the rows to show: blank cells the document prints stay (shown as blank), lines it
 * does not print are left out by them. A table with nothing in it is not shown.
 */
import type { Cell, TableView } from './view-model.ts';

export function factTable(id: string, title: string, rows: ReadonlyArray<readonly [string, Cell]>, unit?: string, note?: string): TableView | undefined {
  if (rows.every(([, cell]) => cell.kind === 'blank')) return undefined;
  return {
    id, title, rowHeader: '项目', columns: [{ label: unit ? `数值（${unit}）` : '数值', numeric: true }],
    rows: rows.map(([header, cell]) => ({ header, cells: [cell] })),
    ...(note ? { note } : {}),
  };
}

/** Only the printed lines (a blank the document does not print is left out). */
export const printed = (rows: ReadonlyArray<readonly [string, Cell]>): Array<readonly [string, Cell]> => rows.filter(([, cell]) => cell.kind !== 'blank');
