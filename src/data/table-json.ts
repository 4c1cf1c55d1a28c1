/**
 * A tidy table (src/data/tidy-table.ts) as JSON for programs: one object per row keyed by the column names, every
 * row standing alone (disclosure, labels, values), amounts as exact decimal strings (never floats) in the unit the
 * row states, counts as numbers, percentages as printed, blanks as null (blank is not zero).
 */
import { moneyToPlain } from '../domain/money.ts';
import type { Cell } from '../table-kinds/view-model.ts';
import type { TidyTable } from './tidy-table.ts';

export type JsonValue = string | number | null;

export const jsonValue = (cell: Cell): JsonValue => {
  switch (cell.kind) {
    case 'money': return moneyToPlain(cell.value);
    case 'number': return cell.value;
    case 'blank': return null;
    default: return cell.text;
  }
};

export function tableToJson(table: TidyTable): string {
  const rows = table.rows.map((row) => Object.fromEntries(table.columns.map((column, index) => [column.name, jsonValue(row[index] ?? { kind: 'blank', text: '' })])));
  return JSON.stringify({ name: table.name, title: table.title, unit: table.unit ?? null, columns: table.columns.map(({ name, description }) => ({ name, description })), rows }, null, 2) + '\n';
}
