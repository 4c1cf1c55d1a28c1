/**
 * Final accounts of the government fund and the state capital fund as the national template prints them (政府性基金
 * / 国有资本经营预算财政拨款收入支出决算表): per functional code, 年初结转和结余, 本年收入, 本年支出 (小计, 基本支出,
 * 项目支出) and 年末结转和结余, where each row must balance: 年初 + 本年收入 − 本年支出 = 年末. Often published empty
 * with a statement. Members of the classified family (classified.ts).
 */
import { classifiedKind, type RowIdentity } from './classified.ts';

const COLUMNS = [
  { key: 'opening_balance', label: '年初结转和结余' },
  { key: 'income', label: '本年收入' },
  { key: 'expenditure', label: '本年支出小计' },
  { key: 'basic', label: '基本支出' },
  { key: 'project', label: '项目支出' },
  { key: 'closing_balance', label: '年末结转和结余' },
] as const;

const BALANCE: readonly RowIdentity[] = [
  { rule: 'sum/row', result: 'expenditure', plus: ['basic', 'project'] },
  { rule: 'balance/carryover', result: 'closing_balance', plus: ['opening_balance', 'income'], minus: ['expenditure'] },
];

export const governmentFundBalance = classifiedKind({
  key: 'government_fund_balance',
  label: { budget: '政府性基金预算财政拨款收入支出表', final: '政府性基金预算财政拨款收入支出决算表' },
  doc: { en: 'Government fund: opening balance, income, expenditure, closing balance (final accounts)', zh: '政府性基金预算财政拨款收入支出决算表' },
  standard: { final: 'government_fund' },
  codeKind: 'functional',
  columns: COLUMNS,
  identities: BALANCE,
  facts: { zeroWhenEmpty: { fact: '政府性基金支出', column: 'expenditure' } },
});

export const stateCapitalBalance = classifiedKind({
  key: 'state_capital_balance',
  label: { budget: '国有资本经营预算财政拨款收入支出表', final: '国有资本经营预算财政拨款收入支出决算表' },
  doc: { en: 'State capital fund: opening balance, income, expenditure, closing balance (final accounts)', zh: '国有资本经营预算财政拨款收入支出决算表' },
  standard: { final: 'state_capital' },
  codeKind: 'functional',
  columns: COLUMNS,
  identities: BALANCE,
});
