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

/**
 * One row per line: as readable as indented JSON and about a fifth smaller, and written without building an object per
 * row (a site of 10,000 disclosures writes hundreds of thousands of these files).
 */
export function tableToJson(table: TidyTable): string {
  const head = JSON.stringify({ name: table.name, title: table.title, unit: table.unit ?? null, columns: table.columns.map(({ name, description }) => ({ name, description })) }, null, 2);
  const keys = table.columns.map((column) => `${JSON.stringify(column.name)}:`);
  const rows = table.rows.map((row) => `{${keys.map((key, index) => key + JSON.stringify(jsonValue(row[index] ?? BLANK_CELL))).join(',')}}`);
  return `${head.slice(0, -2)},\n  "rows": [${rows.length ? `\n    ${rows.join(',\n    ')}\n  ` : ''}]\n}\n`;
}
const BLANK_CELL: Cell = { kind: 'blank', text: '' };
