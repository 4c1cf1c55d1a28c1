/**
 * Named facts of a disclosure, computed from its tables. Narrative Markdown tags a figure with a fact name,
 * {{1992.86|支出合计}}, so the text is checked against the tables and never holds a second, diverging copy.
 * Suffixes: .上年 (last year's value), .比上年增加 (this − last), .比上年减少 (last − this).
 */
import { type Money, parseMoney, subtract, sum } from './money.ts';
import type { TablesFile, ThreePublicGroup } from '../schemas/tables.ts';

export type FactTable = ReadonlyMap<string, Money>;

export interface FactSources {
  readonly tables?: TablesFile;
}

const countMoney = (value: number | undefined): Money | undefined => {
  if (value === undefined) return undefined;
  const parsed = parseMoney(String(value));
  return parsed.ok ? parsed.value : undefined;
};

function sectionTotal(side: { sections: { kind: string; total?: { amount?: Money } | undefined; items: { amount?: Money }[] }[] } | undefined, kind: string): Money | undefined {
  const section = side?.sections.find((s) => s.kind === kind);
  if (!section) return undefined;
  return section.total?.amount ?? sum(section.items.map((item) => item.amount));
}

function threePublicFacts(group: ThreePublicGroup | undefined): Array<[string, Money | undefined]> {
  return [
    ['三公经费', group?.total],
    ['因公出国费', group?.overseas],
    ['公务用车购置及运行费', group?.vehicle_subtotal],
    ['公务用车购置费', group?.vehicle_purchase],
    ['公务用车运行费', group?.vehicle_operation],
    ['公务接待费', group?.reception],
  ];
}

/** This year's facts. */
export function computeFacts({ tables }: FactSources): FactTable {
  const facts = new Map<string, Money>();
  const put = (name: string, value: Money | undefined) => {
    if (value) facts.set(name, value);
  };
  if (!tables) return facts;
  const summary = tables.income_expenditure_summary;
  put('收入合计', summary?.income.grand_total?.amount);
  put('支出合计', summary?.expenditure.grand_total?.amount);
  put('本年收入合计', sectionTotal(summary?.income, 'current'));
  put('本年支出合计', sectionTotal(summary?.expenditure, 'current'));
  const generalBudgetIncome = summary?.income.sections
    .flatMap((section) => (section.kind === 'current' ? section.items : []))
    .find((item) => item.name.includes('一般公共预算'));
  put('一般公共预算拨款收入', generalBudgetIncome?.amount);

  const grants = tables.fiscal_grant_summary;
  put('财政拨款收入合计', grants?.income.grand_total?.amount);
  put('财政拨款支出合计', grants?.expenditure.grand_total?.amount);
  put('财政拨款本年收入', sectionTotal(grants?.income, 'current'));
  put('财政拨款上年结转', sectionTotal(grants?.income, 'carryover'));

  const general = tables.general_budget_expenditure;
  const expenditure = tables.expenditure_summary;
  put('一般公共预算支出', general?.total?.total);
  put('基本支出', general?.total?.basic ?? expenditure?.total?.basic);
  put('项目支出', general?.total?.project ?? expenditure?.total?.project);
  for (const row of general?.rows ?? expenditure?.rows ?? []) put(`支出:${row.code}`, row.total as Money | undefined);

  const basic = tables.general_budget_basic_expenditure;
  put('基本支出合计', basic?.total?.total);
  put('人员经费', basic?.total?.personnel);
  put('公用经费', basic?.total?.public);

  const fund = tables.government_fund_expenditure;
  if (fund) put('政府性基金支出', fund.total?.total ?? (fund.rows.length === 0 ? parseZero() : undefined));

  for (const [name, value] of threePublicFacts(tables.three_public_expenses?.this_year)) put(name, value);
  put('机关运行经费', tables.operating_costs?.this_year);

  const procurement = tables.procurement;
  put('政府采购预算', procurement?.summary?.total);
  put('政府采购货物', procurement?.summary?.goods);
  put('政府采购工程', procurement?.summary?.works);
  put('政府采购服务', procurement?.summary?.services);
  put('一般公共预算政府采购', procurement?.general_budget?.total);
  put('一般公共预算政府采购货物', procurement?.general_budget?.goods);
  put('一般公共预算政府采购工程', procurement?.general_budget?.works);
  put('一般公共预算政府采购服务', procurement?.general_budget?.services);

  const assets = tables.state_assets;
  put('车辆合计', countMoney(assets?.vehicles?.total));
  put('一般公务用车', countMoney(assets?.vehicles?.general_official));
  put('执勤执法用车', countMoney(assets?.vehicles?.law_enforcement));
  put('拟购置车辆', countMoney(assets?.planned_vehicle_purchases?.total));
  put('拟购置一般公务用车', countMoney(assets?.planned_vehicle_purchases?.general_official));
  put('拟购置执勤执法用车', countMoney(assets?.planned_vehicle_purchases?.law_enforcement));
  put('实有人员', countMoney(tables.organisation?.staff_actual));
  put('年末在职人数', countMoney(tables.organisation?.staff_year_end));
  return facts;
}

