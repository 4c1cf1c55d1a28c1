/** Schema pieces every table kind uses: title as printed, note, empty-table statement, amount columns. */
import { z } from 'zod';
import { amount, doc, text } from '../schemas/primitives.ts';

export const emptyStatement = doc(text.optional(), 'Statement printed when the table has no data', '空表说明');
export const tableNote = doc(text.optional(), 'Note printed under the table', '表注');
export const tableTitle = doc(text.optional(), 'Title as printed, when it differs from the standard name', '表名（原文）');

export interface ColumnSpec<K extends string = string> {
  readonly key: K;
  readonly label: string;
}

/** One optional amount field per column, keeping the column keys in the inferred type. */
export function amountColumns<const K extends string>(columns: readonly ColumnSpec<K>[]) {
  return Object.fromEntries(
    columns.map((column) => [column.key, doc(amount.optional(), `Column: ${column.label}`, column.label)]),
  ) as { [P in K]: z.ZodOptional<typeof amount> };
}
