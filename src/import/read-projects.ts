/** 项目支出表: a row per project (name, code, functional code, category, amount and its funds) and a 合计 row. */
import type { Stage } from '../schemas/primitives.ts';
import type { AnyTableKind } from '../table-kinds/registry.ts';
import { mapColumns, type ColumnRule, type Header } from './header.ts';
import { normalise } from './labels.ts';
import { ownText, rowTexts, type Sheet } from './sheet.ts';
import { bodyRows, columnHasContent, readAmounts } from './rows.ts';
import { amountRules, type ReadTable } from './read-classified.ts';
import { TOTAL_LABELS } from './column-names.ts';

const TEXT_COLUMNS: readonly ColumnRule[] = [
  { key: 'name', names: ['项目名称', '项目', '名称'] },
  { key: 'code', names: ['项目编码', '项目代码', '项目编号'] },
  { key: 'functional_code', names: ['功能分类科目编码', '科目编码', '功能科目编码', '支出功能分类科目编码'] },
  { key: 'category', names: ['项目类别', '项目类型', '类别'] },
];

export function readProjects(sheet: Sheet, kind: AnyTableKind, header: Header, stage: Stage, tableName: string, title: string | undefined): ReadTable {
  const rules = [...TEXT_COLUMNS, ...amountRules(kind, ['rows'], stage, TEXT_COLUMNS.map((c) => c.key))];
  const { keys, problems, notes } = mapColumns(sheet, header, rules, columnHasContent(sheet, header), tableName);
  const texts = new Map([...keys].filter(([, key]) => TEXT_COLUMNS.some((c) => c.key === key)));
  const amounts = new Map([...keys].filter(([col]) => !texts.has(col)));
  const rows: Record<string, unknown>[] = [];
  let total: unknown;
  const lines: string[] = [];
  for (const row of bodyRows(sheet, header, notes)) {
    const fields = Object.fromEntries([...texts].map(([col, key]) => [key, ownText(sheet, row, col)]).filter(([, text]) => text));
    const figures = readAmounts(sheet, row, amounts, tableName, problems);
    if (TOTAL_LABELS.includes(normalise(String(fields.name ?? rowTexts(sheet, row)[0]?.text ?? '')))) { total = figures.amount; continue; }
    if (!fields.name && Object.keys(figures).length === 0) { lines.push(rowTexts(sheet, row).map(({ text }) => text.trim()).join(' ')); continue; }
    rows.push({ name: fields.name ?? '', ...fields, ...figures });
  }
  const value: Record<string, unknown> = { ...(title ? { title } : {}), rows, ...(total ? { total } : {}) };
  if (lines.length) value[rows.length ? 'note' : 'empty_statement'] = lines.join('\n');
  return { value, problems, notes };
}
