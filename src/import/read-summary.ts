/**
 * The summary tables (部门收支总表 / 收入支出决算总表, 财政拨款收支总表): income on the left, expenditure on the right,
 * each a column of line names (项目) and amount columns. Each side is read down its own column: a section heading
 * (本年收入, 上年结转, 结转下年 …) opens a section, with its subtotal when printed; lines join the open section
 * (lines before any heading are this year's); 本年收入合计 after lines is their subtotal; 总计 is the side's total.
 */
import type { Stage } from '../schemas/primitives.ts';
import type { AnyTableKind } from '../table-kinds/registry.ts';
import { mapColumns, type ColumnRule, type Header } from './header.ts';
import { normalise, withoutNumbering } from './labels.ts';
import { cellRef, ownText, type Sheet } from './sheet.ts';
import { bodyRows, columnHasContent, readAmounts, type Figure } from './rows.ts';
import type { ReadTable } from './read-classified.ts';
import { amountRules } from './read-classified.ts';

const NAME_COLUMN = /^(项目|收入项目|支出项目|收入|支出|科目名称|功能分类科目名称|名称|项目名称)$/;
const CODE_NAMES = ['科目编码', '功能分类科目编码', '编码'];

type Side = 'income' | 'expenditure';
const HEADINGS: Record<Side, ReadonlyArray<readonly [string, RegExp]>> = {
  income: [['current', /^本年收入(?:合计|小计)?$/], ['carryover', /^上年结转(?:结余)?$/], ['non_fiscal_balance_used', /^使用非财政拨款结余/], ['opening_balance', /^年初结转和结余$/]],
  expenditure: [['current', /^本年支出(?:合计|小计)?$/], ['carry_forward', /^结转下年/], ['balance_distribution', /^结余分配/], ['closing_balance', /^年末结转和结余$/]],
};
const CLOSING = /^本年(?:收入|支出)(?:合计|小计)$|^小计$/;
const GRAND_TOTAL = /^(?:收入|支出)?(?:总计|合计)$/;
const CODE_AND_NAME = /^(\d{3}(?:\d{2}){0,2})[\s\u3000]+(.+)$/;

interface Section { kind: string; name?: string; total?: Record<string, Figure>; items: Record<string, unknown>[] }

export function readSummary(sheet: Sheet, kind: AnyTableKind, header: Header, stage: Stage, tableName: string, title: string | undefined): ReadTable {
  const nameColumns = header.columns.filter((column) => NAME_COLUMN.test(normalise(column.path[column.path.length - 1]!)) && !sheet.hiddenColumns.has(column.col));
  if (nameColumns.length !== 2) {
    return {
      problems: [{
        rule: 'import/summary-layout', at: sheet.name,
        message: `${tableName}应左边为收入、右边为支出，各有一列“项目”；表头中找到 ${nameColumns.length} 列项目名称`,
        messageEn: `Expected two line-name columns (income, expenditure), found ${nameColumns.length}`,
        fix: '按标准格式排列：收入项目及金额在左，支出项目及金额在右；每边的项目名称列表头写“项目”',
      }],
      notes: [],
    };
  }
  const [incomeName, expenditureName] = [nameColumns[0]!.col, nameColumns[1]!.col];
  const rules: ColumnRule[] = [{ key: 'code', names: CODE_NAMES }, ...amountRules(kind, ['income', 'sections', 'items'], stage, ['code', 'name'])];
  const problems: ReadTable['problems'] = [];
  const notes: ReadTable['notes'] = [];
  const sides = {} as Record<Side, Record<string, unknown>>;
  for (const [side, from, to] of [['income', incomeName, expenditureName], ['expenditure', expenditureName, Infinity]] as const) {
    const own = { ...header, columns: header.columns.filter((column) => column.col > from && column.col < to) };
    const map = mapColumns(sheet, own, rules, columnHasContent(sheet, header), `${tableName}（${side === 'income' ? '收入' : '支出'}）`);
    problems.push(...map.problems);
    notes.push(...map.notes);
    const codeCol = [...map.keys].find(([, key]) => key === 'code')?.[0];
    const amountColumns = new Map([...map.keys].filter(([, key]) => key !== 'code'));
    sides[side] = readSide(sheet, header, side, from, codeCol, amountColumns, tableName, problems, notes);
  }
  return { value: { ...(title ? { title } : {}), ...sides }, problems, notes };
}

function readSide(sheet: Sheet, header: Header, side: Side, nameCol: number, codeCol: number | undefined, amountColumns: ReadonlyMap<number, string>, tableName: string, problems: ReadTable['problems'], notes: ReadTable['notes']): Record<string, unknown> {
  const sections: Section[] = [];
  let grandTotal: Record<string, Figure> | undefined;
  // Hidden rows are noted once, with the income side.
  for (const row of bodyRows(sheet, header, side === 'income' ? notes : [])) {
    let name = ownText(sheet, row, nameCol);
    let code = codeCol !== undefined ? ownText(sheet, row, codeCol) : '';
    const amounts = readAmounts(sheet, row, amountColumns, tableName, problems);
    const hasAmounts = Object.keys(amounts).length > 0;
    if (!name) {
      if (hasAmounts) problems.push({ rule: 'import/row-without-name', at: cellRef(sheet, row, nameCol), message: `${tableName}第${row + 1}行有金额但没有项目名称`, messageEn: 'A line with amounts has no name', fix: '在项目列填上这一行的名称' });
      continue;
    }
    const joined = !code && CODE_AND_NAME.exec(name);
    if (joined) { code = joined[1]!; name = joined[2]!.trim(); }
    const core = withoutNumbering(normalise(name));
    const open = sections[sections.length - 1];
    if (GRAND_TOTAL.test(core)) { grandTotal = amounts; continue; }
    if (CLOSING.test(core) && open && open.items.length > 0 && !open.total) {
      open.total = amounts;
      open.name ??= name;
      continue;
    }
    const heading = HEADINGS[side].find(([, pattern]) => pattern.test(core));
    if (heading) {
      sections.push({ kind: heading[0], name, ...(hasAmounts ? { total: amounts } : {}), items: [] });
      continue;
    }
    const item = { ...(code ? { code } : {}), name, ...amounts };
    if (open) open.items.push(item);
    else sections.push({ kind: 'current', items: [item] });
  }
  return {
    sections: sections.map((section) => ({ kind: section.kind, ...(section.name !== undefined ? { name: section.name } : {}), ...(section.total && Object.keys(section.total).length ? { total: section.total } : {}), items: section.items })),
    ...(grandTotal && Object.keys(grandTotal).length ? { grand_total: grandTotal } : {}),
  };
}
