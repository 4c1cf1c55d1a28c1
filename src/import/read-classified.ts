/**
 * The classified tables (one row per classification code: 收入总表, 支出总表, 一般公共预算支出表, 基本支出表, fund tables):
 * a code column, or 类/款/项 columns that together make the code; a name column; amount columns; a 合计 row; notes
 * under the table (an empty table's statement).
 */
import type { Stage } from '../schemas/primitives.ts';
import type { AnyTableKind } from '../table-kinds/registry.ts';
import { fieldsAt } from './kind-fields.ts';
import { mapColumns, type ColumnRule, type Header } from './header.ts';
import { normalise } from './labels.ts';
import { cellRef, ownText, rowTexts, type Sheet } from './sheet.ts';
import { bodyRows, columnHasContent, readAmounts, Figure } from './rows.ts';
import type { ImportNote, ImportProblem } from './problems.ts';
import { AMOUNT_NAMES, TOTAL_LABELS } from './column-names.ts';

export interface ReadTable {
  readonly value?: Record<string, unknown>;
  readonly problems: ImportProblem[];
  readonly notes: ImportNote[];
}

const CODE_NAMES = ['科目编码', '功能分类科目编码', '经济分类科目编码', '支出功能分类科目编码', '部门预算支出经济分类科目编码', '政府预算支出经济分类科目编码', '功能科目编码', '经济科目编码', '科目代码', '编码', '代码'];
const NAME_NAMES = ['科目名称', '功能分类科目名称', '经济分类科目名称', '支出功能分类科目名称', '名称', '项目', '科目'];

/** Column rules of a kind whose rows (or lines, at `path`) have these amount fields. */
export function amountRules(kind: AnyTableKind, path: readonly string[], stage: Stage, skip: readonly string[]): ColumnRule[] {
  return fieldsAt(kind.schema, path)
    .filter((field) => !skip.includes(field.key))
    .map((field) => ({ key: field.key, names: [field.label, ...(AMOUNT_NAMES[`${kind.key}.${field.key}`] ?? []), ...(AMOUNT_NAMES[`${stage}:${field.key}`] ?? []), ...(AMOUNT_NAMES[field.key] ?? [])] }));
}

/** "2010101 行政运行" in one cell. */
const CODE_AND_NAME = /^(\d{3}(?:\d{2}){0,2})[\s\u3000]+(.+)$/;

export function readClassified(sheet: Sheet, kind: AnyTableKind, header: Header, stage: Stage, tableName: string, title: string | undefined): ReadTable {
  const rules: ColumnRule[] = [
    { key: 'code', names: CODE_NAMES }, { key: 'code:1', names: ['类'] }, { key: 'code:2', names: ['款'] }, { key: 'code:3', names: ['项'] },
    { key: 'name', names: NAME_NAMES },
    ...amountRules(kind, ['rows'], stage, ['code', 'name']),
  ];
  const { keys, problems, notes } = mapColumns(sheet, header, rules, columnHasContent(sheet, header), tableName);
  const columnOf = (key: string) => [...keys].find(([, k]) => k === key)?.[0];
  const amountColumns = new Map([...keys].filter(([, key]) => !key.startsWith('code') && key !== 'name'));
  const codeCol = columnOf('code');
  const nameCol = columnOf('name');
  const parts = [columnOf('code:1'), columnOf('code:2'), columnOf('code:3')];
  if (codeCol === undefined && nameCol === undefined && parts[0] === undefined) {
    problems.push({ rule: 'import/no-code-column', at: sheet.name, message: `${tableName}的表头中找不到“科目编码”或“科目名称”列`, messageEn: 'No code or name column in the header', fix: '表头应有“科目编码”“科目名称”两列（或“类”“款”“项”三列加“科目名称”）' });
    return { problems, notes };
  }
  const rows: Record<string, unknown>[] = [];
  let total: Record<string, Figure> | undefined;
  const texts: string[] = [];
  let classPart = '';
  let sectionPart = '';
  for (const row of bodyRows(sheet, header, notes)) {
    let code = codeCol !== undefined ? ownText(sheet, row, codeCol) : '';
    let name = nameCol !== undefined ? ownText(sheet, row, nameCol) : '';
    if (parts[0] !== undefined) {
      const [c, s, i] = parts.map((col) => (col === undefined ? '' : ownText(sheet, row, col)));
      // Split codes print only what changes: a 款 row under its 类 may leave 类 blank, a 项 row both.
      if (c) { classPart = c; sectionPart = ''; }
      if (s) sectionPart = s.length === 5 ? s.slice(3) : s;
      if (c || s || i) code = i ? (i.length === 7 ? i : classPart + sectionPart + i) : s ? classPart + sectionPart : classPart;
    }
    const joined = !code && CODE_AND_NAME.exec(name || '') ;
    if (joined) { code = joined[1]!; name = joined[2]!.trim(); }
    const label = normalise(name || code);
    const amounts = readAmounts(sheet, row, amountColumns, tableName, problems);
    if (TOTAL_LABELS.includes(label) || (!code && TOTAL_LABELS.includes(normalise(rowTexts(sheet, row)[0]?.text ?? '')))) {
      if (total) problems.push({ rule: 'import/duplicate-total', at: cellRef(sheet, row, nameCol ?? codeCol ?? 0), message: `${tableName}有两个合计行`, messageEn: 'Two totals rows', fix: '删去多余的合计行' });
      total = amounts;
      continue;
    }
    const hasAmounts = Object.keys(amounts).length > 0;
    // A line of text with no figure and no code under (or in) the table: its note, or an empty table's statement.
    if (!/^\d+$/.test(code) && !hasAmounts && [...amountColumns.keys()].every((col) => !ownText(sheet, row, col))) {
      texts.push(rowTexts(sheet, row).map(({ text }) => text.trim()).join(' '));
      continue;
    }
    const at = cellRef(sheet, row, codeCol ?? parts.find((col) => col !== undefined) ?? nameCol ?? 0);
    if (!code) {
      problems.push({ rule: 'import/row-without-code', at, message: `${tableName}第${row + 1}行“${name}”有金额但没有科目编码`, messageEn: 'A row with amounts has no classification code', fix: '在科目编码列填上这一行的科目编码（类3位、款5位、项7位）' });
      continue;
    }
    if (!/^\d{3}(?:\d{2}){0,2}$/.test(code)) {
      problems.push({ rule: 'import/bad-code', at, message: `${tableName}第${row + 1}行的科目编码“${code}”不是3、5或7位数字`, messageEn: `Code "${code}" is not 3, 5 or 7 digits`, fix: '改正科目编码（类3位、款5位、项7位，如 2013201）' });
      continue;
    }
    rows.push({ code, name, ...amounts });
  }
  const value: Record<string, unknown> = { ...(title ? { title } : {}), rows };
  if (total && Object.keys(total).length) value.total = total;
  if (texts.length) value[rows.length ? 'note' : 'empty_statement'] = texts.join('\n');
  return { value, problems, notes };
}
