/**
 * 财政拨款支出明细表 (budget) / 财政拨款支出决算明细表 (final accounts), and the same table over the general budget
 * only (一般公共预算财政拨款支出明细表, Sichuan's final accounts): fiscal-grant expenditure by economic classification,
 * 合计 = 基本支出 + 项目支出 per code. Some regions split 基本支出 into 人员经费 and 公用经费, with or without a 基本支出
 * subtotal column; the row identities follow the columns the table prints, so neither layout gives a false error.
 * Members of the classified family (classified.ts).
 */
import { checkClassifiedTable, classifiedKind, type ClassifiedSpec, type RowIdentity } from './classified.ts';
import type { StageLabels } from './kind.ts';

const COLUMNS = [
  { key: 'total', label: '合计' },
  { key: 'basic', label: '基本支出' },
  { key: 'personnel', label: '人员经费' },
  { key: 'public', label: '公用经费' },
  { key: 'project', label: '项目支出' },
] as const;

/** A 基本支出 column printed (a subtotal above 人员经费 and 公用经费, or alone). */
const WITH_BASIC: readonly RowIdentity[] = [
  { rule: 'sum/row', result: 'total', plus: ['basic', 'project'] },
  { rule: 'sum/row', result: 'basic', plus: ['personnel', 'public'] },
];
/** 基本支出 printed only as its two parts. */
const WITHOUT_BASIC: readonly RowIdentity[] = [{ rule: 'sum/row', result: 'total', plus: ['personnel', 'public', 'project'] }];

function detailKind(key: string, label: StageLabels, en: string) {
  const spec = (identities: readonly RowIdentity[]): ClassifiedSpec<(typeof COLUMNS)[number]['key']> => ({
    key, label, doc: { en, zh: label.budget }, codeKind: 'economic', columns: COLUMNS, identities,
  });
  const withBasic = spec(WITH_BASIC);
  const withoutBasic = spec(WITHOUT_BASIC);
  const kind = classifiedKind(withBasic);
  return {
    ...kind,
    rules: (table, context) => checkClassifiedTable(printsBasic(table) ? withBasic : withoutBasic, table, context),
  } satisfies typeof kind;
}

/** Whether any row (or the totals row) prints a 基本支出 figure: tested without allocating. */
function printsBasic(table: { readonly rows: ReadonlyArray<{ readonly [column: string]: unknown }>; readonly total?: { readonly [column: string]: unknown } | undefined }): boolean {
  if (table.total?.basic !== undefined) return true;
  for (const row of table.rows) if (row.basic !== undefined) return true;
  return false;
}

export const fiscalGrantExpenditureDetail = detailKind(
  'fiscal_grant_expenditure_detail',
  { budget: '财政拨款支出明细表', final: '财政拨款支出决算明细表' },
  'Fiscal-grant expenditure by economic classification (合计 = 基本支出 + 项目支出)',
);

export const generalBudgetExpenditureDetail = detailKind(
  'general_budget_expenditure_detail',
  { budget: '一般公共预算财政拨款支出明细表', final: '一般公共预算财政拨款支出决算明细表' },
  'General-budget expenditure by economic classification (合计 = 基本支出 + 项目支出)',
);
