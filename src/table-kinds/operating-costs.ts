/** 机关运行经费: this year's and last year's administrative operating costs, with the reason and the uses. */
import { z } from 'zod';
import { reading } from '../domain/facts/reading.ts';
import { amount, doc, text } from '../schemas/primitives.ts';
import { defineKind } from './kind.ts';
import { factTable } from './fact-table.ts';
import { moneyCell } from './view-model.ts';
import { yamlAmount, type SyntheticDisclosure, type SyntheticTable } from './synthetic.ts';

const schema = z.strictObject({
  this_year: doc(amount.optional(), 'Operating costs this year', '本年机关运行经费'),
  last_year: doc(amount.optional(), 'Operating costs last year', '上年机关运行经费'),
  reason: doc(text.optional(), 'Reason for the change', '增减原因'),
  uses: doc(text.optional(), 'What the costs are used for', '主要用途'),
});

export const operatingCosts = defineKind<z.infer<typeof schema>>({
  key: 'operating_costs',
  lastYearFields: [{ from: 'this_year', to: 'last_year' }],
  label: { budget: '机关运行经费', final: '机关运行经费' },
  doc: { en: 'Administrative operating costs', zh: '机关运行经费' },
  schema,
  facts: (table) => [
    reading('机关运行经费', table.this_year, 'operating_costs', ['this_year']),
    reading('机关运行经费', table.last_year, 'operating_costs', ['last_year'], undefined, 'last'),
  ],
  views: (table, { unit, label }) => {
    const view = factTable('operating_costs', label, [['本年', moneyCell(table.this_year, unit)], ['上年', moneyCell(table.last_year, unit)]], unit, [table.reason, table.uses].filter(Boolean).join(' '));
    return view ? [view] : [];
  },
  sample: ({ data, previous }: SyntheticDisclosure): SyntheticTable => ({
    lines: ['operating_costs:', `  this_year: ${yamlAmount(data.public)}`, `  last_year: ${yamlAmount(previous.public)}`,
      `  reason: ${data.public >= previous.public ? '人员增加，相应公用经费增加。' : '落实过紧日子要求，压减一般性支出。'}`,
      '  uses: 办公费、印刷费、水电费、邮电费、差旅费、维修（护）费、会议费、培训费及其他商品和服务支出等。', ''],
    shapes: [],
  }),
});
