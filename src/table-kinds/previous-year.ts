/** Last year's figures as this disclosure prints them (上年数), for year-on-year checks when no earlier disclosure exists. */
import { z } from 'zod';
import { reading, type FactReading } from '../domain/facts/reading.ts';
import { amount, doc } from '../schemas/primitives.ts';
import { tableNote } from './schema-parts.ts';
import { defineKind } from './kind.ts';
import { yamlAmount, type SyntheticDisclosure, type SyntheticTable } from './synthetic.ts';

const schema = z.strictObject({
  income_total: doc(amount.optional(), "Last year's income of the year (本年收入合计, not the 总计 with carry-over)", '上年收入合计'),
  expenditure_total: doc(amount.optional(), "Last year's expenditure of the year (本年支出合计, not the 总计 with carry-forward)", '上年支出合计'),
  general_budget_expenditure: doc(amount.optional(), 'Last year general public budget expenditure', '上年一般公共预算支出'),
  basic: doc(amount.optional(), 'Last year basic expenditure', '上年基本支出'),
  project: doc(amount.optional(), 'Last year project expenditure', '上年项目支出'),
  three_public_total: doc(amount.optional(), 'Last year three public expenses', '上年“三公”经费'),
  note: tableNote,
});
type PreviousYear = z.infer<typeof schema>;

/** Each field with the fact it is last year's value of (npm run new fills them from last year's disclosure). */
export const PREVIOUS_YEAR_FIELDS: ReadonlyArray<[string, Exclude<keyof PreviousYear, 'note'>]> = [
  ['本年收入合计', 'income_total'], ['本年支出合计', 'expenditure_total'], ['一般公共预算支出', 'general_budget_expenditure'],
  ['基本支出', 'basic'], ['项目支出', 'project'], ['三公经费', 'three_public_total'],
];

export const previousYear = defineKind<PreviousYear>({
  key: 'previous_year',
  label: { budget: '上年数', final: '上年数' },
  doc: { en: "Last year's figures as printed, for year-on-year checks", zh: '上年数' },
  schema,
  facts: (table) => PREVIOUS_YEAR_FIELDS.flatMap(([fact, key]): FactReading[] => (table[key] ? [reading(fact, table[key], 'previous_year', [key], undefined, 'last')] : [])),
  sample: ({ previous: p }: SyntheticDisclosure): SyntheticTable => ({
    lines: ['previous_year:', `  income_total: ${yamlAmount(p.generalIncome + p.business + p.other)}`, `  expenditure_total: ${yamlAmount(p.esTotal)}`,
      `  general_budget_expenditure: ${yamlAmount(p.gTotal)}`, `  basic: ${yamlAmount(p.gBasic)}`, `  project: ${yamlAmount(p.gProject)}`,
      `  three_public_total: ${yamlAmount(p.threeTotal)}`, ''],
    shapes: [],
  }),
});