function parseZero(): Money {
  return { units: 0n, decimals: 0 };
}

/** Last year's facts as printed in this disclosure (三公 last-year column, 上年 operating costs, previous_year). */
export function computeLastYearFacts({ tables }: FactSources): FactTable {
  const facts = new Map<string, Money>();
  const put = (name: string, value: Money | undefined) => {
    if (value) facts.set(name, value);
  };
  if (!tables) return facts;
  for (const [name, value] of threePublicFacts(tables.three_public_expenses?.last_year)) put(name, value);
  put('机关运行经费', tables.operating_costs?.last_year);
  const previous = tables.previous_year;
  put('收入合计', previous?.income_total);
  put('支出合计', previous?.expenditure_total);
  put('一般公共预算支出', previous?.general_budget_expenditure);
  put('基本支出', previous?.basic);
  put('项目支出', previous?.project);
  if (previous?.three_public_total) put('三公经费', previous.three_public_total);
  return facts;
}

export const FACT_SUFFIXES = ['上年', '比上年增加', '比上年减少'] as const;
export type FactSuffix = (typeof FACT_SUFFIXES)[number];

export type FactLookup =
  | { kind: 'value'; value: Money }
  | { kind: 'unknown-fact' }
  | { kind: 'no-last-year' };

/** Resolves "支出合计", "支出合计.比上年增加" etc. against this year's and last year's facts. */
export function resolveFact(name: string, current: FactTable, lastYear: FactTable): FactLookup {
  const [base = '', suffix] = name.split('.', 2) as [string, string | undefined];
  if (suffix !== undefined && !(FACT_SUFFIXES as readonly string[]).includes(suffix)) return { kind: 'unknown-fact' };
  const value = current.get(base);
  if (!suffix) return value ? { kind: 'value', value } : { kind: 'unknown-fact' };
  const last = lastYear.get(base);
  if (!value && !last) return { kind: 'unknown-fact' };
  if (!last) return { kind: 'no-last-year' };
  if (suffix === '上年') return { kind: 'value', value: last };
  if (!value) return { kind: 'unknown-fact' };
  return { kind: 'value', value: suffix === '比上年增加' ? subtract(value, last) : subtract(last, value) };
}

/** Fact names an editor can use (for the guide and the unknown-fact message). */
export const FACT_NAMES = [
  '收入合计', '支出合计', '本年收入合计', '本年支出合计', '一般公共预算拨款收入', '财政拨款收入合计', '财政拨款支出合计',
  '财政拨款本年收入', '财政拨款上年结转', '一般公共预算支出', '基本支出', '项目支出', '支出:<功能分类编码>', '基本支出合计',
  '人员经费', '公用经费', '政府性基金支出', '三公经费', '因公出国费', '公务用车购置及运行费', '公务用车购置费', '公务用车运行费',
  '公务接待费', '机关运行经费', '政府采购预算', '政府采购货物', '政府采购工程', '政府采购服务', '一般公共预算政府采购',
  '一般公共预算政府采购货物', '一般公共预算政府采购工程', '一般公共预算政府采购服务', '车辆合计', '一般公务用车', '执勤执法用车',
  '拟购置车辆', '拟购置一般公务用车', '拟购置执勤执法用车', '实有人员', '年末在职人数',
] as const;

/** Narrative tag syntax: {{figure|fact name}}. */
export const FACT_TAG = /\{\{\s*([^|{}]+?)\s*\|\s*([^{}]+?)\s*\}\}/g;
