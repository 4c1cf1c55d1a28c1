/**
 * A table view as JSON for programs: one object per row keyed by the column headers, amounts as exact decimal
 * strings (never floats) with the unit stated once, percentages as printed, blanks as null (blank is not zero).
 */
import { moneyToPlain } from '../domain/money.ts';
import type { Cell, TableView } from '../table-kinds/view-model.ts';

type JsonValue = string | number | null;

const jsonValue = (cell: Cell): JsonValue => {
  switch (cell.kind) {
    case 'money': return moneyToPlain(cell.value);
    case 'number': return cell.value;
    case 'blank': return null;
    default: return cell.text;
  }
};

export function tableToJson(view: TableView): string {
  const rows = view.rows.map((row) => {
    const record: Record<string, JsonValue | boolean> = {};
    if (view.codeHeader) record[view.codeHeader] = row.code ?? null;
    if (row.group) record['分组'] = row.group;
    record[view.rowHeader] = row.header;
    view.columns.forEach((column, index) => { record[column.label] = jsonValue(row.cells[index] ?? { kind: 'blank', text: '' }); });
    if (row.isTotal) record['合计行'] = true;
    return record;
  });
  return JSON.stringify({ title: view.title, unit: view.unit ?? null, rows }, null, 2) + '\n';
}
