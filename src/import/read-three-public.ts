/**
 * The “三公” expenses table, in either orientation export systems use: the six items as columns and one row per
 * period (本年预算数, 上年预算数, 决算数 …), or the items as rows and one column per period.
 */
import type { Stage } from '../schemas/primitives.ts';
import type { AnyTableKind } from '../table-kinds/registry.ts';
import { mapColumns, type ColumnRule, type Header } from './header.ts';
import { normalise } from './labels.ts';
import { cellRef, ownText, type Sheet } from './sheet.ts';
import { bodyRows, columnHasContent, readAmounts, type Figure } from './rows.ts';
import type { ReadTable } from './read-classified.ts';
import type { ImportProblem } from './problems.ts';
import { countText } from './amount-text.ts';
import { fieldsAt } from './kind-fields.ts';

const ITEMS: readonly ColumnRule[] = [
  { key: 'total', names: ['合计', '“三公”经费合计', '三公经费合计', '三公经费', '“三公”经费', '总计'] },
  { key: 'overseas', names: ['因公出国(境)费', '因公出国(境)经费', '因公出国费', '因公出国（境）费用'] },
  { key: 'vehicle_subtotal', names: ['公务用车购置及运行费小计', '公务用车购置及运行维护费小计', '公务用车购置及运行费', '公务用车购置及运行维护费', '公务用车购置及运行费合计'] },
  { key: 'vehicle_purchase', names: ['公务用车购置费', '公务用车购置及运行费公务用车购置费', '购置费'] },
  { key: 'vehicle_operation', names: ['公务用车运行维护费', '公务用车运行费', '公务用车购置及运行费公务用车运行维护费', '运行维护费', '运行费'] },
  { key: 'reception', names: ['公务接待费'] },
];

/** Which group of the table a period label names: this year, last year or (final accounts) the budget. */
function periodOf(label: string, stage: Stage, year: number | undefined): 'this_year' | 'last_year' | 'budget' | undefined {
  const text = normalise(label);
  const printedYear = /(\d{4})年/.exec(text)?.[1];
  if (/上年/.test(text) || (year && printedYear === String(year - 1))) return 'last_year';
  if (stage === 'final') {
    if (/决算|实际|本年支出/.test(text)) return 'this_year';
    if (/预算/.test(text)) return 'budget';
  } else if (/预算|本年/.test(text) || (year && printedYear === String(year))) return 'this_year';
  return undefined;
}

const periodProblem = (at: string, label: string, tableName: string): ImportProblem => ({
  rule: 'import/unknown-period', at,
  message: `${tableName}中“${label}”看不出是本年数、上年数还是预算数`,
  messageEn: `"${label}" names no period (this year, last year, budget)`,
  fix: '把这一栏的名称写成“本年预算数”“上年预算数”“预算数”或“决算数”（可带年份，如“2024年预算数”）',
});

/** The counts behind the amounts (出国团组数 …), printed as lines under the table: label and count. */
function readDetail(sheet: Sheet, row: number, valueCol: number, details: readonly { key: string; label: string }[], into: Record<string, unknown>, tableName: string, problems: ImportProblem[]): boolean {
  const label = normalise(ownText(sheet, row, 0)).replace(/^其中:/, '').replace(/\((?:个|人|人次|辆|批次|次)\)$/, '');
  const detail = details.find((d) => normalise(d.label) === label);
  if (!detail) return false;
  const count = countText(sheet.rows[row]?.[valueCol]);
  if (!count.ok) problems.push({ rule: 'import/not-a-count', at: cellRef(sheet, row, valueCol), message: `${tableName}中“${detail.label}”无法读取：${count.reason}`, messageEn: count.reasonEn, fix: '填公开文件印的整数（空白就留空）' });
  else if (count.text !== undefined) into[detail.key] = Number(count.text);
  return true;
}

export function readThreePublic(sheet: Sheet, kind: AnyTableKind, header: Header, stage: Stage, tableName: string, title: string | undefined, year: number | undefined): ReadTable {
  const problems: ImportProblem[] = [];
  const notes: ReadTable['notes'] = [];
  const groups: Record<string, Record<string, Figure>> = {};
  const details: Record<string, unknown> = {};
  const detailFields = fieldsAt(kind.schema, ['details']);
  const itemColumns = header.columns.filter((column) => ITEMS.some((item) => item.names.map(normalise).includes(normalise(column.path.join(''))) || item.names.map(normalise).includes(normalise(column.path[column.path.length - 1]!))));
  if (itemColumns.length >= 3) {
    // Items as columns, a row per period; the first column names the period.
    const map = mapColumns(sheet, { ...header, columns: header.columns.filter((column) => column.col > 0) }, ITEMS, columnHasContent(sheet, header), tableName);
    problems.push(...map.problems);
    notes.push(...map.notes);
    for (const row of bodyRows(sheet, header, notes)) {
      const label = ownText(sheet, row, 0);
      if (readDetail(sheet, row, 1, detailFields, details, tableName, problems)) continue;
      const amounts = readAmounts(sheet, row, map.keys, tableName, problems);
      const period = periodOf(label, stage, year);
      if (!period) { if (label || Object.keys(amounts).length) problems.push(periodProblem(cellRef(sheet, row, 0), label || '（空白）', tableName)); continue; }
      groups[period] = amounts;
    }
  } else {
    // Items as rows, a column per period.
    const columns = new Map<number, string>();
    for (const column of header.columns.filter((c) => c.col > 0 && !sheet.hiddenColumns.has(c.col))) {
      const label = column.path.join('');
      if (/增减|变动|增长|比上年/.test(label)) continue;
      const period = periodOf(label, stage, year);
      if (period) columns.set(column.col, period);
      else if (columnHasContent(sheet, header)(column.col)) problems.push(periodProblem(column.ref, label, tableName));
    }
    const thisYear = [...columns].find(([, period]) => period === 'this_year')?.[0] ?? 1;
    for (const row of bodyRows(sheet, header, notes)) {
      const label = normalise(ownText(sheet, row, 0));
      if (!label) continue;
      if (readDetail(sheet, row, thisYear, detailFields, details, tableName, problems)) continue;
      const item = ITEMS.find((rule) => rule.names.map(normalise).includes(label) || rule.names.map(normalise).includes(label.replace(/^其中:/, '')));
      if (!item) {
        problems.push({ rule: 'import/unknown-line', at: cellRef(sheet, row, 0), message: `${tableName}中“${ownText(sheet, row, 0)}”不是“三公”经费的项目`, messageEn: 'Not an item of the three public expenses', fix: '项目名称应为：合计、因公出国（境）费、公务用车购置及运行费、公务用车购置费、公务用车运行维护费、公务接待费' });
        continue;
      }
      const amounts = readAmounts(sheet, row, new Map([...columns].map(([col]) => [col, String(col)])), tableName, problems);
      for (const [col, period] of columns) if (amounts[String(col)]) (groups[period] ??= {})[item.key] = amounts[String(col)]!;
    }
  }
  const order = ['this_year', 'last_year', 'budget'] as const;
  const value: Record<string, unknown> = { ...(title ? { title } : {}) };
  for (const key of order) if (groups[key]) value[key] = Object.fromEntries(ITEMS.filter((item) => groups[key]![item.key]).map((item) => [item.key, groups[key]![item.key]]));
  if (Object.keys(details).length) value.details = details;
  return { value, problems, notes };
}
