/**
 * The names export systems print for columns and lines, beyond the field labels of the schemas (which always count):
 * by `kind.field`, by `stage:field` (预算数 is 合计 in a budget and the budget column in final accounts) and by field.
 */
export const AMOUNT_NAMES: Readonly<Record<string, readonly string[]>> = {
  'final:budget': ['预算数', '年初预算数', '全年预算数', '年初预算'],
  'final:total': ['决算数', '本年支出合计', '本年收入合计', '合计'],
  'budget:total': ['预算数', '合计', '本年支出合计', '本年收入合计'],
  total: ['合计', '总计', '合计数', '小计', '金额'],
  amount: ['金额', '合计', '预算数', '决算数', '小计', '项目金额'],
  'income_by_source.general_budget': ['一般公共预算拨款', '一般公共预算财政拨款收入', '一般公共预算收入'],
  'income_by_source.government_fund': ['政府性基金预算拨款', '政府性基金预算财政拨款收入', '政府性基金收入'],
  'income_by_source.state_capital': ['国有资本经营预算拨款', '国有资本经营预算财政拨款收入'],
  'income_by_source.carryover': ['上年结转结余', '上年结转和结余', '年初结转和结余'],
  'income_by_source.fiscal_special_account': ['财政专户管理资金', '财政专户管理资金收入'],
  'general_budget_basic_expenditure.public': ['日常公用经费', '公用经费'],
  'government_fund_balance.expenditure': ['本年支出', '本年支出合计'],
  'state_capital_balance.expenditure': ['本年支出', '本年支出合计'],
  general_budget: ['一般公共预算', '一般公共预算拨款', '一般公共预算财政拨款', '一般公共预算资金'],
  government_fund: ['政府性基金预算', '政府性基金', '政府性基金预算拨款', '政府性基金预算财政拨款', '政府性基金预算资金'],
  state_capital: ['国有资本经营预算', '国有资本经营预算拨款', '国有资本经营预算财政拨款', '国有资本经营预算资金'],
  other: ['其他资金', '其他收入'],
  subsidy_to_subordinate: ['对附属单位补助'],
  payment_to_superior: ['上缴上级'],
};

/** A row that is the table's totals row. */
export const TOTAL_LABELS: readonly string[] = ['合计', '总计', '合计数', '本年支出合计', '本年收入合计', '支出合计', '收入合计'];
