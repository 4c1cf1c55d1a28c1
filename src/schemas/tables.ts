/**
 * The standard tables of both stages (domain.md §3) and the additional tables found in real disclosures.
 * Each table may be published empty with a statement ("本单位无政府性基金收支，故此表无数据").
 */
import { z } from 'zod';
import { amount, code, count, doc, text, unit, yearMonth } from './primitives.ts';
import type { CodeKind } from '../domain/classification.ts';

const emptyStatement = doc(text.optional(), 'Statement printed when the table has no data', '空表说明');
const tableNote = doc(text.optional(), 'Note printed under the table', '表注');
const tableTitle = doc(text.optional(), 'Title as printed, when it differs from the standard name', '表名（原文）');

// ---------------------------------------------------------------------------------------------------------
// Classified tables: one row per classification code, several amount columns, a totals row.

export interface ColumnSpec {
  readonly key: string;
  readonly label: string;
}

export interface ClassifiedTableSpec {
  readonly key: string;
  readonly label: { readonly budget: string; readonly final: string };
  readonly codeKind: CodeKind;
  readonly columns: readonly ColumnSpec[];
  /** total column = sum of these columns (where any of them is filled). */
  readonly parts: readonly string[];
  /** Columns shown for reference only, not part of the row identity (e.g. 年初预算数 in final accounts). */
  readonly reference?: readonly string[];
}

const EXPENDITURE_COLUMNS = [
  { key: 'total', label: '合计' },
  { key: 'basic', label: '基本支出' },
  { key: 'project', label: '项目支出' },
  { key: 'payment_to_superior', label: '上缴上级支出' },
  { key: 'operating', label: '经营支出' },
  { key: 'subsidy_to_subordinate', label: '对附属单位补助支出' },
  { key: 'budget', label: '年初预算数' },
] as const;
const GENERAL_COLUMNS = EXPENDITURE_COLUMNS.filter((c) => ['total', 'basic', 'project', 'budget'].includes(c.key)) as unknown as readonly [
  (typeof EXPENDITURE_COLUMNS)[0], (typeof EXPENDITURE_COLUMNS)[1], (typeof EXPENDITURE_COLUMNS)[2], (typeof EXPENDITURE_COLUMNS)[6],
];

export const CLASSIFIED_TABLES = {
  income_by_source: {
    key: 'income_by_source',
    label: { budget: '收入总表', final: '收入决算表' },
    codeKind: 'functional',
    columns: [
      { key: 'total', label: '合计' },
      { key: 'carryover', label: '上年结转' },
      { key: 'general_budget', label: '一般公共预算拨款收入' },
      { key: 'government_fund', label: '政府性基金预算拨款收入' },
      { key: 'state_capital', label: '国有资本经营预算拨款收入' },
      { key: 'fiscal_grant', label: '财政拨款收入' },
      { key: 'fiscal_special_account', label: '财政专户管理资金收入' },
      { key: 'superior_subsidy', label: '上级补助收入' },
      { key: 'business', label: '事业收入' },
      { key: 'operating', label: '经营收入' },
      { key: 'subordinate_remittance', label: '附属单位上缴收入' },
      { key: 'other', label: '其他收入' },
    ],
    parts: [
      'carryover', 'general_budget', 'government_fund', 'state_capital', 'fiscal_grant', 'fiscal_special_account',
      'superior_subsidy', 'business', 'operating', 'subordinate_remittance', 'other',
    ],
  },
  expenditure_summary: {
    key: 'expenditure_summary',
    label: { budget: '支出总表', final: '支出决算表' },
    codeKind: 'functional',
    columns: EXPENDITURE_COLUMNS,
    parts: ['basic', 'project', 'payment_to_superior', 'operating', 'subsidy_to_subordinate'],
    reference: ['budget'],
  },
  general_budget_expenditure: {
    key: 'general_budget_expenditure',
    label: { budget: '一般公共预算财政拨款支出表', final: '一般公共预算财政拨款支出决算表' },
    codeKind: 'functional',
    columns: GENERAL_COLUMNS,
    parts: ['basic', 'project'],
    reference: ['budget'],
  },
  general_budget_basic_expenditure: {
    key: 'general_budget_basic_expenditure',
    label: { budget: '一般公共预算财政拨款基本支出表', final: '一般公共预算财政拨款基本支出决算表' },
    codeKind: 'economic',
    columns: [
      { key: 'total', label: '合计' },
      { key: 'personnel', label: '人员经费' },
      { key: 'public', label: '公用经费' },
    ],
    parts: ['personnel', 'public'],
  },
  government_fund_expenditure: {
    key: 'government_fund_expenditure',
    label: { budget: '政府性基金预算支出表', final: '政府性基金预算财政拨款收入支出决算表' },
    codeKind: 'functional',
    columns: GENERAL_COLUMNS,
    parts: ['basic', 'project'],
    reference: ['budget'],
  },
  state_capital_expenditure: {
    key: 'state_capital_expenditure',
    label: { budget: '国有资本经营预算支出表', final: '国有资本经营预算财政拨款支出决算表' },
    codeKind: 'functional',
    columns: GENERAL_COLUMNS,
    parts: ['basic', 'project'],
    reference: ['budget'],
  },
} as const satisfies Record<string, ClassifiedTableSpec>;


