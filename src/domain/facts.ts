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

type Path = ReadonlyArray<string | number>;

/** Facts with the place in tables.yaml each one comes from (absent for facts computed from several cells). */
export interface FactSheet {
  readonly values: Map<string, Money>;
  readonly paths: Map<string, Path>;
}

function sheet(): FactSheet & { put(name: string, value: Money | undefined, at?: Path): void } {
  const values = new Map<string, Money>();
  const paths = new Map<string, Path>();
  return {
    values, paths,
    put(name, value, at) {
      if (!value) return;
      values.set(name, value);
      if (at) paths.set(name, at);
    },
  };
}

type SummarySide = { sections: Array<{ kind: string; total?: { amount?: Money } | undefined; items: Array<{ name: string; amount?: Money }> }> } | undefined;

/** A section's amount: its printed subtotal (with its path), else the sum of its lines. */
function sectionTotal(side: SummarySide, kind: string, at: Path): [Money | undefined, Path | undefined] {
  const index = side?.sections.findIndex((s) => s.kind === kind) ?? -1;
  const section = side?.sections[index];
  if (!section) return [undefined, undefined];
  if (section.total?.amount) return [section.total.amount, [...at, 'sections', index, 'total', 'amount']];
  return [sum(section.items.map((item) => item.amount)), undefined];
}

const THREE_PUBLIC_FACTS: ReadonlyArray<[string, keyof ThreePublicGroup]> = [
  ['三公经费', 'total'], ['因公出国费', 'overseas'], ['公务用车购置及运行费', 'vehicle_subtotal'],
  ['公务用车购置费', 'vehicle_purchase'], ['公务用车运行费', 'vehicle_operation'], ['公务接待费', 'reception'],
];

/** This year's facts and where they stand. */
export function computeFactSheet({ tables }: FactSources): FactSheet {
  const facts = sheet();
  const put = facts.put;
  if (!tables) return facts;
  const summary = tables.income_expenditure_summary;
  const S = ['income_expenditure_summary'];
  put('收入合计', summary?.income.grand_total?.amount, [...S, 'income', 'grand_total', 'amount']);
  put('支出合计', summary?.expenditure.grand_total?.amount, [...S, 'expenditure', 'grand_total', 'amount']);
  put('本年收入合计', ...sectionTotal(summary?.income, 'current', [...S, 'income']));
  put('本年支出合计', ...sectionTotal(summary?.expenditure, 'current', [...S, 'expenditure']));
  summary?.income.sections.forEach((section, sectionIndex) => {
    if (section.kind !== 'current') return;
    const itemIndex = section.items.findIndex((item) => item.name.includes('一般公共预算'));
    if (itemIndex >= 0 && !facts.values.has('一般公共预算拨款收入')) {
      put('一般公共预算拨款收入', section.items[itemIndex]!.amount, [...S, 'income', 'sections', sectionIndex, 'items', itemIndex, 'amount']);
    }
  });

  const grants = tables.fiscal_grant_summary;
  const G = ['fiscal_grant_summary'];
  put('财政拨款收入合计', grants?.income.grand_total?.amount, [...G, 'income', 'grand_total', 'amount']);
  put('财政拨款支出合计', grants?.expenditure.grand_total?.amount, [...G, 'expenditure', 'grand_total', 'amount']);
  put('财政拨款本年收入', ...sectionTotal(grants?.income as SummarySide, 'current', [...G, 'income']));
  put('财政拨款上年结转', ...sectionTotal(grants?.income as SummarySide, 'carryover', [...G, 'income']));

  const general = tables.general_budget_expenditure;
  const expenditure = tables.expenditure_summary;
  const byClass = general ? 'general_budget_expenditure' : 'expenditure_summary';
  put('一般公共预算支出', general?.total?.total, ['general_budget_expenditure', 'total', 'total']);
  if (general?.total?.basic) put('基本支出', general.total.basic, ['general_budget_expenditure', 'total', 'basic']);
  else put('基本支出', expenditure?.total?.basic, ['expenditure_summary', 'total', 'basic']);
  if (general?.total?.project) put('项目支出', general.total.project, ['general_budget_expenditure', 'total', 'project']);
  else put('项目支出', expenditure?.total?.project, ['expenditure_summary', 'total', 'project']);
  (general?.rows ?? expenditure?.rows ?? []).forEach((row, index) => put(`支出:${row.code}`, row.total as Money | undefined, [byClass, 'rows', index, 'total']));

  const basic = tables.general_budget_basic_expenditure;
  const B = ['general_budget_basic_expenditure', 'total'];
  put('基本支出合计', basic?.total?.total, [...B, 'total']);
  put('人员经费', basic?.total?.personnel, [...B, 'personnel']);
  put('公用经费', basic?.total?.public, [...B, 'public']);

  const fund = tables.government_fund_expenditure;
  if (fund?.total?.total) put('政府性基金支出', fund.total.total, ['government_fund_expenditure', 'total', 'total']);
  else if (fund && fund.rows.length === 0) put('政府性基金支出', { units: 0n, decimals: 0 }, ['government_fund_expenditure']);

  const three = tables.three_public_expenses?.this_year;
  for (const [name, key] of THREE_PUBLIC_FACTS) put(name, three?.[key], ['three_public_expenses', 'this_year', key]);
  put('机关运行经费', tables.operating_costs?.this_year, ['operating_costs', 'this_year']);

  const procurement = tables.procurement;
  const split: ReadonlyArray<[string, 'total' | 'goods' | 'works' | 'services']> = [['', 'total'], ['货物', 'goods'], ['工程', 'works'], ['服务', 'services']];
  for (const [suffix, key] of split) {
    put(suffix ? `政府采购${suffix}` : '政府采购预算', procurement?.summary?.[key], ['procurement', 'summary', key]);
    put(`一般公共预算政府采购${suffix}`, procurement?.general_budget?.[key], ['procurement', 'general_budget', key]);
  }

  const assets = tables.state_assets;
  const vehicles: ReadonlyArray<[string, 'vehicles' | 'planned_vehicle_purchases', 'total' | 'general_official' | 'law_enforcement']> = [
    ['车辆合计', 'vehicles', 'total'], ['一般公务用车', 'vehicles', 'general_official'], ['执勤执法用车', 'vehicles', 'law_enforcement'],
    ['拟购置车辆', 'planned_vehicle_purchases', 'total'], ['拟购置一般公务用车', 'planned_vehicle_purchases', 'general_official'],
    ['拟购置执勤执法用车', 'planned_vehicle_purchases', 'law_enforcement'],
  ];
  for (const [name, group, key] of vehicles) put(name, countMoney(assets?.[group]?.[key]), ['state_assets', group, key]);
  put('实有人员', countMoney(tables.organisation?.staff_actual), ['organisation', 'staff_actual']);
  put('年末在职人数', countMoney(tables.organisation?.staff_year_end), ['organisation', 'staff_year_end']);
  return facts;
}

