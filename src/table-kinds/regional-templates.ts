/**
 * The table lists of regional templates (docs/domain.md §6): each table as the region names it, with the kind that
 * holds it where the publisher has one. Names of the national templates are the kinds' own labels and aliases; these
 * lists add what regions print instead, so an editor can name a table in omitted_tables (or missing_from_source) the
 * way the document does. A table without a kind can be named there, not filled.
 */
import type { Stage } from '../schemas/primitives.ts';

export interface RegionalTemplate {
  /** Whose template: region and level. */
  readonly template: string;
  readonly stage: Stage;
  /** In the order the template lists them: [name as printed, kind key] or [name] for a table without a kind. */
  readonly tables: ReadonlyArray<readonly [name: string, kind?: string]>;
}

export const REGIONAL_TEMPLATES: readonly RegionalTemplate[] = [
  {
    // The Sichuan final-accounts list (a unit's thirteen tables; departments add the fourteenth, not identified here).
    template: '四川（决算）', stage: 'final',
    tables: [
      ['收入支出决算总表', 'income_expenditure_summary'],
      ['收入决算表', 'income_by_source'],
      ['支出决算表', 'expenditure_summary'],
      ['财政拨款收入支出决算总表', 'fiscal_grant_summary'],
      ['财政拨款支出决算明细表', 'fiscal_grant_expenditure_detail'],
      ['一般公共预算财政拨款支出决算表', 'general_budget_expenditure'],
      ['一般公共预算财政拨款支出决算明细表', 'general_budget_expenditure_detail'],
      ['一般公共预算财政拨款基本支出决算明细表', 'general_budget_basic_expenditure'],
      ['一般公共预算财政拨款项目支出决算表'],
      ['政府性基金预算财政拨款收入支出决算表', 'government_fund_balance'],
      ['国有资本经营预算财政拨款收入支出决算表', 'state_capital_balance'],
      ['国有资本经营预算财政拨款支出决算表', 'state_capital_expenditure'],
      ['财政拨款“三公”经费支出决算表', 'three_public_expenses'],
    ],
  },
  {
    // Chongqing county budgets, as the 石柱 document in content/ prints them.
    template: '重庆（县级预算）', stage: 'budget',
    tables: [
      ['财政拨款收支总表', 'fiscal_grant_summary'],
      ['一般公共预算财政拨款支出预算表', 'general_budget_expenditure'],
      ['一般公共预算财政拨款基本支出预算表', 'general_budget_basic_expenditure'],
      ['一般公共预算“三公”经费支出表', 'three_public_expenses'],
      ['政府性基金预算支出表', 'government_fund_expenditure'],
      ['部门收支总表', 'income_expenditure_summary'],
      ['部门收入总表', 'income_by_source'],
      ['部门支出总表', 'expenditure_summary'],
      ['国有资本经营预算支出表', 'state_capital_expenditure'],
    ],
  },
  {
    // The national department-budget list as county templates word it.
    template: '全国部门预算（县级写法）', stage: 'budget',
    tables: [
      ['部门收支总表', 'income_expenditure_summary'],
      ['部门收入总表', 'income_by_source'],
      ['部门支出总表', 'expenditure_summary'],
      ['财政拨款收支总表', 'fiscal_grant_summary'],
      ['一般公共预算支出表', 'general_budget_expenditure'],
      ['一般公共预算基本支出表', 'general_budget_basic_expenditure'],
      ['一般公共预算“三公”经费支出表', 'three_public_expenses'],
      ['政府性基金预算支出表', 'government_fund_expenditure'],
      ['国有资本经营预算支出表', 'state_capital_expenditure'],
    ],
  },
  {
    // Final accounts with 决算总表 names and the 三公 table widened to meetings and training (Shaanxi counties).
    template: '陕西（县级决算）', stage: 'final',
    tables: [
      ['收入支出决算总表', 'income_expenditure_summary'],
      ['收入决算总表', 'income_by_source'],
      ['支出决算总表', 'expenditure_summary'],
      ['财政拨款收入支出决算总表', 'fiscal_grant_summary'],
      ['一般公共预算财政拨款支出决算表', 'general_budget_expenditure'],
      ['一般公共预算财政拨款基本支出决算表', 'general_budget_basic_expenditure'],
      ['一般公共预算财政拨款“三公”经费及会议费、培训费支出决算表', 'three_public_expenses'],
      ['政府性基金预算财政拨款收入支出决算表', 'government_fund_balance'],
      ['国有资本经营预算财政拨款支出决算表', 'state_capital_expenditure'],
    ],
  },
  {
    template: '湖北（县级决算）', stage: 'final',
    tables: [
      ['收入支出决算总表', 'income_expenditure_summary'],
      ['收入决算表', 'income_by_source'],
      ['支出决算表', 'expenditure_summary'],
      ['财政拨款收入支出决算总表', 'fiscal_grant_summary'],
      ['一般公共预算财政拨款支出决算表', 'general_budget_expenditure'],
      ['一般公共预算财政拨款基本支出决算表', 'general_budget_basic_expenditure'],
      ['一般公共预算财政拨款“三公”经费支出决算表', 'three_public_expenses'],
      ['政府性基金预算财政拨款收入支出决算表', 'government_fund_balance'],
      ['国有资本经营预算财政拨款支出决算表', 'state_capital_expenditure'],
    ],
  },
];