/** One optional amount field per column, keeping the column keys in the inferred type. */
function amountColumns<const K extends string>(columns: readonly { readonly key: K; readonly label: string }[]) {
  return Object.fromEntries(
    columns.map((column) => [column.key, doc(amount.optional(), `Column: ${column.label}`, column.label)]),
  ) as { [P in K]: z.ZodOptional<typeof amount> };
}

function classifiedTableSchema<const K extends string>(spec: ClassifiedTableSpec & { readonly columns: readonly { readonly key: K; readonly label: string }[] }) {
  const columns = amountColumns(spec.columns);
  const row = z.strictObject({
    code: doc(code, spec.codeKind === 'functional' ? 'Functional classification code (3/5/7 digits)' : 'Economic classification code (3/5 digits)', '科目编码'),
    name: doc(text, 'Classification name as printed', '科目名称'),
    ...columns,
  });
  return z.strictObject({
    title: tableTitle,
    rows: doc(z.array(row).default([]), 'One row per classification code; the tree follows from the codes', '明细行'),
    total: doc(z.strictObject(columns).optional(), 'The printed totals row (合计)', '合计行'),
    empty_statement: emptyStatement,
    note: tableNote,
  });
}

// ---------------------------------------------------------------------------------------------------------
// Summary tables (收支总表, 财政拨款收支总表): income sections on the left, expenditure sections on the right.

const INCOME_SECTION_KINDS = ['current', 'carryover', 'non_fiscal_balance_used', 'opening_balance'] as const;
const EXPENDITURE_SECTION_KINDS = ['current', 'carry_forward', 'balance_distribution', 'closing_balance'] as const;
export const SECTION_LABELS: Record<string, string> = {
  current: '本年',
  carryover: '上年结转',
  non_fiscal_balance_used: '使用非财政拨款结余',
  opening_balance: '年初结转和结余',
  carry_forward: '结转下年',
  balance_distribution: '结余分配',
  closing_balance: '年末结转和结余',
};

export const FUND_COLUMNS = [
  { key: 'amount', label: '合计' },
  { key: 'general_budget', label: '一般公共预算' },
  { key: 'government_fund', label: '政府性基金预算' },
  { key: 'state_capital', label: '国有资本经营预算' },
] as const;
const AMOUNT_COLUMN = [{ key: 'amount', label: '金额' }] as const;

function summaryTableSchema<const K extends string>(columnSpecs: readonly { readonly key: K; readonly label: string }[]) {
  const columns = amountColumns(columnSpecs);
  const line = z.strictObject({
    code: doc(code.optional(), 'Functional class code, where printed', '科目编码'),
    name: doc(text, 'Line name as printed', '项目'),
    ...columns,
  });
  const totals = z.strictObject(columns);
  const section = <K extends readonly [string, ...string[]]>(kinds: K) =>
    z.strictObject({
      kind: doc(z.enum(kinds), `Section kind: ${kinds.join(' | ')}`, '栏目类型'),
      name: doc(text.optional(), 'Section heading as printed (一、本年收入)', '栏目名称'),
      total: doc(totals.optional(), 'Section subtotal as printed', '小计'),
      items: doc(z.array(line).default([]), 'Lines of this section', '明细'),
    });
  const side = <K extends readonly [string, ...string[]]>(kinds: K, zh: string) =>
    z.strictObject({
      sections: doc(z.array(section(kinds)).default([]), `${zh} sections in printed order`, `${zh}栏目`),
      grand_total: doc(totals.optional(), `${zh} grand total (总计/合计)`, `${zh}总计`),
    });
  return z.strictObject({
    title: tableTitle,
    income: doc(side(INCOME_SECTION_KINDS, '收入'), 'Income side', '收入'),
    expenditure: doc(side(EXPENDITURE_SECTION_KINDS, '支出'), 'Expenditure side', '支出'),
    empty_statement: emptyStatement,
    note: tableNote,
  });
}

