/** Final accounts explain lines whose actual differs from the budget: the page's sentence is written from the figures. */
import { expect, it } from 'vitest';
import { money } from '../../../src/domain/money.ts';
import { generalBudgetExpenditure } from '../../../src/table-kinds/classified.ts';

const context = { stage: 'final' as const, year: 2023, unit: '万元', label: generalBudgetExpenditure.label.final, tolerance: money('0') };
const table = generalBudgetExpenditure.schema.parse({
  rows: [
    { code: '201', name: '一般公共服务支出', total: '120.50', basic: '100.50', project: '20', budget: '100', explanation: '年中追加干部培训经费' },
    { code: '20101', name: '人大事务', total: '120.50', basic: '100.50', project: '20', budget: '100' },
    { code: '208', name: '社会保障和就业支出', total: '30', basic: '30', budget: '0', explanation: '主要原因是新增退休人员' },
    { code: '20805', name: '行政事业单位养老支出', total: '30', basic: '30', budget: '0' },
  ],
  total: { total: '150.50', basic: '130.50', project: '20', budget: '100' },
});

it('turns each explained line into a sentence from its own 年初预算数 and 决算数, in the order of the table', () => {
  const [view] = generalBudgetExpenditure.views!(table, context);
  expect(view?.explanations).toEqual([
    { code: '201', name: '一般公共服务支出', sentence: '年初预算为100.00万元，支出决算为120.50万元，完成年初预算的120.50%。决算数大于年初预算数的主要原因是年中追加干部培训经费。' },
    { code: '208', name: '社会保障和就业支出', sentence: '年初预算为0.00万元，支出决算为30.00万元（年初未安排预算，完成率不适用）。主要原因是新增退休人员。' },
  ]);
});

it('adds nothing to a table without explanations', () => {
  const plain = generalBudgetExpenditure.schema.parse({ rows: [{ code: '201', name: '一般公共服务支出', total: '1', basic: '1', budget: '1' }] });
  expect(generalBudgetExpenditure.views!(plain, context)[0]?.explanations).toBeUndefined();
});
