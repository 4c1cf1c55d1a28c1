/** The final-accounts fund tables with balances: a consistent table passes, its facts and view read as printed. */
import { describe, expect, it } from 'vitest';
import { money, moneyToPlain } from '../../../src/domain/money.ts';
import { governmentFundBalance } from '../../../src/table-kinds/fund-balance.ts';

const table = governmentFundBalance.schema.parse({
  rows: [
    { code: '229', name: '其他支出', opening_balance: '10', income: '50', expenditure: '45', project: '45', closing_balance: '15' },
    { code: '22960', name: '彩票公益金安排的支出', opening_balance: '10', income: '50', expenditure: '45', project: '45', closing_balance: '15' },
  ],
  total: { opening_balance: '10', income: '50', expenditure: '45', project: '45', closing_balance: '15' },
});
const context = { stage: 'final' as const, year: 2024, unit: '万元', label: governmentFundBalance.label.final, tolerance: money('0') };

describe('government_fund_balance', () => {
  it('a table that balances (年初 + 本年收入 − 本年支出 = 年末, 支出 = 基本 + 项目, tree and totals) gives no finding', () => {
    expect(governmentFundBalance.rules!(table, context)).toEqual([]);
  });

  it('states 政府性基金支出 from 本年支出, and 0 when published empty', () => {
    const facts = governmentFundBalance.facts!(table, context);
    expect(facts.map((item) => [item.fact, item.value && moneyToPlain(item.value), item.at])).toEqual([['政府性基金支出', '45', ['total', 'expenditure']]]);
    const empty = governmentFundBalance.schema.parse({ rows: [], empty_statement: '本单位无政府性基金收支。' });
    expect(governmentFundBalance.facts!(empty, context).map((item) => item.value && moneyToPlain(item.value))).toEqual(['0']);
  });

  it('shows the printed columns under the final-accounts name', () => {
    const [view] = governmentFundBalance.views!(table, context);
    expect(view?.title).toBe('政府性基金预算财政拨款收入支出决算表');
    expect(view?.columns.map((column) => column.label)).toEqual(['年初结转和结余', '本年收入', '本年支出小计', '项目支出', '年末结转和结余']);
  });
});
