/**
 * tables.yaml: the amount unit, one optional field per table kind of the registry (src/table-kinds/registry.ts), the
 * tables the document does not contain, each with the reason, and the tables it has that the source lacks.
 */
import { z } from 'zod';
import { doc, text, unit, type AmountUnit } from './primitives.ts';
import { TABLE_KINDS } from '../table-kinds/registry.ts';

export const tablesFile = z.strictObject({
  unit: doc(unit, 'Amount unit of every table in this file; must equal the disclosure unit', '金额单位'),
  ...Object.fromEntries(TABLE_KINDS.map((kind) => [kind.key, doc(kind.schema.optional(), kind.doc.en, kind.doc.zh)])),
  omitted_tables: doc(
    z.record(z.string(), text).optional(),
    'Tables the published document does not contain, each with its statement (table key or Chinese name: statement)',
    '未包含的标准表及原因',
  ),
  missing_from_source: doc(
    z.record(z.string(), text).optional(),
    'Tables the published document has but the source this content was converted from lacks (table key or Chinese name: explanation)',
    '原文有、来源文件缺少的表及说明',
  ),
});

/** A parsed tables.yaml: each table under its kind's key (read one with tableOf in src/table-kinds/tables.ts). */
export interface TablesFile {
  readonly unit: AmountUnit;
  readonly omitted_tables?: Readonly<Record<string, string>> | undefined;
  readonly missing_from_source?: Readonly<Record<string, string>> | undefined;
  readonly [kind: string]: unknown;
}