/** Last year's facts as printed in this disclosure (三公 last-year column, 上年 operating costs, previous_year). */
export function computeLastYearSheet({ tables }: FactSources): FactSheet {
  const facts = sheet();
  const put = facts.put;
  if (!tables) return facts;
  const last = tables.three_public_expenses?.last_year;
  for (const [name, key] of THREE_PUBLIC_FACTS) put(name, last?.[key], ['three_public_expenses', 'last_year', key]);
  put('机关运行经费', tables.operating_costs?.last_year, ['operating_costs', 'last_year']);
  const previous = tables.previous_year;
  const fields: ReadonlyArray<[string, 'income_total' | 'expenditure_total' | 'general_budget_expenditure' | 'basic' | 'project' | 'three_public_total']> = [
    ['收入合计', 'income_total'], ['支出合计', 'expenditure_total'], ['一般公共预算支出', 'general_budget_expenditure'],
    ['基本支出', 'basic'], ['项目支出', 'project'], ['三公经费', 'three_public_total'],
  ];
  for (const [name, key] of fields) if (previous?.[key]) put(name, previous[key], ['previous_year', key]);
  return facts;
}

export const computeFacts = (sources: FactSources): FactTable => computeFactSheet(sources).values;
export const computeLastYearFacts = (sources: FactSources): FactTable => computeLastYearSheet(sources).values;

export const FACT_SUFFIXES = ['上年', '比上年增加', '比上年减少'] as const;
export type FactSuffix = (typeof FACT_SUFFIXES)[number];

export type FactLookup =
  | { kind: 'value'; value: Money }
  | { kind: 'unknown-fact' }
  | { kind: 'no-last-year' };

/** Resolves "支出合计", "支出合计.比上年增加" etc. against this year's and last year's facts. */
export function resolveFact(name: string, current: FactTable, lastYear: FactTable): FactLookup {
  // name.split('.', 2) without the array: the base, and the text up to a second dot if any.
  const dot = name.indexOf('.');
  const second = dot < 0 ? -1 : name.indexOf('.', dot + 1);
  const base = dot < 0 ? name : name.slice(0, dot);
  const suffix = dot < 0 ? undefined : name.slice(dot + 1, second < 0 ? undefined : second);
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