// ---------------------------------------------------------------------------------------------------------
// "三公" expenses.

const threePublicGroup = z.strictObject({
  total: doc(amount.optional(), 'Total of the three public expenses', '合计'),
  overseas: doc(amount.optional(), 'Official travel abroad', '因公出国（境）费'),
  vehicle_subtotal: doc(amount.optional(), 'Official vehicles subtotal', '公务用车购置及运行费小计'),
  vehicle_purchase: doc(amount.optional(), 'Vehicle purchase', '公务用车购置费'),
  vehicle_operation: doc(amount.optional(), 'Vehicle operation and maintenance', '公务用车运行维护费'),
  reception: doc(amount.optional(), 'Official reception', '公务接待费'),
});
export type ThreePublicGroup = z.infer<typeof threePublicGroup>;

const threePublicExpenses = z.strictObject({
  title: tableTitle,
  this_year: doc(threePublicGroup.optional(), 'This year: budget (预算) or final (决算数)', '本年数'),
  last_year: doc(threePublicGroup.optional(), 'Last year, where printed', '上年数'),
  budget: doc(threePublicGroup.optional(), 'Final accounts only: the budget figures (预算数)', '预算数'),
  details: doc(
    z
      .strictObject({
        overseas_groups: doc(count.optional(), 'Delegations abroad', '出国团组数'),
        overseas_people: doc(count.optional(), 'People abroad', '出国人次'),
        vehicles_purchased: doc(count.optional(), 'Vehicles purchased', '购置车辆数'),
        vehicles_held: doc(count.optional(), 'Vehicles held at year end', '公务用车保有量'),
        reception_batches: doc(count.optional(), 'Reception batches', '接待批次'),
        reception_people: doc(count.optional(), 'Reception visitors', '接待人次'),
      })
      .optional(),
    'Counts behind the amounts (final accounts)',
    '三公经费明细数量',
  ),
  empty_statement: emptyStatement,
  note: tableNote,
});

// ---------------------------------------------------------------------------------------------------------
// Additional tables.

const projectExpenditure = z.strictObject({
  title: tableTitle,
  rows: doc(
    z
      .array(
        z.strictObject({
          name: doc(text, 'Project name', '项目名称'),
          code: doc(text.optional(), 'Project code', '项目编码'),
          functional_code: doc(code.optional(), 'Functional classification code', '功能分类科目编码'),
          category: doc(text.optional(), 'Project category', '项目类别'),
          amount: doc(amount.optional(), 'Amount', '金额'),
          general_budget: doc(amount.optional(), 'Of which general budget', '其中：一般公共预算'),
          government_fund: doc(amount.optional(), 'Of which government funds', '其中：政府性基金'),
          other: doc(amount.optional(), 'Of which other funds', '其中：其他资金'),
        }),
      )
      .default([]),
    'One row per project',
    '项目明细',
  ),
  total: doc(amount.optional(), 'Printed total', '合计'),
  empty_statement: emptyStatement,
  note: tableNote,
});

const procurementSplit = z.strictObject({
  total: doc(amount.optional(), 'Total procurement', '政府采购预算总额'),
  goods: doc(amount.optional(), 'Goods', '货物'),
  works: doc(amount.optional(), 'Works', '工程'),
  services: doc(amount.optional(), 'Services', '服务'),
});

const procurement = z.strictObject({
  title: tableTitle,
  summary: doc(procurementSplit.optional(), 'All funds', '政府采购预算（全部资金）'),
  general_budget: doc(procurementSplit.optional(), 'Of which general public budget', '其中：一般公共预算拨款'),
  items: doc(
    z
      .array(
        z.strictObject({
          name: doc(text, 'Item', '采购品目'),
          catalogue_code: doc(text.optional(), 'Procurement catalogue code', '采购目录编码'),
          kind: doc(z.enum(['goods', 'works', 'services']).optional(), 'goods | works | services', '采购类别'),
          quantity: doc(amount.optional(), 'Quantity', '数量'),
          quantity_unit: doc(text.optional(), 'Unit of quantity', '计量单位'),
          unit_price: doc(amount.optional(), 'Unit price in the document unit', '单价'),
          amount: doc(amount.optional(), 'Amount', '金额'),
          fund_source: doc(text.optional(), 'Source of funds', '资金来源'),
        }),
      )
      .default([]),
    'Procurement items (政府采购预算表)',
    '采购明细',
  ),
  small_medium_awarded: doc(amount.optional(), 'Final accounts: awarded to small and medium firms', '授予中小企业合同金额'),
  small_medium_share: doc(text.optional(), 'Share awarded to small and medium firms, as printed', '授予中小企业比例'),
  empty_statement: emptyStatement,
  note: tableNote,
});

const vehicleCounts = z.strictObject({
  total: doc(count.optional(), 'All vehicles', '车辆合计'),
  general_official: doc(count.optional(), 'General official vehicles', '一般公务用车'),
  law_enforcement: doc(count.optional(), 'Law-enforcement vehicles', '执勤执法用车'),
  special_professional: doc(count.optional(), 'Special professional vehicles', '特种专业技术用车'),
  other: doc(count.optional(), 'Other vehicles', '其他用车'),
});

const stateAssets = z.strictObject({
  as_of: doc(yearMonth.optional(), 'Date the holdings refer to', '统计截止时间'),
  vehicles: doc(vehicleCounts.optional(), 'Vehicles held', '车辆占有情况'),
  planned_vehicle_purchases: doc(vehicleCounts.optional(), 'Vehicles to be bought this year', '本年拟购置车辆'),
  large_equipment: doc(count.optional(), 'Equipment over 500,000 yuan per unit', '单价50万元以上通用设备'),
  large_special_equipment: doc(count.optional(), 'Special equipment over 1,000,000 yuan per unit', '单价100万元以上专用设备'),
  total_assets: doc(amount.optional(), 'Total assets', '资产总额'),
  note: tableNote,
});

const operatingCosts = z.strictObject({
  this_year: doc(amount.optional(), 'Operating costs this year', '本年机关运行经费'),
  last_year: doc(amount.optional(), 'Operating costs last year', '上年机关运行经费'),
  reason: doc(text.optional(), 'Reason for the change', '增减原因'),
  uses: doc(text.optional(), 'What the costs are used for', '主要用途'),
});

const organisation = z.strictObject({
  staff_actual: doc(count.optional(), 'Staff actually in post', '实有人员'),
  staff_authorized: doc(count.optional(), 'Authorised posts', '编制人数'),
  staff_year_end: doc(count.optional(), 'Staff in post at year end', '年末在职人数'),
  retired: doc(count.optional(), 'Retired staff', '离退休人员'),
  internal_unit_count: doc(count.optional(), 'Number of internal units', '内设机构数'),
  internal_units: doc(z.array(text).optional(), 'Names of internal units', '内设机构'),
  subordinate_unit_count: doc(count.optional(), 'Number of subordinate budget units', '下属预算单位个数'),
  subordinate_units: doc(z.array(text).optional(), 'Names of subordinate units', '下属单位'),
});

/** Last year's figures as printed in this disclosure, used for year-on-year checks when no earlier disclosure exists. */
const previousYear = z.strictObject({
  income_total: doc(amount.optional(), 'Last year income total', '上年收入合计'),
  expenditure_total: doc(amount.optional(), 'Last year expenditure total', '上年支出合计'),
  general_budget_expenditure: doc(amount.optional(), 'Last year general public budget expenditure', '上年一般公共预算支出'),
  basic: doc(amount.optional(), 'Last year basic expenditure', '上年基本支出'),
  project: doc(amount.optional(), 'Last year project expenditure', '上年项目支出'),
  three_public_total: doc(amount.optional(), 'Last year three public expenses', '上年“三公”经费'),
  note: tableNote,
});

export const TABLE_LABELS = {
  income_expenditure_summary: { budget: '部门收支总表', final: '收入支出决算总表' },
  fiscal_grant_summary: { budget: '财政拨款收支总表', final: '财政拨款收入支出决算总表' },
  ...Object.fromEntries(Object.values(CLASSIFIED_TABLES).map((spec) => [spec.key, spec.label])),
  three_public_expenses: { budget: '“三公”经费支出表', final: '“三公”经费支出决算表' },
  project_expenditure: { budget: '项目支出表', final: '项目支出决算表' },
  procurement: { budget: '政府采购预算表', final: '政府采购情况' },
  state_assets: { budget: '国有资产占有使用情况', final: '国有资产占有使用情况' },
  operating_costs: { budget: '机关运行经费', final: '机关运行经费' },
  organisation: { budget: '机构和人员', final: '机构和人员' },
} as Record<string, { budget: string; final: string }>;

/** Standard tables every disclosure is expected to publish (or explain under omitted_tables). */
export const STANDARD_TABLES = [
  'income_expenditure_summary', 'income_by_source', 'expenditure_summary', 'fiscal_grant_summary',
  'general_budget_expenditure', 'general_budget_basic_expenditure', 'three_public_expenses',
  'government_fund_expenditure', 'state_capital_expenditure',
] as const;

export const tablesFile = z.strictObject({
  unit: doc(unit, 'Amount unit of every table in this file; must equal the disclosure unit', '金额单位'),
  income_expenditure_summary: doc(summaryTableSchema(AMOUNT_COLUMN).optional(), 'Department income and expenditure summary', '部门收支总表 / 收入支出决算总表'),
  fiscal_grant_summary: doc(summaryTableSchema(FUND_COLUMNS).optional(), 'Fiscal grant income and expenditure summary', '财政拨款收支总表'),
  income_by_source: doc(classifiedTableSchema(CLASSIFIED_TABLES.income_by_source).optional(), 'Income by source', '收入总表'),
  expenditure_summary: doc(classifiedTableSchema(CLASSIFIED_TABLES.expenditure_summary).optional(), 'Expenditure summary', '支出总表'),
  general_budget_expenditure: doc(classifiedTableSchema(CLASSIFIED_TABLES.general_budget_expenditure).optional(), 'General public budget expenditure', '一般公共预算财政拨款支出表'),
  general_budget_basic_expenditure: doc(classifiedTableSchema(CLASSIFIED_TABLES.general_budget_basic_expenditure).optional(), 'Basic expenditure by economic classification', '一般公共预算基本支出表'),
  three_public_expenses: doc(threePublicExpenses.optional(), 'The three public expenses', '“三公”经费支出表'),
  government_fund_expenditure: doc(classifiedTableSchema(CLASSIFIED_TABLES.government_fund_expenditure).optional(), 'Government fund expenditure', '政府性基金预算支出表'),
  state_capital_expenditure: doc(classifiedTableSchema(CLASSIFIED_TABLES.state_capital_expenditure).optional(), 'State capital operation expenditure', '国有资本经营预算支出表'),
  project_expenditure: doc(projectExpenditure.optional(), 'Project expenditure', '项目支出表'),
  procurement: doc(procurement.optional(), 'Government procurement', '政府采购'),
  state_assets: doc(stateAssets.optional(), 'State-owned assets held', '国有资产占有使用情况'),
  operating_costs: doc(operatingCosts.optional(), 'Administrative operating costs', '机关运行经费'),
  organisation: doc(organisation.optional(), 'Organisation and staff counts', '机构和人员'),
  previous_year: doc(previousYear.optional(), "Last year's figures as printed, for year-on-year checks", '上年数'),
  omitted_tables: doc(
    z.record(z.string(), text).optional(),
    'Standard tables this document does not contain, each with the reason (table key: statement)',
    '未包含的标准表及原因',
  ),
});

export type TablesFile = z.infer<typeof tablesFile>;
/** Any classified table, seen generically: a row's amount columns are looked up by key. */
export interface ClassifiedTable {
  readonly title?: string | undefined;
  readonly rows: ReadonlyArray<{ readonly code: string; readonly name: string }>;
  readonly total?: object | undefined;
  readonly empty_statement?: string | undefined;
  readonly note?: string | undefined;
}
export type SummaryTable = NonNullable<TablesFile['income_expenditure_summary']>;
export type FundSummaryTable = NonNullable<TablesFile['fiscal_grant_summary']>;
